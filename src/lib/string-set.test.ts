import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { StringSet, hashOf } from './string-set';

describe('StringSet', () => {
  it('finds every string where it was added, and no other, as an array of them would', () => {
    // Short strings from a few letters repeat often; any code units, surrogates alone included, may come.
    const text = fc.oneof(fc.string({ unit: fc.constantFrom('a', 'b', 'é'), maxLength: 3 }), fc.string({ unit: 'binary', maxLength: 8 }));
    fc.assert(
      fc.property(fc.array(text, { maxLength: 3000 }), (texts) => {
        const set = new StringSet();
        const plain: string[] = [];
        for (const t of texts) {
          expect(set.indexOf(t)).toBe(plain.indexOf(t));
          if (!plain.includes(t)) expect(set.add(t)).toBe(plain.push(t) - 1);
        }
        expect(set.strings).toEqual(plain);
      }),
      { numRuns: 60 },
    );
  });

  it('still finds strings whose hashes share their low bits, past a growth', () => {
    // Every string here lands in the same slots until the table is large: the probing alone finds them.
    const set = new StringSet();
    const colliding: string[] = [];
    for (let i = 0; colliding.length < 700; i++) if ((hashOf(`w${i}`) & 0x3ff) === 7) colliding.push(`w${i}`);
    colliding.forEach((t) => set.add(t));
    expect(colliding.map((t) => set.indexOf(t))).toEqual(colliding.map((_, k) => k));
    expect(set.indexOf('w-none')).toBe(-1);
  });

  it('tells apart two strings with the same hash', () => {
    // A pair found by a search over base-36 numbers: FNV-1a gives both 1229103719.
    expect(hashOf('7yzx')).toBe(hashOf('e6ad'));
    const set = new StringSet();
    set.add('7yzx');
    expect(set.indexOf('e6ad')).toBe(-1);
    set.add('e6ad');
    expect([set.indexOf('7yzx'), set.indexOf('e6ad')]).toEqual([0, 1]);
  });

  it('is empty after clear, and takes strings again from index 0', () => {
    const set = new StringSet();
    ['a', 'b', 'c'].forEach((t) => set.add(t));
    set.clear();
    expect([set.size, set.indexOf('a'), set.add('b'), set.indexOf('b')]).toEqual([0, -1, 0, 0]);
  });
});
