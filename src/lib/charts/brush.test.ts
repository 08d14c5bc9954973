import { describe, expect, it } from 'vitest';
import { dragRect, dragSpan, isDrag } from './brush';

describe('isDrag', () => {
  it.each([
    [{ x0: 10, y0: 10, x1: 14, y1: 14 }, 'xy', false],
    [{ x0: 10, y0: 10, x1: 15, y1: 10 }, 'xy', true],
    [{ x0: 10, y0: 10, x1: 10, y1: 4 }, 'xy', true],
    [{ x0: 10, y0: 10, x1: 10, y1: 40 }, 'x', false],
    [{ x0: 10, y0: 10, x1: 4, y1: 10 }, 'x', true],
  ] as const)('%j on %s is a drag: %s', (drag, axes, expected) => {
    expect(isDrag(drag, axes)).toBe(expected);
  });
});

describe('dragRect', () => {
  it('covers the drag whichever way it went', () => {
    expect(dragRect({ x0: 30, y0: 5, x1: 10, y1: 25 })).toEqual({ x: 10, y: 5, width: 20, height: 20 });
  });
});

describe('dragSpan', () => {
  it('gives the lower value first, on a scale that runs either way', () => {
    const flipped = (px: number) => 100 - px;
    expect([dragSpan(30, 10, (px) => px * 2), dragSpan(10, 30, flipped)]).toEqual([
      [20, 60],
      [70, 90],
    ]);
  });
});
