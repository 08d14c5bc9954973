/**
 * Sentiment per group over time: statements bucketed by day, ISO week
 * (starting Monday) or month, with each bucket's mean score and count. The
 * bucket size is chosen from the date span unless given. A period with fewer
 * than FEW statements from a group, or one the data stop before the end of
 * (a partial period), is marked as such and never summarised.
 */
import type { Filters } from '../types';
import { select } from './filter';
import type { Selected } from '../table/selected';

export type Interval = 'day' | 'week' | 'month';

export interface TimePoint {
  /** First day of the bucket, YYYY-MM-DD. */
  start: string;
  /** Mean score of the bucket's statements. */
  mean: number;
  count: number;
}

/** A group's period with fewer statements than this is drawn hollow and left out of the summary. */
export const FEW = 5;

export interface TimeSeries {
  group: string;
  points: TimePoint[];
}

const DAY = 86_400_000;
const toDay = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const fromDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** Day for spans up to 45 days, week up to a year and a half, month beyond. */
export function chooseInterval(first: string, last: string): Interval {
  const days = (toDay(last) - toDay(first)) / DAY;
  return days <= 45 ? 'day' : days <= 550 ? 'week' : 'month';
}

export function bucketStart(iso: string, interval: Interval): string {
  if (interval === 'day') return iso;
  if (interval === 'month') return `${iso.slice(0, 7)}-01`;
  const ms = toDay(iso);
  const weekday = (new Date(ms).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  return fromDay(ms - weekday * DAY);
}

/**
 * Series per group (in `order` when given) of the mean of `values` (a column of the table, by
 * row; default net), points sorted by date; undated statements are left out.
 */
export function timeline(selected: Selected, interval: Interval, order?: readonly string[], values: ArrayLike<number> = selected.table.net): TimeSeries[] {
  const { table, rows } = selected;
  // Few distinct dates and groups, many statements: each date's bucket is worked out once, and the
  // sums are kept by group code and bucket number rather than looked up by name per statement.
  const bucketOf = new Map<string, number>();
  const buckets: string[] = [];
  const bucketOfDate = table.date.values.map((date) => {
    if (!date) return -1;
    const start = bucketStart(date, interval);
    let b = bucketOf.get(start);
    if (b === undefined) bucketOf.set(start, (b = buckets.push(start) - 1));
    return b;
  });
  const width = buckets.length;
  const sums = new Float64Array(table.group.values.length * width);
  const counts = new Uint32Array(table.group.values.length * width);
  // Groups in `order` first, then the others in the order their first dated statement comes.
  const groupOrder: number[] = [];
  const placed = new Uint8Array(table.group.values.length);
  for (const name of order ?? []) {
    const code = table.group.values.indexOf(name);
    if (code >= 0 && !placed[code]) groupOrder.push(code), (placed[code] = 1);
  }
  for (let k = 0; k < rows.length; k++) {
    const i = rows[k]!;
    const b = bucketOfDate[table.date.codes[i]!]!;
    if (b < 0) continue;
    const g = table.group.codes[i]!;
    if (!placed[g]) groupOrder.push(g), (placed[g] = 1);
    sums[g * width + b]! += values[i]!;
    counts[g * width + b]!++;
  }
  const byDate = [...buckets.keys()].sort((x, y) => buckets[x]!.localeCompare(buckets[y]!));
  const series: TimeSeries[] = [];
  for (const g of groupOrder) {
    const points = byDate
      .filter((b) => counts[g * width + b]! > 0)
      .map((b) => ({ start: buckets[b]!, mean: sums[g * width + b]! / counts[g * width + b]!, count: counts[g * width + b]! }));
    if (points.length) series.push({ group: table.group.values[g]!, points });
  }
  return series;
}

/** The first and last date among the rows, or null when none has a date. */
export function dateSpan(selected: Selected): [string, string] | null {
  const { table, rows } = selected;
  const present = new Uint8Array(table.date.values.length);
  for (let k = 0; k < rows.length; k++) present[table.date.codes[rows[k]!]!] = 1;
  let first = '';
  let last = '';
  for (let code = 0; code < present.length; code++) {
    const date = table.date.values[code]!;
    if (!present[code] || !date) continue;
    if (!first || date < first) first = date;
    if (!last || date > last) last = date;
  }
  return first ? [first, last] : null;
}

/** The last day of the period that starts on `start`, YYYY-MM-DD. */
export function periodEnd(start: string, interval: Interval): string {
  if (interval === 'day') return start;
  if (interval === 'week') return fromDay(toDay(start) + 6 * DAY);
  const [year, month] = start.split('-').map(Number) as [number, number];
  return fromDay(Date.UTC(year, month, 1) - DAY);
}

/** Whether the data (whose last date is `last`) stop before the period starting on `start` ends. */
export function isPartial(start: string, interval: Interval, last: string): boolean {
  return last < periodEnd(start, interval);
}

/** The date halfway through the selection's dated statements (the upper middle one for an even count), or ''. */
export function medianDate({ table, rows }: Selected): string {
  const counts = new Uint32Array(table.date.values.length);
  for (let k = 0; k < rows.length; k++) counts[table.date.codes[rows[k]!]!]!++;
  const dated = [...table.date.values.keys()].filter((code) => table.date.values[code] && counts[code]).sort((x, y) => (table.date.values[x]! < table.date.values[y]! ? -1 : 1));
  const total = dated.reduce((n, code) => n + counts[code]!, 0);
  let seen = 0;
  for (const code of dated) if ((seen += counts[code]!) > total >> 1) return table.date.values[code]!;
  return '';
}

/**
 * The timeline's statements: the selection but for its dates, so the timeline keeps the whole span
 * to drag across again. `selection` is the table under `filters`, given to save selecting again.
 */
export function timelineStatements(selection: Selected, filters: Filters): Selected {
  return filters.from || filters.to ? select(selection.table, { ...filters, from: undefined, to: undefined }) : selection;
}
