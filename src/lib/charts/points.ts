/** Statements placed on the enthusiasm-vs-concern plane, in pixels. */
import type { Scored } from '../types';
import { jitter } from './jitter';
import type { QuadrantLayout } from './quadrant';

export interface Point {
  statement: Scored;
  cx: number;
  cy: number;
}

/** Each statement's unit jitter, worked out once: hashing 100,000 ids on every redraw shows up. */
const unitJitter = new WeakMap<Scored, [number, number]>();

/** Points in the order given; see keyboardOrder for the order arrow keys walk. */
export function statementPoints(statements: readonly Scored[], layout: QuadrantLayout, radius: number): Point[] {
  // The scales are linear: their two coefficients, applied inline, beat a scale call per point.
  const [x0, x1] = linear(layout.x);
  const [y0, y1] = linear(layout.y);
  return statements.map((statement) => {
    let unit = unitJitter.get(statement);
    if (!unit) unitJitter.set(statement, (unit = jitter(statement.id, 1)));
    return {
      statement,
      cx: x0 + x1 * statement.concern + unit[0] * radius,
      cy: y0 + y1 * statement.enthusiasm + unit[1] * radius,
    };
  });
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
