/**
 * Reads a date cell into ISO form (YYYY-MM-DD), or '' when it cannot be read.
 * Accepts ISO dates and ISO timestamps; the calendar date is kept as written,
 * so a statement never moves a day because of the reader's time zone.
 */
export function isoDate(value: string): string {
  const match = /^\s*(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])/.exec(value);
  if (!match) return '';
  const [, y, m, d] = match as unknown as [string, string, string, string];
  const year = Number(y);
  const month = Number(m);
  const day = Number(d);
  const probe = new Date(Date.UTC(year, month - 1, day));
  const valid =
    year >= 1 && probe.getUTCFullYear() === year && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
  return valid ? `${y}-${m}-${d}` : '';
}
