/**
 * Scored statements packed for the hand-over from the worker to the page.
 *
 * Posting an array of `Scored` objects makes the browser clone every object,
 * and every contribution object inside it, one property at a time, and the page
 * pays for the copy on its main thread (the bench measured about half a second
 * of page time for 100,000 statements). Packed, the numbers travel as typed
 * arrays the worker transfers without copying, each word a contribution names
 * travels once per slice, and the page rebuilds plain `Scored` objects, so
 * nothing downstream knows the difference.
 */
import type { Contribution, Reason, Score, Scored, Statement } from '../types';

/**
 * Statement fields, one column per field (see ValueColumn), and the score's numbers, one
 * Float64Array per field. Each field is read through its own small function: a loop reading
 * `row[field]` for one field after another is several times slower, the property lookup being
 * generic rather than fixed.
 */
const VALUES: { [F in keyof Statement]-?: (statement: Statement) => Statement[F] } = {
  id: (s) => s.id,
  text: (s) => s.text,
  group: (s) => s.group,
  speaker: (s) => s.speaker,
  source: (s) => s.source,
  date: (s) => s.date,
  url: (s) => s.url,
  provenance: (s) => s.provenance,
  label: (s) => s.label,
};
const NUMBERS: { [F in NumberField]: (score: Score) => number } = {
  enthusiasm: (s) => s.enthusiasm,
  concern: (s) => s.concern,
  net: (s) => s.net,
  words: (s) => s.words,
  enthusiasmPerWord: (s) => s.enthusiasmPerWord,
  concernPerWord: (s) => s.concernPerWord,
  netPerWord: (s) => s.netPerWord,
};
const VALUE_FIELDS = Object.keys(VALUES) as ValueField[];
const NUMBER_FIELDS = Object.keys(NUMBERS) as NumberField[];

type ValueField = keyof Statement;
/** The score's fields that always hold a number. */
type NumberField = { [F in keyof Score]-?: Score[F] extends number ? F : never }[keyof Score];

/**
 * A field added to Statement or Score must be listed above, or it would be lost on the way to the
 * page: VALUES and NUMBERS must name every field of their type, and this line stops the type check,
 * naming the field, when a score field is neither a number nor the contributions.
 */
type Unlisted = Exclude<keyof Scored, ValueField | NumberField | 'contributions'>;
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
  numbers: Record<NumberField, Float64Array>;
  /** Statement i's contributions are entries offsets[i] to offsets[i + 1] - 1. */
  offsets: Uint32Array;
  /** Per entry: an index into `tokens`, its span, weight, and an index into `reasons`. */
  token: Uint32Array;
  start: Uint32Array;
  end: Uint32Array;
  weight: Float64Array;
  reason: Uint32Array;
  /** Each distinct token and each distinct list of reasons in the slice, once. */
  tokens: string[];
  reasons: Reason[][];
}

/** Packs statements with their scores (scores[i] belongs to statements[i]). */
export function packScored(statements: readonly Statement[], scores: readonly Score[]): PackedScored {
  const length = statements.length;
  const values = {} as PackedScored['values'];
  for (const field of VALUE_FIELDS) values[field] = valueColumn(statements.map(VALUES[field])) as never;
  const numbers = {} as PackedScored['numbers'];
  for (const field of NUMBER_FIELDS) {
    const read = NUMBERS[field];
    const column = new Float64Array(length);
    for (let i = 0; i < length; i++) column[i] = read(scores[i]!);
    numbers[field] = column;
  }
  let entries = 0;
  const offsets = new Uint32Array(length + 1);
  for (let i = 0; i < length; i++) offsets[i + 1] = entries += scores[i]!.contributions.length;
  const token = new Uint32Array(entries);
  const start = new Uint32Array(entries);
  const end = new Uint32Array(entries);
  const weight = new Float64Array(entries);
  const reason = new Uint32Array(entries);
  const tokens = new Interned<string>();
  const reasons = new Interned<Reason[], number | string>();
  // Index loops, not for-of: this runs once per slice, often before the engine has optimised it.
  let k = 0;
  for (let i = 0; i < length; i++) {
    const contributions = scores[i]!.contributions;
    for (let j = 0; j < contributions.length; j++, k++) {
      const c = contributions[j]!;
      token[k] = tokens.index(c.token, c.token);
      start[k] = c.start;
      end[k] = c.end;
      weight[k] = c.weight;
      reason[k] = reasons.index(reasonsKey(c.reasons), c.reasons);
    }
  }
  return { length, values, numbers, offsets, token, start, end, weight, reason, tokens: tokens.list, reasons: reasons.list };
}

/** The buffers to transfer with the message, so that the numbers are moved, not copied. */
export function transferables(packed: PackedScored): ArrayBuffer[] {
  const indexes = Object.values(packed.values).flatMap((column: ValueColumn<unknown>) => ('index' in column ? [column.index] : []));
  const arrays = [...indexes, ...Object.values(packed.numbers), packed.offsets, packed.token, packed.start, packed.end, packed.weight, packed.reason];
  return arrays.map((a) => a.buffer as ArrayBuffer);
}

/**
 * The statements again, as plain `Scored` objects. Contributions with the same reasons share one
 * frozen reasons array: nobody changes a contribution after scoring, and a quarter of a million small
 * arrays would cost the page more than the rest of the hand-over.
 *
 * Each row is one object literal naming every field, so that all rows share one compact shape: an
 * object built up a field at a time under computed names turns, past a dozen fields, into a slow
 * dictionary that every later read of every statement pays for. The literal's type names every
 * field of Scored, optional ones included, so a field added there must be added here too.
 */
export function unpackScored(packed: PackedScored): Scored[] {
  const { length, values, numbers, offsets, token, start, end, weight, reason, tokens } = packed;
  const reasons = packed.reasons.map((list) => Object.freeze(list.slice()) as Reason[]);
  const id = reader(values.id);
  const text = reader(values.text);
  const group = reader(values.group);
  const speaker = reader(values.speaker);
  const source = reader(values.source);
  const date = reader(values.date);
  const url = reader(values.url);
  const provenance = reader(values.provenance);
  const label = reader(values.label);
  const { enthusiasm, concern, net, words, enthusiasmPerWord, concernPerWord, netPerWord } = numbers;
  const out = new Array<Scored>(length);
  for (let i = 0; i < length; i++) {
    const contributions = new Array<Contribution>(offsets[i + 1]! - offsets[i]!);
    for (let k = offsets[i]!, j = 0; k < offsets[i + 1]!; k++, j++) {
      contributions[j] = { token: tokens[token[k]!]!, start: start[k]!, end: end[k]!, weight: weight[k]!, reasons: reasons[reason[k]!]! };
    }
    const row: { [F in keyof Required<Scored>]: Scored[F] } = {
      id: id(i),
      text: text(i),
      group: group(i),
      speaker: speaker(i),
      source: source(i),
      date: date(i),
      url: url(i),
      provenance: provenance(i),
      label: label(i),
      enthusiasm: enthusiasm[i]!,
      concern: concern[i]!,
      net: net[i]!,
      words: words[i]!,
      enthusiasmPerWord: enthusiasmPerWord[i]!,
      concernPerWord: concernPerWord[i]!,
      netPerWord: netPerWord[i]!,
      contributions,
    };
    out[i] = row;
  }
  return out;
}

/** Statement i's value in a column, whichever way the column was sent. */
function reader<T>(column: ValueColumn<T>): (i: number) => T {
  if ('all' in column) {
    const all = column.all;
    return (i) => all[i]!;
  }
  const { distinct, index } = column;
  return (i) => distinct[index[i]!]!;
}

/** Past this many distinct values, a column that is mostly distinct values is sent as it is. */
const FEW = 64;

function valueColumn<T>(all: T[]): ValueColumn<T> {
  const distinct: T[] = [];
  const index = new Uint32Array(all.length);
  const seen = new Map<T, number>();
  for (let i = 0; i < all.length; i++) {
    let at = seen.get(all[i]!);
    if (at === undefined) {
      at = distinct.length;
      // Ids and texts give up here after a few dozen lookups; groups and dates never do.
      if (at >= FEW && at * 2 > i) return { all };
      distinct.push(all[i]!);
      seen.set(all[i]!, at);
    }
    index[i] = at;
  }
  return { distinct, index };
}

const REASON_CODES: Record<Reason, number> = { lexicon: 1, negated: 2, intensified: 3, contrast: 4, emphasis: 5, domain: 6 };

/** A number that tells lists of reasons apart, order included, without building a string per contribution. */
function reasonsKey(reasons: readonly Reason[]): number | string {
  // Past 17 reasons the number would lose digits; no contribution has more than a handful, but stay exact anyway.
  if (reasons.length > 17) return reasons.join();
  let key = 0;
  for (let i = 0; i < reasons.length; i++) key = key * 8 + REASON_CODES[reasons[i]!];
  return key;
}

/** Distinct values in order of first appearance, and the index of each. */
class Interned<T, K = string> {
  list: T[] = [];
  #index = new Map<K, number>();

  index(key: K, value: T): number {
    let at = this.#index.get(key);
    if (at === undefined) {
      at = this.list.length;
      this.list.push(Array.isArray(value) ? (value.slice() as T) : value);
      this.#index.set(key, at);
    }
    return at;
  }
}
