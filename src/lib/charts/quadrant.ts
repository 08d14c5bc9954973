/**
 * Layout of the enthusiasm-vs-concern chart. Two fits: the statements' own
 * spread (square-root scales, so the many short statements near zero are not
 * crushed by a few long ones; one domain for both axes, 0 to the 98th
 * percentile of their scores, a few longer ones drawn at the edge; the
 * enthusiasm = concern line corner to corner), and the group map (linear
 * scales, each axis fitted to where the group means are, so who stands where
 * can be read at a glance). Both always hold some of each quadrant, so all four show.
 *
 * The quadrants are the scorer's (scoring/polarity.ts): a corner at the origin
 * (reserved, enthusiasm + concern < 2) and three wedges split by the lines
 * enthusiasm = 2 × concern and concern = 2 × enthusiasm, so a statement's
 * length moves it along its wedge, not across.
 */
import type { Selected } from '../table/selected';
import { scalePow, type ScalePower } from 'd3-scale';
import { EVIDENCE_FLOOR, LEAN_RATIO, quadrantOf as statementQuadrant } from '../scoring/polarity';
import type { Quadrant } from '../types';

export type { Quadrant };

/** Where the reserved corner ends on each axis, and the least either axis's domain reaches twice over. */
export const QUADRANT_THRESHOLD = EVIDENCE_FLOOR;

/**
 * The enthusiastic quadrant's edge above a concern of `concern`: the reserved corner's edge
 * (enthusiasm + concern = 2) near the origin, then the wedge's line (enthusiasm = 2 × concern).
 * The concerned quadrant's edge is its mirror image, with the axes swapped.
 */
export function leaningEdge(concern: number): number {
  return Math.max(LEAN_RATIO * concern, EVIDENCE_FLOOR - concern);
}

/** Where the two leaning edges meet the reserved corner's edge: concern and enthusiasm of the first. */
export const WEDGE_FOOT: readonly [number, number] = [EVIDENCE_FLOOR / (1 + LEAN_RATIO), (LEAN_RATIO * EVIDENCE_FLOOR) / (1 + LEAN_RATIO)];


/** Pixels between the axes and the low end of the scales, so marks there are not cut by an axis. */
const INSET = 8;

/** The scorer's quadrant of a statement: the one the chart draws, the flip list and the label check read. */
export const quadrantOf = statementQuadrant;
/** The quadrant of a point of the plane. */
export const quadrantAt = statementQuadrant;

export interface Margin {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export type AxisScale = ScalePower<number, number>;

export interface QuadrantLayout {
  width: number;
  height: number;
  margin: Margin;
  /** Square-root or linear (power) scales, clamped: a value beyond the domain sits at its edge. */
  x: AxisScale;
  y: AxisScale;
  /** Edges of the plot area in pixels. */
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** Round numbers an axis may end on or tick at. */
const STEPS = [0, 0.25, 0.5, 1, 1.5, 2, 3, 4, 5, 6, 8, 10, 12, 15, 20, 25, 30, 40, 50, 60, 80, 100, 150, 200, 300, 500, 1000];

/** Share of scores the statements domain reaches: the rest, the longest statements, sit at its edge. */
export const STATEMENTS_QUANTILE = 0.98;
/** Width of the histogram bins the quantile is read from. */
const BIN = 0.25;
const BINS = 4000;

/**
 * 0 to the STATEMENTS_QUANTILE of every enthusiasm and concern score (both
 * axes pooled), rounded up to a round number and at least twice the quadrant
 * boundary. Read from a histogram, so 100,000 statements cost one pass.
 */
export function statementsDomain({ table, rows }: Selected): [number, number] {
  const counts = new Uint32Array(BINS + 1);
  const { enthusiasm, concern } = table;
  for (let k = 0; k < rows.length; k++) {
    const i = rows[k]!;
    counts[Math.min(BINS, Math.ceil(enthusiasm[i]! / BIN))]!++;
    counts[Math.min(BINS, Math.ceil(concern[i]! / BIN))]!++;
  }
  const wanted = Math.ceil(2 * rows.length * STATEMENTS_QUANTILE);
  let seen = 0;
  let edge = 0;
  for (let b = 0; b <= BINS; b++) {
    seen += counts[b]!;
    if (seen >= wanted) {
      edge = b * BIN;
      break;
    }
  }
  const top = Math.max(edge, QUADRANT_THRESHOLD * 2);
  return [0, STEPS.find((s) => s >= top) ?? top];
}

/** Each side of the quadrant boundary keeps at least this share of the group map. */
const QUADRANT_ROOM = 0.15;
/** Space around the outermost means, as a share of the domain, for their marks and labels. */
const MAP_PADDING = 0.1;

/** Domains of the two axes: concern (x) and enthusiasm (y). */
export interface Domains {
  x: [number, number];
  y: [number, number];
}

/**
 * The group map: on each axis, the range of the group means, widened so that
 * some of every quadrant is in view: the conflicted wedge beyond
 * QUADRANT_THRESHOLD on both axes, the reserved corner below it, and the
 * enthusiastic and concerned sides past their leaning edges; then padded.
 */
export function groupsDomain(means: readonly { meanEnthusiasm: number; meanConcern: number }[]): Domains {
  const range = (values: number[]): [number, number] => {
    const finite = values.filter(Number.isFinite);
    return [Math.min(QUADRANT_THRESHOLD, ...finite), Math.max(QUADRANT_THRESHOLD, ...finite)];
  };
  let [x0, x1] = range(means.map((m) => m.meanConcern));
  let [y0, y1] = range(means.map((m) => m.meanEnthusiasm));
  const room = (lo: number, hi: number) => QUADRANT_ROOM * Math.max(hi - lo, 0.5);
  // The low corner reserved (enthusiasm + concern under the threshold), the high one conflicted.
  const half = QUADRANT_THRESHOLD / 2;
  [x0, x1] = [Math.min(x0, half - room(x0, x1)), Math.max(x1, QUADRANT_THRESHOLD + room(x0, x1))];
  [y0, y1] = [Math.min(y0, half - room(y0, y1)), Math.max(y1, QUADRANT_THRESHOLD + room(y0, y1))];
  // The top-left corner enthusiastic, the bottom-right concerned, each with a little room past its line.
  y1 = Math.max(y1, 1.15 * leaningEdge(x0));
  x1 = Math.max(x1, 1.15 * leaningEdge(y0));
  const pad = (lo: number, hi: number): [number, number] => [Math.max(0, lo - MAP_PADDING * (hi - lo)), hi + MAP_PADDING * (hi - lo)];
  return { x: pad(x0, x1), y: pad(y0, y1) };
}

/**
 * Scales for a frame of the given size over `domains` (or one domain for both axes): square-root
 * scales by default, linear with `exponent` 1.
 */
export function quadrantLayout(width: number, height: number, domains: Domains | [number, number], margin: Margin, exponent = 0.5): QuadrantLayout {
  const { x: dx, y: dy } = Array.isArray(domains) ? { x: domains, y: domains } : domains;
  const x = scalePow()
    .exponent(exponent)
    .domain(dx)
    .range([margin.left + (dx[0] === 0 ? INSET : 0), width - margin.right])
    .clamp(true);
  const y = scalePow()
    .exponent(exponent)
    .domain(dy)
    .range([height - margin.bottom - (dy[0] === 0 ? INSET : 0), margin.top])
    .clamp(true);
  return { width, height, margin, x, y, left: margin.left, right: width - margin.right, top: margin.top, bottom: height - margin.bottom };
}

/**
 * Round tick values inside the scale's domain, at least `gap` pixels apart:
 * a square root spreads them unevenly, so the thinning is done in pixels.
 * The quadrant boundary is always one of them.
 */
export function axisTicks(scale: AxisScale, gap: number): number[] {
  const [lo, hi] = scale.domain() as [number, number];
  // A linear scale's own round ticks; on a square-root scale, round numbers from small to large.
  const steps = scale.exponent() === 1 ? scale.ticks(12) : STEPS;
  const candidates = [...new Set([...steps, QUADRANT_THRESHOLD])].filter((v) => v >= lo && v <= hi).sort((a, b) => a - b);
  const ticks: number[] = [];
  const at = (v: number) => scale(v);
  // The boundary first, then the others wherever they keep their distance from every tick placed.
  for (const v of [QUADRANT_THRESHOLD, ...candidates.filter((c) => c !== QUADRANT_THRESHOLD)]) {
    if (v < lo || v > hi) continue;
    if (ticks.every((t) => Math.abs(at(t) - at(v)) >= gap)) ticks.push(v);
  }
  return ticks.sort((a, b) => a - b);
}

/** Offset and slope of a power scale over its domain: scale(v) = offset + slope · v^exponent, for v inside it. */
export function powCoefficients(scale: AxisScale): { offset: number; slope: number; lo: number; hi: number; exponent: number } {
  const [lo, hi] = scale.domain() as [number, number];
  const [r0, r1] = scale.range() as [number, number];
  const exponent = scale.exponent();
  const slope = (r1 - r0) / (hi ** exponent - lo ** exponent || 1);
  return { offset: r0 - slope * lo ** exponent, slope, lo, hi, exponent };
}

/** The part of the line enthusiasm = concern inside the plot, as the values at its two ends, or null when it misses the plot. */
export function paritySpan(layout: QuadrantLayout): [number, number] | null {
  const [x0, x1] = layout.x.domain() as [number, number];
  const [y0, y1] = layout.y.domain() as [number, number];
  const lo = Math.max(x0, y0);
  const hi = Math.min(x1, y1);
  return hi > lo ? [lo, hi] : null;
}

