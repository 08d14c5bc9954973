/**
 * Layout of the group comparison: one row per group, sorted by mean polarity
 * (most enthusiastic on top), concern drawn leftwards and enthusiasm
 * rightwards from a shared zero, on one scale so the two can be compared.
 */
import { scaleBand, scaleLinear, type ScaleBand, type ScaleLinear } from 'd3-scale';
import { isSmallSample } from '../aggregate/uncertainty';
import { shortenToFit } from '../shorten';
import type { GroupStats } from '../types';

export interface ComparisonLayout {
  width: number;
  height: number;
  /** Signed: concern maps left of zero (as a negative value), enthusiasm right. */
  x: ScaleLinear<number, number>;
  y: ScaleBand<string>;
  rows: GroupStats[];
  left: number;
  right: number;
  /** Where the grid starts, under the column titles, and ends, above the tick labels. */
  top: number;
  bottom: number;
  /** Too narrow for labels beside the bars: each group's name stands above its bars instead. */
  stacked: boolean;
  /** Where the polarity column ends (its numbers are right-aligned there). */
  polarityX: number;
  /** Each group's name as its row shows it: shortened, when long, so that it and its count fit beside (or above) the bars. */
  names: Map<string, string>;
}

/** Below this width the labels go above the bars (phones, small embeds), so no name is cut. */
const STACK_BELOW = 560;

export const ROW_HEIGHT = 34;
/** The right margin holds each group's mean polarity and rank range. */
const MARGIN = { top: 28, right: 104, bottom: 34, left: 150 };

export function comparisonHeight(groups: number): number {
  return MARGIN.top + MARGIN.bottom + Math.max(1, groups) * ROW_HEIGHT;
}

/** A name's width, estimated at 7 px a character. */
const SEVEN_A_CHARACTER = (text: string) => 7 * [...text].length;

/**
 * `nameWidth`: the width of a group's name as its label draws it, which sets the margin and
 * shortens a name too long for half the width; by default an estimate of 7 px a character.
 */
export function comparisonLayout(width: number, stats: readonly GroupStats[], nameWidth: (name: string) => number = SEVEN_A_CHARACTER): ComparisonLayout {
  const rows = [...stats].sort((a, b) => b.meanPolarity - a.meanPolarity || a.group.localeCompare(b.group));
  const reach = Math.max(1, ...rows.flatMap((g) => [g.ciConcern.high, g.ciEnthusiasm.high, g.meanConcern, g.meanEnthusiasm]).filter(Number.isFinite));
  // Room for the widest label ("Studios & executives (10)", plus ", small sample" for small
  // groups): its name as wide as `nameWidth` says, its count in smaller type at 7 px a character;
  // up to half the width.
  const suffix = (g: GroupStats) => String(g.count).length + 3 + (isSmallSample(g.count) ? 14 : 0);
  const widest = Math.max(0, ...rows.map((g) => nameWidth(g.group) + 7 * suffix(g)));
  const stacked = width < STACK_BELOW;
  const left = stacked ? 8 : Math.min(Math.max(MARGIN.left, widest + 16), width * 0.5);
  // A label wider than its room (the left margin, or the width when stacked) has its name shortened,
  // so it never runs off the chart's edge. The half pixel spares the widest label, which set the
  // margin, from rounding in the sums above.
  const room = (stacked ? width - 16 : left - 16) + 0.5;
  const names = new Map(rows.map((g) => [g.group, shortenToFit(g.group, room - 7 * suffix(g), nameWidth)]));
  const right = width - (stacked ? 88 : MARGIN.right);
  const x = scaleLinear().domain([-reach, reach]).range([left, right]).nice();
  const height = comparisonHeight(rows.length);
  const y = scaleBand<string>()
    .domain(rows.map((g) => g.group))
    .range([MARGIN.top, height - MARGIN.bottom])
    .padding(0.25);
  return { width, height, x, y, rows, left, right, top: 18, bottom: height - 30, stacked, polarityX: width - (stacked ? 44 : 56), names };
}
