/**
 * Our scorer against raw `sentiment`, in a browser worker, as users score: the statements of a
 * file, parsed first and not timed, then scored in alternating rounds, each by a scorer made for
 * the round (a load makes its own), and timed by the worker's clock. Posts the times per side.
 */
import Papa from 'papaparse';
import Sentiment from 'sentiment';
import { createTallyScorer } from '../lib/scoring/score';

self.postMessage({ ready: true });

self.onmessage = async (event: MessageEvent<{ file: File; rounds: number }>) => {
  const { file, rounds } = event.data;
  const rows = Papa.parse<Record<string, string>>(await file.text(), { header: true, skipEmptyLines: true }).data;
  const texts = rows.map((row) => row.text ?? '');
  const sides = {
    ours: () => {
      const score = createTallyScorer();
      let words = 0;
      for (const text of texts) words += score(text).scoredWords;
      return words;
    },
    raw: () => {
      const sentiment = new Sentiment();
      let words = 0;
      for (const text of texts) words += sentiment.analyze(text).calculation.length;
      return words;
    },
  };
  const times: Record<keyof typeof sides, number[]> = { ours: [], raw: [] };
  for (let round = 0; round < rounds; round++) {
    for (const side of round % 2 ? (['raw', 'ours'] as const) : (['ours', 'raw'] as const)) {
      const start = performance.now();
      sides[side]();
      times[side].push(performance.now() - start);
    }
  }
  self.postMessage({ statements: texts.length, ...times });
};
