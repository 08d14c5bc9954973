/** Statements placed on the enthusiasm-vs-concern plane, in pixels. */
import type { Scored } from '../types';
import { unitJitter } from './jitter';
import { powCoefficients, type QuadrantLayout } from './quadrant';

export interface Point {
  statement: Scored;
  cx: number;
  cy: number;
}

const unit = new Float64Array(2);

/** Points in the order given; see keyboardOrder for the order arrow keys walk. */
export function statementPoints(statements: readonly Scored[], layout: QuadrantLayout, radius: number): Point[] {
  // The scales' coefficients, applied inline, beat a scale call per point.
  const x = place(layout.x);
  const y = place(layout.y);
  return statements.map((statement) => {
    unitJitter(statement.id, unit);
    return { statement, cx: x(statement.concern) + unit[0]! * radius, cy: y(statement.enthusiasm) + unit[1]! * radius };
  });
}

/**
 * The same points as statementPoints, times `ratio` (device pixels), as x, y pairs in one array:
 * what the canvas rasteriser reads, without an object per statement.
 */
export function devicePoints(statements: readonly Scored[], layout: QuadrantLayout, radius: number, ratio: number): Float64Array {
  const x = place(layout.x);
  const y = place(layout.y);
  const out = new Float64Array(statements.length * 2);
  for (let i = 0; i < statements.length; i++) {
    const statement = statements[i]!;
    unitJitter(statement.id, unit);
    out[2 * i] = (x(statement.concern) + unit[0]! * radius) * ratio;
    out[2 * i + 1] = (y(statement.enthusiasm) + unit[1]! * radius) * ratio;
  }
  return out;
}

/** The scale as one expression (clamped to its domain, as the scale is), without a call into d3 per point. */
function place(scale: QuadrantLayout['x']): (v: number) => number {
  const { offset, slope, lo, hi, exponent } = powCoefficients(scale);
  if (exponent === 1) return (v) => offset + slope * (v < lo ? lo : v > hi ? hi : v);
  if (exponent === 0.5) return (v) => offset + slope * Math.sqrt(v < lo ? lo : v > hi ? hi : v);
  return (v) => offset + slope * (v < lo ? lo : v > hi ? hi : v) ** exponent;
}

/** Left to right, then top to bottom on ties: the order arrow keys walk. A sorted copy. */
export function keyboardOrder(points: readonly Point[]): Point[] {
  return [...points].sort((a, b) => a.cx - b.cx || a.cy - b.cy);
}
