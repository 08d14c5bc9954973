import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { StatementReader } from './reader';
import { hashOf } from '../string-set';
import { UniqueIds } from './unique-ids';

describe('UniqueIds', () => {
  it('keeps new ids, renames repeats, and gives the same names for the same ids in the same order', () => {
    const id = fc.constantFrom('1', '2', '1 (2)', 'row-4', '1 (2) (2)', '');
    fc.assert(
      fc.property(fc.array(id, { maxLength: 40 }), (ids) => {
        const once = new UniqueIds();
        const twice = new UniqueIds();
        const names = ids.map((i) => once.take(i));
        expect(new Set(names).size).toBe(ids.length);
        expect(ids.map((i) => twice.take(i))).toEqual(names);
        names.forEach((name, k) => expect(name === ids[k] || name.startsWith(`${ids[k]} (`)).toBe(true));
      }),
    );
  });

  it('keeps the hash of every id it hands out, in order', () => {
    const id = fc.constantFrom('1', '2', '1 (2)', 'é', '');
    fc.assert(
      fc.property(fc.array(id, { maxLength: 3000 }), (ids) => {
        const unique = new UniqueIds();
        ids.forEach((i) => unique.take(i));
        expect(Array.from(unique.hashes)).toEqual(unique.taken.map((name) => hashOf(name)));
      }),
      { numRuns: 30 },
    );
  });

  it('names thousands of ids, repeats among them, as a plain set of the names handed out would', () => {
    // The plain way: a set of every name handed out, and the next suffix to try for each id.
    const plain = (ids: string[]) => {
      const seen = new Set<string>();
      const next = new Map<string, number>();
      return ids.map((id) => {
        if (!seen.has(id)) return seen.add(id), id;
        let n = next.get(id) ?? 2;
        while (seen.has(`${id} (${n})`)) n++;
        next.set(id, n + 1);
        return seen.add(`${id} (${n})`), `${id} (${n})`;
      });
    };
    const id = fc.oneof(fc.constantFrom('1', '1 (2)', '1 (3)', ''), fc.nat(400).map(String), fc.string({ unit: 'binary', maxLength: 6 }));
    fc.assert(
      fc.property(fc.array(id, { minLength: 500, maxLength: 3000 }), (ids) => {
        const unique = new UniqueIds();
        expect(ids.map((i) => unique.take(i))).toEqual(plain(ids));
      }),
      { numRuns: 25 },
    );
  });

  it('is left to the caller when the reader is asked to', () => {
    const reader = new StatementReader({ name: 'a.csv', uniqueIds: false });
    const { statements } = reader.push('id,text,group\n1,a,A\n1,b,A\n');
    expect([...statements, ...reader.end().statements].map((s) => s.id)).toEqual(['1', '1']);
  });
});
