/**
 * The CSV and TSV grammar: papaparse's own Parser, chunk by chunk. A row whose quotes are broken
 * is skipped with an issue naming it, and the lines its field ran on into are read again as rows
 * of their own; comment lines before the header (our exports' method card) are set aside. A row
 * with more values than the header has columns is skipped too: its values cannot be matched to
 * the columns (a text with a comma and no quotes would put its second half in the group).
 */
import Papa from 'papaparse';
import { DataError } from './errors';
import type { Grammar } from './grammar';
import * as say from './messages';
import type { Batch, RowMapper } from './row-mapper';

/** A comment line before the header: "# " and text, as this app's exports write their method card. */
const COMMENT = /^\uFEFF?# /;
/** Delimiters a CSV file may use, in order of preference; Excel writes ';' in many locales. */
const DELIMITERS = [',', '\t', ';', '|'];

export class DelimitedGrammar implements Grammar {
  readonly lineBased = true;
  #format: 'csv' | 'tsv';
  #rows: RowMapper;
  #parser: InstanceType<typeof Papa.Parser> | undefined;
  /** The delimiter, found once from the header line. */
  #delimiter = '';
  constructor(format: 'csv' | 'tsv', rows: RowMapper) {
    this.#format = format;
    this.#rows = rows;
  }

  read(text: string, final: boolean, batch: Batch): string {
    let buffer = text;
    if (!this.#parser) {
      const [rest, ready] = skipComments(buffer, final);
      buffer = rest;
      if (!ready) return buffer;
    }
    this.#delimiter ||= delimiterOf(this.#format, buffer);
    this.#parser ??= new Papa.Parser(this.#config());
    const rows = this.#rows;
    for (;;) {
      const result = this.#parser.parse(buffer, 0, !final) as Papa.ParseResult<string[]>;
      const problem = firstProblem(result.errors);
      if (!problem) {
        for (const cells of result.data) this.#cells(cells, batch);
        return buffer.slice(result.meta.cursor);
      }
      // Papaparse counts a problem's row from the start of this parse. The rows before it are sound.
      const at = problem.row ?? 0;
      for (let i = 0; i < at; i++) this.#cells(result.data[i]!, batch);
      if (!rows.headers.length) throw new DataError(say.headerQuoteProblem(problem));
      // The bad row is its first line only: the lines its field ran on into are read again as rows of their own.
      const start = at === 0 ? 0 : this.#rowStart(buffer, at);
      const end = buffer.indexOf('\n', start);
      if (end < 0 && !final) return buffer.slice(start);
      rows.rows += 1;
      batch.issues.push({ row: rows.rows, message: say.rowQuoteProblem(rows.rows, problem) });
      buffer = end < 0 ? '' : buffer.slice(end + 1);
      if (buffer === '') return buffer;
    }
  }

  /** A quoted field that never closes is skipped at its first line; anything else this long is refused. */
  overflow(text: string, batch: Batch): string {
    const rows = this.#rows;
    const where = say.overlongRowName(rows.headers.length ? rows.rows + 1 : undefined);
    const end = text.indexOf('\n');
    if (rows.headers.length && text.includes('"') && end >= 0) {
      rows.rows += 1;
      batch.issues.push({ row: rows.rows, message: say.overlongQuotedRowSkipped(where) });
      return text.slice(end + 1);
    }
    throw new DataError(text.includes('"') ? say.overlongQuotedRow(where) : say.overlongRow(where));
  }

  #config(): Papa.ParseConfig {
    return { delimiter: this.#delimiter, newline: '\n', quoteChar: '"' };
  }

  /** Where the buffer's row `index` starts: after the rows before it, read again without the rest. */
  #rowStart(buffer: string, index: number): number {
    const before = new Papa.Parser({ ...this.#config(), preview: index });
    return (before.parse(buffer, 0, false) as Papa.ParseResult<string[]>).meta.cursor;
  }

  /** One parsed row: the header, a blank line, or a data row. */
  #cells(cells: string[], batch: Batch) {
    if (cells.length === 1 && cells[0]!.trim() === '') return;
    if (!this.#rows.headers.length) {
      this.#rows.headers = cells.map((h, i) => (i === 0 ? h.replace(/^\uFEFF/, '') : h).trim());
      return;
    }
    // Not for a workbook's sheet, whose cells are cells whatever they hold.
    const values = this.#rows.fromSheet ? 0 : valuesIn(cells);
    if (values > this.#rows.headers.length) {
      const rows = this.#rows;
      rows.rows += 1;
      batch.issues.push({ row: rows.rows, message: say.tooManyValues(rows.rows, values, rows.headers.length, this.#delimiter) });
      return;
    }
    this.#rows.row(cells, batch);
  }
}

/**
 * How many values a row holds, up to its last one that is not blank: empty fields at its end are
 * the trailing delimiters a spreadsheet export leaves, and say nothing about the row.
 */
function valuesIn(cells: readonly string[]): number {
  let last = cells.length;
  while (last > 0 && cells[last - 1]!.trim() === '') last--;
  return last;
}

/**
 * The text without the comment lines before the header, and whether the header can be read yet:
 * not while the next line is still arriving, since until it is whole it may yet turn out to be a
 * comment. A BOM before a comment moves to what follows, where the header expects it.
 */
function skipComments(text: string, final: boolean): [rest: string, ready: boolean] {
  let buffer = text;
  while (COMMENT.test(buffer)) {
    const end = buffer.indexOf('\n');
    if (end < 0 && !final) return [buffer, false];
    const bom = buffer.startsWith('\uFEFF') ? '\uFEFF' : '';
    buffer = end < 0 ? '' : bom + buffer.slice(end + 1);
  }
  return [buffer, final || buffer.includes('\n')];
}

/** The file's delimiter, from its header line: the format's own if it appears there, else the first that does. */
function delimiterOf(format: 'csv' | 'tsv', text: string): string {
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
