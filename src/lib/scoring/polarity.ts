/**
 * The length-fair measures: one overall score per statement, and the quadrant
 * it falls in. Both read only a statement's enthusiasm, concern and length, so
 * the chart, the summaries, the downloads and `npm run score` agree.
 */
import type { Quadrant } from '../types';

/**
 * How much evidence, per square root of a statement's words, it takes to
 * reach half of the full score: with less, polarity stays near 0.
 */
export const POLARITY_DAMPING = 1;

/**
 * polarity = (enthusiasm − concern) / (enthusiasm + concern + k·√words), in (−1, 1).
 *
 * The balance of the two axes, shrunk toward 0 when little evidence scored for
 * the statement's length. A statement said twice over keeps nearly the same
 * polarity, where its net would double; 0 when nothing scored.
 */
export function polarityOf(enthusiasm: number, concern: number, words: number): number {
  const evidence = enthusiasm + concern;
  if (evidence === 0) return 0;
  return (enthusiasm - concern) / (evidence + POLARITY_DAMPING * Math.sqrt(Math.max(words, 1)));
}

/** Enthusiasm and concern together below this (less than one moderately worded word) leave a statement reserved. */
export const EVIDENCE_FLOOR = 2;
/** One axis at least this many times the other makes the statement lean that way. */
export const LEAN_RATIO = 2;

/**
 * reserved: enthusiasm + concern < 2; otherwise enthusiastic when enthusiasm is
 * at least twice concern, concerned when concern is at least twice enthusiasm,
 * and conflicted in between. On the plane these are a corner at the origin and
 * three wedges split by the lines enthusiasm = 2 × concern and concern = 2 ×
 * enthusiasm; a statement's length moves it along its wedge, not across.
 */
export function quadrantOf(enthusiasm: number, concern: number): Quadrant {
  if (!(enthusiasm + concern >= EVIDENCE_FLOOR)) return 'reserved';
  if (enthusiasm >= LEAN_RATIO * concern) return 'enthusiastic';
  if (concern >= LEAN_RATIO * enthusiasm) return 'concerned';
  return 'conflicted';
}
