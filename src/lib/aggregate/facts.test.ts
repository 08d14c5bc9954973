import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isInsufficient } from '../scoring/evidence';
import { FactsBuilder, factsOf } from './facts';
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

describe('FactsBuilder', () => {
  it('gathers in slices what a pass over all the statements finds', () => {
    fc.assert(
      fc.property(fc.array(statement, { maxLength: 60 }), fc.nat({ max: 60 }), (rows, cut) => {
        const builder = new FactsBuilder();
        builder.add(rows.slice(0, cut));
        builder.add(rows.slice(cut));
        expect(builder.result()).toEqual({
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
    expect(factsOf([])).toEqual({ groups: [], sources: [], maxScore: 0, insufficient: 0, illustrative: false });
  });
});
