/**
 * Text chunks -> statements and row issues, as the chunks arrive. One reader
 * for every format and every caller (the worker, the score command, tests):
 * it detects the format, maps the columns, and normalises each row into a
 * Statement in this one place. CSV and TSV go through papaparse's own Parser
 * chunk by chunk, NDJSON line by line; a JSON document is read whole.
 */
import Papa from 'papaparse';
import type { RowIssue, Statement } from '../types';
import { FIELDS, mapColumns, type ColumnChoice, type ColumnMap } from './columns';
import { isoDate } from './dates';
import { ColumnsNeeded, DataError } from './errors';
import { jsonErrorOffset, lineAndColumn } from './json-error';

export type Format = 'csv' | 'tsv' | 'json' | 'ndjson';

export interface Batch {
  statements: Statement[];
  issues: RowIssue[];
}

export interface ReaderOptions {
  /** The file's name, for its extension. */
  name?: string;
  /** Columns the user picked when they could not be recognised. */
  columns?: ColumnChoice;
}

/** Characters the format sniffer wants to see before deciding. */
const SNIFF = 4096;
/** An unfinished CSV row longer than this means a quote that never closes. */
const MAX_PENDING = 16 * 1024 * 1024;
/** A JSON document is parsed whole; past this size, NDJSON is the way. */
export const MAX_JSON = 64 * 1024 * 1024;
/** Rows kept back to show as samples when the columns must be picked. */
const SAMPLES = 3;

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

export class StatementReader {
  format: Format | undefined;
  headers: string[] = [];
  /** Date cells that held something but could not be read as a date. */
  unreadableDates = 0;
  /** Data rows seen so far (the header excluded). */
  rows = 0;

  #options: ReaderOptions;
  #buffer = '';
  #heldReturn = false;
  #columns: ColumnMap | undefined;
  #samples: string[][] = [];
  #parser: InstanceType<typeof Papa.Parser> | undefined;
  #jsonLength = 0;

  constructor(options: ReaderOptions = {}) {
    this.#options = options;
  }

  /** Reads what it can of this chunk; an unfinished last row waits for the next. */
  push(text: string): Batch {
    this.#buffer += this.#normaliseLineEnds(text, false);
    if (!this.format) {
      if (this.#buffer.length < SNIFF) return empty();
      this.format = detectFormat(this.#options.name ?? '', this.#buffer);
    }
    return this.#drain(false);
  }

  /** Reads the rest: call once, after the last chunk. */
  end(): Batch {
    this.#buffer += this.#normaliseLineEnds('', true);
    if (this.#buffer.trim() === '' && this.rows === 0 && this.headers.length === 0) {
      throw new DataError('The file is empty: there are no statements to load.');
    }
    this.format ??= detectFormat(this.#options.name ?? '', this.#buffer);
    const batch = this.#drain(true);
    if (!this.#columns) this.#decideColumns(true);
    return batch;
  }

  /** CRLF and lone CR become LF, so one line ending holds for the whole file. */
  #normaliseLineEnds(text: string, final: boolean): string {
    let out = (this.#heldReturn ? '\r' : '') + text;
    this.#heldReturn = !final && out.endsWith('\r');
    if (this.#heldReturn) out = out.slice(0, -1);
    return out.includes('\r') ? out.replace(/\r\n?/g, '\n') : out;
  }

  #drain(final: boolean): Batch {
    switch (this.format) {
      case 'json':
        return this.#json(final);
      case 'ndjson':
        return this.#ndjson(final);
      default:
        return this.#delimited(final);
    }
  }

  #delimited(final: boolean): Batch {
    this.#parser ??= new Papa.Parser({ delimiter: this.format === 'tsv' ? '\t' : ',', newline: '\n', quoteChar: '"' });
    const result = this.#parser.parse(this.#buffer, 0, !final) as Papa.ParseResult<string[]>;
    this.#buffer = this.#buffer.slice(result.meta.cursor);
    if (!final && this.#buffer.length > MAX_PENDING) {
      throw new DataError(
        `Row ${this.rows + 1}: a quoted field runs on for more than 16 MB, so a closing quote is probably missing. ` +
          'Check the quotes around that row and load the file again.',
      );
    }
    const batch = empty();
    const firstRow = this.rows + 1;
    for (const error of result.errors) {
      const row = firstRow + (error.row ?? 0) - (this.headers.length ? 0 : 1);
      const what = error.code === 'MissingQuotes' ? 'a quoted field is never closed' : error.message.toLowerCase();
      batch.issues.push({ row, message: `Row ${row}: ${what}; check the quotes there.` });
    }
    for (const cells of result.data) {
      if (cells.length === 1 && cells[0]!.trim() === '') continue;
      if (!this.headers.length) {
        this.headers = cells.map((h, i) => (i === 0 ? h.replace(/^\uFEFF/, '') : h).trim());
        continue;
      }
      this.#row(cells, batch);
    }
    return batch;
  }

  #ndjson(final: boolean): Batch {
    const lines = this.#buffer.split('\n');
    this.#buffer = final ? '' : lines.pop()!;
    const batch = empty();
    for (const line of lines) {
      if (line.trim() === '') continue;
      let record: unknown;
      try {
        record = JSON.parse(line);
      } catch {
        this.rows += 1;
        batch.issues.push({ row: this.rows, message: `Line ${this.rows} is not valid JSON; skipped.` });
        continue;
      }
      const entries = entriesOf(record);
      if (!this.headers.length) this.headers = entries.map(([key]) => key);
      this.#row(alignCells(entries, this.headers), batch);
    }
    return batch;
  }

  #json(final: boolean): Batch {
    this.#jsonLength = this.#buffer.length;
    if (this.#jsonLength > MAX_JSON) {
      throw new DataError(
        'This JSON file is over 64 MB, more than a browser tab can read in one piece. ' +
          'Save it as NDJSON (one statement per line, .ndjson) and it will load in a stream.',
      );
    }
    if (!final) return empty();
    let value: unknown;
    try {
      value = JSON.parse(this.#buffer);
    } catch (error) {
      throw new DataError(`The file is not valid JSON: ${jsonProblem(this.#buffer, error as Error)}.`);
    }
    this.#buffer = '';
    const list = Array.isArray(value) ? value : (value as { statements?: unknown } | null)?.statements;
    if (!Array.isArray(list)) {
      throw new DataError('The JSON must be an array of statements, or an object with a "statements" array.');
    }
    if (list.length === 0) throw new DataError('The JSON holds no statements: its list is empty.');
    const records = list.map(entriesOf);
    const keys = new Set<string>();
    for (const entries of records) for (const [key] of entries) keys.add(key);
    this.headers = [...keys];
    const batch = empty();
    for (const entries of records) this.#row(alignCells(entries, this.headers), batch);
    return batch;
  }

  #row(cells: string[], batch: Batch) {
    this.rows += 1;
    if (!this.#columns) {
      this.#samples.push(cells);
      if (this.#samples.length < SAMPLES && !this.#decideColumns(false)) return;
      if (!this.#columns) this.#decideColumns(true);
      const held = this.#samples;
      this.#samples = [];
      const first = this.rows - held.length + 1;
      held.forEach((row, k) => this.#emit(row, first + k, batch));
      return;
    }
    this.#emit(cells, this.rows, batch);
  }

  /** Maps the columns if it can; with `required`, throws ColumnsNeeded when it cannot. */
  #decideColumns(required: boolean): boolean {
    const columns = mapColumns(this.headers, this.#options.columns);
    if (columns.text !== undefined && columns.group !== undefined) {
      this.#columns = columns;
      return true;
    }
    if (!required) return false;
    if (this.headers.length === 0) {
      throw new DataError('No columns found: the file has no header row or its records have no fields.');
    }
    const missing = [columns.text === undefined ? 'text' : '', columns.group === undefined ? 'group' : ''];
    throw new ColumnsNeeded(
      `No ${missing.filter(Boolean).join(' or ')} column found. Columns present: ${this.headers.join(', ') || '(none)'}. ` +
        'Pick the column that holds the statements and the one that names the stakeholder group.',
      this.headers,
      this.#samples.slice(0, SAMPLES),
    );
  }

  #emit(cells: readonly string[], row: number, batch: Batch) {
    const columns = this.#columns!;
    const field = (name: (typeof FIELDS)[number]) => {
      const index = columns[name];
      // Well-formed, so that a lone surrogate from a JSON escape cannot break URL encoding later.
      return index === undefined ? '' : (cells[index] ?? '').trim().toWellFormed();
    };
    const text = field('text');
    const group = field('group');
    if (!text || !group) {
      const column = this.headers[(!text ? columns.text : columns.group)!]!;
      const what = !text ? 'text' : 'group';
      batch.issues.push({ row, column, message: `Row ${row} has no ${what} (column "${column}"); skipped.` });
      return;
    }
    const rawDate = field('date');
    const date = isoDate(rawDate);
    if (rawDate && !date) this.unreadableDates += 1;
    batch.statements.push({
      id: field('id') || `row-${row}`,
      text,
      group,
      speaker: field('speaker'),
      source: field('source'),
      date,
      url: field('url'),
      provenance: field('provenance'),
    });
  }
}

function empty(): Batch {
  return { statements: [], issues: [] };
}

/** A JSON record's keys and cell texts; keys stay plain strings, so __proto__ is an ordinary column. */
function entriesOf(record: unknown): [string, string][] {
  if (!record || typeof record !== 'object' || Array.isArray(record)) return [];
  return Object.entries(record).map(([key, value]) => [key, cellText(value)]);
}

function alignCells(entries: [string, string][], headers: readonly string[]): string[] {
  const byKey = new Map(entries);
  return headers.map((header) => byKey.get(header) ?? '');
}

/** JSON values become text: numbers and booleans as written, objects, arrays and null as nothing. */
function cellText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return '';
}

/** What broke and where: "unexpected token 'o' at line 3, column 10". */
function jsonProblem(text: string, error: Error): string {
  // Engines add a snippet of the text, or a position, after the reason: keep the reason only.
  const reason = /^(.*?)(?:, "|, \.\.\.|\.? in JSON| is not valid JSON|$)/s.exec(error.message)![1]!;
  const what = reason.replace(/^Unexpected/, 'unexpected');
  const offset = jsonErrorOffset(text);
  return offset < 0 ? what : `${what} at ${offset >= text.length ? 'the end of the file' : lineAndColumn(text, offset)}`;
}

/** Reads a whole text at once: for tests and small inputs. */
export function readAll(text: string, options: ReaderOptions = {}): Batch & { format: Format; reader: StatementReader } {
  const reader = new StatementReader(options);
  const first = reader.push(text);
  const rest = reader.end();
  const issues = [...first.issues, ...rest.issues].sort((a, b) => a.row - b.row);
  return { format: reader.format!, statements: [...first.statements, ...rest.statements], issues, reader };
}
