/**
 * Per-group statistics over a selection of scored statements: all at once
 * (groupStats), or one statement at a time as they arrive (GroupStatsBuilder,
 * which the page feeds with each slice of a load, so it need not go over a
 * whole dataset again). Both give the same figures to the last bit: groupStats
 * is the builder.
 */
import type { PackedScored } from '../scoring/pack';
import type { Contribution, GroupStats, Score, WordTotal } from '../types';
import { RunningInterval } from './interval';

type Row = Pick<Score, 'enthusiasm' | 'concern' | 'net'> & Partial<Pick<Score, 'polarity'>> & { group: string; contributions?: readonly Contribution[] };

/** How many driving words to keep per group and direction. */
const TOP_WORDS = 5;

/** Groups in the order given by `order` (when given), else by first appearance. */
export function groupStats(rows: readonly Row[], order?: readonly string[]): GroupStats[] {
  const builder = new GroupStatsBuilder(order);
  for (let i = 0; i < rows.length; i++) builder.add(rows[i]!, rows[i]!.group);
  return builder.result();
}

/** One group's running sums, in the order its statements came. */
class Totals {
  enthusiasm = new RunningInterval();
  concern = new RunningInterval();
  net = new RunningInterval();
  polarity = new RunningInterval();
  positive = 0;
  negative = 0;
  sumEnthusiasm = 0;
  sumConcern = 0;
  up = new Map<string, WordTotal>();
  down = new Map<string, WordTotal>();
}

export class GroupStatsBuilder {
  #groups = new Map<string, Totals>();
  #fixed: boolean;

  /** With `order`, only those groups, in that order; otherwise every group, by first appearance. */
  constructor(order?: readonly string[]) {
    this.#fixed = order !== undefined;
    for (const name of order ?? []) if (!this.#groups.has(name)) this.#groups.set(name, new Totals());
  }

  /** Counts one statement's score (its contributions too, when it has them) in its group. */
  add(row: Omit<Row, 'group'>, group: string) {
    const totals = this.#count(row, group);
    const contributions = row.contributions;
    if (!totals || !contributions) return;
    for (let k = 0; k < contributions.length; k++) countWord(totals, contributions[k]!.token, contributions[k]!.weight);
  }

  /**
   * Counts statement `i` of a packed slice (`row` is that statement), its scored words read from
   * the slice's arrays: no contribution objects are made, so a load can be counted as it arrives.
   */
  addPacked(row: Omit<Row, 'contributions'>, packed: PackedScored, i: number) {
    const totals = this.#count(row, row.group);
    if (!totals) return;
    const { offsets, tokens, token, weight } = packed;
    for (let k = offsets[i]!; k < offsets[i + 1]!; k++) countWord(totals, tokens[token[k]!]!, weight[k]!);
  }

  #count(row: Omit<Row, 'group' | 'contributions'>, group: string): Totals | undefined {
    let totals = this.#groups.get(group);
    if (!totals) {
      if (this.#fixed) return undefined;
      this.#groups.set(group, (totals = new Totals()));
    }
    totals.enthusiasm.add(row.enthusiasm);
    totals.concern.add(row.concern);
    totals.net.add(row.net);
    totals.polarity.add(row.polarity ?? 0);
    totals.sumEnthusiasm += row.enthusiasm;
    totals.sumConcern += row.concern;
    if (row.net > 0) totals.positive++;
    else if (row.net < 0) totals.negative++;
    return totals;
  }

  /** The statistics of every group with at least one statement. */
  result(): GroupStats[] {
    const stats: GroupStats[] = [];
    for (const [group, totals] of this.#groups) if (totals.net.count > 0) stats.push(summarise(group, totals));
    return stats;
  }
}

function countWord(totals: Totals, token: string, weight: number) {
  const words = weight > 0 ? totals.up : totals.down;
  let entry = words.get(token);
  if (!entry) words.set(token, (entry = { word: token, total: 0, count: 0 }));
  entry.total += Math.abs(weight);
  entry.count += 1;
}

function summarise(group: string, t: Totals): GroupStats {
  const count = t.net.count;
  return {
    group,
    count,
    meanEnthusiasm: t.sumEnthusiasm / count,
    meanConcern: t.sumConcern / count,
    meanNet: (t.sumEnthusiasm - t.sumConcern) / count,
    meanPolarity: t.polarity.mean,
    ciPolarity: t.polarity.interval(),
    ciEnthusiasm: t.enthusiasm.interval(),
    ciConcern: t.concern.interval(),
    ciNet: t.net.interval(),
    sharePositive: t.positive / count,
    shareNegative: t.negative / count,
    shareNeutral: (count - t.positive - t.negative) / count,
    topEnthusiasm: top(t.up),
    topConcern: top(t.down),
  };
}

/** The words with the largest summed weight; ties go to the more frequent, then alphabetical. Copies, so later adds change nothing. */
function top(totals: Map<string, WordTotal>): WordTotal[] {
  return [...totals.values()]
    .sort((a, b) => b.total - a.total || b.count - a.count || a.word.localeCompare(b.word))
    .slice(0, TOP_WORDS)
    .map((w) => ({ ...w }));
}

/** How many statements each group has, in first-appearance order. */
export function groupCounts(rows: readonly { group: string }[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const row of rows) counts.set(row.group, (counts.get(row.group) ?? 0) + 1);
  return counts;
}
