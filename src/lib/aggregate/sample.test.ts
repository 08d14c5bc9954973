import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sampleIds } from './sample';

const ids = Array.from({ length: 50 }, (_, i) => `s${i}`);

describe('sampleIds', () => {
  it.each([
    // [size, exclude, expected length]
    [5, [], 5],
    [0, [], 0],
    [-3, [], 0],
    [80, [], 50],
    [80, ['s0', 's1', 'nope'], 48],
    [10, ids, 0],
  ] as const)('draws %d with %j excluded → %d ids', (size, exclude, length) => {
    expect(sampleIds(ids, size, 7, new Set(exclude))).toHaveLength(length);
  });

  it('gives the same sample for the same seed and another for another seed', () => {
    expect(sampleIds(ids, 10, 42)).toEqual(sampleIds(ids, 10, 42));
    expect(sampleIds(ids, 10, 42)).not.toEqual(sampleIds(ids, 10, 43));
  });

  it('never holds a repeated id twice', () => {
    expect(sampleIds(['a', 'a', 'b'], 3, 1).sort()).toEqual(['a', 'b']);
  });

  it('picks each id about equally often across seeds', () => {
    // 4000 seeds drawing one of four ids: 1000 each expected; ±150 is over 5 standard deviations (√750 ≈ 27).
    const counts = new Map<string, number>();
    for (let seed = 0; seed < 4000; seed++) {
      const [id] = sampleIds(['a', 'b', 'c', 'd'], 1, seed);
      counts.set(id!, (counts.get(id!) ?? 0) + 1);
    }
    for (const id of 'abcd') expect(Math.abs((counts.get(id) ?? 0) - 1000)).toBeLessThan(150);
  });

  it('draws distinct, allowed ids, as many as it can, the same each time', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.string({ maxLength: 4 }), { maxLength: 40 }),
        fc.integer({ min: 0, max: 50 }),
        fc.integer(),
        fc.array(fc.string({ maxLength: 4 }), { maxLength: 20 }),
        (pool, size, seed, excluded) => {
          const exclude = new Set(excluded);
          const sample = sampleIds(pool, size, seed, exclude);
          const available = pool.filter((id) => !exclude.has(id)).length;
          expect(new Set(sample).size).toBe(sample.length);
          expect(sample.every((id) => pool.includes(id) && !exclude.has(id))).toBe(true);
          expect(sample).toHaveLength(Math.min(size, available));
          expect(sampleIds(pool, size, seed, exclude)).toEqual(sample);
        },
      ),
    );
  });
});
