/**
 * The page's statements, one column per field, as the worker's slices brought
 * them: numbers in typed arrays, fields with few distinct values (group,
 * source, date…) as those values once and a code per statement, ids and texts
 * as arrays of strings, and every scored word in flat arrays. Everything that
 * goes over many statements (filters, group statistics, the chart's points)
 * reads these columns through a selection, an index of rows; a plain `Scored`
 * object is made only for a statement someone looks at (`row`).
 */
import { quadrantOf } from '../scoring/polarity';
import { reasonsOf } from '../scoring/tally';
import type { Contribution, Reason, Scored } from '../types';

/** A text field stored as its distinct values, in order of first appearance, and each row's position among them. */
export interface Coded {
  values: string[];
  /** As narrow as the count of values allows: a group code takes one byte, not four. */
  codes: Codes;
}

export type Codes = Uint8Array | Uint16Array | Uint32Array;

/** Every scored word of every statement: statement i's are entries `offsets[i]` to `offsets[i + 1] - 1`. */
export interface Entries {
  offsets: Uint32Array;
  /** Per entry, an index into `tokens`. */
  token: Uint32Array;
  /** Each distinct token, once. */
  tokens: string[];
  start: Uint32Array;
  end: Uint32Array;
  weight: Float64Array;
  /** Per entry, its reasons as `reasonsOf` reads them. */
  reason: Uint32Array;
}

/** Rows to read, in order: the whole table, or what the filters keep. */
export type Selection = Uint32Array;

export interface TableColumns {
  length: number;
  id: string[];
  text: string[];
  group: Coded;
  speaker: Coded;
  source: Coded;
  date: Coded;
  url: Coded;
  provenance: Coded;
  label: Coded;
  /** The file's extra columns (the dataset names them), each coded; a row a column lacks holds ''. */
  extra: Coded[];
  enthusiasm: Float64Array;
  concern: Float64Array;
  net: Float64Array;
  polarity: Float64Array;
  words: Uint32Array;
  /** How many words and phrases scored in each statement. */
  scoredWords: Uint32Array;
  entries: Entries;
  /** hashOf each id, when whoever made the table worked them out (the builder does); the chart places marks by them. */
  idHash?: Int32Array;
}

export class StatementTable implements TableColumns {
  readonly length: number;
  readonly id: string[];
  readonly text: string[];
  readonly group: Coded;
  readonly speaker: Coded;
  readonly source: Coded;
  readonly date: Coded;
  readonly url: Coded;
  readonly provenance: Coded;
  readonly label: Coded;
  readonly extra: Coded[];
  readonly enthusiasm: Float64Array;
  readonly concern: Float64Array;
  readonly net: Float64Array;
  readonly polarity: Float64Array;
  readonly words: Uint32Array;
  readonly scoredWords: Uint32Array;
  readonly entries: Entries;
  readonly idHash: Int32Array | undefined;

  constructor(columns: TableColumns) {
    this.length = columns.length;
    this.id = columns.id;
    this.text = columns.text;
    this.group = columns.group;
    this.speaker = columns.speaker;
    this.source = columns.source;
    this.date = columns.date;
    this.url = columns.url;
    this.provenance = columns.provenance;
    this.label = columns.label;
    this.extra = columns.extra;
    this.enthusiasm = columns.enthusiasm;
    this.concern = columns.concern;
    this.net = columns.net;
    this.polarity = columns.polarity;
    this.words = columns.words;
    this.scoredWords = columns.scoredWords;
    this.entries = columns.entries;
    this.idHash = columns.idHash;
  }

  /** Row i's group (likewise `valueOf` for any coded field). */
  groupOf(i: number): string {
    return this.group.values[this.group.codes[i]!]!;
  }

  valueOf(field: CodedField, i: number): string {
    const column = this[field];
    return column.values[column.codes[i]!]!;
  }

  /** Row i as a plain object: every field an own property, so it spreads, clones and stringifies whole. */
  row(i: number): Scored {
    const words = this.words[i]!;
    const enthusiasm = this.enthusiasm[i]!;
    const concern = this.concern[i]!;
    const net = this.net[i]!;
    const row: Scored = {
      id: this.id[i]!,
      text: this.text[i]!,
      group: this.valueOf('group', i),
      speaker: this.valueOf('speaker', i),
      source: this.valueOf('source', i),
      date: this.valueOf('date', i),
      url: this.valueOf('url', i),
      provenance: this.valueOf('provenance', i),
      label: this.valueOf('label', i),
      enthusiasm,
      concern,
      net,
      words,
      enthusiasmPerWord: words ? enthusiasm / words : 0,
      concernPerWord: words ? concern / words : 0,
      netPerWord: words ? net / words : 0,
      polarity: this.polarity[i]!,
      quadrant: quadrantOf(enthusiasm, concern),
      scoredWords: this.scoredWords[i]!,
      contributions: this.contributions(i),
    };
    if (this.extra.length) row.extra = this.extra.map((column) => column.values[column.codes[i]!]!);
    return row;
  }

  /** The rows of a selection as plain objects, in its order: for the few views that list statements. */
  rows(selection: ArrayLike<number>): Scored[] {
    const out = new Array<Scored>(selection.length);
    for (let k = 0; k < selection.length; k++) out[k] = this.row(selection[k]!);
    return out;
  }

  /** Row i's scored words. Contributions with the same reasons share one frozen list: nobody changes them. */
  contributions(i: number): Contribution[] {
    const { offsets, tokens, token, start, end, weight, reason } = this.entries;
    const from = offsets[i]!;
    const out = new Array<Contribution>(offsets[i + 1]! - from);
    for (let k = from; k < offsets[i + 1]!; k++) {
      out[k - from] = { token: tokens[token[k]!]!, start: start[k]!, end: end[k]!, weight: weight[k]!, reasons: sharedReasons(reason[k]!) };
    }
    return out;
  }

  /**
   * Row i's id, remembered: the pointer or the keys name a mark by its row, and what shows it (the
   * ring, the tooltip) then finds that row by its id without the map of every id.
   */
  idOf(i: number): string {
    this.#named = i;
    return this.id[i]!;
  }

  /**
   * The row whose id this is, or -1. Ids are unique in a table (TableBuilder makes them so). The
   * map of every id is built when an id other than the one last named is first asked for: a third
   * of a second at 1,000,000 rows.
   */
  find(id: string): number {
    if (this.id[this.#named] === id) return this.#named;
    if (!this.#byId) {
      this.#byId = new Map();
      for (let i = 0; i < this.length; i++) this.#byId.set(this.id[i]!, i);
    }
    return this.#byId.get(id) ?? -1;
  }

  #named = -1;
  #byId: Map<string, number> | undefined;
}

export type CodedField = 'group' | 'speaker' | 'source' | 'date' | 'url' | 'provenance' | 'label';

/** Every row of a table, in order. */
export function everyRow(table: { length: number }): Selection {
  const all = new Uint32Array(table.length);
  for (let i = 0; i < all.length; i++) all[i] = i;
  return all;
}

/** Each list of reasons met so far, by code, frozen. */
const REASON_LISTS = new Map<number, Reason[]>();

function sharedReasons(code: number): Reason[] {
  let list = REASON_LISTS.get(code);
  if (!list) REASON_LISTS.set(code, (list = Object.freeze(reasonsOf(code)) as Reason[]));
  return list;
}

/** A table of no statements. */
export const EMPTY_TABLE = new StatementTable({
  length: 0,
  id: [],
  text: [],
  group: { values: [], codes: new Uint32Array(0) },
  speaker: { values: [], codes: new Uint32Array(0) },
  source: { values: [], codes: new Uint32Array(0) },
  date: { values: [], codes: new Uint32Array(0) },
  url: { values: [], codes: new Uint32Array(0) },
  provenance: { values: [], codes: new Uint32Array(0) },
  label: { values: [], codes: new Uint32Array(0) },
  extra: [],
  enthusiasm: new Float64Array(0),
  concern: new Float64Array(0),
  net: new Float64Array(0),
  polarity: new Float64Array(0),
  words: new Uint32Array(0),
  scoredWords: new Uint32Array(0),
  entries: {
    offsets: new Uint32Array(1),
    token: new Uint32Array(0),
    tokens: [],
    start: new Uint32Array(0),
    end: new Uint32Array(0),
    weight: new Float64Array(0),
    reason: new Uint32Array(0),
  },
});
