/** The order the statements table shows a selection in: by one column, up or down, ties in table order. */
import { coverageOf } from '../scoring/evidence';
import type { Selected } from './selected';
import type { CodedField } from './table';

export type SortKey = 'text' | CodedField | 'enthusiasm' | 'concern' | 'net' | 'polarity' | 'evidence';

/** The selection's table rows sorted by `key`: numbers by value, text alphabetically (any case), evidence by the share of words scored. */
export function sortedRows(selected: Selected, key: SortKey, descending: boolean): Uint32Array {
  const { table } = selected;
  const sign = descending ? -1 : 1;
  const rows = selected.rows.slice();
  let compare: (a: number, b: number) => number;
  if (key === 'text') {
    compare = (a, b) => table.text[a]!.localeCompare(table.text[b]!);
  } else if (key === 'evidence') {
    const coverage = (i: number) => coverageOf(table.scoredWords[i]!, table.words[i]!);
    compare = (a, b) => coverage(a) - coverage(b);
  } else if (key === 'enthusiasm' || key === 'concern' || key === 'net' || key === 'polarity') {
    const column = table[key];
    compare = (a, b) => column[a]! - column[b]!;
  } else {
    // Each distinct value is compared once: its rank stands in for it.
    const { values, codes } = table[key];
    const rank = new Uint32Array(values.length);
    [...values.keys()].sort((a, b) => values[a]!.localeCompare(values[b]!)).forEach((code, r) => (rank[code] = r));
    compare = (a, b) => rank[codes[a]!]! - rank[codes[b]!]!;
  }
  return rows.sort((a, b) => sign * compare(a, b) || a - b);
}
