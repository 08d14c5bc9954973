/**
 * One statement's score as the scorer builds it: its contributions kept in
 * columns (one array per field) rather than as an object each, and reused from
 * statement to statement. In the worker, a load of 100,000 statements would
 * otherwise make and drop about a quarter of a million contribution objects and
 * as many lists of reasons, and collecting them cost more than packing the
 * numbers. `toScore` makes the plain `Score` that everything else reads.
 */
import type { Contribution, Quadrant, Reason, Score } from '../types';
import { polarityOf, quadrantOf } from './polarity';

/** A score's number fields, the ones a Tally holds as they are. */
type ScoreFigures = Omit<Score, 'contributions'>;

const REASON_CODES: Record<Reason, number> = {
  lexicon: 1,
  negated: 2,
  intensified: 3,
  contrast: 4,
  emphasis: 5,
  domain: 6,
  emoji: 7,
  vader: 8,
  own: 9,
  derived: 10,
  hypothetical: 11,
  sarcasm: 12,
  slang: 13,
  concession: 14,
};
const REASONS = Object.keys(REASON_CODES) as Reason[];
/** Each reason is a digit in base 16. */
const BASE = 16;
/**
 * Reasons a code holds at most, so that it fits the 32 bits it is sent in (16^8 = 2^32). The rules
 * rarely give a contribution more than six, and can give eight ("ok but very COOLEST but fine!!
 * 🙄"); a ninth would be left off the list rather than let the code outgrow those bits.
 */
const MAX_REASONS = 8;
/** The least code of a full list. */
const FULL = BASE ** (MAX_REASONS - 1);

/**
 * A list of reasons as one number, order included: each reason a digit in base 16, the first
 * reason the most significant. It tells lists apart without building a string per contribution.
 */
export function reasonsCode(reasons: readonly Reason[]): number {
  if (reasons.length > MAX_REASONS) throw new RangeError(`A contribution has at most ${MAX_REASONS} reasons, not ${reasons.length}.`);
  let code = 0;
  for (const reason of reasons) code = withReason(code, reason);
  return code;
}

/** The code of the list with `reason` added at its end; a full list's own code. */
export function withReason(code: number, reason: Reason): number {
  return code >= FULL ? code : code * BASE + REASON_CODES[reason];
}

/** The list of reasons a code stands for (a new array each call). */
export function reasonsOf(code: number): Reason[] {
  let list = DECODED.get(code);
  if (!list) {
    list = [];
    for (let rest = code; rest > 0; rest = Math.floor(rest / BASE)) list.unshift(REASONS[(rest % BASE) - 1]!);
    DECODED.set(code, list);
  }
  return list.slice();
}

/** Codes already decoded: a load meets a few dozen distinct ones, millions of times. */
const DECODED = new Map<number, Reason[]>();

function hasReason(code: number, reason: Reason): boolean {
  for (; code > 0; code = Math.floor(code / BASE)) if (code % BASE === REASON_CODES[reason]) return true;
  return false;
}

export class Tally implements ScoreFigures {
  enthusiasm = 0;
  concern = 0;
  net = 0;
  words = 0;
  enthusiasmPerWord = 0;
  concernPerWord = 0;
  netPerWord = 0;
  polarity = 0;
  quadrant: Quadrant = 'reserved';
  /** How many contributions there are: the columns may hold stale entries past it. */
  scoredWords = 0;
  readonly token: string[] = [];
  readonly start: number[] = [];
  readonly end: number[] = [];
  readonly weight: number[] = [];
  /** Each contribution's reasons, as `reasonsCode` gives them. */
  readonly reasons: number[] = [];

  /** Starts on a new statement. */
  clear() {
    this.scoredWords = 0;
  }

  push(token: string, start: number, end: number, weight: number, reasons: number) {
    const k = this.scoredWords++;
    this.token[k] = token;
    this.start[k] = start;
    this.end[k] = end;
    this.weight[k] = weight;
    this.reasons[k] = reasons;
  }

  /** Weighs contribution k by `factor`, noting the rule that did it (once). */
  rescale(k: number, factor: number, reason: Reason) {
    this.weight[k]! *= factor;
    if (!hasReason(this.reasons[k]!, reason)) this.reasons[k] = withReason(this.reasons[k]!, reason);
  }

  /** Works out the totals from the contributions, for a statement of `words` words. */
  finish(words: number) {
    let enthusiasm = 0;
    let concern = 0;
    for (let k = 0; k < this.scoredWords; k++) {
      const weight = this.weight[k]!;
      if (weight > 0) enthusiasm += weight;
      else concern -= weight;
    }
    this.enthusiasm = enthusiasm;
    this.concern = concern;
    this.net = enthusiasm - concern;
    this.words = words;
    this.enthusiasmPerWord = words ? enthusiasm / words : 0;
    this.concernPerWord = words ? concern / words : 0;
    this.netPerWord = words ? this.net / words : 0;
    this.polarity = polarityOf(enthusiasm, concern, words);
    this.quadrant = quadrantOf(enthusiasm, concern);
  }

  /** The score as a plain object, contributions and all; the tally can be reused after. */
  toScore(): Score {
    const contributions = new Array<Contribution>(this.scoredWords);
    for (let k = 0; k < this.scoredWords; k++) {
      contributions[k] = { token: this.token[k]!, start: this.start[k]!, end: this.end[k]!, weight: this.weight[k]!, reasons: reasonsOf(this.reasons[k]!) };
    }
    const { enthusiasm, concern, net, words, enthusiasmPerWord, concernPerWord, netPerWord, polarity, quadrant, scoredWords } = this;
    return { enthusiasm, concern, net, words, enthusiasmPerWord, concernPerWord, netPerWord, polarity, quadrant, scoredWords, contributions };
  }
}
