/**
 * Per-group statistics over a selection of the statement table (groupStats),
 * counted by one builder that reads score columns: the table's, or a slice's
 * as a load brings it (the page counts each slice while it waits for the
 * next), so both ways give the same figures to the last bit.
 */
import type { Selected } from '../table/selected';
import type { Entries } from '../table/table';
import type { GroupStats, Interval, WordTotal } from '../types';
import { RunningInterval } from './interval';

/** What counting reads: a score's numbers and its scored words, by row. */
export interface ScoreColumns {
  enthusiasm: ArrayLike<number>;
  concern: ArrayLike<number>;
  net: ArrayLike<number>;
  polarity: ArrayLike<number>;
  entries: Pick<Entries, 'offsets' | 'token' | 'tokens' | 'weight'>;
}

/** How many driving words to keep per group and direction. */
const TOP_WORDS = 5;

/** The selected rows' statistics, by group: in the order given by `order` (only those groups), else by first appearance. */
export function groupStats(selected: Selected, order?: readonly string[]): GroupStats[] {
  const builder = new GroupStatsBuilder(order);
  const { table, rows } = selected;
  const { values, codes } = table.group;
  for (let k = 0; k < rows.length; k++) {
    const i = rows[k]!;
    builder.add(table, i, values[codes[i]!]!);
  }
  return builder.result();
}

/** One group's running sums, in the order its statements came. */
class GroupSums {
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
  #groups = new Map<string, GroupSums>();
  #fixed: boolean;

  /** With `order`, only those groups, in that order; otherwise every group, by first appearance. */
  constructor(order?: readonly string[]) {
    this.#fixed = order !== undefined;
    for (const name of order ?? []) if (!this.#groups.has(name)) this.#groups.set(name, new GroupSums());
  }

  /** Counts row i of `columns`, its scored words too, in `group`. */
  add(columns: ScoreColumns, i: number, group: string) {
    let totals = this.#groups.get(group);
    if (!totals) {
      if (this.#fixed) return;
      this.#groups.set(group, (totals = new GroupSums()));
    }
    const enthusiasm = columns.enthusiasm[i]!;
    const concern = columns.concern[i]!;
    const net = columns.net[i]!;
    totals.enthusiasm.add(enthusiasm);
    totals.concern.add(concern);
    totals.net.add(net);
    totals.polarity.add(columns.polarity[i]!);
    totals.sumEnthusiasm += enthusiasm;
    totals.sumConcern += concern;
    if (net > 0) totals.positive++;
    else if (net < 0) totals.negative++;
    const { offsets, tokens, token, weight } = columns.entries;
    for (let k = offsets[i]!; k < offsets[i + 1]!; k++) countWord(totals, tokens[token[k]!]!, weight[k]!);
  }

  /** The statistics of every group with at least one statement. */
  result(): GroupStats[] {
    const stats: GroupStats[] = [];
    for (const [group, totals] of this.#groups) if (totals.net.count > 0) stats.push(summarise(group, totals));
    return stats;
  }
}

function countWord(totals: GroupSums, token: string, weight: number) {
  const words = weight > 0 ? totals.up : totals.down;
  let entry = words.get(token);
  if (!entry) words.set(token, (entry = { word: token, total: 0, count: 0 }));
  entry.total += Math.abs(weight);
  entry.count += 1;
}

/**
 * Enthusiasm and concern are never negative, nor is their mean: an interval reaching below 0 is cut
 * there, or a whisker of concern would cross into enthusiasm in the group comparison.
 */
function atLeastZero({ low, high }: Interval): Interval {
  return { low: Math.max(0, low), high };
}

function summarise(group: string, t: GroupSums): GroupStats {
  const count = t.net.count;
  return {
    group,
    count,
    meanEnthusiasm: t.sumEnthusiasm / count,
    meanConcern: t.sumConcern / count,
    meanNet: (t.sumEnthusiasm - t.sumConcern) / count,
    meanPolarity: t.polarity.mean,
    ciPolarity: t.polarity.interval(),
    ciEnthusiasm: atLeastZero(t.enthusiasm.interval()),
    ciConcern: atLeastZero(t.concern.interval()),
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
