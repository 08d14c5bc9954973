/**
 * A selection of the statement table: the table and the rows the filters keep.
 * What the views read. Numbers are read from the table's columns by row; a
 * plain statement is made only for one that is shown (`statement`).
 */
import type { Scored } from '../types';
import { everyRow, type Selection, type StatementTable } from './table';

export class Selected {
  readonly table: StatementTable;
  /** The table rows kept, in table order. */
  readonly rows: Selection;

  constructor(table: StatementTable, rows: Selection = everyRow(table)) {
    this.table = table;
    this.rows = rows;
  }

  get length(): number {
    return this.rows.length;
  }

  /** The k-th kept statement as a plain object. */
  statement(k: number): Scored {
    return this.table.row(this.rows[k]!);
  }

  /** Every kept statement as plain objects: only for lists a person reads (labelled statements, a download). */
  statements(): Scored[] {
    return this.table.rows(this.rows);
  }

  /** The kept statement with this id as a plain object, or undefined when it is not kept. */
  byId(id: string): Scored | undefined {
    const i = this.table.find(id);
    return i >= 0 && this.has(i) ? this.table.row(i) : undefined;
  }

  /** Whether table row i is kept (the rows are in table order, so this is a binary search). */
  has(i: number): boolean {
    let lo = 0;
    let hi = this.rows.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const at = this.rows[mid]!;
      if (at === i) return true;
      if (at < i) lo = mid + 1;
      else hi = mid - 1;
    }
    return false;
  }

  /** The kept rows that pass `keep`, as a new selection of the same table. */
  where(keep: (i: number) => boolean): Selected {
    const out = new Uint32Array(this.rows.length);
    let n = 0;
    for (let k = 0; k < this.rows.length; k++) if (keep(this.rows[k]!)) out[n++] = this.rows[k]!;
    return new Selected(this.table, out.slice(0, n));
  }
}
