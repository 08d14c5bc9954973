/**
 * Word tokens with their character spans in the original text, and what
 * punctuation stands before each. The separators are the ones `sentiment`
 * strips (whitespace and . , / # ! ? $ % ^ & * ; : { } = _ ` " ~ ( )), so
 * tokens match its lexicon keys.
 */
export interface Token {
  /** Lower-cased token text. */
  word: string;
  start: number;
  end: number;
  /** A clause ends before this token: , ; : . ! ? or a line break stands between it and the previous one. */
  pause: boolean;
  /** A sentence ends before this token: . ! ? or a line break. */
  sentenceStart: boolean;
}

/** Runs of separators: what `sentiment` strips, plus any whitespace and control character. */
const SEPARATORS = /[\s\x00-\x1f.,/#!?$%^&*;:{}=_`"~()]+/;

const COMMA = 44;
const SEMICOLON = 59;
const COLON = 58;
const PERIOD = 46;
const BANG = 33;
const QUESTION = 63;
const NEWLINE = 10;

/**
 * Splits with the engine's native regex split (the hot path of scoring), then
 * finds each word's span with indexOf, reading only the gaps for punctuation.
 */
export function tokenize(text: string): Token[] {
  let lower = text.toLowerCase();
  // Lower-casing can change a string's length (İ -> i̇); then spans are found in a per-character form.
  if (lower.length !== text.length) lower = lowerKeepingLength(text);
  const tokens: Token[] = [];
  let at = 0;
  for (const word of lower.split(SEPARATORS)) {
    if (word === '') continue;
    const start = lower.indexOf(word, at);
    let pause = false;
    let sentenceStart = false;
    for (let i = at; i < start; i++) {
      const c = lower.charCodeAt(i);
      if (c === PERIOD || c === BANG || c === QUESTION || c === NEWLINE || c === 0x2028 || c === 0x2029) {
        sentenceStart = pause = true;
      } else if (c === COMMA || c === SEMICOLON || c === COLON) pause = true;
    }
    at = start + word.length;
    tokens.push({ word, start, end: at, pause, sentenceStart });
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
export function exclamations(text: string, tokens: readonly Token[], from: number): number {
  let to = from + 1;
  while (to < tokens.length && !tokens[to]!.sentenceStart) to++;
  const after = tokens[to - 1]!.end;
  const until = to < tokens.length ? tokens[to]!.start : text.length;
  let count = 0;
  for (let i = after; i < until; i++) if (text.charCodeAt(i) === 33) count++;
  return count;
}
