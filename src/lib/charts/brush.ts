/**
 * A drag across a chart, in pixels within its frame: the charts that filter
 * by brushing (the enthusiasm-vs-concern plane, the timeline) share it.
 */

export interface Drag {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** A pointer that moves no more than this many pixels on any axis clicks; beyond, it drags. */
export const DRAG_THRESHOLD = 4;

/** Whether the pointer has moved far enough, on the axes the brush follows, to be a drag and not a click. */
export function isDrag(drag: Drag, axes: 'x' | 'xy'): boolean {
  const dx = Math.abs(drag.x1 - drag.x0) > DRAG_THRESHOLD;
  return axes === 'x' ? dx : dx || Math.abs(drag.y1 - drag.y0) > DRAG_THRESHOLD;
}

/** The rectangle the drag covers, whichever way it went. */
export function dragRect(drag: Drag): { x: number; y: number; width: number; height: number } {
  return {
    x: Math.min(drag.x0, drag.x1),
    y: Math.min(drag.y0, drag.y1),
    width: Math.abs(drag.x1 - drag.x0),
    height: Math.abs(drag.y1 - drag.y0),
  };
}

/** The values at the drag's two ends on a scale's inverse (numbers or dates), the lower value first. */
export function dragSpan<T extends number | Date>(a: number, b: number, invert: (pixel: number) => T): [T, T] {
  const [p, q] = [invert(a), invert(b)];
  return p <= q ? [p, q] : [q, p];
}
