/** The timeline's choices and layout: which lines it draws and highlights, and where they go. */
import { scaleLinear, scaleUtc, type ScaleTime } from 'd3-scale';
import { bucketStart, isPartial, periodEnd, type Interval, type TimeSeries } from '../aggregate/timeline';
import { shorten } from '../shorten';
import { dodge } from './dodge';
import { largestGroups } from './largest';

/** A date (YYYY-MM-DD) as midnight UTC. */
export const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** The series of the `limit` largest groups only: a hundred tangled lines say nothing. */
export function largestSeries(all: readonly TimeSeries[], limit = 12): TimeSeries[] {
  const sizes = all.map((s) => ({ group: s.group, count: s.points.reduce((n, p) => n + p.count, 0) }));
  const keep = new Set(largestGroups(sizes, limit).map((g) => g.group));
  return all.filter((s) => keep.has(s.group));
}

/** The groups highlighted unless the reader picks: the most enthusiastic, the most concerned and the largest, at most `most`. */
export function defaultHighlights(series: readonly TimeSeries[], most = 3): string[] {
  const overall = series.map((s) => {
    const count = s.points.reduce((n, p) => n + p.count, 0);
    return { group: s.group, count, mean: s.points.reduce((sum, p) => sum + p.mean * p.count, 0) / count };
  });
  const byMean = [...overall].sort((a, b) => b.mean - a.mean || a.group.localeCompare(b.group));
  const largest = [...overall].sort((a, b) => b.count - a.count || a.group.localeCompare(b.group))[0];
  return [...new Set([byMean[0]?.group, byMean[byMean.length - 1]?.group, largest?.group])].filter((g): g is string => !!g).slice(0, most);
}

/** The last period's start, when the data (which end on `last`) stop before it ends; else null. */
export function partialStart(series: readonly TimeSeries[], interval: Interval, last: string): string | null {
  const starts = series.flatMap((s) => s.points.map((p) => p.start)).sort();
  const final = starts[starts.length - 1];
  return final && isPartial(final, interval, last) ? final : null;
}

/**
 * Scales and edges for a `width` × `height` timeline: dates across, the mean from −reach to
 * +reach (at least `least`) up, and the highlighted lines' labels at their ends, moved apart so
 * none overlaps another (none on a narrow chart). `labelRoom`: the right margin kept for them;
 * `labelOf`: a group's label, its name shortened to fit that room (by default, to LINE_LABEL_MOST characters).
 */
export function timelineLayout(
  width: number,
  height: number,
  series: readonly TimeSeries[],
  highlighted: ReadonlySet<string>,
  least: number,
  labelRoom: number,
  labelOf: (group: string) => string = lineLabel,
) {
  const margin = { top: 12, right: width < 500 ? 12 : labelRoom, bottom: 30, left: 44 };
  const starts = series.flatMap((s) => s.points.map((p) => day(p.start)));
  const reach = Math.max(least, ...series.flatMap((s) => s.points.map((p) => Math.abs(p.mean))));
  const first = starts.reduce((a, b) => (b < a ? b : a), starts[0] ?? new Date());
  const last = starts.reduce((a, b) => (b > a ? b : a), starts[0] ?? new Date());
  const x = scaleUtc()
    .domain([first, last > first ? last : new Date(first.getTime() + 86_400_000)])
    .range([margin.left, width - margin.right]);
  const y = scaleLinear().domain([-reach, reach]).range([height - margin.bottom, margin.top]).nice();
  const ends = series.filter((s) => highlighted.has(s.group)).map((s) => ({ group: s.group, point: s.points[s.points.length - 1]! }));
  const ly = dodge(ends.map((e) => y(e.point.mean)), 15, margin.top + 6, height - margin.bottom);
  const labels = width < 500 ? [] : ends.map((e, i) => ({ group: e.group, text: labelOf(e.group), x: x(day(e.point.start)) + 8, y: ly[i]! }));
  return { width, height, margin, left: margin.left, right: width - margin.right, top: margin.top, bottom: height - margin.bottom, x, y, labels };
}

export type TimelineLayout = ReturnType<typeof timelineLayout>;

/** The shortest a period can be, in milliseconds (a month is at least 28 days). */
const PERIOD_LEAST: Record<Interval, number> = { day: 86_400_000, week: 7 * 86_400_000, month: 28 * 86_400_000 };

/**
 * About `count` ticks for the date axis `x`, never closer together than one `interval`: d3's own
 * ticks when they are that far apart, else the starts of every so many periods. Over a span of a
 * few days d3 ticks every 12 hours, and the axis, which labels days, read "Mar 1, Mar 1, Mar 2…".
 */
export function timeTicks(x: ScaleTime<number, number>, count: number, interval: Interval): Date[] {
  const ticks = x.ticks(count);
  if (ticks.every((t, i) => i === 0 || t.getTime() - ticks[i - 1]!.getTime() >= PERIOD_LEAST[interval])) return ticks;
  const [from, to] = x.domain() as [Date, Date];
  const starts: Date[] = [];
  const last = to.toISOString().slice(0, 10);
  let start = bucketStart(from.toISOString().slice(0, 10), interval);
  while (start <= last) {
    if (day(start) >= from) starts.push(day(start));
    start = new Date(day(periodEnd(start, interval)).getTime() + 86_400_000).toISOString().slice(0, 10);
  }
  const every = Math.max(1, Math.ceil(starts.length / Math.max(1, count)));
  return starts.filter((_, i) => i % every === 0);
}

/** Width assumed per character of a line's label or a note: the room kept for the labels and their overlaps are reckoned with it. */
export const LABEL_CHARACTER = 7;

/** The most characters a line's label shows: a longer group name is shortened, so the labels never take the plot's room. */
export const LINE_LABEL_MOST = 24;

/** The label at the end of a group's line: its name, shortened past LINE_LABEL_MOST characters. */
export function lineLabel(group: string): string {
  return shorten(group, LINE_LABEL_MOST);
}

/**
 * The baseline of the note `text` ("partial week →"), set just left of the partial period's line
 * at `px`: at the top of the plot, or at its foot when the label of a line that ends before the
 * partial period would cover it there.
 */
export function partialLabelY(layout: TimelineLayout, px: number, text: string): number {
  const top = layout.top + 10;
  const right = px - 4;
  const left = right - LABEL_CHARACTER * text.length;
  // A label is centred on its y, about 14 px tall; the note's middle is 4 px above its baseline.
  const covers = (l: TimelineLayout['labels'][number]) => l.x < right && l.x + LABEL_CHARACTER * l.text.length > left && Math.abs(l.y - (top - 4)) < 13;
  return layout.labels.some(covers) ? layout.bottom - 6 : top;
}
