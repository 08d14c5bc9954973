/**
 * How much of a statement the lexicon could read, and whether that is enough
 * to place it. A statement in which no word scored sits at (0, 0) for want of
 * evidence, not because it is neutral; one scored word in a long statement is
 * too little to go on as well. Both are "insufficient evidence", shown as such.
 */

/** Below this share of scored words, a statement's score rests on too little of it. */
export const MIN_COVERAGE = 0.05;

export interface Evidence {
  /** Words that moved the score. */
  scoredWords: number;
  /** All word tokens. */
  words: number;
  /** scoredWords / words; 0 for a statement without words. */
  coverage: number;
  insufficient: boolean;
}

export function evidenceOf(s: { words: number; scoredWords: number }): Evidence {
  const coverage = coverageOf(s.scoredWords, s.words);
  // The scorer counts each emoji of a run ("🎉🎉") that scored, but the run is one word: shown as
  // scored words, those never outnumber the words ("4 of 3 words scored" read as an error).
  const scoredWords = s.words > 0 ? Math.min(s.scoredWords, s.words) : s.scoredWords;
  return { scoredWords, words: s.words, coverage, insufficient: tooFewScored(s.scoredWords, s.words) };
}

/** The same verdict as evidenceOf, without making an object: it runs for every statement on the chart. */
export function isInsufficient(s: { words: number; scoredWords: number }): boolean {
  return tooFewScored(s.scoredWords, s.words);
}

/** The same from the two counts, for a loop over a table's columns. */
export function tooFewScored(scoredWords: number, words: number): boolean {
  return scoredWords === 0 || coverageOf(scoredWords, words) < MIN_COVERAGE;
}

/** The share of words that scored, at most 1; 0 for a statement without words. */
export function coverageOf(scoredWords: number, words: number): number {
  return words > 0 ? Math.min(1, scoredWords / words) : 0;
}

/** "3 of 24 words scored (13%)". */
export function evidenceText(e: Evidence): string {
  const share = e.words ? ` (${Math.round(e.coverage * 100)}%)` : '';
  return `${e.scoredWords.toLocaleString('en-US')} of ${e.words.toLocaleString('en-US')} word${e.words === 1 ? '' : 's'} scored${share}`;
}
