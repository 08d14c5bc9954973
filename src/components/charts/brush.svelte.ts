/**
 * The brush the charts that filter by dragging share: where a drag across the
 * chart began and where its pointer is now, in pixels within the chart frame,
 * and whether it went far enough to be a drag rather than a click
 * (lib/charts/brush.ts). The chart turns a finished drag into its filter.
 */
import { isDrag, type Drag } from '../../lib/charts/brush';

/** Where a pointer event happened, in pixels within the chart frame around its target. */
export function framePoint(event: PointerEvent): [number, number] {
  const box = (event.currentTarget as Element).closest('.frame')!.getBoundingClientRect();
  return [event.clientX - box.left, event.clientY - box.top];
}

export class Brush {
  #drag: Drag | null = $state(null);
  readonly #axes: 'x' | 'xy';

  /** `axes`: 'x' for a brush across time, 'xy' for a region of a plane. */
  constructor(axes: 'x' | 'xy') {
    this.#axes = axes;
  }

  /** The drag under way, or null. */
  get drag(): Drag | null {
    return this.#drag;
  }

  start(event: PointerEvent) {
    const [x, y] = framePoint(event);
    this.#drag = { x0: x, y0: y, x1: x, y1: y };
  }

  /** Follows the pointer; true once the drag is far enough to be one. */
  move(event: PointerEvent): boolean {
    if (!this.#drag) return false;
    const [x, y] = framePoint(event);
    this.#drag = { ...this.#drag, x1: x, y1: y };
    return isDrag(this.#drag, this.#axes);
  }

  /** Ends the drag: the drag when it was one, null when it was a click or none was under way. */
  end(): Drag | null {
    const done = this.#drag;
    this.#drag = null;
    return done && isDrag(done, this.#axes) ? done : null;
  }
}
