/**
 * CSV that a spreadsheet opens safely: RFC 4180 quoting, and any text cell
 * that a spreadsheet would read as a formula (starting with = + - @, tab,
 * carriage return, line feed or NUL) prefixed with an apostrophe. Numbers are
 * written as numbers, so a score of −3 stays −3.
 */

export type CsvValue = string | number | boolean | null | undefined;

const FORMULA_START = /^[=+\-@\t\r\n\0]/;
/** A plain number as text ("-0.5", "12"): left alone, since it cannot run. */
const NUMERIC = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return String(value);
  const text = FORMULA_START.test(value) && !NUMERIC.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) || text !== value ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRow(values: readonly CsvValue[]): string {
  return values.map(csvCell).join(',');
}
