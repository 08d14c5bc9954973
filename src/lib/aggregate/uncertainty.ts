/**
 * How far the group statistics can be trusted: which groups are too small for
 * their interval to mean much, and which places in the order by mean polarity a
 * group could hold once the 95% intervals are taken into account. Two groups
 * whose intervals overlap are not ranked apart.
 */
import { bisectLeft, bisectRight } from 'd3-array';
import type { GroupStats } from '../types';
import { hasInterval } from './interval';

/** Below this many statements a group's interval is wide and its mean fragile: it gets a small-sample badge. */
export const SMALL_SAMPLE = 10;

export function isSmallSample(count: number): boolean {
  return count < SMALL_SAMPLE;
}

export interface RankRange {
  /** 1 is the most enthusiastic by mean polarity. */
  best: number;
  worst: number;
}

/** A group's 95% interval for mean polarity; a group without one (a single statement) could stand anywhere. */
function polarityInterval(g: GroupStats): [number, number] {
  if (g.count < 2 || !hasInterval(g.ciPolarity)) return [-Infinity, Infinity];
  return [g.ciPolarity.low, g.ciPolarity.high];
}

/**
 * For each group, the best and worst place it could hold by mean polarity: it
 * ranks below every group whose interval lies wholly above its own, and above
 * every group whose interval lies wholly below.
 */
export function rankRanges(stats: readonly GroupStats[]): Map<string, RankRange> {
  const intervals = stats.map(polarityInterval);
  // Sorted ends and a binary search keep this fast with thousands of groups.
  const lows = intervals.map(([low]) => low).sort((a, b) => a - b);
  const highs = intervals.map(([, high]) => high).sort((a, b) => a - b);
  const ranges = new Map<string, RankRange>();
  stats.forEach((g, i) => {
    const [low, high] = intervals[i]!;
    const above = lows.length - bisectRight(lows, high);
    const below = bisectLeft(highs, low);
    ranges.set(g.group, { best: above + 1, worst: stats.length - below });
  });
  return ranges;
}

/** "1", or "2–5" when the intervals leave the place open. */
export function rankText(range: RankRange): string {
  return range.best === range.worst ? String(range.best) : `${range.best}–${range.worst}`;
}
