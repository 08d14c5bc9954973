/**
 * The one-sentence finding of the enthusiasm-vs-concern chart, in words: the
 * chart's text alternative, shown under it and read by screen readers. It
 * says which group is most enthusiastic and which most concerned, by how much,
 * and whether the 95% intervals keep those apart from the next group.
 */
import { FEW, isPartial, type Interval, type TimePoint } from '../aggregate/timeline';
import { rankRanges } from '../aggregate/uncertainty';
import type { GroupStats } from '../types';
import { formatScore, formatSigned } from './format';

function leader(stats: readonly GroupStats[], value: (g: GroupStats) => number): [GroupStats, GroupStats | undefined] {
  const sorted = [...stats].sort((a, b) => value(b) - value(a) || a.group.localeCompare(b.group));
  return [sorted[0]!, sorted[1]];
}

export function quadrantSummary(stats: readonly GroupStats[], statements: number): string {
  if (statements === 0 || stats.length === 0) return 'No statements are selected.';
  const count = `${statements.toLocaleString('en-US')} statement${statements === 1 ? '' : 's'}`;
  if (stats.length === 1) {
    const g = stats[0]!;
    return (
      `${count} from ${g.group}: mean enthusiasm ${formatScore(g.meanEnthusiasm)}, ` +
      `mean concern ${formatScore(g.meanConcern)}.`
    );
  }
  const [concerned, nextConcerned] = leader(stats, (g) => g.meanConcern);
  const [enthusiastic, nextEnthusiastic] = leader(stats, (g) => g.meanEnthusiasm);
  const clear = (a: GroupStats, b: GroupStats | undefined, low: (g: GroupStats) => number, high: (g: GroupStats) => number) =>
    b !== undefined && low(a) > high(b);
  const concernClear = clear(concerned, nextConcerned, (g) => g.ciConcern.low, (g) => g.ciConcern.high);
  const enthusiasmClear = clear(enthusiastic, nextEnthusiastic, (g) => g.ciEnthusiasm.low, (g) => g.ciEnthusiasm.high);
  return (
    `Across ${count} in ${stats.length} groups, the most concerned group is ${concerned.group} ` +
    `(mean concern ${formatScore(concerned.meanConcern)} vs ${formatScore(nextConcerned!.meanConcern)} for ${nextConcerned!.group}` +
    `${concernClear ? '' : '; their 95% intervals overlap, so no clear difference'}), and the most enthusiastic is ` +
    `${enthusiastic.group} (mean enthusiasm ${formatScore(enthusiastic.meanEnthusiasm)} vs ` +
    `${formatScore(nextEnthusiastic!.meanEnthusiasm)} for ${nextEnthusiastic!.group}` +
    `${enthusiasmClear ? '' : '; intervals overlap, so no clear difference'}).`
  );
}

/**
 * The group comparison's finding: which group leans most towards enthusiasm
 * and which most towards concern, by mean net; "no clear difference" when the
 * two ends' 95% intervals for mean net overlap.
 */
export function comparisonSummary(stats: readonly GroupStats[]): string {
  if (stats.length === 0) return 'No groups are selected.';
  const sorted = [...stats].sort((a, b) => b.meanNet - a.meanNet || a.group.localeCompare(b.group));
  const top = sorted[0]!;
  if (sorted.length === 1) return `${top.group}: mean net ${formatSigned(top.meanNet)} over ${top.count} statements.`;
  const bottom = sorted[sorted.length - 1]!;
  const apart = top.ciNet.low > bottom.ciNet.high;
  const open = [...rankRanges(stats).values()].filter((r) => r.best === 1 && r.worst === stats.length).length;
  const tied =
    sorted.length > 2 && open === sorted.length
      ? ` With these intervals, none of the ${sorted.length} groups can be ranked apart from the others.`
      : '';
  return (
    `Sorted by mean net: ${top.group} leans most towards enthusiasm (${formatSigned(top.meanNet)}) and ` +
    `${bottom.group} most towards concern (${formatSigned(bottom.meanNet)})` +
    (apart ? '; their 95% intervals do not overlap.' : '; their 95% intervals overlap, so no clear difference.') +
    tied
  );
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
