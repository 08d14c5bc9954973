/**
 * Builds the page's statement table from the worker's slices as they arrive:
 * each slice's dictionary codes are mapped to the table's and repeated ids made
 * unique (the one place they are on the page), and its typed columns are kept
 * as they came. `finish` puts each column together once, at its final length,
 * so no column is copied as it grows.
 */
import { UniqueIds } from '../data/unique-ids';
import { Interned, type PackedScored, type ValueColumn } from './pack';
import { StatementTable, type Coded, type Codes, type CodedField, type TableColumns } from './table';

const CODED: CodedField[] = ['group', 'speaker', 'source', 'date', 'url', 'provenance', 'label'];

/** What the table keeps of a slice until `finish`: its typed columns, and where its rows and entries start. */
type Kept = Pick<PackedScored, 'numbers' | 'offsets' | 'token' | 'start' | 'end' | 'weight' | 'reason'> & { row: number; entry: number };

export class TableBuilder {
  #length = 0;
  #entries = 0;
  /** Makes repeated ids unique, and keeps them in order: the table's id column. */
  #ids = new UniqueIds();
  #text: string[] = [];
  #coded = new Map<CodedField, CodedBuilder>(CODED.map((field) => [field, new CodedBuilder()]));
  #extra: CodedBuilder[] = [];
  #kept: Kept[] = [];
  /** Every token of the load: each slice brings those met since the slice before. */
  #tokens: string[] = [];

  get length(): number {
    return this.#length;
  }

  /** Every token the slices so far brought: what their entries' codes index. */
  get tokens(): string[] {
    return this.#tokens;
  }

  /**
   * Appends a slice, which must be the load's next (the token codes are the load's); the ids it
   * brings are made unique against every id before them. The table keeps the slice's typed arrays.
   */
  append(slice: PackedScored) {
    if (slice.firstToken !== this.#tokens.length) {
      throw new Error(`A slice out of order: its tokens start at ${slice.firstToken}, the table holds ${this.#tokens.length}.`);
    }
    const from = this.#length;
    const ids = read(slice.values.id);
    const texts = read(slice.values.text);
    for (let i = 0; i < slice.length; i++) {
      this.#ids.take(ids(i));
      this.#text.push(texts(i));
    }
    for (const field of CODED) this.#coded.get(field)!.append(slice.values[field], slice.length);
    // A column first met in this slice is '' for every row before it; one this slice lacks is '' in it.
    for (let c = 0; c < Math.max(this.#extra.length, slice.extra.length); c++) {
      const column = (this.#extra[c] ??= CodedBuilder.blank(from));
      column.append(slice.extra[c] ?? { distinct: [''], index: new Uint32Array(slice.length) }, slice.length);
    }
    for (const token of slice.tokens) this.#tokens.push(token);
    const { numbers, offsets, token, start, end, weight, reason } = slice;
    this.#kept.push({ row: from, entry: this.#entries, numbers, offsets, token, start, end, weight, reason });
    this.#entries += token.length;
    this.#length = from + slice.length;
  }

  /** The table of every slice appended; the builder is spent after. */
  finish(): StatementTable {
    const length = this.#length;
    const entries = this.#entries;
    const enthusiasm = new Float64Array(length);
    const concern = new Float64Array(length);
    const net = new Float64Array(length);
    const polarity = new Float64Array(length);
    const words = new Uint32Array(length);
    const scoredWords = new Uint32Array(length);
    const offsets = new Uint32Array(length + 1);
    const token = new Uint32Array(entries);
    const start = new Uint32Array(entries);
    const end = new Uint32Array(entries);
    const weight = new Float64Array(entries);
    const reason = new Uint32Array(entries);
    for (const kept of this.#kept) {
      const { row, entry, numbers: n } = kept;
      enthusiasm.set(n.enthusiasm, row);
      concern.set(n.concern, row);
      net.set(n.net, row);
      polarity.set(n.polarity, row);
      words.set(n.words, row);
      scoredWords.set(n.scoredWords, row);
      const rows = n.net.length;
      for (let i = 1; i <= rows; i++) offsets[row + i] = entry + kept.offsets[i]!;
      token.set(kept.token, entry);
      start.set(kept.start, entry);
      end.set(kept.end, entry);
      weight.set(kept.weight, entry);
      reason.set(kept.reason, entry);
    }
    this.#kept = [];
    const columns: TableColumns = {
      length,
      id: this.#ids.taken,
      idHash: this.#ids.hashes,
      text: this.#text,
      ...(Object.fromEntries(CODED.map((field) => [field, this.#coded.get(field)!.finish(length)])) as Record<CodedField, Coded>),
      extra: this.#extra.map((column) => column.finish(length)),
      enthusiasm,
      concern,
      net,
      polarity,
      words,
      scoredWords,
      entries: { offsets, token, tokens: this.#tokens, start, end, weight, reason },
    };
    return new StatementTable(columns);
  }
}

/** Row i's value in a slice's column, whichever way the column travelled. */
export function read<T>(column: ValueColumn<T>): (i: number) => T {
  if ('all' in column) {
    const all = column.all;
    return (i) => all[i]!;
  }
  const { distinct, index } = column;
  return (i) => distinct[index[i]!]!;
}

/** One coded column as it grows: each slice's codes, put together in `finish`. */
class CodedBuilder {
  #dictionary = new Interned<string>();
  #chunks: Uint32Array[] = [];

  /** A column whose first `rows` rows are ''. */
  static blank(rows: number): CodedBuilder {
    const column = new CodedBuilder();
    if (rows > 0) column.append({ distinct: [''], index: new Uint32Array(rows) }, rows);
    return column;
  }

  append(column: ValueColumn<string>, count: number) {
    const codes = new Uint32Array(count);
    if ('all' in column) {
      for (let i = 0; i < count; i++) codes[i] = this.#dictionary.index(column.all[i]!);
    } else {
      const mapped = column.distinct.map((value) => this.#dictionary.index(value));
      const { index } = column;
      for (let i = 0; i < count; i++) codes[i] = mapped[index[i]!]!;
    }
    this.#chunks.push(codes);
  }

  finish(length: number): Coded {
    const values = this.#dictionary.list;
    const codes: Codes = values.length <= 0x100 ? new Uint8Array(length) : values.length <= 0x10000 ? new Uint16Array(length) : new Uint32Array(length);
    let at = 0;
    for (const chunk of this.#chunks) {
      codes.set(chunk, at);
      at += chunk.length;
    }
    return { values, codes };
  }
}
