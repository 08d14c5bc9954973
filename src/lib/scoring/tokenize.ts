/**
 * Word tokens with their character spans in the original text. The
 * separators are the ones `sentiment` strips (whitespace and
 * . , / # ! ? $ % ^ & * ; : { } = _ ` " ~ ( )), so tokens match its lexicon keys.
 */
export interface Token {
  /** Lower-cased token text. */
  word: string;
  start: number;
  end: number;
}

const TOKEN = /[^\s.,/#!?$%^&*;:{}=_`"~()]+/gu;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const start = match.index;
    tokens.push({ word: match[0].toLowerCase(), start, end: start + match[0].length });
  }
  return tokens;
}
