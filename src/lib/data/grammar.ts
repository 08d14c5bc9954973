/** What the reader asks of each format's grammar; the rows it finds go to the shared RowMapper. */
import type { Batch } from './row-mapper';

/** An unfinished row or line longer than this is not going to end well. */
export const MAX_PENDING = 16 * 1024 * 1024;

export interface Grammar {
  /** Whether a row can only be complete after a line break (CSV, TSV, NDJSON): then the reader parses only after one. */
  readonly lineBased: boolean;
  /**
   * Reads the complete rows at the start of `text` into `batch` and returns what is left, an
   * unfinished row that waits for the next chunk; with `final`, reads everything.
   */
  read(text: string, final: boolean, batch: Batch): string;
  /**
   * Called while the text left over is longer than MAX_PENDING: skips the row at its start with an
   * issue and returns the rest, or throws a DataError when the file cannot be read on.
   */
  overflow?(text: string, batch: Batch): string;
  /** Called at the end when no columns could be mapped: throws a DataError in the grammar's own terms, if it has one. */
  explainNoColumns?(): void;
}
