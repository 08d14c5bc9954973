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
  scored: number;
  /** All word tokens. */
  words: number;
  /** scored / words; 0 for a statement without words. */
  coverage: number;
  insufficient: boolean;
}

export function evidenceOf(s: { words: number; scored: number }): Evidence {
  const { scored } = s;
  const coverage = coverageOf(scored, s.words);
  return { scored, words: s.words, coverage, insufficient: scored === 0 || coverage < MIN_COVERAGE };
}

/** The same verdict as evidenceOf, without making an object: it runs for every statement on the chart. */
export function isInsufficient(s: { words: number; scored: number }): boolean {
  return s.scored === 0 || coverageOf(s.scored, s.words) < MIN_COVERAGE;
}

/** The share of words that scored, at most 1; 0 for a statement without words. */
export function coverageOf(scored: number, words: number): number {
  return words > 0 ? Math.min(1, scored / words) : 0;
}

/** "3 of 24 words scored (13%)". */
export function evidenceText(e: Evidence): string {
  const share = e.words ? ` (${Math.round(e.coverage * 100)}%)` : '';
  return `${e.scored.toLocaleString('en-US')} of ${e.words.toLocaleString('en-US')} word${e.words === 1 ? '' : 's'} scored${share}`;
}
