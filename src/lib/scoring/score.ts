/**
 * The scorer: enthusiasm, concern and net for one statement, with every
 * contribution explained. Pure and synchronous; the worker and the CLI call it.
 */
import type { Contribution, Reason, Score } from '../types';
import { AFINN, NEGATORS, type Lexicon } from './lexicon';
import { tokenize } from './tokenize';

export interface ScorerOptions {
  /** Extra word weights checked before AFINN (the domain lexicon, a user's edits). Never written to. */
  extras?: Lexicon;
}

export type Scorer = (text: string) => Score;

export function createScorer(options: ScorerOptions = {}): Scorer {
  const extras = options.extras ?? new Map<string, number>();
  return (text) => {
    const tokens = tokenize(typeof text === 'string' ? text : '');
    const contributions: Contribution[] = [];
    let enthusiasm = 0;
    let concern = 0;
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!;
      const own = extras.get(token.word);
      const base = own ?? AFINN.get(token.word);
      if (base === undefined || base === 0) continue;
      const reasons: Reason[] = [own === undefined ? 'lexicon' : 'domain'];
      let weight = base;
      const previous = tokens[i - 1];
      if (previous && NEGATORS.has(previous.word)) {
        weight = -weight;
        reasons.push('negated');
      }
      if (weight > 0) enthusiasm += weight;
      else concern -= weight;
      contributions.push({ token: token.word, start: token.start, end: token.end, weight, reasons });
    }
    const words = tokens.length;
    const net = enthusiasm - concern;
    return {
      enthusiasm,
      concern,
      net,
      words,
      enthusiasmPerWord: words ? enthusiasm / words : 0,
      concernPerWord: words ? concern / words : 0,
      netPerWord: words ? net / words : 0,
      contributions,
    };
  };
}
