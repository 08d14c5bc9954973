/** Statements placed on the enthusiasm-vs-concern plane, in pixels, in keyboard order. */
import type { Scored } from '../types';
import { jitter } from './jitter';
import type { QuadrantLayout } from './quadrant';

export interface Point {
  statement: Scored;
  cx: number;
  cy: number;
}

/** Left to right, then top to bottom on ties: the order arrow keys walk. */
export function statementPoints(statements: readonly Scored[], layout: QuadrantLayout, radius: number): Point[] {
  const points = statements.map((statement): Point => {
    const [dx, dy] = jitter(statement.id, radius);
    return { statement, cx: layout.x(statement.concern) + dx, cy: layout.y(statement.enthusiasm) + dy };
  });
  return points.sort((a, b) => a.cx - b.cx || a.cy - b.cy);
}
