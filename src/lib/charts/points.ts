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

/** A fixed offset in pixels per group (see groupOffsets); groups not in it are not moved. */
export type GroupOffsets = ReadonlyMap<string, readonly [number, number]>;
const NONE: readonly [number, number] = [0, 0];

/**
 * Scores are sums of whole-number weights, so many statements share a score exactly and pile on
 * one spot. Set around a small circle, one place per group, each group's part of a pile shows in
 * its own colour beside the others instead of under the last one painted.
 */
export function groupOffsets(groups: readonly string[], distance: number): Map<string, [number, number]> {
  if (groups.length < 2) return new Map();
  return new Map(
    groups.map((g, i) => {
      const angle = (2 * Math.PI * i) / groups.length - Math.PI / 2;
      return [g, [Math.cos(angle) * distance, Math.sin(angle) * distance]];
    }),
  );
}

/** Points in the order given; see keyboardOrder for the order arrow keys walk. */
export function statementPoints(statements: readonly Scored[], layout: QuadrantLayout, radius: number, offsets?: GroupOffsets): Point[] {
  // The scales' coefficients, applied inline, beat a scale call per point.
  const x = place(layout.x);
  const y = place(layout.y);
  return statements.map((statement) => {
    unitJitter(statement.id, unit);
    const [dx, dy] = offsets?.get(statement.group) ?? NONE;
    return { statement, cx: x(statement.concern) + unit[0]! * radius + dx, cy: y(statement.enthusiasm) + unit[1]! * radius + dy };
  });
}

/**
 * The same points as statementPoints, times `ratio` (device pixels), as x, y pairs in one array:
 * what the canvas rasteriser reads, without an object per statement.
 */
export function devicePoints(statements: readonly Scored[], layout: QuadrantLayout, radius: number, ratio: number, offsets?: GroupOffsets): Float64Array {
  const x = place(layout.x);
  const y = place(layout.y);
  const out = new Float64Array(statements.length * 2);
  for (let i = 0; i < statements.length; i++) {
    const statement = statements[i]!;
    unitJitter(statement.id, unit);
    const [dx, dy] = offsets?.get(statement.group) ?? NONE;
    out[2 * i] = (x(statement.concern) + unit[0]! * radius + dx) * ratio;
    out[2 * i + 1] = (y(statement.enthusiasm) + unit[1]! * radius + dy) * ratio;
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
