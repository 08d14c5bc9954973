import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MarkIndex } from './mark-index';

/** The answer by looking at every mark. */
function nearestByScan(places: number[], x: number, y: number, radius: number): number | undefined {
  let best: number | undefined;
  let bestDistance = radius * radius;
  for (let k = 0; k < places.length / 2; k++) {
    const distance = (places[2 * k]! - x) ** 2 + (places[2 * k + 1]! - y) ** 2;
    if (distance < bestDistance || (distance === bestDistance && (best === undefined || k > best))) {
      best = k;
      bestDistance = distance;
    }
  }
  return best;
}

describe('the mark under the pointer', () => {
  it('is the nearest within the radius, as a look at every mark finds it, piles of marks in one place included', () => {
    // Places on a coarse grid, so that many marks share one, as equal scores do.
    const place = fc.tuple(fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 12 })).map(([x, y]) => [x * 7.5, y * 7.5]);
    const anywhere = fc.tuple(fc.double({ min: -50, max: 150, noNaN: true }), fc.double({ min: -50, max: 150, noNaN: true }));
    fc.assert(
      fc.property(
        fc.array(fc.oneof(place, anywhere), { maxLength: 300 }),
        fc.double({ min: -10, max: 100, noNaN: true }),
        fc.double({ min: -10, max: 100, noNaN: true }),
        fc.double({ min: 0.5, max: 30, noNaN: true }),
        fc.integer({ min: 1, max: 40 }),
        (marks, x, y, radius, cell) => {
          const places = marks.flat();
          expect(new MarkIndex(Float64Array.from(places), cell).nearest(x, y, radius)).toBe(nearestByScan(places, x, y, radius));
        },
      ),
    );
  });

  it('is none when there are no marks', () => {
    expect(new MarkIndex(new Float64Array(0)).nearest(10, 10, 9)).toBeUndefined();
  });

  it('is never a mark whose place is not a number', () => {
    expect(new MarkIndex(Float64Array.from([NaN, 5, 5, Infinity, 20, 20])).nearest(5, 5, 9)).toBeUndefined();
  });

  it('is found among marks spread very far apart', () => {
    expect(new MarkIndex(Float64Array.from([0, 0, 1e9, 1e9, 3, 4])).nearest(2, 2, 9)).toBe(2);
  });

  it('is the last of a pile in one place', () => {
    expect(new MarkIndex(Float64Array.from([5, 5, 5, 5, 5, 5, 40, 40])).nearest(6, 6, 9)).toBe(2);
  });
});
