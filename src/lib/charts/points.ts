/** Statements placed on the enthusiasm-vs-concern plane, in pixels. */
import type { Scored } from '../types';
import { unitJitter } from './jitter';
import type { QuadrantLayout } from './quadrant';

export interface Point {
  statement: Scored;
  cx: number;
  cy: number;
}

const unit = new Float64Array(2);

/** Points in the order given; see keyboardOrder for the order arrow keys walk. */
export function statementPoints(statements: readonly Scored[], layout: QuadrantLayout, radius: number): Point[] {
  // The scales are linear: their two coefficients, applied inline, beat a scale call per point.
  const [x0, x1] = linear(layout.x);
  const [y0, y1] = linear(layout.y);
  return statements.map((statement) => {
    unitJitter(statement.id, unit);
    return {
      statement,
      cx: x0 + x1 * statement.concern + unit[0]! * radius,
      cy: y0 + y1 * statement.enthusiasm + unit[1]! * radius,
    };
  });
}

/**
 * The same points as statementPoints, times `ratio` (device pixels), as x, y pairs in one array:
 * what the canvas rasteriser reads, without an object per statement.
 */
export function devicePoints(statements: readonly Scored[], layout: QuadrantLayout, radius: number, ratio: number): Float64Array {
  const [x0, x1] = linear(layout.x);
  const [y0, y1] = linear(layout.y);
  const out = new Float64Array(statements.length * 2);
  for (let i = 0; i < statements.length; i++) {
    const statement = statements[i]!;
    unitJitter(statement.id, unit);
    out[2 * i] = (x0 + x1 * statement.concern + unit[0]! * radius) * ratio;
    out[2 * i + 1] = (y0 + y1 * statement.enthusiasm + unit[1]! * radius) * ratio;
  }
  return out;
}

/** Offset and slope of a linear scale: scale(v) = offset + slope · v. */
function linear(scale: QuadrantLayout['x']): [number, number] {
  const offset = scale(0);
  return [offset, scale(1) - offset];
}

/** Left to right, then top to bottom on ties: the order arrow keys walk. A sorted copy. */
export function keyboardOrder(points: readonly Point[]): Point[] {
  return [...points].sort((a, b) => a.cx - b.cx || a.cy - b.cy);
}
