/**
 * Every sentence the app says to a user about a file it cannot read as it is (its bytes, its
 * grammar, its columns, a workbook's parts), in one place, so the wording can be read and changed
 * together. Each message names what happened, where (row, line or column) and what
 * to do; the doc comment beside each is a sample of what it says.
 */
import type Papa from 'papaparse';
import { shorten } from '../shorten';

// Bytes (decode.ts)

/** "This file is a PNG image, not a statements file. Save your statements as CSV, … and load that." */
export function notText(kind: string): string {
  return `This file is ${kind}, not a statements file. Save your statements as CSV, TSV, Excel .xlsx, JSON or NDJSON and load that.`;
}

/** "This file looks like UTF-16 text without a byte-order mark, … Save it as UTF-8 …" */
export function utf16WithoutBom(): string {
  return (
    'This file looks like UTF-16 text without a byte-order mark, which cannot be read reliably. ' +
    'Save it as UTF-8 (or as UTF-16 with a byte-order mark, "Unicode" in Excel) and load it again.'
  );
}

/** "This file holds binary data (a zero byte at position 12), not text. …" */
export function binaryData(position: number): string {
  return (
    `This file holds binary data (a zero byte at position ${position}), not text. ` +
    'Save your statements as CSV, TSV, JSON or NDJSON in UTF-8 and load that.'
  );
}

/** "x.csv looks like a web page (HTML), not a table of statements. …" */
export function webPageFile(name: string): string {
  return (
    `${name || 'This file'} looks like a web page (HTML), not a table of statements. ` +
    'A page saved from a browser holds the page, not its data: download the statements themselves as CSV, TSV, JSON or NDJSON and load that.'
  );
}

/** "Could not read missing.csv: the server sent a web page, not a statements file. Check the link." */
export function webPageFromServer(name: string): string {
  return `Could not read ${name}: the server sent a web page, not a statements file. Check the link.`;
}

/** "The file is empty: there are no statements to load." */
export function emptyFile(): string {
  return 'The file is empty: there are no statements to load.';
}

// CSV and TSV

/** "Row 7: a quoted field is never closed; skipped. Check the quotes there (…)." */
export function rowQuoteProblem(row: number, error: Papa.ParseError): string {
  return `Row ${row}: ${quoteProblem(error)}; skipped. Check the quotes there (a quote inside a quoted field is written "").`;
}

/** "The header row (the first line of the file): a quoted field is never closed. Fix the quotes…" */
export function headerQuoteProblem(error: Papa.ParseError): string {
  return `The header row (the first line of the file): ${quoteProblem(error)}. Fix the quotes in the first line and load the file again.`;
}

/** "a quoted field is never closed" */
function quoteProblem(error: Papa.ParseError): string {
  return error.code === 'MissingQuotes' ? 'a quoted field is never closed' : 'a quote (") inside a quoted field is not doubled';
}

/** What each delimiter is called in a sentence. */
const DELIMITER_NAMES: Record<string, string> = { ',': 'comma', '\t': 'tab', ';': 'semicolon', '|': 'bar (|)' };

/**
 * "Row 2 has 4 values but the header has 3 columns; skipped, so that no value is read into the wrong column.
 * Most likely a text holds a comma and is not in double quotes: …"
 */
export function tooManyValues(row: number, values: number, columns: number, delimiter: string): string {
  const mark = DELIMITER_NAMES[delimiter] ?? `"${delimiter}"`;
  return (
    `Row ${row} has ${values} values but the header has ${columns} ${columns === 1 ? 'column' : 'columns'}; ` +
    'skipped, so that no value is read into the wrong column. ' +
    `Most likely a text holds a ${mark} and is not in double quotes: put that text in double quotes and load the file again.`
  );
}

/** "Row 12" or "The header row": where an over-long row starts. */
export function overlongRowName(row: number | undefined): string {
  return row === undefined ? 'The header row' : `Row ${row}`;
}

/** "Row 12: a quoted field runs on for more than 16 MB, …; skipped. Check the quotes there." */
export function overlongQuotedRowSkipped(where: string): string {
  return `${where}: a quoted field runs on for more than 16 MB, so a closing quote is probably missing; skipped. Check the quotes there.`;
}

/** "Row 12: a quoted field runs on for more than 16 MB, … Check the quotes around that row and load the file again." */
export function overlongQuotedRow(where: string): string {
  return (
    `${where}: a quoted field runs on for more than 16 MB, so a closing quote is probably missing. ` +
    'Check the quotes around that row and load the file again.'
  );
}

/** "The header row runs on for more than 16 MB without a line break: this does not look like a statements file. …" */
export function overlongRow(where: string): string {
  return (
    `${where} runs on for more than 16 MB without a line break: this does not look like a statements file. ` +
    'Check that it is CSV, TSV, JSON or NDJSON text and load it again.'
  );
}

// NDJSON

/** "Line 3 is not valid JSON (unexpected token 'o' at column 2); skipped." */
export function lineNotJson(line: number, reason: string, offset: number, length: number): string {
  const where = offset < 0 ? '' : offset >= length ? ' at the end of the line' : ` at column ${offset + 1}`;
  return `Line ${line} is not valid JSON (${reason}${where}); skipped.`;
}

/** "No line of the file is a JSON record (…). The first problem: Line 1 is not valid JSON (…)." */
export function noJsonRecord(firstBadLine: string): string {
  return (
    `No line of the file is a JSON record (NDJSON holds one object per line, like {"text": "…", "group": "…"}). ` +
    `The first problem: ${firstBadLine.replace(/; skipped\.$/, '.')}`
  );
}

/** "Line 4 runs on for more than 16 MB without a line break, but NDJSON holds one statement per line. …" */
export function overlongLine(line: number): string {
  return (
    `Line ${line} runs on for more than 16 MB without a line break, but NDJSON holds one statement per line. ` +
    'If the file is one JSON document, name it .json; otherwise check its line breaks and load it again.'
  );
}

// A JSON document

/** "This JSON file is over 64 MB, … Save it as NDJSON … and it will load in a stream." */
export function jsonTooLarge(): string {
  return (
    'This JSON file is over 64 MB, more than a browser tab can read in one piece. ' +
    'Save it as NDJSON (one statement per line, .ndjson) and it will load in a stream.'
  );
}

/**
 * "The file is not valid JSON: unexpected token 'o' at line 3, column 10." When its lines are each a
 * record of their own, it adds that the file looks like NDJSON, and how to load it as that.
 */
export function notJson(reason: string, text: string, offset: number, ndjson = false): string {
  const where = offset < 0 ? '' : ` at ${offset >= text.length ? 'the end of the file' : lineAndColumn(text, offset)}`;
  const hint = ndjson ? ' Its lines are each a JSON record of their own, which is NDJSON: name the file .ndjson and load it again.' : '';
  return `The file is not valid JSON: ${reason}${where}.${hint}`;
}

/** "line 3, column 10" for an offset, counting both from 1. */
export function lineAndColumn(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return `line ${line}, column ${offset - before.lastIndexOf('\n')}`;
}

/** "The JSON must be an array of statements, or an object with a "statements" array." */
export function jsonNotAList(): string {
  return 'The JSON must be an array of statements, or an object with a "statements" array.';
}

/** "The JSON holds no statements: its list is empty." */
export function jsonEmptyList(): string {
  return 'The JSON holds no statements: its list is empty.';
}

// Workbooks (xlsx/)

/** "This workbook has 3 sheets. Pick the one that holds the statements." */
export function pickSheet(sheets: number): string {
  return `This workbook has ${sheets} sheets. Pick the one that holds the statements.`;
}

/**
 * "This workbook has 3 sheets, and a chart set into a page cannot ask which one holds the statements. …", or
 * without `sheets`, the same for a text or group column that could not be recognised.
 */
export function choiceNotAsked(sheets?: number): string {
  return sheets
    ? `This workbook has ${sheets} sheets, and a chart set into a page cannot ask which one holds the statements. ` +
        'Save that sheet on its own (as .xlsx or CSV) and show that file.'
    : 'The statement text or the stakeholder group column of this file could not be recognised, and a chart set into a ' +
        'page cannot ask which they are. Name those columns "text" and "group" in the file and show it again.';
}

/** "This file is a ZIP archive, not an Excel workbook (.xlsx). …" */
export function notAWorkbook(): string {
  return 'This file is a ZIP archive, not an Excel workbook (.xlsx). Save your statements as .xlsx, CSV, TSV, JSON or NDJSON and load that.';
}

/** "This workbook has no sheets: there are no statements to load." */
export function noSheets(): string {
  return 'This workbook has no sheets: there are no statements to load.';
}

/** "This workbook has no sheet named "Mentions" any more. Load it again and pick a sheet." */
export function sheetGone(sheet: string): string {
  return `This workbook has no sheet named "${sheet}" any more. Load it again and pick a sheet.`;
}

/** "The sheet "Mentions" is missing from the workbook, which is damaged. …" */
export function sheetMissing(sheet: string): string {
  return `The sheet "${sheet}" is missing from the workbook, which is damaged. Save it again as .xlsx or CSV and load that.`;
}

/** "This sheet has more than 1,000,000 rows, more than this app reads from a workbook. …" */
export function tooManySheetRows(limit: number): string {
  return (
    `This sheet has more than ${limit.toLocaleString('en-US')} rows, more than this app reads from a workbook. ` +
    'Save the sheet as CSV, which loads in a stream, and load that.'
  );
}

/** "This workbook is damaged: a cell lies beyond the last column a sheet can have." */
export function cellBeyondLastColumn(): string {
  return 'This workbook is damaged: a cell lies beyond the last column a sheet can have.';
}

/** "This workbook is damaged (its ZIP archive cannot be read). …" */
export function damagedWorkbook(): string {
  return 'This workbook is damaged (its ZIP archive cannot be read). Open it in your spreadsheet, save it again as .xlsx or CSV, and load that.';
}

/** "This workbook is damaged (…): its sheet holds more than its directory says, as a ZIP bomb would." */
export function zipBomb(part: string): string {
  return `${damagedWorkbook().slice(0, -1)}: its ${part} holds more than its directory says, as a ZIP bomb would.`;
}

/** "This workbook packs its sheet in a way this app cannot unpack. …" */
export function unknownPacking(part: string): string {
  return `This workbook packs its ${part} in a way this app cannot unpack. Save it again as .xlsx or CSV and load that.`;
}

/** "This workbook's sheet unpacks to more than 256 MB, more than a browser tab should unpack. …" */
export function partTooLarge(part: string, limit: number): string {
  return (
    `This workbook's ${part} unpacks to more than ${Math.round(limit / 1048576)} MB, more than a browser tab should unpack. ` +
    'Save the sheet as CSV (which loads in a stream) and load that.'
  );
}

// Columns (CSV, TSV) and fields (JSON, NDJSON)

/** How the messages name a file's parts: rows of columns, or records (statements, lines) of fields. */
export interface Wording {
  /** JSON or NDJSON: records with fields, not rows with columns. */
  structured: boolean;
  /** What a statement's place is called: "Row", "Line" (NDJSON) or "Statement" (a JSON document). */
  label: 'Row' | 'Line' | 'Statement';
  /** A workbook's sheet: its first row is the header, and it has cells, not separators. */
  sheet?: boolean;
}

/** "Row 4 has no text (column "Statement"); skipped." */
export function missingValue(wording: Wording, row: number, what: 'text' | 'group', column: string): string {
  return `${wording.label} ${row} has no ${what} (${noun(wording)} "${column}"); skipped.`;
}

/** "No columns found: the file has no header row or its records have no fields." */
export function noColumns(wording: Wording): string {
  return wording.structured
    ? 'No fields found: the records are not objects with fields. Each statement should look like {"text": "…", "group": "…"}.'
    : 'No columns found: the file has no header row or its records have no fields.';
}

/** "Only one column found, "text": a statements file needs one column for the statement text and one naming the stakeholder group. …" */
export function onlyOneColumn(wording: Wording, name: string): string {
  const n = noun(wording);
  return (
    `Only one ${n} found, "${shorten(name)}": a statements file needs one ${n} for the statement ` +
    'text and one naming the stakeholder group. ' +
    (wording.structured
      ? 'Give each record a "text" and a "group" field and load the file again.'
      : wording.sheet
        ? "The sheet's first row is read as its header: if a title or a note stands above the header, delete those rows and load the file again."
        : 'If its columns are separated by something other than commas, tabs, semicolons or bars, save it as CSV and load it again.')
  );
}

/** "None of the 5,000 columns could be recognised as the statement text or the stakeholder group (a, b … and 4,988 more). …" */
export function tooManyColumnsToPick(wording: Wording, headers: readonly string[]): string {
  const n = noun(wording);
  return (
    `None of the ${headers.length.toLocaleString('en-US')} ${n}s could be recognised as the statement text or ` +
    `the stakeholder group (${listNames(headers)}). Name those two ${n}s "text" and "group" and load the file again.`
  );
}

/** "No text or group column found. Columns present: a, b. Pick the column that holds the statements and …" */
export function pickColumns(wording: Wording, missing: readonly ('text' | 'group')[], headers: readonly string[]): string {
  const n = noun(wording);
  return (
    `No ${missing.join(' or ')} ${n} found. ${wording.structured ? 'Fields' : 'Columns'} present: ` +
    `${listNames(headers)}. Pick the ${n} that holds the statements and the one that names the stakeholder group.`
  );
}

function noun(wording: Wording): string {
  return wording.structured ? 'field' : 'column';
}

/** A name cut to `max` characters with an ellipsis, so one long name cannot fill a message. */
export { shorten };

/** "a, b, c and 40 more": names for a message, never a wall of text. */
function listNames(names: readonly string[], max = 12): string {
  const shown = names.slice(0, max).map((n) => (n === '' ? '(unnamed)' : shorten(n)));
  return shown.join(', ') + (names.length > max ? ` and ${(names.length - max).toLocaleString('en-US')} more` : '') || '(none)';
}
