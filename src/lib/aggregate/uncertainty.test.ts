import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { GroupStats } from '../types';
import { isSmallSample, rankRanges, rankText } from './uncertainty';

/** Only the fields ranking reads. */
const group = (name: string, count: number, low: number, high: number) =>
  ({ group: name, count, meanPolarity: (low + high) / 2, ciPolarity: { low, high } }) as GroupStats;

describe('rankRanges', () => {
  it('ranks groups apart only when their intervals do not overlap (worked by hand)', () => {
    // A [3, 5] is clear of B [0, 2] and C [1, 2.5] but those two overlap; D [-4, -2] is clear of all.
    const ranges = rankRanges([group('B', 20, 0, 2), group('A', 20, 3, 5), group('D', 20, -4, -2), group('C', 20, 1, 2.5)]);
    expect(ranges.get('A')).toEqual({ best: 1, worst: 1 });
    expect(ranges.get('B')).toEqual({ best: 2, worst: 3 });
    expect(ranges.get('C')).toEqual({ best: 2, worst: 3 });
    expect(ranges.get('D')).toEqual({ best: 4, worst: 4 });
  });

  it('gives a one-statement group every place, since one value has no spread', () => {
    const ranges = rankRanges([group('A', 20, 3, 5), group('Solo', 1, 9, 9), group('B', 20, -5, -3)]);
    expect(ranges.get('Solo')).toEqual({ best: 1, worst: 3 });
    expect(ranges.get('A')).toEqual({ best: 1, worst: 2 });
  });

  it('always brackets the place the means give', () => {
    const interval = fc.tuple(fc.integer({ min: -20, max: 20 }), fc.integer({ min: 0, max: 10 }));
    fc.assert(
      fc.property(fc.array(interval, { minLength: 1, maxLength: 8 }), (pairs) => {
        const stats = pairs.map(([low, width], i) => group(`g${i}`, 5, low, low + width));
        const ranges = rankRanges(stats);
        const sorted = [...stats].sort((a, b) => b.meanPolarity - a.meanPolarity);
        sorted.forEach((g, place) => {
          const { best, worst } = ranges.get(g.group)!;
          // Ties in the mean may put a group anywhere among its equals, so compare with the tie block.
          const first = sorted.findIndex((h) => h.meanPolarity === g.meanPolarity) + 1;
          const last = sorted.findLastIndex((h) => h.meanPolarity === g.meanPolarity) + 1;
          expect(best).toBeLessThanOrEqual(first);
          expect(worst).toBeGreaterThanOrEqual(last);
          expect(place + 1).toBeGreaterThanOrEqual(best);
        });
      }),
    );
  });
});

describe('rankText and isSmallSample', () => {
  it('writes a single place or a range', () => {
    expect(rankText({ best: 1, worst: 1 })).toBe('1');
    expect(rankText({ best: 2, worst: 5 })).toBe('2–5');
  });
  it('flags groups under ten statements', () => {
    expect(isSmallSample(9)).toBe(true);
    expect(isSmallSample(10)).toBe(false);
  });
});
