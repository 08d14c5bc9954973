/**
 * An .xlsx workbook's sheet -> CSV text, for the one statement reader. Only
 * what a sheet of statements needs is read: the sheet list, shared strings,
 * which styles are dates, and the cells. A formula is never evaluated: its
 * cell gives the value the spreadsheet last saved with it. The sheet is
 * unpacked and read a slice at a time, so it is never held whole.
 */
import { DataError } from '../errors';
import * as say from '../messages';
import { unpack, unpackWhole, zipEntries, type ZipEntry } from './zip';
import { elements, stringText, xmlText } from './xml';

/** Data rows a workbook may hold here; past it, CSV (which streams) is the way. */
export const MAX_ROWS = 500_000;
const MAX_SHEET = 512 * 1048576;
const MAX_STRINGS = 128 * 1048576;
const MAX_SMALL = 16 * 1048576;
/** CSV handed on at a time. */
const BATCH = 64 * 1024;
/** Rows of one cell each (a report's title, a note, an export date) left out above a header: at most this many. */
const TITLE_ROWS = 10;

/** The workbook has several sheets and none was chosen: the user picks one. */
export class SheetNeeded extends DataError {
  override name = 'SheetNeeded';
  constructor(readonly sheets: string[]) {
    super(say.pickSheet(sheets.length));
  }
}

/** The sheet asked for is not in the workbook; `sheets` are the ones that are. */
export class NoSuchSheet extends DataError {
  override name = 'NoSuchSheet';
  constructor(
    readonly sheet: string,
    readonly sheets: string[],
  ) {
    super(say.sheetGone(sheet));
  }
}

export interface Sheet {
  name: string;
  path: string;
}

/** Reads `sheet` (or the only one) and hands its rows on as CSV text, a batch at a time; returns the sheet's name. */
export function readWorkbook(bytes: Uint8Array, sheet: string | undefined, emit: (csv: string) => void): string {
  const entries = zipEntries(bytes);
  const part = (path: string) => entries.get(path);
  const book = part('xl/workbook.xml');
  if (!book) {
    throw new DataError(say.notAWorkbook());
  }
  const bookXml = text(bytes, book, MAX_SMALL, 'sheet list');
  const rels = new Map<string, string>();
  const relsEntry = part('xl/_rels/workbook.xml.rels');
  if (relsEntry) {
    for (const { attributes: a } of elements(text(bytes, relsEntry, MAX_SMALL, 'sheet list'), 'Relationship')) {
      rels.set(a.get('Id') ?? '', target(a.get('Target') ?? ''));
    }
  }
  const sheets: Sheet[] = [...elements(bookXml, 'sheet')].map(({ attributes: a }, i) => ({
    name: a.get('name') ?? `Sheet ${i + 1}`,
    path: rels.get(a.get('id') ?? '') ?? `xl/worksheets/sheet${i + 1}.xml`,
  }));
  if (sheets.length === 0) throw new DataError(say.noSheets());
  if (sheet === undefined && sheets.length > 1) throw new SheetNeeded(sheets.map((s) => s.name));
  const chosen = sheet === undefined ? sheets[0]! : sheets.find((s) => s.name === sheet);
  if (!chosen) throw new NoSuchSheet(sheet!, sheets.map((s) => s.name));
  const entry = part(chosen.path);
  if (!entry) throw new DataError(say.sheetMissing(chosen.name));

  const date1904 = /<(?:\w+:)?workbookPr\b[^>]*\bdate1904\s*=\s*["'](?:1|true)["']/.test(bookXml);
  const stylesEntry = part('xl/styles.xml');
  const dates = stylesEntry ? dateStyles(text(bytes, stylesEntry, MAX_SMALL, 'styles')) : [];
  const stringsEntry = part('xl/sharedStrings.xml');
  const strings = stringsEntry ? [...elements(text(bytes, stringsEntry, MAX_STRINGS, 'shared text'), 'si')].map((si) => stringText(si.inner)) : [];
  readSheet(bytes, entry, { strings, dates, date1904 }, emit);
  return chosen.name;
}

function text(bytes: Uint8Array, entry: ZipEntry, limit: number, what: string): string {
  return new TextDecoder().decode(unpackWhole(bytes, entry, limit, what));
}

/** A relation's target as a part name: relative to xl/, or absolute from the archive's root. */
function target(path: string): string {
  const parts = (path.startsWith('/') ? path.slice(1) : `xl/${path}`).split('/');
  const out: string[] = [];
  for (const p of parts) if (p === '..') out.pop(); else if (p !== '.') out.push(p);
  return out.join('/');
}

/** Built-in number formats that show a date (with or without a time). */
const DATE_FORMATS = new Set([14, 15, 16, 17, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

/** For each cell style, whether it shows its number as a date. */
function dateStyles(xml: string): boolean[] {
  const custom = new Map<number, boolean>();
  for (const { attributes: a } of elements(xml, 'numFmt')) {
    // A date format has a day or a year in it, outside quoted text and [colour] or [$-locale] parts.
    const code = (a.get('formatCode') ?? '').replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
    custom.set(Number(a.get('numFmtId')), /[dy]/i.test(code));
  }
  const cellXfs = /<(?:\w+:)?cellXfs\b[\s\S]*?<\/(?:\w+:)?cellXfs>/.exec(xml)?.[0] ?? '';
  return [...elements(cellXfs, 'xf')].map(({ attributes: a }) => {
    const id = Number(a.get('numFmtId') ?? 0);
    return custom.get(id) ?? DATE_FORMATS.has(id);
  });
}

interface Lookup {
  strings: string[];
  dates: boolean[];
  date1904: boolean;
}

/**
 * Streams the sheet's rows as CSV lines to `emit`. A title or note above the header, in rows of one
 * cell each, is left out once a row of more cells follows: that row is the header. Rows of one cell
 * with no wider row among the first few are read as they are.
 */
function readSheet(bytes: Uint8Array, entry: ZipEntry, lookup: Lookup, emit: (csv: string) => void) {
  const decoder = new TextDecoder();
  let pending = '';
  let batch = '';
  let rows = 0;
  let checkedSize = false;
  /** The rows of one cell read so far, while no wider row has come; null once one has. */
  let above: string[] | null = [];
  const add = (line: string) => {
    if (++rows > MAX_ROWS + 1) throw tooManyRows();
    batch += line + '\n';
    if (batch.length >= BATCH) {
      emit(batch);
      batch = '';
    }
  };
  const take = (xml: string) => {
    for (const row of elements(xml, 'row')) {
      const { line, cells } = rowLine(row.inner, lookup);
      if (line === '') continue;
      if (above) {
        if (cells === 1 && above.length < TITLE_ROWS) {
          above.push(line);
          continue;
        }
        // A wider row is the header, and what stood above it a title; too many rows of one cell are the data.
        if (cells === 1) above.forEach(add);
        above = null;
      }
      add(line);
    }
  };
  unpack(bytes, entry, MAX_SHEET, 'sheet', (piece) => {
    pending += decoder.decode(piece, { stream: true });
    if (!checkedSize) {
      // The sheet says how far it reaches before its rows: a sheet far too long is refused before any is read.
      const reach = /<(?:\w+:)?dimension\b[^>]*\bref\s*=\s*["'][A-Z]*\d+:[A-Z]*(\d+)["']/.exec(pending);
      if (reach && Number(reach[1]) > MAX_ROWS + 1) throw tooManyRows();
      if (reach || pending.includes('<sheetData') || pending.includes(':sheetData')) checkedSize = true;
    }
    const cut = pending.lastIndexOf('</row>');
    if (cut < 0) return;
    take(pending.slice(0, cut + 6));
    pending = pending.slice(cut + 6);
  });
  take(pending + decoder.decode());
  above?.forEach(add);
  if (batch) emit(batch);
}

function tooManyRows(): DataError {
  return new DataError(say.tooManySheetRows(MAX_ROWS));
}

/** A row's cells as one CSV line, '' when every cell is empty, and how many cells hold something. */
function rowLine(inner: string, lookup: Lookup): { line: string; cells: number } {
  const cells: string[] = [];
  let next = 0;
  for (const { attributes: a, inner: cell } of elements(inner, 'c')) {
    const ref = /^([A-Z]{1,3})\d*$/.exec(a.get('r') ?? '');
    const column = ref ? columnIndex(ref[1]!) : next;
    if (column > 16_383) throw new DataError(say.cellBeyondLastColumn());
    cells[column] = cellText(a, cell, lookup);
    next = column + 1;
  }
  let last = cells.length - 1;
  while (last >= 0 && !cells[last]) last--;
  if (last < 0) return { line: '', cells: 0 };
  let line = '';
  let filled = 0;
  for (let i = 0; i <= last; i++) {
    line += (i ? ',' : '') + csvField(cells[i] ?? '');
    if (cells[i]) filled++;
  }
  return { line, cells: filled };
}

/** "A" is 0, "Z" 25, "AA" 26. */
function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** A cell's value as the spreadsheet last saved it: a formula's cached result, never the formula. */
function cellText(a: Map<string, string>, inner: string, lookup: Lookup): string {
  const type = a.get('t') ?? 'n';
  if (type === 'inlineStr') return stringText(/<(?:\w+:)?is\b[^>]*>([\s\S]*?)<\/(?:\w+:)?is>/.exec(inner)?.[1] ?? '');
  const raw = /<(?:\w+:)?v\b[^>]*>([\s\S]*?)<\/(?:\w+:)?v>/.exec(inner)?.[1];
  if (raw === undefined) return '';
  const value = xmlText(raw);
  if (type === 's') return lookup.strings[Number(value)] ?? '';
  if (type === 'b') return value === '1' ? 'TRUE' : 'FALSE';
  if (type !== 'n') return value;
  const style = Number(a.get('s') ?? 0);
  return lookup.dates[style] ? excelDate(Number(value), lookup.date1904) || value : value;
}

/** A date serial as ISO text (with the time when it has one), or '' when it is no date. */
export function excelDate(serial: number, date1904: boolean): string {
  if (!Number.isFinite(serial) || serial < 0 || serial > 2_958_465) return '';
  const epoch = date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30);
  const date = new Date(epoch + Math.round(serial * 86_400_000));
  const iso = date.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 19);
}

/** RFC 4180 quoting, nothing else: this is reading, and the reader takes the text as written. */
function csvField(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
