/**
 * Builds the page's statement table from the worker's slices as they arrive:
 * each slice's columns are appended to growing ones, its dictionary codes
 * mapped to the table's, and repeated ids made unique (the one place they are
 * on the page). `finish` trims every column to its length.
 */
import { UniqueIds } from '../data/unique-ids';
import { grown, Interned, type PackedScored, type ValueColumn } from './pack';
import { StatementTable, type Coded, type Codes, type CodedField, type TableColumns } from './table';

const CODED: CodedField[] = ['group', 'speaker', 'source', 'date', 'url', 'provenance', 'label'];

export class TableBuilder {
  #length = 0;
  #entries = 0;
  /** Makes repeated ids unique, and keeps them in order: the table's id column. */
  #ids = new UniqueIds();
  #text: string[] = [];
  #coded = new Map<CodedField, CodedBuilder>(CODED.map((field) => [field, new CodedBuilder()]));
  #extra: CodedBuilder[] = [];
  #enthusiasm = new Float64Array(1024);
  #concern = new Float64Array(1024);
  #net = new Float64Array(1024);
  #polarity = new Float64Array(1024);
  #words = new Uint32Array(1024);
  #scoredWords = new Uint32Array(1024);
  #offsets = new Uint32Array(1025);
  #token = new Uint32Array(4096);
  /** Every token of the load: each slice brings those met since the slice before. */
  #tokens: string[] = [];
  #start = new Uint32Array(4096);
  #end = new Uint32Array(4096);
  #weight = new Float64Array(4096);
  #reason = new Uint32Array(4096);

  get length(): number {
    return this.#length;
  }

  /** Every token the slices so far brought: what their entries' codes index. */
  get tokens(): string[] {
    return this.#tokens;
  }

  /**
   * Appends a slice, which must be the load's next (the token codes are the load's); the ids it
   * brings are made unique against every id before them.
   */
  append(slice: PackedScored) {
    if (slice.firstToken !== this.#tokens.length) {
      throw new Error(`A slice out of order: its tokens start at ${slice.firstToken}, the table holds ${this.#tokens.length}.`);
    }
    const from = this.#length;
    const to = from + slice.length;
    if (to > this.#net.length) this.#growRows(to);
    const ids = read(slice.values.id);
    const texts = read(slice.values.text);
    for (let i = 0; i < slice.length; i++) {
      this.#ids.take(ids(i));
      this.#text.push(texts(i));
    }
    for (const field of CODED) this.#coded.get(field)!.append(slice.values[field], from, slice.length);
    // A column first met in this slice is '' for every row before it; one this slice lacks is '' in it.
    for (let c = 0; c < Math.max(this.#extra.length, slice.extra.length); c++) {
      const column = (this.#extra[c] ??= CodedBuilder.blank(from));
      column.append(slice.extra[c] ?? { distinct: [''], index: new Uint32Array(slice.length) }, from, slice.length);
    }
    const n = slice.numbers;
    this.#enthusiasm.set(n.enthusiasm, from);
    this.#concern.set(n.concern, from);
    this.#net.set(n.net, from);
    this.#polarity.set(n.polarity, from);
    this.#words.set(n.words, from);
    this.#scoredWords.set(n.scoredWords, from);
    const base = this.#entries;
    const count = slice.token.length;
    if (base + count > this.#token.length) this.#growEntries(base + count);
    for (let i = 1; i <= slice.length; i++) this.#offsets[from + i] = base + slice.offsets[i]!;
    for (const token of slice.tokens) this.#tokens.push(token);
    this.#token.set(slice.token, base);
    this.#start.set(slice.start, base);
    this.#end.set(slice.end, base);
    this.#weight.set(slice.weight, base);
    this.#reason.set(slice.reason, base);
    this.#entries = base + count;
    this.#length = to;
  }

  /** The table of every slice appended; the builder is spent after. */
  finish(): StatementTable {
    const length = this.#length;
    const entries = this.#entries;
    const columns: TableColumns = {
      length,
      id: this.#ids.taken,
      idHash: this.#ids.hashes,
      text: this.#text,
      ...(Object.fromEntries(CODED.map((field) => [field, this.#coded.get(field)!.finish(length)])) as Record<CodedField, Coded>),
      extra: this.#extra.map((column) => column.finish(length)),
      enthusiasm: this.#enthusiasm.slice(0, length),
      concern: this.#concern.slice(0, length),
      net: this.#net.slice(0, length),
      polarity: this.#polarity.slice(0, length),
      words: this.#words.slice(0, length),
      scoredWords: this.#scoredWords.slice(0, length),
      entries: {
        offsets: this.#offsets.slice(0, length + 1),
        token: this.#token.slice(0, entries),
        tokens: this.#tokens,
        start: this.#start.slice(0, entries),
        end: this.#end.slice(0, entries),
        weight: this.#weight.slice(0, entries),
        reason: this.#reason.slice(0, entries),
      },
    };
    return new StatementTable(columns);
  }

  #growRows(needed: number) {
    const size = Math.max(needed, this.#net.length * 2);
    this.#enthusiasm = grown(this.#enthusiasm, new Float64Array(size));
    this.#concern = grown(this.#concern, new Float64Array(size));
    this.#net = grown(this.#net, new Float64Array(size));
    this.#polarity = grown(this.#polarity, new Float64Array(size));
    this.#words = grown(this.#words, new Uint32Array(size));
    this.#scoredWords = grown(this.#scoredWords, new Uint32Array(size));
    this.#offsets = grown(this.#offsets, new Uint32Array(size + 1));
  }

  #growEntries(needed: number) {
    const size = Math.max(needed, this.#token.length * 2);
    this.#token = grown(this.#token, new Uint32Array(size));
    this.#start = grown(this.#start, new Uint32Array(size));
    this.#end = grown(this.#end, new Uint32Array(size));
    this.#weight = grown(this.#weight, new Float64Array(size));
    this.#reason = grown(this.#reason, new Uint32Array(size));
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

/** One coded column as it grows. */
class CodedBuilder {
  #dictionary = new Interned<string>();
  #codes = new Uint32Array(1024);

  /** A column whose first `rows` rows are ''. */
  static blank(rows: number): CodedBuilder {
    const column = new CodedBuilder();
    if (rows > 0) column.append({ distinct: [''], index: new Uint32Array(rows) }, 0, rows);
    return column;
  }

  append(column: ValueColumn<string>, from: number, count: number) {
    if (from + count > this.#codes.length) this.#codes = grown(this.#codes, new Uint32Array(Math.max(from + count, this.#codes.length * 2)));
    const codes = this.#codes;
    if ('all' in column) {
      for (let i = 0; i < count; i++) codes[from + i] = this.#dictionary.index(column.all[i]!);
      return;
    }
    const mapped = column.distinct.map((value) => this.#dictionary.index(value));
    const { index } = column;
    for (let i = 0; i < count; i++) codes[from + i] = mapped[index[i]!]!;
  }

  finish(length: number): Coded {
    const values = this.#dictionary.list;
    const codes: Codes = values.length <= 0x100 ? new Uint8Array(length) : values.length <= 0x10000 ? new Uint16Array(length) : new Uint32Array(length);
    codes.set(this.#codes.subarray(0, length));
    return { values, codes };
  }
}
