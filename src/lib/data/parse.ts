/**
 * File text -> statements and row issues. Detects the format, maps the
 * columns, and normalises every row into a Statement in this one place.
 */
import Papa from 'papaparse';
import type { RowIssue, Statement } from '../types';
import { FIELDS, mapColumns, type ColumnMap } from './columns';
import { isoDate } from './dates';

export type Format = 'csv' | 'tsv' | 'json' | 'ndjson';

export interface ParseResult {
  format: Format;
  statements: Statement[];
  issues: RowIssue[];
}

/** A file that cannot be used at all; the message says what to do. */
export class DataError extends Error {
  override name = 'DataError';
}

export function detectFormat(name: string, text: string): Format {
  const extension = /\.([a-z]+)$/i.exec(name)?.[1]?.toLowerCase();
  if (extension === 'tsv' || extension === 'tab') return 'tsv';
  if (extension === 'ndjson' || extension === 'jsonl') return 'ndjson';
  if (extension === 'json') return 'json';
  if (extension === 'csv') return 'csv';
  const start = text.trimStart();
  if (start.startsWith('[')) return 'json';
  if (start.startsWith('{')) return /}\s*\r?\n\s*{/.test(start) ? 'ndjson' : 'json';
  const firstLine = start.split(/\r?\n/, 1)[0] ?? '';
  return firstLine.includes('\t') && !firstLine.includes(',') ? 'tsv' : 'csv';
}

export function parseStatements(text: string, name = ''): ParseResult {
  const clean = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (clean.trim() === '') throw new DataError('The file is empty: there are no statements to load.');
  const format = detectFormat(name, clean);
  const { headers, rows, issues } = format === 'csv' || format === 'tsv' ? readDelimited(clean, format) : readJson(clean, format);
  const read = rowReader(headers);
  const statements: Statement[] = [];
  rows.forEach((cells, i) => {
    const result = read(cells, i + 1);
    if ('message' in result) issues.push(result);
    else statements.push(result);
  });
  issues.sort((a, b) => a.row - b.row);
  return { format, statements, issues };
}

/**
 * Turns rows of cells under these headers into statements, or into the issue
 * that stops a row. Throws a DataError when there is no text or group column.
 * Shared by the whole-file parser and the streaming command line.
 */
export function rowReader(headers: readonly string[]): (cells: readonly string[], row: number) => Statement | RowIssue {
  const columns = mapColumns(headers);
  if (columns.text === undefined || columns.group === undefined) {
    const missing = [columns.text === undefined ? 'text' : '', columns.group === undefined ? 'group' : ''].filter(Boolean);
    throw new DataError(
      `No ${missing.join(' or ')} column found. Columns present: ${headers.join(', ') || '(none)'}. ` +
        'Name the statement column "text" and the stakeholder column "group".',
    );
  }
  return (cells, row) => toStatement(cells, columns, row, headers);
}

/** Column names and cells of one JSON record; keys stay in a Map-safe array, so __proto__ survives. */
export function recordCells(record: unknown): { keys: string[]; cells: string[] } {
  const entries = record && typeof record === 'object' && !Array.isArray(record) ? Object.entries(record) : [];
  return { keys: entries.map(([key]) => key), cells: entries.map(([, value]) => cellText(value)) };
}

interface Table {
  headers: string[];
  rows: string[][];
  issues: RowIssue[];
}

function readDelimited(text: string, format: 'csv' | 'tsv'): Table {
  const parsed = Papa.parse<string[]>(text, {
    delimiter: format === 'tsv' ? '\t' : ',',
    skipEmptyLines: 'greedy',
  });
  const [headers = [], ...rows] = parsed.data;
  const issues: RowIssue[] = parsed.errors.map((error) => ({
    row: error.row ?? 0,
    message: `${error.message} (${error.code}).`,
  }));
  return { headers: headers.map((h) => h.trim()), rows, issues };
}

function readJson(text: string, format: 'json' | 'ndjson'): Table {
  const records: unknown[] = [];
  const issues: RowIssue[] = [];
  if (format === 'ndjson') {
    text.split(/\r?\n/).forEach((line, i) => {
      if (line.trim() === '') return;
      try {
        records.push(JSON.parse(line));
      } catch {
        issues.push({ row: i + 1, message: `Line ${i + 1} is not valid JSON.` });
      }
    });
  } else {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      throw new DataError(`The file is not valid JSON: ${(error as Error).message}.`);
    }
    const list = Array.isArray(value) ? value : (value as { statements?: unknown } | null)?.statements;
    if (!Array.isArray(list)) {
      throw new DataError('The JSON must be an array of statements, or an object with a "statements" array.');
    }
    records.push(...list);
  }
  // Headers are the union of keys, kept in a Map so that names like __proto__ survive.
  const index = new Map<string, number>();
  const objects = records.map(recordCells);
  for (const { keys } of objects) for (const key of keys) if (!index.has(key)) index.set(key, index.size);
  const rows = objects.map(({ keys, cells }) => {
    const row = new Array<string>(index.size).fill('');
    keys.forEach((key, k) => (row[index.get(key)!] = cells[k]!));
    return row;
  });
  return { headers: [...index.keys()], rows, issues };
}

/** JSON values become text: numbers and booleans as written, objects and null as nothing. */
function cellText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return '';
}

function toStatement(cells: readonly string[], columns: ColumnMap, row: number, headers: readonly string[]): Statement | RowIssue {
  const field = (name: (typeof FIELDS)[number]) => {
    const index = columns[name];
    // Well-formed, so that a lone surrogate from a JSON escape cannot break URL encoding later.
    return index === undefined ? '' : (cells[index] ?? '').trim().toWellFormed();
  };
  const text = field('text');
  const group = field('group');
  if (!text || !group) {
    const column = headers[(!text ? columns.text : columns.group)!]!;
    return { row, column, message: `Row ${row} has no ${!text ? 'text' : 'group'} (column "${column}"); skipped.` };
  }
  return {
    id: field('id') || `row-${row}`,
    text,
    group,
    speaker: field('speaker'),
    source: field('source'),
    date: isoDate(field('date')),
    url: field('url'),
    provenance: field('provenance'),
  };
}
