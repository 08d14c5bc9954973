/**
 * Rows -> statements, the one place every format's rows become Statements: the columns are mapped
 * once enough rows are seen to show samples, each row is normalised (trimmed, dated, given a
 * unique id, its names freed of bidi controls), and a row without text or group becomes a row
 * issue instead.
 */
import { withoutBidiControls } from '../bidi';
import type { RowIssue, Statement } from '../types';
import { FIELDS, isFallback, mapColumns, type ColumnChoice, type ColumnMap, type Field } from './columns';
import { isoDate } from './dates';
import { ColumnsNeeded, DataError } from './errors';
import { isStructured, type Format } from './format';
import * as say from './messages';
import { UniqueIds } from './unique-ids';

export interface Batch {
  statements: Statement[];
  issues: RowIssue[];
}

export function emptyBatch(): Batch {
  return { statements: [], issues: [] };
}

/** A row's cells: in column order (CSV, TSV) or by key (JSON, NDJSON). */
export type Cells = readonly string[] | ReadonlyMap<string, string>;

function isRow(cells: Cells): cells is readonly string[] {
  return Array.isArray(cells);
}

/** Rows kept back to show as samples when the columns must be picked. */
const SAMPLES = 3;
/** Distinct date cells remembered before the memo starts afresh. */
const DATES = 10_000;
/**
 * Extra columns carried to the downloads, at most: a table has a few dozen; records that each
 * bring keys of their own would otherwise make every statement carry every other one's.
 */
const MAX_EXTRA = 100;
/** Past this many columns, a list to pick from helps nobody. */
const MAX_PICK = 1000;

export class RowMapper {
  /** The file's grammar, which decides how messages name its parts; set once it is known. */
  format: Format | undefined;
  /** The rows are a workbook's sheet, written out as CSV: messages speak of its cells, not of separators, and a row wider than the header is read (delimited.ts). */
  fromSheet = false;
  /** The file's column names (CSV, TSV) or the keys its records hold (JSON, NDJSON). */
  headers: string[] = [];
  /** Data rows seen so far (the header excluded), skipped ones included. */
  rows = 0;
  /** Date cells that held something but could not be read as a date. */
  unreadableDates = 0;

  #choice: ColumnChoice | undefined;
  #columns: ColumnMap | undefined;
  #samples: { cells: Cells; row: number }[] = [];
  #ids: UniqueIds | undefined;
  #dates = new Map<string, string>();
  /** Where each extra column sits in `headers`. */
  #extraIndexes: number[] = [];

  constructor(choice: ColumnChoice | undefined, uniqueIds: boolean) {
    this.#choice = choice;
    this.#ids = uniqueIds ? new UniqueIds() : undefined;
  }

  /** Whether the text and group columns are known. */
  get mapped(): boolean {
    return this.#columns !== undefined;
  }

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

  /** A key first seen late (NDJSON records need not share theirs) becomes a column, and is mapped if it can be. */
  addColumn(key: string) {
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

  /** One data row, counted; `at` is where the user finds it when that is not its count (an NDJSON line). */
  row(cells: Cells, batch: Batch, at?: number) {
    this.rows += 1;
    const row = at ?? this.rows;
    if (!this.#columns) {
      this.#samples.push({ cells, row });
      if (this.#samples.length < SAMPLES && !this.decideColumns(false)) return;
      if (!this.#columns) this.decideColumns(true);
      const held = this.#samples;
      this.#samples = [];
      for (const sample of held) this.#emit(sample.cells, sample.row, batch);
      return;
    }
    this.#emit(cells, row, batch);
  }

  /** Maps the columns if it can; with `required`, throws ColumnsNeeded (or, when picking cannot help, DataError). */
  decideColumns(required: boolean): boolean {
    const columns = mapColumns(this.headers, this.#choice);
    if (columns.text !== undefined && columns.group !== undefined) {
      this.#columns = columns;
      const taken = new Set(Object.values(columns));
      this.#extraIndexes = this.headers.flatMap((_, i) => (taken.has(i) ? [] : [i])).slice(0, MAX_EXTRA);
      return true;
    }
    if (!required) return false;
    const wording = this.#wording();
    if (this.headers.length === 0) throw new DataError(say.noColumns(wording));
    if (this.headers.length === 1) throw new DataError(say.onlyOneColumn(wording, this.headers[0]!));
    if (this.headers.length > MAX_PICK) throw new DataError(say.tooManyColumnsToPick(wording, this.headers));
    const missing = (['text', 'group'] as const).filter((field) => columns[field] === undefined);
    throw new ColumnsNeeded(
      say.pickColumns(wording, missing, this.headers),
      this.headers,
      // Aligned with the headers, however many cells each row had.
      this.#samples.slice(0, SAMPLES).map(({ cells }) => this.headers.map((h, i) => (isRow(cells) ? cells[i] : cells.get(h)) ?? '')),
      Object.fromEntries(Object.entries(columns).map(([field, index]) => [field, this.headers[index]!])),
    );
  }

  #wording(): say.Wording {
    const label = this.format === 'ndjson' ? 'Line' : this.format === 'json' ? 'Statement' : 'Row';
    return { structured: isStructured(this.format), label, sheet: this.fromSheet };
  }

  #emit(cells: Cells, row: number, batch: Batch) {
    const columns = this.#columns!;
    const text = this.#field(cells, columns.text);
    const group = this.#name(cells, columns.group);
    if (isBlank(text) || isBlank(group)) {
      const column = say.shorten(this.headers[(isBlank(text) ? columns.text : columns.group)!]!);
      const message = say.missingValue(this.#wording(), row, isBlank(text) ? 'text' : 'group', column);
      batch.issues.push({ row, column, message });
      return;
    }
    const rawDate = this.#field(cells, columns.date);
    const date = this.#date(rawDate);
    if (rawDate && !date) this.unreadableDates += 1;
    batch.statements.push({
      id: this.#id(this.#field(cells, columns.id) || `row-${row}`),
      text,
      group,
      speaker: this.#name(cells, columns.speaker),
      source: this.#name(cells, columns.source),
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

  /**
   * A group, speaker or source: the app sets these into its own sentences and legends, where a bidi
   * control would reorder the sentence (see lib/bidi.ts). The statement's text is left as written.
   */
  #name(cells: Cells, index: number | undefined): string {
    const value = this.#field(cells, index);
    return value === '' ? value : withoutBidiControls(value).trim();
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

/** Empty once spaces, invisible format characters (zero-width, direction marks) and control characters are set aside. */
function isBlank(value: string): boolean {
  // A visible ASCII character first, the usual case, settles it without the Unicode-aware test.
  const first = value.charCodeAt(0);
  if (first > 32 && first < 127) return false;
  return !/[^\s\p{Cf}\p{Cc}]/u.test(value);
}
