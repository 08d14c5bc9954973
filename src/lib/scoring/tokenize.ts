import * as strings from '../string-set';

// Bound once: under vite-node a named import is read through a getter at each use (see score.ts).
const { FNV_OFFSET, FNV_PRIME, hashOf } = strings;

/**
 * Word tokens with their character spans in the original text, and what
 * punctuation stands before each. The separators are the ones `sentiment`
 * strips (whitespace and . , / # ! ? $ % ^ & * ; : { } = _ ` " ~ ( )), so
 * tokens match its lexicon keys.
 *
 * The tokens are kept in columns, one array per field, which the scorer reuses
 * from text to text: an object per token would be millions of short-lived
 * objects in a large load, and collecting them showed up in the worker's time.
 */
export class Tokens {
  /** How many tokens the last text had: the columns may hold stale entries past it. */
  length = 0;
  /** How many of them are hashtags: most texts have none, and need no look for one. */
  hashtags = 0;
  /** Lower-cased token text. */
  readonly word: string[] = [];
  readonly start: number[] = [];
  readonly end: number[] = [];
  /** hashOf(word) for each token, worked out during the scan, for the scorer's memo of words. */
  readonly hash: number[] = [];
  /** PAUSE and SENTENCE bits for each token. */
  readonly #before: number[] = [];

  /** A clause ends before token i: , ; : . ! ? or a line break stands between it and the previous one. */
  pause(i: number): boolean {
    return (this.#before[i]! & PAUSE) !== 0;
  }

  /** A sentence ends before token i: . ! ? or a line break. */
  sentenceStart(i: number): boolean {
    return (this.#before[i]! & SENTENCE) !== 0;
  }

  /** Token i follows a '#': a hashtag, perhaps several words run together. */
  hashtag(i: number): boolean {
    return (this.#before[i]! & HASHTAG) !== 0;
  }

  /** Token i is a face such as ":)" or ":-(", kept whole (lower case, like every token). */
  emoticon(i: number): boolean {
    return (this.#before[i]! & EMOTICON) !== 0;
  }

  /** Token i's PAUSE, SENTENCE, HASHTAG and EMOTICON bits, to copy it with push. */
  flags(i: number): number {
    return this.#before[i]!;
  }

  push(word: string, start: number, end: number, before: number, hash = hashOf(word)) {
    if (before & HASHTAG) this.hashtags++;
    const i = this.length++;
    this.word[i] = word;
    this.start[i] = start;
    this.end[i] = end;
    this.hash[i] = hash;
    this.#before[i] = before;
  }
}

const PAUSE = 1;
const SENTENCE = 2;
const HASHTAG = 4;
const EMOTICON = 8;

/**
 * Faces made of punctuation, which the separators would otherwise strip away.
 * One is read only where it stands apart: at the start of the text or after
 * white space, and before white space, the end, or . , ! ?
 */
export const EMOTICONS: ReadonlySet<string> = new Set([
  ':)', ':-)', ':))', ':)))', '(:', '=)', ':]', ':d', ':-d', ';)', ';-)', ';d', ':p', ':-p', ';p', '<3', '<33',
  ':(', ':-(', ':((', ':(((', '):', '=(', ':[', ":'(", ":'-(", ':/', ':-/', ':\\', ':|', ':-|', ':o', ':-o',
  ':s', ':@', '>:(', '>:-(', 'd:', '</3', ':*', ':-*', '-_-', '^_^', '^^', ';_;', 't_t',
]);
const LONGEST_EMOTICON = Math.max(...[...EMOTICONS].map((e) => e.length));
/** 1 for each ASCII code a face starts with: only there is a face looked for. */
const FACE_START = new Uint8Array(128);
for (const face of EMOTICONS) FACE_START[face.charCodeAt(0)] = 1;

/** 1 for each ASCII code that separates words: the control characters, space, and what `sentiment` strips. */
const SEPARATOR = new Uint8Array(128);
for (let c = 0; c <= 32; c++) SEPARATOR[c] = 1;
for (const char of '.,/#!?$%^&*;:{}=_`"~()') SEPARATOR[char.charCodeAt(0)] = 1;

/** Whether a UTF-16 code unit separates words: an ASCII separator, or whitespace as JavaScript's \s knows it. */
function isSeparator(c: number): boolean {
  if (c < 128) return SEPARATOR[c] === 1;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

const COMMA = 44;
const SEMICOLON = 59;
const COLON = 58;
const PERIOD = 46;
const BANG = 33;
const QUESTION = 63;
const NEWLINE = 10;
const HASH = 35;

/** Letters and digits start words, never faces (an "8)" is a number and a bracket). */
function isWordStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
}

function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

/** The length of the face standing apart at `i` of the lower-cased text, or 0. */
function emoticonAt(lower: string, i: number): number {
  for (let n = Math.min(LONGEST_EMOTICON, lower.length - i); n >= 2; n--) {
    const after = i + n < lower.length ? lower.charCodeAt(i + n) : 32;
    if (!(isSpace(after) || after === PERIOD || after === COMMA || after === BANG || after === QUESTION)) continue;
    if (EMOTICONS.has(lower.slice(i, i + n))) return n;
  }
  return 0;
}

/**
 * One pass over the character codes: scoring spends much of its time here, and
 * a scan by table is several times quicker than a regular-expression split
 * followed by a search for each word's span, above all before the engine has
 * optimised anything. Fills `tokens` (a new Tokens unless given one to reuse).
 */
export function tokenize(text: string, tokens = new Tokens()): Tokens {
  let lower = text.toLowerCase();
  // Lower-casing can change a string's length (İ -> i̇); then spans are found in a per-character form.
  if (lower.length !== text.length) lower = lowerKeepingLength(text);
  tokens.length = 0;
  tokens.hashtags = 0;
  const length = lower.length;
  let before = 0;
  let i = 0;
  while (i < length) {
    const c = lower.charCodeAt(i);
    if (c < 128 && FACE_START[c] === 1 && !isWordStart(c) && (i === 0 || isSpace(lower.charCodeAt(i - 1)))) {
      const face = emoticonAt(lower, i);
      if (face) {
        tokens.push(lower.slice(i, i + face), i, i + face, before | EMOTICON);
        before = 0;
        i += face;
        continue;
      }
    }
    if (isSeparator(c)) {
      if (c === PERIOD || c === BANG || c === QUESTION || c === NEWLINE || c === 0x2028 || c === 0x2029) {
        before = PAUSE | SENTENCE;
      } else if (c === COMMA || c === SEMICOLON || c === COLON) before |= PAUSE;
      else if (c === HASH && i + 1 < length && !isSeparator(lower.charCodeAt(i + 1))) before |= HASHTAG;
      i++;
      continue;
    }
    const start = i;
    let hash = FNV_OFFSET;
    for (let code = c; !isSeparator(code); code = i < length ? lower.charCodeAt(i) : 32) {
      hash = Math.imul(hash ^ code, FNV_PRIME);
      i++;
    }
    tokens.push(lower.slice(start, i), start, i, before, hash);
    before = 0;
  }
  return tokens;
}

/** Lower case, one character at a time, keeping any character whose lower case is longer. */
function lowerKeepingLength(text: string): string {
  let out = '';
  for (const char of text) {
    const lower = char.toLowerCase();
    out += lower.length === char.length ? lower : char;
  }
  return out;
}

/** How many '!' end the sentence that starts at token `from` (looking up to the next sentence start). */
export function exclamations(text: string, tokens: Tokens, from: number): number {
  let to = from + 1;
  while (to < tokens.length && !tokens.sentenceStart(to)) to++;
  const after = tokens.end[to - 1]!;
  const until = to < tokens.length ? tokens.start[to]! : text.length;
  let count = 0;
  for (let i = after; i < until; i++) if (text.charCodeAt(i) === 33) count++;
  return count;
}
