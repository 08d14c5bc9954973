import { describe, expect, it } from 'vitest';
import { METHODS, sensitivity, type MethodScores } from './sensitivity';
import { NONE_SELECTED } from './filter';
import { selectedOf } from '../table/table.fixture';

/** The statements `lookup` has polarities for, in a table, with each one's polarity under each method by row. */
function sensitivityOf(statements: { id: string; group: string }[], lookup: (id: string) => MethodScores | undefined) {
  const rows = statements.filter((s) => lookup(s.id));
  const polarities = Object.fromEntries(METHODS.map((m) => [m, Float64Array.from(rows, (r) => lookup(r.id)![m])]));
  return sensitivity(selectedOf(rows), polarities as Record<(typeof METHODS)[number], Float64Array>);
}

const nets = (afinn: number, full: number, noDomain: number): MethodScores => ({ afinn, full, noDomain });

/*
 * Worked by hand.
 *   Writers: w1 (1, −2, −1), w2 (3, 0, 1)  → means afinn 2, full −1, noDomain 0
 *   Studios: s1 (1, 2, 2)                   → 1, 2, 2
 *   Actors:  a1 (−1, 1, 0.5); a2 has no nets → −1, 1, 0.5 from one statement
 *   full:     Studios 2 > Actors 1 > Writers −1
 *   afinn:    Writers 2 > Studios 1 > Actors −1 → first swap from the top: Writers above Studios
 *   noDomain: Studios 2 > Actors 0.5 > Writers 0 → same as full
 */
const statements = [
  { id: 'w1', group: 'Writers' },
  { id: 'a1', group: 'Actors' },
  { id: 'w2', group: 'Writers' },
  { id: 's1', group: 'Studios' },
  { id: 'a2', group: 'Actors' },
];
const table = new Map([
  ['w1', nets(1, -2, -1)],
  ['w2', nets(3, 0, 1)],
  ['s1', nets(1, 2, 2)],
  ['a1', nets(-1, 1, 0.5)],
]);
const lookup = (id: string) => table.get(id);

describe('sensitivity', () => {
  const result = sensitivityOf(statements, lookup);

  it('averages each method per group, leaving out statements without nets', () => {
    expect(result.groups).toEqual([
      { group: 'Studios', count: 1, mean: nets(1, 2, 2) },
      { group: 'Actors', count: 1, mean: nets(-1, 1, 0.5) },
      { group: 'Writers', count: 2, mean: nets(2, -1, 0) },
    ]);
  });

  it('orders groups under each method and names the first swap', () => {
    expect(result.orders).toEqual({
      afinn: ['Writers', 'Studios', 'Actors'],
      full: ['Studios', 'Actors', 'Writers'],
      noDomain: ['Studios', 'Actors', 'Writers'],
    });
    expect(result.holds).toBe(false);
    expect(result.sentence).toBe(
      'The order of groups by mean polarity changes with the method: plain AFINN puts Writers above Studios (the full model has them the other way round).',
    );
  });

  it('names a swap for each method that differs', () => {
    // noDomain for Writers becomes (−1 + 3)/2 = 1: above Actors (0.5), still below Studios (2).
    const changed = new Map(table).set('w2', nets(3, 0, 3));
    expect(sensitivityOf(statements, (id) => changed.get(id)).sentence).toBe(
      'The order of groups by mean polarity changes with the method: plain AFINN puts Writers above Studios; ' +
        'our model without the domain lexicon puts Writers above Actors (the full model has each pair the other way round).',
    );
  });

  it('says when the order holds, breaking ties by name', () => {
    const same = sensitivityOf(
      [
        { id: 'x', group: 'Zeta' },
        { id: 'y', group: 'Alpha' },
      ],
      () => nets(1, 1, 1),
    );
    expect(same.orders.full).toEqual(['Alpha', 'Zeta']);
    expect(same.holds).toBe(true);
    expect(same.sentence).toBe(
      'The order of the 2 groups by mean polarity is the same under plain AFINN, our full model and our model without the domain lexicon.',
    );
  });

  it('asks for more groups, or for statements, when there is nothing to order', () => {
    expect(sensitivityOf([{ id: 's1', group: 'Studios' }], lookup).sentence).toBe(
      'Select two or more groups to compare the order across methods.',
    );
    expect(sensitivityOf([], lookup).sentence).toBe(NONE_SELECTED);
  });
});
