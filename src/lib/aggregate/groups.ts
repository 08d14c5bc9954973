/** Per-group statistics over a selection of scored statements. */
import type { Contribution, GroupStats, Score, WordTotal } from '../types';
import { meanInterval } from './interval';

type Row = Pick<Score, 'enthusiasm' | 'concern' | 'net'> & { group: string; contributions?: readonly Contribution[] };

/** How many driving words to keep per group and direction. */
const TOP_WORDS = 5;

/** Groups in the order given by `order` (when given), else by first appearance. */
export function groupStats(rows: readonly Row[], order?: readonly string[]): GroupStats[] {
  const byGroup = new Map<string, Row[]>();
  for (const name of order ?? []) byGroup.set(name, []);
  for (const row of rows) {
    const list = byGroup.get(row.group);
    if (list) list.push(row);
    else if (!order) byGroup.set(row.group, [row]);
  }
  const stats: GroupStats[] = [];
  for (const [group, list] of byGroup) {
    if (list.length === 0) continue;
    stats.push(summarise(group, list));
  }
  return stats;
}

function summarise(group: string, rows: Row[]): GroupStats {
  const count = rows.length;
  const enthusiasm = new Float64Array(count);
  const concern = new Float64Array(count);
  const net = new Float64Array(count);
  let positive = 0;
  let negative = 0;
  let sumEnthusiasm = 0;
  let sumConcern = 0;
  for (let i = 0; i < count; i++) {
    const r = rows[i]!;
    enthusiasm[i] = r.enthusiasm;
    concern[i] = r.concern;
    net[i] = r.net;
    sumEnthusiasm += r.enthusiasm;
    sumConcern += r.concern;
    if (r.net > 0) positive++;
    else if (r.net < 0) negative++;
  }
  return {
    group,
    count,
    meanEnthusiasm: sumEnthusiasm / count,
    meanConcern: sumConcern / count,
    meanNet: (sumEnthusiasm - sumConcern) / count,
    ciEnthusiasm: meanInterval(enthusiasm),
    ciConcern: meanInterval(concern),
    ciNet: meanInterval(net),
    sharePositive: positive / count,
    shareNegative: negative / count,
    shareNeutral: (count - positive - negative) / count,
    ...topWords(rows),
  };
}

/** The words with the largest summed weight in each direction; ties go to the more frequent, then alphabetical. */
function topWords(rows: Row[]): { topEnthusiasm: WordTotal[]; topConcern: WordTotal[] } {
  const up = new Map<string, WordTotal>();
  const down = new Map<string, WordTotal>();
  for (let i = 0; i < rows.length; i++) {
    const contributions = rows[i]!.contributions;
    if (!contributions) continue;
    for (let k = 0; k < contributions.length; k++) {
      const c = contributions[k]!;
      const totals = c.weight > 0 ? up : down;
      let entry = totals.get(c.token);
      if (!entry) totals.set(c.token, (entry = { word: c.token, total: 0, count: 0 }));
      entry.total += Math.abs(c.weight);
      entry.count += 1;
    }
  }
  const top = (totals: Map<string, WordTotal>) =>
    [...totals.values()]
      .sort((a, b) => b.total - a.total || b.count - a.count || a.word.localeCompare(b.word))
      .slice(0, TOP_WORDS);
  return { topEnthusiasm: top(up), topConcern: top(down) };
}

/** How many statements each group has, in first-appearance order. */
export function groupCounts(rows: readonly { group: string }[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const row of rows) counts.set(row.group, (counts.get(row.group) ?? 0) + 1);
  return counts;
}
