import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isInsufficient } from '../scoring/evidence';
import { factsOf } from './facts';
import { tableOf } from '../table/table.fixture';
import { scored } from './scored.fixture';

const statement = fc
  .record({
    group: fc.constantFrom('Writers', 'Actors', 'Studios'),
    source: fc.constantFrom('', 'Variety', 'Deadline', 'BBC'),
    provenance: fc.constantFrom('', 'illustrative', 'quoted'),
    words: fc.array(fc.tuple(fc.constantFrom('good', 'bad', 'jobs'), fc.integer({ min: -5, max: 5 })), { maxLength: 4 }),
    length: fc.integer({ min: 1, max: 120 }),
  })
  .map(({ group, source, provenance, words, length }) => ({
    ...scored('s', group, words, { words: length }),
    source,
    provenance,
  }));

describe('factsOf', () => {
  it('finds over the table what a pass over the statements finds', () => {
    fc.assert(
      fc.property(fc.array(statement, { maxLength: 60 }), (rows) => {
        expect(factsOf(tableOf(rows))).toEqual({
          groups: [...new Set(rows.map((s) => s.group))],
          sources: [...new Set(rows.map((s) => s.source).filter(Boolean))].sort(),
          maxScore: rows.reduce((m, s) => Math.max(m, s.enthusiasm, s.concern), 0),
          insufficient: rows.filter(isInsufficient).length,
          illustrative: rows.some((s) => s.provenance === 'illustrative'),
        });
      }),
    );
  });

  it('gives empty facts for no statements', () => {
    expect(factsOf(tableOf([]))).toEqual({ groups: [], sources: [], maxScore: 0, insufficient: 0, illustrative: false });
  });
});
