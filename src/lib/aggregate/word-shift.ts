/**
 * Which words make two sides (two groups, or two periods) differ in mean net.
 * Each word's share of a side's mean net is its summed weight over that side's
 * statement count, so the shares add up to the mean and the differences add up
 * to the gap between the means.
 */
import type { Selected } from '../table/selected';

export interface ShiftRow {
  word: string;
  /** The word's summed signed weight in A divided by A's statement count (its share of A's mean net); same for B. */
  a: number;
  b: number;
  /** a − b: positive pushes A towards enthusiasm relative to B (or B towards concern). */
  diff: number;
  /** How many times it scored in A, in B. */
  countA: number;
  countB: number;
}

export interface WordShift {
  rows: ShiftRow[];
  meanNetA: number;
  meanNetB: number;
  /** Rows left out past the limit. */
  more: number;
}

const DEFAULT_LIMIT = 12;

interface Tally {
  weight: number;
  count: number;
}

function tally(side: Selected): Map<string, Tally> {
  const { offsets, token, tokens, weight } = side.table.entries;
  // Summed per token code first: a million statements hold a few thousand distinct words.
  const byCode = new Map<number, Tally>();
  for (let k = 0; k < side.rows.length; k++) {
    const i = side.rows[k]!;
    for (let e = offsets[i]!; e < offsets[i + 1]!; e++) {
      if (weight[e] === 0) continue;
      let t = byCode.get(token[e]!);
      if (!t) byCode.set(token[e]!, (t = { weight: 0, count: 0 }));
      t.weight += weight[e]!;
      t.count++;
    }
  }
  return new Map([...byCode].map(([code, t]) => [tokens[code]!, t]));
}

/** An empty side has no statements to average over; its means are 0 rather than NaN. */
const perStatement = (total: number, count: number) => (count ? total / count : 0);

/** Rows sorted by |diff| descending, then word; at most `limit` (Infinity for all). */
export function wordShift(a: Selected, b: Selected, limit = DEFAULT_LIMIT): WordShift {
  const inA = tally(a);
  const inB = tally(b);
  const none: Tally = { weight: 0, count: 0 };
  const rows: ShiftRow[] = [...new Set([...inA.keys(), ...inB.keys()])].map((word) => {
    const ta = inA.get(word) ?? none;
    const tb = inB.get(word) ?? none;
    const shareA = perStatement(ta.weight, a.length);
    const shareB = perStatement(tb.weight, b.length);
    return { word, a: shareA, b: shareB, diff: shareA - shareB, countA: ta.count, countB: tb.count };
  });
  rows.sort((x, y) => Math.abs(y.diff) - Math.abs(x.diff) || x.word.localeCompare(y.word));
  const kept = rows.slice(0, Math.max(0, limit));
  const sumNet = (side: Selected) => {
    let sum = 0;
    for (let k = 0; k < side.rows.length; k++) sum += side.table.net[side.rows[k]!]!;
    return sum;
  };
  return {
    rows: kept,
    meanNetA: perStatement(sumNet(a), a.length),
    meanNetB: perStatement(sumNet(b), b.length),
    more: rows.length - kept.length,
  };
}
