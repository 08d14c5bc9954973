/**
 * Reads a date cell into ISO form (YYYY-MM-DD), or '' when it cannot be read.
 * The calendar date is kept as written, so a statement never moves a day
 * because of the reader's time zone (2024-03-22T23:30:00-05:00 is the 22nd).
 * Accepted, each with a time of day or not after it:
 *   2024-03-22, 2024-03-22T18:00:00Z, 2024/03/22, 20240322;
 *   22 March 2024, 22. März 2024, 22 de marzo de 2024, 14-Jun-2024, Fri, 22 Mar 2024,
 *   March 22, 2024, Mar 22nd 2024 (month names in English, German, French and Spanish);
 *   03/22/2024 and 03-22-2024 (month first unless the first number is over 12, then day first);
 *   22.03.2024 (day first); and Unix times in seconds or milliseconds.
 */

/** Month names and their usual abbreviations, lower case and without accents. */
const MONTH_NAMES: string[][] = [
  ['january', 'jan', 'januar', 'janner', 'janvier', 'janv', 'enero', 'ene'],
  ['february', 'feb', 'februar', 'fevrier', 'fevr', 'fev', 'febrero'],
  ['march', 'mar', 'marz', 'mrz', 'mars', 'marzo'],
  ['april', 'apr', 'avril', 'avr', 'abril', 'abr'],
  ['may', 'mai', 'mayo'],
  ['june', 'jun', 'juni', 'juin', 'junio'],
  ['july', 'jul', 'juli', 'juillet', 'juil', 'julio'],
  ['august', 'aug', 'aout', 'agosto', 'ago'],
  ['september', 'sep', 'sept', 'septembre', 'septiembre', 'setiembre', 'set'],
  ['october', 'oct', 'oktober', 'okt', 'octobre', 'octubre'],
  ['november', 'nov', 'novembre', 'noviembre'],
  ['december', 'dec', 'dezember', 'dez', 'decembre', 'diciembre', 'dic'],
];
const MONTHS = new Map(MONTH_NAMES.flatMap((names, i) => names.map((name) => [name, i + 1] as const)));

function iso(year: number, month: number, day: number): string {
  const probe = new Date(Date.UTC(year, month - 1, day));
  const valid =
    year >= 1 && year <= 9999 && probe.getUTCFullYear() === year && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
  return valid ? `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` : '';
}

function monthNumber(name: string): number {
  const key = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\.$/, '');
  return MONTHS.get(key) ?? NaN;
}

/** After the date: the end, or a time of day (or anything) set off by a space, a T or a comma. */
const REST = String.raw`(?:$|[T\s,])`;
const ISO = new RegExp(String.raw`^(\d{4})[-/](\d{1,2})[-/](\d{1,2})${REST}`);
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
const NUMERIC = new RegExp(String.raw`^(\d{1,2})([/-])(\d{1,2})\2(\d{4})${REST}`);
const DOTTED = new RegExp(String.raw`^(\d{1,2})\.(\d{1,2})\.(\d{4})${REST}`);
/** 22 March 2024, 22. März 2024, 14-Jun-2024, 22 de marzo de 2024. */
const DAY_MONTH = new RegExp(String.raw`^(\d{1,2})(?:\.?\s+(?:de\s+)?|-)(\p{L}{3,10})\.?(?:,?\s+(?:de\s+)?|-)(\d{4})${REST}`, 'iu');
/** March 22, 2024; Mar 22nd 2024. */
const MONTH_DAY = new RegExp(String.raw`^(\p{L}{3,10})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})${REST}`, 'iu');
/** A weekday before the date: "Fri, 22 Mar 2024", "Friday March 22, 2024", "vendredi 22 mars 2024". */
const WEEKDAY = /^\p{L}{2,12}\.?,?\s+(?=\d|\p{L}{3,10}\.?\s+\d)/u;

export function isoDate(value: string): string {
  const text = value.trim();
  if (text === '') return '';
  let m: RegExpExecArray | null;
  if ((m = ISO.exec(text))) return iso(+m[1]!, +m[2]!, +m[3]!);
  if ((m = NUMERIC.exec(text))) {
    const [a, b] = [+m[1]!, +m[3]!];
    return a > 12 ? iso(+m[4]!, b, a) : iso(+m[4]!, a, b);
  }
  // 22.03.2024: day first, as everywhere dots are used (and in the ';' CSV files those locales write).
  if ((m = DOTTED.exec(text))) return iso(+m[3]!, +m[2]!, +m[1]!);
  if ((m = COMPACT.exec(text))) return iso(+m[1]!, +m[2]!, +m[3]!);
  if ((m = /^(\d{10}|\d{13})$/.exec(text))) {
    const date = new Date(m[1]!.length === 10 ? +m[1]! * 1000 : +m[1]!);
    return iso(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
  }
  return named(text) || named(text.replace(WEEKDAY, ''));
}

/** A date with its month written as a word. */
function named(text: string): string {
  let m: RegExpExecArray | null;
  if ((m = DAY_MONTH.exec(text))) return iso(+m[3]!, monthNumber(m[2]!), +m[1]!);
  if ((m = MONTH_DAY.exec(text))) return iso(+m[3]!, monthNumber(m[1]!), +m[2]!);
  return '';
}
