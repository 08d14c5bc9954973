/**
 * Layout of a small chart with one row per name and a signed value axis:
 * the method sensitivity dot plot and the word shift bars share it.
 */
import { scaleBand, scaleLinear, type ScaleBand, type ScaleLinear } from 'd3-scale';

export interface RowsLayout {
  width: number;
  height: number;
  x: ScaleLinear<number, number>;
  y: ScaleBand<string>;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export const ROW = 26;
/** The right margin leaves room for half the last tick's label ("+0.16" is about 36 px wide). */
const MARGIN = { top: 26, right: 24, bottom: 30 };

/**
 * The least a symmetric axis reaches either side of zero: only so that values all at zero still
 * get an axis, and one whose ticks need no more than three decimals. Any larger floor would shrink
 * the bars of a large file, whose words each move the mean by a few hundredths, to slivers.
 */
export const LEAST_REACH = 0.01;

export function rowsHeight(rows: number): number {
  return MARGIN.top + MARGIN.bottom + Math.max(1, rows) * ROW;
}

/**
 * Rows in the order given; the value axis covers `values` and zero, made
 * symmetric when `symmetric` so that left and right compare at a glance, and then fitted to the
 * largest value however small (down to LEAST_REACH), so the longest bar always spans most of its side.
 * The left margin fits the longest name at about 7 px a character, up to 40% of the width.
 */
export function rowsLayout(width: number, names: readonly string[], values: readonly number[], symmetric = false): RowsLayout {
  const finite = values.filter(Number.isFinite);
  let low = Math.min(0, ...finite);
  let high = Math.max(0, ...finite);
  // Symmetric axes (bars from zero) leave a sixth more room for the labels beside the longest bars.
  if (symmetric) high = Math.max(Math.abs(low), high, LEAST_REACH) * 1.18;
  if (symmetric) low = -high;
  if (low === high) high = low + 1;
  const longest = Math.max(0, ...names.map((n) => Math.min(n.length, 40)));
  const left = Math.min(Math.max(80, longest * 7 + 14), width * 0.4);
  const height = rowsHeight(names.length);
  const x = scaleLinear().domain([low, high]).range([left, width - MARGIN.right]).nice();
  const y = scaleBand<string>().domain(names).range([MARGIN.top, height - MARGIN.bottom]).padding(0.3);
  return { width, height, x, y, left, right: width - MARGIN.right, top: MARGIN.top, bottom: height - MARGIN.bottom };
}
