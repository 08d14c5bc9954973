import { describe, expect, it } from 'vitest';
import { rowsHeight, rowsLayout } from './rows';

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
});
