/**
 * The NDJSON grammar: one JSON record per line, read line by line. A line that is not JSON is
 * skipped with an issue naming the line; records need not share their keys.
 */
import { DataError } from './errors';
import type { Grammar } from './grammar';
import { jsonErrorOffset, jsonReason } from './json-error';
import * as say from './messages';
import { entriesOf } from './records';
import type { Batch, RowMapper } from './row-mapper';

export class NdjsonGrammar implements Grammar {
  readonly lineBased = true;
  #rows: RowMapper;
  /** Lines read so far, blank ones included: an issue names the line. */
  #line = 0;
  #badLines = 0;
  #firstBadLine = '';
  /** The keys found so far, each a column in the mapper's headers. */
  #keys = new Set<string>();

  constructor(rows: RowMapper) {
    this.#rows = rows;
  }

  read(text: string, final: boolean, batch: Batch): string {
    const lines = text.split('\n');
    const rest = final ? '' : lines.pop()!;
    const rows = this.#rows;
    for (const line of lines) {
      this.#line += 1;
      if (line.trim() === '') continue;
      let record: unknown;
      try {
        record = JSON.parse(line);
      } catch (error) {
        rows.rows += 1;
        const message = say.lineNotJson(this.#line, jsonReason(error as Error), jsonErrorOffset(line), line.length);
        this.#badLines += 1;
        this.#firstBadLine ||= message;
        batch.issues.push({ row: this.#line, message });
        continue;
      }
      const entries = entriesOf(record);
      for (const [key] of entries) {
        if (this.#keys.has(key)) continue;
        this.#keys.add(key);
        rows.addColumn(key);
      }
      rows.row(new Map(entries), batch, this.#line);
    }
    return rest;
  }

  overflow(): string {
    throw new DataError(say.overlongLine(this.#line + 1));
  }

  /** A file of lines that are none of them JSON is better told so than that it has no text field. */
  explainNoColumns() {
    if (this.#rows.headers.length === 0 && this.#badLines > 0) throw new DataError(say.noJsonRecord(this.#firstBadLine));
  }
}
