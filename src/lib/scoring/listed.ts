/**
 * Our own word lists' shape (the domain lexicon, our word list). Apart from
 * lexicon.ts, which reads the large lists, so the page can show ours without
 * loading those.
 */
import type { Lexicon } from './lexicon';

/** A word (or phrase) of one of our own lists, with its weight and the reason for it. */
export interface ListedWord {
  word: string;
  weight: number;
  reason: string;
}

/** A list of ours as the scorer looks words up in it. */
export function lexiconOf(words: readonly ListedWord[]): Lexicon {
  return new Map(words.map((w) => [w.word, w.weight]));
}
