/**
 * Text chunks -> statements and row issues, as the chunks arrive. One reader
 * for every format and every caller (the worker, the score command, tests):
 * it detects the format, maps the columns, and normalises each row into a
 * Statement in this one place. CSV and TSV go through papaparse's own Parser
 * chunk by chunk, NDJSON line by line; a JSON document is read whole.
 */
import Papa from 'papaparse';
import type { RowIssue, Statement } from '../types';
import { FIELDS, isFallback, mapColumns, type ColumnChoice, type ColumnMap, type Field } from './columns';
import { isoDate } from './dates';
import { ColumnsNeeded, DataError } from './errors';
import { jsonErrorOffset, lineAndColumn } from './json-error';
import { UniqueIds } from './unique-ids';

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
  /** Whether to make repeated ids unique here (the default), or leave that to the caller. */
  uniqueIds?: boolean;
  /** The format, when the caller knows it (a workbook's sheet arrives as CSV); otherwise detected. */
  format?: Format;
}

/** Characters the format sniffer wants to see before deciding. */
const SNIFF = 4096;
/** An unfinished CSV row longer than this means a quote that never closes. */
const MAX_PENDING = 16 * 1024 * 1024;
/** A JSON document is parsed whole; past this size, NDJSON is the way. */
export const MAX_JSON = 64 * 1024 * 1024;
/** Rows kept back to show as samples when the columns must be picked. */
const SAMPLES = 3;
/** Distinct date cells remembered before the memo starts afresh. */
const DATES = 10_000;

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

  /** The column that feeds each field, by name (once the columns are known). */
  get columnNames(): Partial<Record<Field, string>> {
    return Object.fromEntries(Object.entries(this.#columns ?? {}).map(([field, index]) => [field, this.headers[index]!]));
  }

  /** The stand-in columns that fed the text or the group for want of better ones (see isFallback), by name. */
  get standIns(): Partial<Record<'text' | 'group', string>> {
    const names = this.columnNames;
    return Object.fromEntries((['text', 'group'] as const).flatMap((f) => (names[f] !== undefined && isFallback(f, names[f]) ? [[f, names[f]]] : [])));
  }

  /** The file's columns that no field took, in file order: each statement's `extra` holds their values. */
  get extraColumns(): string[] {
    return this.#extraIndexes.map((i) => this.headers[i]!);
  }

  #options: ReaderOptions;
  #buffer = '';
  #heldReturn = false;
  /** A line break arrived since the last drain: only then can a CSV row or an NDJSON line be complete. */
  #newline = false;
  #columns: ColumnMap | undefined;
  #samples: { cells: Cells; row: number }[] = [];
  #parser: InstanceType<typeof Papa.Parser> | undefined;
  /** The delimiter, found once from the header line. */
  #delimiter = '';
  #jsonLength = 0;
  /** NDJSON: lines read so far (blank ones included), and the lines that were not JSON. */
  #line = 0;
  #badLines = 0;
  #firstBadLine = '';
  /** NDJSON: where each key found so far sits in `headers`. */
  #headerIndex = new Map<string, number>();
  #ids: UniqueIds | undefined;
  #dates = new Map<string, string>();
  /** Where each extra column sits in `headers`. */
  #extraIndexes: number[] = [];

  constructor(options: ReaderOptions = {}) {
    this.#options = options;
    this.format = options.format;
    this.#ids = options.uniqueIds === false ? undefined : new UniqueIds();
  }

  /** Characters held back as an unfinished row (or, for a JSON document, the document so far). */
  get pending(): number {
    return this.#buffer.length;
  }

  /** Reads what it can of this chunk; an unfinished last row waits for the next. */
  push(text: string): Batch {
    const added = this.#normaliseLineEnds(text, false);
    this.#buffer += added;
    if (added.includes('\n')) this.#newline = true;
    if (!this.format) {
      if (this.#buffer.length < SNIFF) return empty();
      this.format = detectFormat(this.#options.name ?? '', this.#buffer);
    }
    const batch = this.#drain(false);
    this.#checkPending(batch);
    return batch;
  }

  /** Reads the rest: call once, after the last chunk. */
  end(): Batch {
    this.#buffer += this.#normaliseLineEnds('', true);
    if (this.#buffer.trim() === '' && this.rows === 0 && this.headers.length === 0) {
      throw new DataError('The file is empty: there are no statements to load.');
    }
    this.format ??= detectFormat(this.#options.name ?? '', this.#buffer);
    this.#newline = true;
    const batch = this.#drain(true);
    if (!this.#columns) {
      if (this.format === 'ndjson' && this.headers.length === 0 && this.#badLines > 0) {
        throw new DataError(
          `No line of the file is a JSON record (NDJSON holds one object per line, like {"text": "…", "group": "…"}). ` +
            `The first problem: ${this.#firstBadLine.replace(/; skipped\.$/, '.')}`,
        );
      }
      this.#decideColumns(true);
    }
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
    if (this.format === 'json') return this.#json(final);
    // Without a new line break nothing new can be complete: parsing again would only re-read the same unfinished row.
    if (!final && !this.#newline) return empty();
    this.#newline = false;
    return this.format === 'ndjson' ? this.#ndjson(final) : this.#delimited(final);
  }

  /**
   * An unfinished row or line past MAX_PENDING is not going to end well. A CSV row whose quote
   * never closes is skipped, and the lines after its first are read again; anything else is refused.
   */
  #checkPending(batch: Batch): void {
    if (this.format === 'json' || this.#buffer.length <= MAX_PENDING) return;
    if (this.format === 'ndjson') {
      throw new DataError(
        `Line ${this.#line + 1} runs on for more than 16 MB without a line break, but NDJSON holds one statement per line. ` +
          'If the file is one JSON document, name it .json; otherwise check its line breaks and load it again.',
      );
    }
    const where = this.headers.length ? `Row ${this.rows + 1}` : 'The header row';
    const end = this.#buffer.indexOf('\n');
    if (this.headers.length && this.#buffer.includes('"') && end >= 0) {
      this.rows += 1;
      batch.issues.push({
        row: this.rows,
        message: `${where}: a quoted field runs on for more than 16 MB, so a closing quote is probably missing; skipped. Check the quotes there.`,
      });
      this.#buffer = this.#buffer.slice(end + 1);
      this.#newline = true;
      const more = this.#drain(false);
      // One at a time: a spread of a million rows would overflow the stack.
      for (const statement of more.statements) batch.statements.push(statement);
      for (const issue of more.issues) batch.issues.push(issue);
      return this.#checkPending(batch);
    }
    if (this.#buffer.includes('"')) {
      throw new DataError(
        `${where}: a quoted field runs on for more than 16 MB, so a closing quote is probably missing. ` +
          'Check the quotes around that row and load the file again.',
      );
    }
    throw new DataError(
      `${where} runs on for more than 16 MB without a line break: this does not look like a statements file. ` +
        'Check that it is CSV, TSV, JSON or NDJSON text and load it again.',
    );
  }

  /**
   * Drops comment lines before the header; false while the next line is still arriving, since
   * until it is whole it may yet turn out to be a comment. A BOM before a comment moves to what
   * follows, where the header expects it.
   */
  #skipComments(final: boolean): boolean {
    while (COMMENT.test(this.#buffer)) {
      const end = this.#buffer.indexOf('\n');
      if (end < 0 && !final) return false;
      const bom = this.#buffer.startsWith('\uFEFF') ? '\uFEFF' : '';
      this.#buffer = end < 0 ? '' : bom + this.#buffer.slice(end + 1);
    }
    return final || this.#buffer.includes('\n');
  }

  #delimited(final: boolean): Batch {
    if (!this.#parser && !this.#skipComments(final)) return empty();
    this.#delimiter ||= delimiterOf(this.format!, this.#buffer);
    this.#parser ??= new Papa.Parser(this.#parserConfig());
    const batch = empty();
    for (;;) {
      const result = this.#parser.parse(this.#buffer, 0, !final) as Papa.ParseResult<string[]>;
      const problem = firstProblem(result.errors);
      if (!problem) {
        this.#buffer = this.#buffer.slice(result.meta.cursor);
        for (const cells of result.data) this.#cells(cells, batch);
        return batch;
      }
      // Papaparse counts a problem's row from the start of this parse. The rows before it are sound.
      const at = problem.row ?? 0;
      for (let i = 0; i < at; i++) this.#cells(result.data[i]!, batch);
      if (!this.headers.length) {
        throw new DataError(
          `The header row (the first line of the file): ${quoteProblem(problem)}. ` +
            'Fix the quotes in the first line and load the file again.',
        );
      }
      // The bad row is its first line only: the lines its field ran on into are read again as rows of their own.
      const start = at === 0 ? 0 : this.#rowStart(at);
      const end = this.#buffer.indexOf('\n', start);
      if (end < 0 && !final) {
        this.#buffer = this.#buffer.slice(start);
        return batch;
      }
      this.rows += 1;
      batch.issues.push({
        row: this.rows,
        message: `Row ${this.rows}: ${quoteProblem(problem)}; skipped. Check the quotes there (a quote inside a quoted field is written "").`,
      });
      this.#buffer = end < 0 ? '' : this.#buffer.slice(end + 1);
      if (this.#buffer === '') return batch;
    }
  }

  #parserConfig(): Papa.ParseConfig {
    return { delimiter: this.#delimiter, newline: '\n', quoteChar: '"' };
  }

  /** Where the buffer's row `index` starts: after the rows before it, read again without the rest. */
  #rowStart(index: number): number {
    const before = new Papa.Parser({ ...this.#parserConfig(), preview: index });
    return (before.parse(this.#buffer, 0, false) as Papa.ParseResult<string[]>).meta.cursor;
  }

  /** One parsed row: the header, a blank line, or a data row. */
  #cells(cells: string[], batch: Batch) {
    if (cells.length === 1 && cells[0]!.trim() === '') return;
    if (!this.headers.length) {
      this.headers = cells.map((h, i) => (i === 0 ? h.replace(/^\uFEFF/, '') : h).trim());
      return;
    }
    this.#row(cells, batch);
  }

  #ndjson(final: boolean): Batch {
    const lines = this.#buffer.split('\n');
    this.#buffer = final ? '' : lines.pop()!;
    const batch = empty();
    for (const line of lines) {
      this.#line += 1;
      if (line.trim() === '') continue;
      let record: unknown;
      try {
        record = JSON.parse(line);
      } catch (error) {
        this.rows += 1;
        const offset = jsonErrorOffset(line);
        const where = offset < 0 ? '' : offset >= line.length ? ' at the end of the line' : ` at column ${offset + 1}`;
        const message = `Line ${this.#line} is not valid JSON (${jsonReason(error as Error)}${where}); skipped.`;
        this.#badLines += 1;
        this.#firstBadLine ||= message;
        batch.issues.push({ row: this.#line, message });
        continue;
      }
      const entries = entriesOf(record);
      for (const [key] of entries) this.#addHeader(key);
      this.#row(new Map(entries), batch, this.#line);
    }
    return batch;
  }

  /** NDJSON records need not share their keys: a key first seen late becomes a column, and is mapped if it can be. */
  #addHeader(key: string) {
    if (this.#headerIndex.has(key)) return;
    this.#headerIndex.set(key, this.headers.length);
    this.headers.push(key);
    if (!this.#columns) return;
    // Only the new key is looked at: remapping every key each time would be quadratic in a file of unique keys.
    for (const field of FIELDS) {
      if (this.#columns[field] === undefined && mapColumns([key])[field] === 0) {
        this.#columns[field] = this.headers.length - 1;
        return;
      }
    }
    if (this.#extraIndexes.length < MAX_EXTRA) this.#extraIndexes.push(this.headers.length - 1);
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
    // Records stay maps of their own keys: aligning every record to every key ever seen would be quadratic.
    const records = list.map((record) => new Map(entriesOf(record)));
    const keys = new Set<string>();
    for (const record of records) for (const key of record.keys()) keys.add(key);
    this.headers = [...keys];
    const batch = empty();
    for (const record of records) this.#row(record, batch);
    return batch;
  }

  #row(cells: Cells, batch: Batch, at?: number) {
    this.rows += 1;
    const row = at ?? this.rows;
    if (!this.#columns) {
      this.#samples.push({ cells, row });
      if (this.#samples.length < SAMPLES && !this.#decideColumns(false)) return;
      if (!this.#columns) this.#decideColumns(true);
      const held = this.#samples;
      this.#samples = [];
      for (const sample of held) this.#emit(sample.cells, sample.row, batch);
      return;
    }
    this.#emit(cells, row, batch);
  }

  /** Maps the columns if it can; with `required`, throws ColumnsNeeded (or, when picking cannot help, DataError). */
  #decideColumns(required: boolean): boolean {
    const columns = mapColumns(this.headers, this.#options.columns);
    if (columns.text !== undefined && columns.group !== undefined) {
      this.#columns = columns;
      const taken = new Set(Object.values(columns));
      this.#extraIndexes = this.headers.flatMap((_, i) => (taken.has(i) ? [] : [i])).slice(0, MAX_EXTRA);
      return true;
    }
    if (!required) return false;
    const structured = this.format === 'json' || this.format === 'ndjson';
    const noun = structured ? 'field' : 'column';
    if (this.headers.length === 0) {
      throw new DataError(
        structured
          ? 'No fields found: the records are not objects with fields. Each statement should look like {"text": "…", "group": "…"}.'
          : 'No columns found: the file has no header row or its records have no fields.',
      );
    }
    if (this.headers.length === 1) {
      throw new DataError(
        `Only one ${noun} found, "${shorten(this.headers[0]!)}": a statements file needs one ${noun} for the statement ` +
          'text and one naming the stakeholder group. ' +
          (structured
            ? 'Give each record a "text" and a "group" field and load the file again.'
            : 'If its columns are separated by something other than commas, tabs, semicolons or bars, save it as CSV and load it again.'),
      );
    }
    if (this.headers.length > MAX_PICK) {
      throw new DataError(
        `None of the ${this.headers.length.toLocaleString('en-US')} ${noun}s could be recognised as the statement text or ` +
          `the stakeholder group (${listNames(this.headers)}). Name those two ${noun}s "text" and "group" and load the file again.`,
      );
    }
    const missing = [columns.text === undefined ? 'text' : '', columns.group === undefined ? 'group' : ''];
    throw new ColumnsNeeded(
      `No ${missing.filter(Boolean).join(' or ')} ${noun} found. ${noun === 'field' ? 'Fields' : 'Columns'} present: ` +
        `${listNames(this.headers)}. Pick the ${noun} that holds the statements and the one that names the stakeholder group.`,
      this.headers,
      // Aligned with the headers, however many cells each row had.
      this.#samples.slice(0, SAMPLES).map(({ cells }) => this.headers.map((h, i) => (isRow(cells) ? cells[i] : cells.get(h)) ?? '')),
      Object.fromEntries(Object.entries(columns).map(([field, index]) => [field, this.headers[index]!])),
    );
  }

  #emit(cells: Cells, row: number, batch: Batch) {
    const columns = this.#columns!;
    const text = this.#field(cells, columns.text);
    const group = this.#field(cells, columns.group);
    if (isBlank(text) || isBlank(group)) {
      const column = shorten(this.headers[(isBlank(text) ? columns.text : columns.group)!]!);
      const what = isBlank(text) ? 'text' : 'group';
      const label = this.format === 'ndjson' ? 'Line' : this.format === 'json' ? 'Statement' : 'Row';
      const noun = this.format === 'ndjson' || this.format === 'json' ? 'field' : 'column';
      batch.issues.push({ row, column, message: `${label} ${row} has no ${what} (${noun} "${column}"); skipped.` });
      return;
    }
    const rawDate = this.#field(cells, columns.date);
    const date = this.#date(rawDate);
    if (rawDate && !date) this.unreadableDates += 1;
    batch.statements.push({
      id: this.#id(this.#field(cells, columns.id) || `row-${row}`),
      text,
      group,
      speaker: this.#field(cells, columns.speaker),
      source: this.#field(cells, columns.source),
      date,
      url: this.#field(cells, columns.url),
      provenance: this.#field(cells, columns.provenance),
      label: this.#field(cells, columns.label).slice(0, 40),
      extra: this.#extra(cells),
    });
  }

  /** The row's values in the extra columns, as written (trimmed), or undefined when there are none. */
  #extra(cells: Cells): string[] | undefined {
    const indexes = this.#extraIndexes;
    if (indexes.length === 0) return undefined;
    const out = new Array<string>(indexes.length);
    for (let i = 0; i < indexes.length; i++) out[i] = this.#field(cells, indexes[i]);
    return out;
  }

  #field(cells: Cells, index: number | undefined): string {
    if (index === undefined) return '';
    const value = isRow(cells) ? cells[index] : cells.get(this.headers[index]!);
    // Well-formed, so that a lone surrogate from a JSON escape cannot break URL encoding later.
    return value ? value.trim().toWellFormed() : '';
  }

  #id(id: string): string {
    return this.#ids ? this.#ids.take(id) : id;
  }

  /** Dates repeat across statements: each distinct cell is read once (up to DATES of them). */
  #date(raw: string): string {
    if (raw === '') return '';
    let date = this.#dates.get(raw);
    if (date === undefined) {
      date = isoDate(raw);
      if (this.#dates.size >= DATES) this.#dates.clear();
      this.#dates.set(raw, date);
    }
    return date;
  }
}

/** A row's cells: in column order (CSV, TSV) or by key (JSON, NDJSON). */
type Cells = readonly string[] | ReadonlyMap<string, string>;

function isRow(cells: Cells): cells is readonly string[] {
  return Array.isArray(cells);
}

/**
 * Extra columns carried to the downloads, at most: a table has a few dozen; records that each
 * bring keys of their own would otherwise make every statement carry every other one's.
 */
const MAX_EXTRA = 100;

/** Past this many columns, a list to pick from helps nobody. */
const MAX_PICK = 1000;

/** A comment line before the header: "# " and text, as this app's exports write their method card. */
const COMMENT = /^\uFEFF?# /;
/** Delimiters a CSV file may use, in order of preference; Excel writes ';' in many locales. */
const DELIMITERS = [',', '\t', ';', '|'];

/** The file's delimiter, from its header line: the format's own if it appears there, else the first that does. */
function delimiterOf(format: Format, text: string): string {
  const preferred = format === 'tsv' ? '\t' : ',';
  const end = text.indexOf('\n');
  const header = (end < 0 ? text : text.slice(0, end)).replace(/"[^"]*"/g, '');
  if (header.includes(preferred)) return preferred;
  return DELIMITERS.find((d) => header.includes(d)) ?? preferred;
}

/** The problem that comes first in the text: a row read after it may owe its errors to it. */
function firstProblem(errors: readonly Papa.ParseError[]): Papa.ParseError | undefined {
  let first: Papa.ParseError | undefined;
  for (const error of errors) if (!first || (error.index ?? 0) < (first.index ?? 0)) first = error;
  return first;
}

/** "a quoted field is never closed" */
function quoteProblem(error: Papa.ParseError): string {
  return error.code === 'MissingQuotes' ? 'a quoted field is never closed' : 'a quote (") inside a quoted field is not doubled';
}

/** Empty once spaces, invisible format characters (zero-width, direction marks) and control characters are set aside. */
function isBlank(value: string): boolean {
  // A visible ASCII character first, the usual case, settles it without the Unicode-aware test.
  const first = value.charCodeAt(0);
  if (first > 32 && first < 127) return false;
  return !/[^\s\p{Cf}\p{Cc}]/u.test(value);
}

function shorten(name: string, max = 40): string {
  return name.length > max ? `${name.slice(0, max - 1)}…` : name;
}

/** "a, b, c and 40 more": names for a message, never a wall of text. */
function listNames(names: readonly string[], max = 12): string {
  const shown = names.slice(0, max).map((n) => (n === '' ? '(unnamed)' : shorten(n)));
  return shown.join(', ') + (names.length > max ? ` and ${(names.length - max).toLocaleString('en-US')} more` : '') || '(none)';
}

function empty(): Batch {
  return { statements: [], issues: [] };
}

/** A JSON record's keys and cell texts; keys stay plain strings, so __proto__ is an ordinary column. */
function entriesOf(record: unknown): [string, string][] {
  if (!record || typeof record !== 'object' || Array.isArray(record)) return [];
  return Object.entries(record).map(([key, value]) => [key, cellText(value)]);
}

/** JSON values become text: numbers and booleans as written, objects, arrays and null as nothing. */
function cellText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return '';
}

/** What broke, without the engine's snippet or position: "unexpected token 'o'". */
function jsonReason(error: Error): string {
  // Engines add a snippet of the text, or a position, after the reason: keep the reason only.
  const reason = /^(.*?)(?:, "|, \.\.\.|\.? in JSON| is not valid JSON|$)/s.exec(error.message)![1]!;
  return shorten(reason.charAt(0).toLowerCase() + reason.slice(1), 120);
}

/** What broke and where: "unexpected token 'o' at line 3, column 10". */
function jsonProblem(text: string, error: Error): string {
  const what = jsonReason(error);
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
