/**
 * Text chunks -> statements and row issues, as the chunks arrive. One reader
 * for every format and every caller (the worker, the score command, tests):
 * it detects the format and hands the text to that format's grammar
 * (delimited.ts for CSV and TSV, ndjson.ts, json-document.ts), whose rows
 * become Statements in one place (row-mapper.ts). What it says to the user is
 * worded in messages.ts.
 */
import type { ColumnChoice, Field } from './columns';
import { DelimitedGrammar } from './delimited';
import { DataError } from './errors';
import { detectFormat, type Format } from './format';
import { MAX_PENDING, type Grammar } from './grammar';
import { JsonDocumentGrammar } from './json-document';
import * as say from './messages';
import { NdjsonGrammar } from './ndjson';
import { RowMapper, emptyBatch, type Batch } from './row-mapper';

export { detectFormat, type Format } from './format';
export { MAX_JSON } from './json-document';
export type { Batch } from './row-mapper';

export interface ReaderOptions {
  /** The file's name, for its extension. */
  name?: string;
  /** Columns the user picked when they could not be recognised. */
  columns?: ColumnChoice;
  /** Whether to make repeated ids unique here (the default), or leave that to the caller. */
  uniqueIds?: boolean;
  /** The format, when the caller knows it (a workbook's sheet arrives as CSV); otherwise detected. */
  format?: Format;
  /**
   * The text is a workbook's sheet written out as CSV: a row wider than the header is a note in a
   * column without a name, not a text split at an unquoted comma, so it is read, not skipped.
   */
  fromSheet?: boolean;
}

/** Characters the format sniffer wants to see before deciding. */
const SNIFF = 4096;
/**
 * How a web page starts. Saved from a browser as "x.csv", or sent by a host that answers every
 * path with its index page, it would otherwise be read as a table of one column named
 * "<!doctype html>".
 */
const WEB_PAGE = /^\s*<(?:!doctype\s+html|html)\b/i;

export class StatementReader {
  format: Format | undefined;

  /** The file's column names, or the keys its records hold. */
  get headers(): string[] {
    return this.#rows.headers;
  }
  /** Date cells that held something but could not be read as a date. */
  get unreadableDates(): number {
    return this.#rows.unreadableDates;
  }
  /** Data rows seen so far (the header excluded). */
  get rows(): number {
    return this.#rows.rows;
  }
  /** The column that feeds each field, by name (once the columns are known). */
  get columnNames(): Partial<Record<Field, string>> {
    return this.#rows.columnNames;
  }
  /** The stand-in columns that fed the text or the group for want of better ones (see isFallback), by name. */
  get standIns(): Partial<Record<'text' | 'group', string>> {
    return this.#rows.standIns;
  }
  /** The file's columns that no field took, in file order: each statement's `extra` holds their values. */
  get extraColumns(): string[] {
    return this.#rows.extraColumns;
  }
  /** Characters held back as an unfinished row (or, for a JSON document, the document so far). */
  get pending(): number {
    return this.#buffer.length;
  }

  #options: ReaderOptions;
  #rows: RowMapper;
  #grammar: Grammar | undefined;
  #buffer = '';
  #heldReturn = false;
  /** A line break arrived since the last read: only then can a CSV row or an NDJSON line be complete. */
  #newline = false;

  constructor(options: ReaderOptions = {}) {
    this.#options = options;
    this.format = options.format;
    this.#rows = new RowMapper(options.columns, options.uniqueIds !== false);
    this.#rows.fromSheet = options.fromSheet === true;
  }

  /** Reads what it can of this chunk; an unfinished last row waits for the next. */
  push(text: string): Batch {
    const added = this.#normaliseLineEnds(text, false);
    this.#buffer += added;
    if (added.includes('\n')) this.#newline = true;
    if (!this.format) {
      if (this.#buffer.length < SNIFF) return emptyBatch();
      this.format = this.#detectFormat();
    }
    const batch = this.#drain(false, emptyBatch());
    this.#checkPending(batch);
    return batch;
  }

  /** Reads the rest: call once, after the last chunk. */
  end(): Batch {
    this.#buffer += this.#normaliseLineEnds('', true);
    if (this.#buffer.trim() === '' && this.rows === 0 && this.headers.length === 0) throw new DataError(say.emptyFile());
    this.format ??= this.#detectFormat();
    this.#newline = true;
    const batch = this.#drain(true, emptyBatch());
    if (!this.#rows.mapped) {
      this.#grammarOf(this.format).explainNoColumns?.();
      this.#rows.decideColumns(true);
    }
    return batch;
  }

  /** The format of the text seen so far; a web page is refused first, whatever its name says. */
  #detectFormat(): Format {
    if (WEB_PAGE.test(this.#buffer)) throw new DataError(say.webPageFile(this.#options.name ?? ''));
    return detectFormat(this.#options.name ?? '', this.#buffer);
  }

  /** CRLF and lone CR become LF, so one line ending holds for the whole file. */
  #normaliseLineEnds(text: string, final: boolean): string {
    let out = (this.#heldReturn ? '\r' : '') + text;
    this.#heldReturn = !final && out.endsWith('\r');
    if (this.#heldReturn) out = out.slice(0, -1);
    return out.includes('\r') ? out.replace(/\r\n?/g, '\n') : out;
  }

  #drain(final: boolean, batch: Batch): Batch {
    const grammar = this.#grammarOf(this.format!);
    // Without a new line break nothing new can be complete: parsing again would only re-read the same unfinished row.
    if (grammar.lineBased) {
      if (!final && !this.#newline) return batch;
      this.#newline = false;
    }
    this.#buffer = grammar.read(this.#buffer, final, batch);
    return batch;
  }

  /** An unfinished row past MAX_PENDING: the grammar skips it (and the reader reads on) or refuses the file. */
  #checkPending(batch: Batch): void {
    const grammar = this.#grammarOf(this.format!);
    while (grammar.overflow && this.#buffer.length > MAX_PENDING) {
      this.#buffer = grammar.overflow(this.#buffer, batch);
      this.#newline = true;
      this.#drain(false, batch);
    }
  }

  #grammarOf(format: Format): Grammar {
    if (this.#grammar) return this.#grammar;
    this.#rows.format = format;
    this.#grammar = format === 'json' ? new JsonDocumentGrammar(this.#rows) : format === 'ndjson' ? new NdjsonGrammar(this.#rows) : new DelimitedGrammar(format, this.#rows);
    return this.#grammar;
  }
}

/** Reads a whole text at once: for tests and small inputs. */
export function readAll(text: string, options: ReaderOptions = {}): Batch & { format: Format; reader: StatementReader } {
  const reader = new StatementReader(options);
  const first = reader.push(text);
  const rest = reader.end();
  const issues = [...first.issues, ...rest.issues].sort((a, b) => a.row - b.row);
  return { format: reader.format!, statements: [...first.statements, ...rest.statements], issues, reader };
}
