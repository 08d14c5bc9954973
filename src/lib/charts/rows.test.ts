import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tickDigits } from './format';
import { LEAST_REACH, rowsHeight, rowsLayout } from './rows';

describe('rowsLayout', () => {
  it('covers the values and zero, one band per name, in order', () => {
    const layout = rowsLayout(600, ['A', 'B'], [1.5, 3]);
    expect(layout.x.domain()[0]).toBe(0);
    expect(layout.x.domain()[1]).toBeGreaterThanOrEqual(3);
    expect(layout.y('A')!).toBeLessThan(layout.y('B')!);
    expect(layout.height).toBe(rowsHeight(2));
  });

  it('is symmetric about zero when asked, so both sides compare', () => {
    const layout = rowsLayout(600, ['w'], [-0.2, 1.3], true);
    const [low, high] = layout.x.domain();
    expect(low).toBe(-high!);
    expect(layout.x(0)).toBeCloseTo((layout.left + layout.right) / 2, 6);
  });

  it('keeps a usable axis when every value is zero', () => {
    const [low, high] = rowsLayout(400, ['A'], [0, 0]).x.domain();
    expect(high).toBeGreaterThan(low!);
  });

  it('fits a symmetric axis to small values, so a large file’s bars of a few hundredths read', () => {
    const layout = rowsLayout(600, ['jobs', 'great'], [0.07, -0.03], true);
    const high = layout.x.domain()[1]!;
    expect(high).toBeLessThanOrEqual(0.1);
    // The longest bar spans most of its side of the axis.
    expect((layout.x(0.07) - layout.x(0)) / (layout.right - layout.x(0))).toBeGreaterThan(0.6);
  });

  it('gives a symmetric axis a longest bar of at least half its side, and ticks of at most three decimals, whatever the values', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -20, max: 20, noNaN: true }), { minLength: 1, maxLength: 30 }), (values) => {
        const layout = rowsLayout(600, ['w'], values, true);
        const [low, high] = layout.x.domain() as [number, number];
        const largest = Math.max(...values.map(Math.abs));
        return (
          low === -high &&
          values.every((v) => v >= low && v <= high) &&
          (largest < LEAST_REACH || largest / high >= 0.5) &&
          tickDigits(layout.x.ticks(5)) <= 3
        );
      }),
    );
  });
});
