/**
 * Statements placed on the enthusiasm-vs-concern plane, in pixels, read from
 * the table's columns: as x, y pairs in one array for the canvas (no object per
 * statement), or as points with their statement for the few an SVG draws.
 */
import type { Selected } from '../table/selected';
import type { StatementTable } from '../table/table';
import type { Scored } from '../types';
import { bucketOrder } from './buckets';
import { jitterCodes, unitJitterOf } from './jitter';
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

/** The selected statements as points, in selection order; see keyboardOrder for the order arrow keys walk. For an SVG's few marks. */
export function statementPoints(selected: Selected, layout: QuadrantLayout, radius: number, offsets?: GroupOffsets): Point[] {
  const xy = planePoints(selected.table, selected.rows, layout, radius, 1, offsets);
  return Array.from(selected.rows, (i, k) => ({ statement: selected.table.row(i), cx: xy[2 * k]!, cy: xy[2 * k + 1]! }));
}

/**
 * Table rows `rows` placed on the plane, times `ratio` (device pixels on a canvas, 1 for CSS
 * pixels), as x, y pairs in one array: point k is (xy[2k], xy[2k + 1]).
 */
export function planePoints(table: StatementTable, rows: ArrayLike<number>, layout: QuadrantLayout, radius: number, ratio: number, offsets?: GroupOffsets): Float64Array {
  // The scales' coefficients, applied inline, beat a scale call per point.
  const x = place(layout.x);
  const y = place(layout.y);
  // Each group's shift as two plain numbers: taking a pair apart per point cost more than placing it.
  const shift = table.group.values.map((group) => offsets?.get(group) ?? NONE);
  const dx = Float64Array.from(shift, ([x]) => x);
  const dy = Float64Array.from(shift, ([, y]) => y);
  const { concern, enthusiasm } = table;
  const jitter = jitterCodes(table.id, table.idHash);
  const groups = table.group.codes;
  const out = new Float64Array(rows.length * 2);
  for (let k = 0; k < rows.length; k++) {
    const i = rows[k]!;
    const g = groups[i]!;
    unitJitterOf(jitter[i]!, unit);
    out[2 * k] = (x(concern[i]!) + unit[0]! * radius + dx[g]!) * ratio;
    out[2 * k + 1] = (y(enthusiasm[i]!) + unit[1]! * radius + dy[g]!) * ratio;
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

/** Strips per pixel of x in planeOrder. */
const STRIPS_PER_PIXEL = 2048;
/** Strips of at most this many marks are sorted by insertion. */
const SHORT = 24;

/**
 * The same order for marks given as x, y pairs (see planePoints): mark numbers, left to right, then
 * top to bottom, then in selection order. Sorted by comparisons alone, 1,000,000 marks took over a
 * second when the canvas was first focused; counted first into narrow strips of x (1/2,048
 * of a pixel), only the few marks sharing a strip are compared.
 */
export function planeOrder(xy: Float64Array): Uint32Array {
  const count = xy.length / 2;
  let [left, right] = [Infinity, -Infinity];
  for (let k = 0; k < count; k++) {
    const x = xy[2 * k]!;
    if (x < left) left = x;
    if (x > right) right = x;
  }
  // No more strips than two a mark, however far apart the marks are.
  const scale = right > left ? Math.min(STRIPS_PER_PIXEL, (2 * count) / (right - left)) : 0;
  const strips = Math.floor((right - left) * scale) + 1;
  const stripOf = new Uint32Array(count);
  for (let k = 0; k < count; k++) stripOf[k] = Math.min(strips - 1, Math.floor((xy[2 * k]! - left) * scale));
  const { order: marks, starts } = bucketOrder(stripOf, strips);
  const before = (a: number, b: number) => xy[2 * a]! - xy[2 * b]! || xy[2 * a + 1]! - xy[2 * b + 1]! || a - b;
  for (let strip = 0; strip < strips; strip++) {
    const [from, to] = [starts[strip]!, starts[strip + 1]!];
    if (to - from > SHORT) {
      marks.subarray(from, to).sort(before);
      continue;
    }
    // Most strips hold a few marks: sorted in place, without a view and a sort call for each.
    for (let j = from + 1; j < to; j++) {
      const mark = marks[j]!;
      let at = j;
      for (; at > from && before(marks[at - 1]!, mark) > 0; at--) marks[at] = marks[at - 1]!;
      marks[at] = mark;
    }
  }
  return marks;
}
