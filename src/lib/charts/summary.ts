/**
 * The findings in words: the charts' text alternatives, shown under them and
 * read by screen readers. Every sentence about groups rests on one measure,
 * mean polarity (length-fair, −1 to +1), so the main chart, the group
 * comparison and the rank never disagree; and each end is named by a word its
 * number agrees with (a group whose mean polarity is above 0 is never called
 * concerned, one below 0 never enthusiastic).
 */
import { NONE_SELECTED } from '../aggregate/filter';
import { hasInterval } from '../aggregate/interval';
import { FEW, isPartial, type Interval, type TimePoint } from '../aggregate/timeline';
import { rankRanges } from '../aggregate/uncertainty';
import type { GroupStats } from '../types';
import { formatSigned } from './format';

/** Groups by mean polarity, highest first; ties by name. */
export function byPolarity(stats: readonly GroupStats[]): GroupStats[] {
  return [...stats].sort((a, b) => b.meanPolarity - a.meanPolarity || a.group.localeCompare(b.group));
}

const polarity = (g: GroupStats) => formatSigned(g.meanPolarity, 2);

/** "most enthusiastic Studios (+0.42)", or "least concerned Studios (−0.05)" when even the top leans to concern. */
function topEnd(g: GroupStats): string {
  return g.meanPolarity > 0 ? `most enthusiastic ${g.group} (${polarity(g)})` : `least concerned ${g.group} (${polarity(g)})`;
}

/** "most concerned Writers (−0.31)", or "least enthusiastic Writers (+0.05)" when even the bottom leans to enthusiasm. */
function bottomEnd(g: GroupStats): string {
  return g.meanPolarity < 0 ? `most concerned ${g.group} (${polarity(g)})` : `least enthusiastic ${g.group} (${polarity(g)})`;
}

/** The group named at the concerned end of every summary, or undefined without groups. */
export function mostConcerned(stats: readonly GroupStats[]): GroupStats | undefined {
  const sorted = byPolarity(stats);
  return sorted[sorted.length - 1];
}

/**
 * Both ends by mean polarity and whether their 95% intervals keep them apart: the one headline.
 * Whether intervals overlap is said only when both ends have one; an end of a single statement
 * has none, so no difference is claimed either way.
 */
function headline(stats: readonly GroupStats[]): string {
  const sorted = byPolarity(stats);
  const top = sorted[0]!;
  const bottom = sorted[sorted.length - 1]!;
  const ends = `${topEnd(top)}, ${bottomEnd(bottom)}`;
  const without = [top, bottom].filter((g) => !hasInterval(g.ciPolarity)).map((g) => g.group);
  if (without.length) {
    const who = without.length === 1 ? `${without[0]} has` : `${without.join(' and ')} have`;
    return `${ends}; ${who} too few statements for a 95% interval, so no difference between them can be claimed.`;
  }
  const apart = top.ciPolarity.low > bottom.ciPolarity.high;
  return `${ends}; ${apart ? 'their 95% intervals do not overlap.' : 'their 95% intervals overlap, so no clear difference.'}`;
}

export function quadrantSummary(stats: readonly GroupStats[], statements: number): string {
  if (statements === 0 || stats.length === 0) return NONE_SELECTED;
  const count = `${statements.toLocaleString('en-US')} statement${statements === 1 ? '' : 's'}`;
  if (stats.length === 1) return `${count} from ${stats[0]!.group}: mean polarity ${polarity(stats[0]!)} (−1 to +1).`;
  return `Across ${count} in ${stats.length} groups, by mean polarity (−1 to +1): ${headline(stats)}`;
}

/** The group comparison's finding: the same headline, and whether any group can be ranked apart. */
export function comparisonSummary(stats: readonly GroupStats[]): string {
  if (stats.length === 0) return NONE_SELECTED;
  const sorted = byPolarity(stats);
  const top = sorted[0]!;
  if (sorted.length === 1) return `${top.group}: mean polarity ${polarity(top)} over ${top.count} statements.`;
  const open = [...rankRanges(stats).values()].filter((r) => r.best === 1 && r.worst === stats.length).length;
  const tied =
    sorted.length > 2 && open === sorted.length
      ? ` With these intervals, none of the ${sorted.length} groups can be ranked apart from the others.`
      : '';
  return `Sorted by mean polarity: ${headline(stats)}${tied}`;
}

/**
 * The timeline's finding: in the latest period that is complete and has at least FEW statements
 * from two or more groups, which of those groups is highest and which lowest. Periods with fewer
 * statements, and a last period the data stop short of (they end on `lastDate`), are never its
 * basis. `measure` names the score, e.g. "mean net".
 */
export function timelineSummary(
  series: readonly { group: string; points: readonly TimePoint[] }[],
  interval: Interval,
  lastDate: string,
  measure = 'mean net',
): string {
  const starts = [...new Set(series.flatMap((s) => s.points.map((p) => p.start)))].sort();
  if (starts.length === 0) return 'No dated statements are selected.';
  const first = starts[0]!;
  const last = starts[starts.length - 1]!;
  const head = `${measure[0]!.toUpperCase()}${measure.slice(1)} by ${interval} from ${first} to ${last}.`;
  const enough = (start: string) =>
    series
      .map((s) => ({ group: s.group, point: s.points.find((p) => p.start === start) }))
      .filter((s): s is { group: string; point: TimePoint } => s.point !== undefined && s.point.count >= FEW);
  const basis = [...starts].reverse().find((start) => !isPartial(start, interval, lastDate) && enough(start).length >= 2);
  if (!basis) return `${head} No ${interval} has at least ${FEW} statements from two groups, so none is compared.`;
  const ranked = enough(basis).sort((a, b) => b.point.mean - a.point.mean || a.group.localeCompare(b.group));
  const top = ranked[0]!;
  const bottom = ranked[ranked.length - 1]!;
  const skipped = basis === last ? '' : ` Later ${interval}s have fewer than ${FEW} statements per group or are not over yet.`;
  return (
    `${head} In the latest full ${interval} with at least ${FEW} statements from each group compared (from ${basis}), ` +
    `${top.group} is highest (${formatSigned(top.point.mean, 2)}) and ${bottom.group} lowest (${formatSigned(bottom.point.mean, 2)}).` +
    skipped
  );
}
