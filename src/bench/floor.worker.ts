/**
 * The floor for load-to-chart: parse the whole file with papaparse and score
 * each statement with raw `sentiment`, nothing else. Says it is ready when
 * started; for a file, posts the elapsed time first, then the scores (also
 * what the naive scatter draws).
 */
import Papa from 'papaparse';
import Sentiment from 'sentiment';

self.postMessage({ ready: true });

self.onmessage = async (event: MessageEvent<File>) => {
  const start = performance.now();
  const text = await event.data.text();
  const rows = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
  const sentiment = new Sentiment();
  const scored = rows.map((row) => {
    const { calculation } = sentiment.analyze(row.text ?? '');
    let enthusiasm = 0;
    let concern = 0;
    for (const entry of calculation) {
      const weight = Object.values(entry)[0] as number;
      if (weight > 0) enthusiasm += weight;
      else concern -= weight;
    }
    return { id: row.id ?? '', group: row.group ?? '', enthusiasm, concern };
  });
  self.postMessage({ elapsed: performance.now() - start });
  self.postMessage({ scored });
};
