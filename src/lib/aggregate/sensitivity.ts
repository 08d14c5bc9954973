/**
 * Does the order of groups by mean polarity hold across scoring methods? If plain
 * AFINN or the model without the domain lexicon ranks the groups differently,
 * the ranking rests on our rules rather than on the statements alone.
 */
import { NONE_SELECTED } from './filter';
import type { Selected } from '../table/selected';

export const METHODS = ['afinn', 'full', 'noDomain'] as const;
export type Method = (typeof METHODS)[number];

export const METHOD_NAMES: Record<Method, string> = {
  afinn: 'plain AFINN',
  full: 'our full model',
  noDomain: 'our model without the domain lexicon',
};

export type MethodScores = Record<Method, number>;

export interface GroupMethods {
  group: string;
  count: number;
  mean: MethodScores;
}

export interface Sensitivity {
  /** Sorted by mean full polarity, descending, ties by group name. */
  groups: GroupMethods[];
  /** Group names by mean polarity descending under each method, ties by name. */
  orders: Record<Method, string[]>;
  /** All three orders are identical. */
  holds: boolean;
  sentence: string;
}

const byMean = (method: Method) => (x: GroupMethods, y: GroupMethods) =>
  y.mean[method] - x.mean[method] || x.group.localeCompare(y.group);

/** `polarities` holds every table row's polarity under each method; the selection's groups are ranked under each. */
export function sensitivity(selected: Selected, polarities: Record<Method, ArrayLike<number>>): Sensitivity {
  // Summed by group code, in the order the groups first appear in the selection.
  const { table, rows } = selected;
  const { codes, values } = table.group;
  const { afinn, full, noDomain } = polarities;
  const counts = new Uint32Array(values.length);
  const totals = new Float64Array(values.length * 3);
  const seen: number[] = [];
  for (let k = 0; k < rows.length; k++) {
    const i = rows[k]!;
    const code = codes[i]!;
    if (counts[code]!++ === 0) seen.push(code);
    totals[3 * code]! += afinn[i]!;
    totals[3 * code + 1]! += full[i]!;
    totals[3 * code + 2]! += noDomain[i]!;
  }
  const sums = new Map(
    seen.map((code) => [values[code]!, { count: counts[code]!, sum: { afinn: totals[3 * code]!, full: totals[3 * code + 1]!, noDomain: totals[3 * code + 2]! } }]),
  );
  const groups: GroupMethods[] = [...sums].map(([group, { count, sum }]) => ({
    group,
    count,
    mean: { afinn: sum.afinn / count, full: sum.full / count, noDomain: sum.noDomain / count },
  }));
  const orders = Object.fromEntries(METHODS.map((m) => [m, [...groups].sort(byMean(m)).map((g) => g.group)])) as Record<
    Method,
    string[]
  >;
  groups.sort(byMean('full'));
  const same = (m: Method) => orders[m].every((name, i) => name === orders.full[i]);
  const holds = METHODS.every(same);
  return { groups, orders, holds, sentence: sentence(orders, holds) };
}

function sentence(orders: Record<Method, string[]>, holds: boolean): string {
  const n = orders.full.length;
  if (n === 0) return NONE_SELECTED;
  if (n < 2) return 'Select two or more groups to compare the order across methods.';
  if (holds) {
    const names = METHODS.map((m) => METHOD_NAMES[m]);
    return `The order of the ${n.toLocaleString('en-US')} groups by mean polarity is the same under ${names.slice(0, -1).join(', ')} and ${names.at(-1)}.`;
  }
  const rank = new Map(orders.full.map((name, i) => [name, i]));
  const swaps = METHODS.filter((m) => m !== 'full')
    .map((m) => {
      const pair = firstSwap(orders[m], rank);
      // Puts … above …: reads the same whether a group's name is singular or plural.
      return pair && `${METHOD_NAMES[m]} puts ${pair[0]} above ${pair[1]}`;
    })
    .filter(Boolean);
  return `The order of groups by mean polarity changes with the method: ${swaps.join('; ')} (the full model has ${swaps.length > 1 ? 'each pair' : 'them'} the other way round).`;
}

/** The first pair, reading `order` from the top, that the full model's ranks put the other way round. */
function firstSwap(order: string[], fullRank: Map<string, number>): [string, string] | null {
  for (let i = 0; i < order.length; i++) {
    for (let j = i + 1; j < order.length; j++) {
      if (fullRank.get(order[j]!)! < fullRank.get(order[i]!)!) return [order[i]!, order[j]!];
    }
  }
  return null;
}
