/**
 * Net sentiment per group over time: statements bucketed by day, ISO week
 * (starting Monday) or month, with each bucket's mean net and count. The
 * bucket size is chosen from the date span unless given.
 */
import type { Score, Statement } from '../types';

export type Interval = 'day' | 'week' | 'month';

export interface TimePoint {
  /** First day of the bucket, YYYY-MM-DD. */
  start: string;
  meanNet: number;
  count: number;
}

export interface TimeSeries {
  group: string;
  points: TimePoint[];
}

type Row = Pick<Statement, 'group' | 'date'> & Pick<Score, 'net'>;

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

/** Series per group (in `order` when given), points sorted by date; undated statements are left out. */
export function timeline(rows: readonly Row[], interval: Interval, order?: readonly string[]): TimeSeries[] {
  const byGroup = new Map<string, Map<string, { sum: number; count: number }>>();
  for (const name of order ?? []) byGroup.set(name, new Map());
  // Few distinct dates, many statements: each date's bucket is worked out once.
  const starts = new Map<string, string>();
  for (const row of rows) {
    if (!row.date) continue;
    let buckets = byGroup.get(row.group);
    if (!buckets) byGroup.set(row.group, (buckets = new Map()));
    let start = starts.get(row.date);
    if (start === undefined) starts.set(row.date, (start = bucketStart(row.date, interval)));
    const bucket = buckets.get(start) ?? { sum: 0, count: 0 };
    bucket.sum += row.net;
    bucket.count += 1;
    buckets.set(start, bucket);
  }
  const series: TimeSeries[] = [];
  for (const [group, buckets] of byGroup) {
    if (buckets.size === 0) continue;
    const points = [...buckets]
      .map(([start, b]) => ({ start, meanNet: b.sum / b.count, count: b.count }))
      .sort((a, b) => a.start.localeCompare(b.start));
    series.push({ group, points });
  }
  return series;
}

/** The first and last date among the rows, or null when none has a date. */
export function dateSpan(rows: readonly Pick<Statement, 'date'>[]): [string, string] | null {
  let first = '';
  let last = '';
  for (const { date } of rows) {
    if (!date) continue;
    if (!first || date < first) first = date;
    if (!last || date > last) last = date;
  }
  return first ? [first, last] : null;
}
