/**
 * Layout of the enthusiasm-vs-concern chart: one shared linear domain for both
 * axes, so the enthusiasm = concern line runs corner to corner, and the
 * quadrant a score falls in.
 */
import { scaleLinear, type ScaleLinear } from 'd3-scale';

/** Quadrant boundary on each axis: the weight of one moderately worded AFINN word. */
export const QUADRANT_THRESHOLD = 2;

/** Pixels between the axes and the zero of the scales, so marks at 0 are not cut by an axis. */
const INSET = 8;

export type Quadrant = 'enthusiastic' | 'concerned' | 'conflicted' | 'reserved';

export function quadrantOf(enthusiasm: number, concern: number): Quadrant {
  const high = (v: number) => v >= QUADRANT_THRESHOLD;
  if (high(enthusiasm)) return high(concern) ? 'conflicted' : 'enthusiastic';
  return high(concern) ? 'concerned' : 'reserved';
}

export interface Margin {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface QuadrantLayout {
  width: number;
  height: number;
  margin: Margin;
  x: ScaleLinear<number, number>;
  y: ScaleLinear<number, number>;
  /** Edges of the plot area in pixels. */
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** Scales for a frame of the given size, covering every value and at least twice the threshold. */
export function quadrantLayout(width: number, height: number, maxValue: number, margin: Margin): QuadrantLayout {
  const top = Math.max(maxValue, QUADRANT_THRESHOLD * 2);
  const x = scaleLinear()
    .domain([0, top])
    .range([margin.left + INSET, width - margin.right])
    .nice();
  const y = scaleLinear()
    .domain(x.domain())
    .range([height - margin.bottom - INSET, margin.top]);
  return {
    width,
    height,
    margin,
    x,
    y,
    left: margin.left,
    right: width - margin.right,
    top: margin.top,
    bottom: height - margin.bottom,
  };
}
