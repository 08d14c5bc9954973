import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Statement } from '../lib/types';
import { packStatements, unpackStatements } from './statement-columns';

const statement: fc.Arbitrary<Statement> = fc.record(
  {
    id: fc.string(),
    text: fc.string({ unit: 'binary' }),
    group: fc.string(),
    speaker: fc.string(),
    source: fc.string(),
    date: fc.constantFrom('', '2024-03-01'),
    url: fc.string(),
    provenance: fc.string(),
    label: fc.constantFrom('', 'concerned'),
    extra: fc.option(fc.array(fc.string(), { maxLength: 3 }), { nil: undefined }),
  },
  { requiredKeys: ['id', 'text', 'group', 'speaker', 'source', 'date', 'url', 'provenance', 'label'] },
);

describe('packed statements', () => {
  it('give back every statement as it was, after a structured clone as the threads get them', () => {
    fc.assert(
      fc.property(fc.array(statement, { maxLength: 30 }), (statements) => {
        expect(unpackStatements(structuredClone(packStatements(statements)))).toEqual(statements);
      }),
    );
  });
});
