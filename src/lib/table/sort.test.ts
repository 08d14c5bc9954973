import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { coverageOf } from '../scoring/evidence';
import type { Selected } from './selected';
import { sortedRows, type SortKey } from './sort';
import { selectedOf } from './table.fixture';

const word = (weight: number) => ({ token: 'w', start: 0, end: 1, weight, reasons: ['lexicon' as const] });
const row = fc.record({
  group: fc.constantFrom('Writers', 'actors', 'Studios', ''),
  text: fc.constantFrom('b', 'A', 'a', 'c'),
  words: fc.nat({ max: 6 }),
  weights: fc.array(fc.integer({ min: -3, max: 3 }), { maxLength: 3 }),
}).map(({ weights, ...r }) => ({
  ...r,
  enthusiasm: weights.filter((w) => w > 0).reduce((s, w) => s + w, 0),
  concern: -weights.filter((w) => w < 0).reduce((s, w) => s + w, 0),
  contributions: weights.map(word),
}));

/** The order an array sort of plain statements gives, ties kept in table order. */
function expected(selected: Selected, key: SortKey, descending: boolean): number[] {
  const statements = selected.statements().map((s, i) => ({ s, i }));
  const value = (s: (typeof statements)[number]['s']) => (key === 'evidence' ? coverageOf(s.scoredWords, s.words) : s[key]);
  const sign = descending ? -1 : 1;
  return statements
    .sort((a, b) => {
      const x = value(a.s);
      const y = value(b.s);
      return sign * (typeof x === 'number' ? x - (y as number) : String(x).localeCompare(String(y)));
    })
    .map(({ i }) => i);
}

describe('sortedRows', () => {
  it.each<SortKey>(['text', 'group', 'net', 'concern', 'evidence'])('orders by %s as sorting the statements themselves does', (key) => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 30 }), fc.boolean(), (rows, descending) => {
        const selected = selectedOf(rows);
        expect(Array.from(sortedRows(selected, key, descending))).toEqual(expected(selected, key, descending));
      }),
    );
  });
});
