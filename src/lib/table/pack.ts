/**
 * Scored statements packed for the hand-over from the worker to the page.
 *
 * Posting an array of `Scored` objects makes the browser clone every object,
 * and every contribution object inside it, one property at a time, and the page
 * pays for the copy on its main thread (the bench measured about half a second
 * of page time for 100,000 statements). Packed, the numbers travel as typed
 * arrays the worker transfers without copying, each word a contribution names
 * travels once per load, and the page appends the slice's columns to its
 * statement table (table.ts) as they are.
 */
import type { Score, Scored, Statement } from '../types';
import type { Tally } from '../scoring/tally';

/** Statement fields travel one column per field (see ValueColumn), the score's numbers one Float64Array per field. */
const VALUE_FIELDS = Object.keys(emptyValues()) as ValueField[];
const NUMBER_FIELDS = Object.keys(emptyNumbers(0)) as NumberField[];

/** The statement fields that travel one column each; `extra` travels as columns of its own (see PackedScored.extra). */
type ValueField = Exclude<keyof Statement, 'extra'>;
/** The score's fields that always hold a number. */
type NumberField = { [F in keyof Score]-?: Score[F] extends number ? F : never }[keyof Score];

/**
 * A field added to Statement or Score must be packed, or it would be lost on the way to the page:
 * emptyValues and emptyNumbers must name every field of their type (and SlicePacker.add copy it),
 * and this line stops the type check, naming the field, when a score field is neither a number
 * nor the contributions.
 */
type Unlisted = Exclude<keyof Scored, ValueField | NumberField | 'contributions' | 'extra' | DerivedField>;
/** Worked out on the page from the numbers, so it does not travel. */
type DerivedField = 'quadrant';
const everyFieldListed: [Unlisted] extends [never] ? true : Unlisted = true;
void everyFieldListed;

/**
 * A statement field's values in a slice: as they are, or, when few are distinct (groups, dates,
 * sources), each distinct value once and an index per statement, so the page makes one string
 * per distinct value instead of one per statement.
 */
export type ValueColumn<T> = { all: T[] } | { distinct: T[]; index: Uint32Array };

export interface PackedScored {
  length: number;
  values: { [F in ValueField]: ValueColumn<Statement[F]> };
  /** The file's extra columns, one column each: statement i's `extra` is [extra[0][i], extra[1][i], …]. */
  extra: ValueColumn<string>[];
  numbers: Record<NumberField, Float64Array>;
  /** Statement i's contributions are entries offsets[i] to offsets[i + 1] - 1. */
  offsets: Uint32Array;
  /** Per entry: an index into `tokens`, its span, weight, and its reasons as `reasonsCode` gives them. */
  token: Uint32Array;
  start: Uint32Array;
  end: Uint32Array;
  weight: Float64Array;
  reason: Uint32Array;
  /**
   * The tokens no earlier slice of the load brought, in the order they were met. The codes in
   * `token` index the load's whole list: every slice's `tokens`, in the order the slices came.
   */
  tokens: string[];
  /** The code of `tokens[0]`: how many tokens the earlier slices brought. */
  firstToken: number;
}

/** Scored words a slice makes room for per statement before it grows: most statements score fewer. */
const ENTRIES_PER_STATEMENT = 4;

/**
 * Packs statements one at a time, as they are scored, so a slice is ready to post the moment its
 * last statement is scored: no second pass over the slice, and the hot loop is one small method the
 * engine optimises early in a load.
 */
export class SlicePacker {
  #capacity: number;
  #length = 0;
  #values = emptyValues();
  /** Extra columns, filled as statements bring values: a column a statement lacks has a hole there. */
  #extra: string[][] = [];
  #numbers = emptyNumbers(0);
  #offsets = new Uint32Array(1);
  #entries = 0;
  #token = new Uint32Array(0);
  #start = new Uint32Array(0);
  #end = new Uint32Array(0);
  #weight = new Float64Array(0);
  #reason = new Uint32Array(0);
  /** Every token of the load so far: a slice sends the ones met since the last. */
  #tokens = new Interned<string>();
  #tokensSent = 0;

  /** `capacity`: the statements a slice usually holds; more still fit. */
  constructor(capacity: number) {
    this.#capacity = Math.max(1, capacity);
    this.#reset();
  }

  get length(): number {
    return this.#length;
  }

  /** Adds a statement and its score; the tally is read now, so it can be reused after. */
  add(statement: Statement, score: Tally) {
    const i = this.#length;
    if (i === this.#numbers.net.length) this.#growRows();
    const v = this.#values;
    v.id.push(statement.id);
    v.text.push(statement.text);
    v.group.push(statement.group);
    v.speaker.push(statement.speaker);
    v.source.push(statement.source);
    v.date.push(statement.date);
    v.url.push(statement.url);
    v.provenance.push(statement.provenance);
    v.label.push(statement.label);
    const extra = statement.extra;
    if (extra) for (let c = 0; c < extra.length; c++) (this.#extra[c] ??= [])[i] = extra[c]!;
    const n = this.#numbers;
    n.enthusiasm[i] = score.enthusiasm;
    n.concern[i] = score.concern;
    n.net[i] = score.net;
    n.words[i] = score.words;
    n.enthusiasmPerWord[i] = score.enthusiasmPerWord;
    n.concernPerWord[i] = score.concernPerWord;
    n.netPerWord[i] = score.netPerWord;
    n.polarity[i] = score.polarity;
    n.scoredWords[i] = score.scoredWords;
    if (this.#entries + score.scoredWords > this.#token.length) this.#growEntries(this.#entries + score.scoredWords);
    let k = this.#entries;
    for (let j = 0; j < score.scoredWords; j++, k++) {
      this.#token[k] = this.#tokens.index(score.token[j]!);
      this.#start[k] = score.start[j]!;
      this.#end[k] = score.end[j]!;
      this.#weight[k] = score.weight[j]!;
      this.#reason[k] = score.reasons[j]!;
    }
    this.#entries = k;
    this.#length = i + 1;
    this.#offsets[i + 1] = k;
  }

  /** The slice packed so far; the packer starts a new one, for the same load (the tokens carry on). */
  take(): PackedScored {
    const length = this.#length;
    const entries = this.#entries;
    const values = {} as PackedScored['values'];
    for (const field of VALUE_FIELDS) values[field] = (ONE_EACH.has(field) ? { all: this.#values[field] } : valueColumn(this.#values[field])) as never;
    const numbers = {} as PackedScored['numbers'];
    for (const field of NUMBER_FIELDS) numbers[field] = this.#numbers[field].subarray(0, length);
    const extra = this.#extra.map((column) => {
      for (let i = 0; i < length; i++) column[i] ??= '';
      return valueColumn(column);
    });
    const packed: PackedScored = {
      length,
      values,
      extra,
      numbers,
      offsets: this.#offsets.subarray(0, length + 1),
      token: this.#token.subarray(0, entries),
      start: this.#start.subarray(0, entries),
      end: this.#end.subarray(0, entries),
      weight: this.#weight.subarray(0, entries),
      reason: this.#reason.subarray(0, entries),
      tokens: this.#tokens.list.slice(this.#tokensSent),
      firstToken: this.#tokensSent,
    };
    this.#tokensSent = this.#tokens.list.length;
    this.#reset();
    return packed;
  }

  #reset() {
    this.#length = 0;
    this.#entries = 0;
    this.#values = emptyValues();
    this.#extra = [];
    this.#numbers = emptyNumbers(this.#capacity);
    this.#offsets = new Uint32Array(this.#capacity + 1);
    // Room for a few scored words per statement to start with; grown when a slice has more.
    this.#token = new Uint32Array(this.#capacity * ENTRIES_PER_STATEMENT);
    this.#start = new Uint32Array(this.#capacity * ENTRIES_PER_STATEMENT);
    this.#end = new Uint32Array(this.#capacity * ENTRIES_PER_STATEMENT);
    this.#weight = new Float64Array(this.#capacity * ENTRIES_PER_STATEMENT);
    this.#reason = new Uint32Array(this.#capacity * ENTRIES_PER_STATEMENT);
  }

  #growRows() {
    const size = this.#numbers.net.length * 2;
    const numbers = emptyNumbers(size);
    for (const field of NUMBER_FIELDS) numbers[field].set(this.#numbers[field]);
    this.#numbers = numbers;
    const offsets = new Uint32Array(size + 1);
    offsets.set(this.#offsets);
    this.#offsets = offsets;
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

/** `bigger` holding `old`'s values at its start. */
export function grown<T extends Uint32Array | Float64Array>(old: T, bigger: T): T {
  bigger.set(old);
  return bigger;
}

/** Each statement field's column, empty; the type makes it name every field. */
function emptyValues(): { [F in ValueField]: Statement[F][] } {
  return { id: [], text: [], group: [], speaker: [], source: [], date: [], url: [], provenance: [], label: [] };
}

/** Each number field's column, of `size` zeros; the type makes it name every field. */
function emptyNumbers(size: number): Record<NumberField, Float64Array> {
  return {
    enthusiasm: new Float64Array(size),
    concern: new Float64Array(size),
    net: new Float64Array(size),
    words: new Float64Array(size),
    enthusiasmPerWord: new Float64Array(size),
    concernPerWord: new Float64Array(size),
    netPerWord: new Float64Array(size),
    polarity: new Float64Array(size),
    scoredWords: new Float64Array(size),
  };
}

/** The buffers to transfer with the message, so that the numbers are moved, not copied. */
export function transferables(packed: PackedScored): ArrayBuffer[] {
  const columns: ValueColumn<unknown>[] = [...Object.values(packed.values), ...packed.extra];
  const indexes = columns.flatMap((column) => ('index' in column ? [column.index] : []));
  const arrays = [...indexes, ...Object.values(packed.numbers), packed.offsets, packed.token, packed.start, packed.end, packed.weight, packed.reason];
  return arrays.map((a) => a.buffer as ArrayBuffer);
}

/** Fields that hold a value of their own for nearly every statement: sent as they are, without looking for repeats. */
const ONE_EACH = new Set<ValueField>(['id', 'text']);

/**
 * Past this many distinct values, a column that is mostly distinct values is sent as it is. A year
 * of dates (365) stays below it, so each date travels once a slice and the page looks up only those.
 */
const FEW = 1024;

function valueColumn<T>(all: T[]): ValueColumn<T> {
  const distinct: T[] = [];
  const index = new Uint32Array(all.length);
  const seen = new Map<T, number>();
  // A value like the one before (an empty column, a run of one group) needs no lookup.
  let previous: T | undefined;
  let previousAt = -1;
  for (let i = 0; i < all.length; i++) {
    let at = all[i] === previous ? previousAt : seen.get(all[i]!);
    if (at === undefined) {
      at = distinct.length;
      // A column of links or names, one each, gives up here; groups and a year of dates never do.
      if (at >= FEW && at * 2 > i) return { all };
      distinct.push(all[i]!);
      seen.set(all[i]!, at);
    }
    index[i] = at;
    previous = all[i];
    previousAt = at;
  }
  return { distinct, index };
}

/** Distinct values in order of first appearance, and the index of each. */
export class Interned<T> {
  list: T[] = [];
  #index = new Map<T, number>();

  index(value: T): number {
    let at = this.#index.get(value);
    if (at === undefined) {
      at = this.list.length;
      this.list.push(value);
      this.#index.set(value, at);
    }
    return at;
  }
}
