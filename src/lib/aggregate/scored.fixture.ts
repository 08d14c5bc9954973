import { polarityOf, quadrantOf } from '../scoring/polarity';
/**
 * Builds Scored statements for tests from their words alone, so every score
 * field follows from the contributions the way the scorer derives it and a
 * hand-worked table only has to list tokens and weights.
 */
import type { Reason, Scored } from '../types';

/** [token, signed weight] or [token, weight, reasons]. */
export type Word = readonly [string, number] | readonly [string, number, Reason[]];

export interface Extra {
  text?: string;
  label?: string;
  /** Word tokens in the statement; defaults to the number of scored words, at least 1. */
  words?: number;
}

export function scored(id: string, group: string, words: readonly Word[], extra: Extra = {}): Scored {
  const contributions = words.map(([token, weight, reasons], i) => ({
    token,
    start: i * 10,
    end: i * 10 + token.length,
    weight,
    reasons: reasons ?? ['lexicon' as const],
  }));
  const enthusiasm = contributions.reduce((sum, c) => sum + Math.max(c.weight, 0), 0);
  const concern = contributions.reduce((sum, c) => sum + Math.max(-c.weight, 0), 0);
  const count = extra.words ?? Math.max(words.length, 1);
  const net = enthusiasm - concern;
  const polarity = polarityOf(enthusiasm, concern, count);
  return {
    id,
    group,
    text: extra.text ?? words.map(([token]) => token).join(' '),
    speaker: '',
    source: '',
    date: '',
    url: '',
    provenance: '',
    label: extra.label ?? '',
    enthusiasm,
    concern,
    net,
    words: count,
    enthusiasmPerWord: enthusiasm / count,
    concernPerWord: concern / count,
    netPerWord: net / count,
    polarity,
    quadrant: quadrantOf(enthusiasm, concern),
    scoredWords: contributions.length,
    contributions,
  };
}
