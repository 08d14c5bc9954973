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
 * The balance of the two axes, shrunk toward 0 when the evidence is thin for
 * the statement's length. A statement said twice over keeps nearly the same
 * polarity, where its net would double; 0 when nothing scored.
 */
export function polarityOf(enthusiasm: number, concern: number, words: number): number {
  const evidence = enthusiasm + concern;
  if (evidence === 0) return 0;
  return (enthusiasm - concern) / (evidence + POLARITY_DAMPING * Math.sqrt(Math.max(words, 1)));
}

/** |polarity| from which a statement leans clearly to one side. */
export const LEANING = 0.25;
/** Enthusiasm and concern each at least this (one moderately worded word) make a balanced statement conflicted. */
export const BOTH_PRESENT = 2;

/**
 * enthusiastic: polarity ≥ 0.25; concerned: polarity ≤ −0.25; between them,
 * conflicted when enthusiasm and concern are both at least 2, reserved otherwise.
 */
export function quadrantOf(enthusiasm: number, concern: number, polarity: number): Quadrant {
  if (polarity >= LEANING) return 'enthusiastic';
  if (polarity <= -LEANING) return 'concerned';
  return enthusiasm >= BOTH_PRESENT && concern >= BOTH_PRESENT ? 'conflicted' : 'reserved';
}
