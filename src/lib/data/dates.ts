/**
 * Reads a date cell into ISO form (YYYY-MM-DD), or '' when it cannot be read.
 * The calendar date is kept as written, so a statement never moves a day
 * because of the reader's time zone. Accepted:
 *   2024-03-22, 2024-03-22T18:00:00Z, 2024/03/22, 22 March 2024, March 22, 2024,
 *   Mar 22 2024, 03/22/2024 (month first unless the first number is over 12,
 *   then 22/03/2024 is day first), 22.03.2024 (day first), and Unix times in
 *   seconds or milliseconds.
 */
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function iso(year: number, month: number, day: number): string {
  const probe = new Date(Date.UTC(year, month - 1, day));
  const valid =
    year >= 1 && year <= 9999 && probe.getUTCFullYear() === year && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
  return valid ? `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` : '';
}

function monthNumber(name: string): number {
  const index = MONTHS.indexOf(name.slice(0, 3).toLowerCase());
  return index < 0 ? NaN : index + 1;
}

export function isoDate(value: string): string {
  const text = value.trim();
  if (text === '') return '';
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:$|[T\s])/.exec(text))) return iso(+m[1]!, +m[2]!, +m[3]!);
  if ((m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text))) {
    const [a, b] = [+m[1]!, +m[2]!];
    return a > 12 ? iso(+m[3]!, b, a) : iso(+m[3]!, a, b);
  }
  // 22.03.2024: day first, as everywhere dots are used (and in the ';' CSV files those locales write).
  if ((m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text))) return iso(+m[3]!, +m[2]!, +m[1]!);
  if ((m = /^(\d{1,2})\.?\s+([a-z]{3,9})\.?,?\s+(\d{4})$/i.exec(text))) return iso(+m[3]!, monthNumber(m[2]!), +m[1]!);
  if ((m = /^([a-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/i.exec(text))) return iso(+m[3]!, monthNumber(m[1]!), +m[2]!);
  if ((m = /^(\d{10}|\d{13})$/.exec(text))) {
    const date = new Date(m[1]!.length === 10 ? +m[1]! * 1000 : +m[1]!);
    return iso(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
  }
  return '';
}
