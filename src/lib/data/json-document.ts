/**
 * The JSON grammar: one document, read whole once the last chunk is in, holding an array of
 * statement records or an object with a "statements" array.
 */
import { DataError } from './errors';
import type { Grammar } from './grammar';
import { jsonErrorOffset, jsonReason } from './json-error';
import * as say from './messages';
import { entriesOf } from './records';
import type { Batch, RowMapper } from './row-mapper';

/** A JSON document is parsed whole; past this size, NDJSON is the way. */
export const MAX_JSON = 64 * 1024 * 1024;

/** Whether the text's first two lines are each a JSON record of their own: NDJSON in a file named .json. */
function looksLikeNdjson(text: string): boolean {
  const lines = text.split('\n', 3).map((line) => line.trim());
  if (lines.length < 2) return false;
  try {
    return lines.slice(0, 2).every((line) => {
      const value: unknown = JSON.parse(line);
      return value !== null && typeof value === 'object' && !Array.isArray(value);
    });
  } catch {
    return false;
  }
}

export class JsonDocumentGrammar implements Grammar {
  readonly lineBased = false;
  #rows: RowMapper;

  constructor(rows: RowMapper) {
    this.#rows = rows;
  }

  read(text: string, final: boolean, batch: Batch): string {
    if (text.length > MAX_JSON) throw new DataError(say.jsonTooLarge());
    if (!final) return text;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      throw new DataError(say.notJson(jsonReason(error as Error), text, jsonErrorOffset(text), looksLikeNdjson(text)));
    }
    const list = Array.isArray(value) ? value : (value as { statements?: unknown } | null)?.statements;
    if (!Array.isArray(list)) throw new DataError(say.jsonNotAList());
    if (list.length === 0) throw new DataError(say.jsonEmptyList());
    // Records stay maps of their own keys: aligning every record to every key ever seen would be quadratic.
    const records = list.map((record) => new Map(entriesOf(record)));
    const keys = new Set<string>();
    for (const record of records) for (const key of record.keys()) keys.add(key);
    this.#rows.headers = [...keys];
    for (const record of records) this.#rows.row(record, batch);
    return '';
  }
}
