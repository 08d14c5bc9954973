/**
 * What the scorer knows about a word: its lexicon entry (our domain words and a user's first, then
 * AFINN, our own list, VADER and emoji), whether it negates, strengthens, softens or steers the
 * words around it, and the lexicon phrases it starts. Worked out once per word and scorer, and
 * remembered.
 */
import { StringSet, hashOf } from '../string-set';
import type { Reason } from '../types';
import { splitIntoWords } from './hashtags';
import { AFINN, AFINN_WORDS, EMOJI, NEGATORS as SENTIMENT_NEGATORS, VADER, type Lexicon } from './lexicon';
import { OWN } from './own-words';
import type { Rules } from './rules';
import { withReason } from './tally';
import { EMOTICONS } from './tokenize';
import { clean, isComparative, stems } from './word-forms';
import {
  BOOSTERS,
  CONCESSIVE,
  CONTRAST_AFTER,
  COUNTERFACTUAL_CONTRACTED,
  COUNTERFACTUAL_MODALS,
  DOWNTONERS,
  HASHTAG_WORDS,
  IRREGULAR_COMPARATIVES,
  PROFANE_BOOSTERS,
  SARCASM_EMOJI,
  WISH_MODALS,
  WISH_OPENERS,
  isNegator,
} from './words';

export interface Entry {
  weight: number;
  /** Where the weight came from, and 'derived' after it when a base word's weight was taken. */
  reasons: number;
}

export interface Phrase extends Entry {
  words: string[];
  /** The words joined, as a contribution names the phrase. */
  name: string;
}

/** Everything the rules need to know about one word, worked out once per scorer and remembered. */
export interface WordInfo {
  /** The word after clean-up (when the tokens rule is on). */
  word: string;
  entry: Entry | undefined;
  negator: boolean;
  booster: boolean;
  downtoner: boolean;
  contrast: boolean;
  concessive: boolean;
  /** "happier", "better", "more": after "couldn't be", a comparative makes the negation emphatic. */
  comparative: boolean;
  /** Holds anything beyond ASCII, such as an emoji: the scorer looks for emoji in it. */
  nonAscii: boolean;
  /** Holds an emoji that marks sarcasm (🙄). */
  sarcasm: boolean;
  /** May start a sarcasm marker, a wish or a counterfactual ("yeah", "/s", "would", "if", "should"…): the rules look closer only then. */
  steers: boolean;
  /** Lexicon phrases that start with this word, longest first. */
  phrases: Phrase[] | undefined;
}

/** Words remembered per scorer before the memo starts afresh, to bound memory on huge inputs. */
const MEMO_LIMIT = 200_000;

/** A scorer's word look-ups, each remembering what it worked out. */
export interface WordBook {
  /** The word's own entry in the first list that has it, without derivation. */
  exact: (word: string) => Entry | undefined;
  /** Everything the rules need to know about a token as written; `hash` is hashOf(raw), when the tokenizer worked it out. */
  describe: (raw: string, hash?: number) => WordInfo;
  /** Run-together hashtags as their words, remembered; undefined for one that cannot be split. */
  hashtagPieces: (word: string) => string[] | undefined;
}

/** The look-ups for one scorer's rules and lexicons. */
export function createWordBook(rules: Rules, domain: Lexicon | undefined, extras: Lexicon | undefined): WordBook {
  const lists: [Lexicon, Reason][] = [
    [EMOJI, 'emoji'],
    ...(rules.vocabulary ? ([[OWN, 'own'], [VADER, 'vader']] as [Lexicon, Reason][]) : []),
  ];

  function exact(word: string): Entry | undefined {
    const own = extras?.get(word) ?? domain?.get(word);
    if (own !== undefined) return { weight: own, reasons: withReason(0, 'domain') };
    const afinn = AFINN_WORDS.get(word);
    if (afinn !== undefined) {
      const vader = rules.vocabulary ? VADER.get(word) : undefined;
      if (vader === undefined) return { weight: afinn, reasons: withReason(0, 'lexicon') };
      return { weight: (afinn + vader) / 2, reasons: withReason(withReason(0, 'lexicon'), 'vader') };
    }
    for (const [list, reason] of lists) {
      const weight = list.get(word);
      if (weight !== undefined) return { weight, reasons: withReason(0, reason) };
    }
    return undefined;
  }

  function derived(word: string): Entry | undefined {
    for (const base of stems(word)) {
      const entry = exact(base);
      if (entry) return { weight: entry.weight, reasons: withReason(entry.reasons, 'derived') };
    }
    return undefined;
  }

  const phrases = rules.phrases ? indexPhrases([AFINN, rules.vocabulary ? OWN : undefined, domain, extras], exact) : new Map<string, Phrase[]>();
  // The words described so far, and at the same index what was worked out for each.
  const seen = new StringSet();
  const infos: WordInfo[] = [];

  function describe(raw: string, hash = hashOf(raw)): WordInfo {
    const at = seen.indexOf(raw, hash);
    return at >= 0 ? infos[at]! : learn(raw, hash);
  }

  /**
   * Works out a word not met before. Apart from describe, which runs for every token: the engine
   * optimises describe early in a load, and with this inside it each first sight of a rare branch
   * threw that work away (describe was the second-largest optimising job of a load, twice over).
   */
  function learn(raw: string, hash: number): WordInfo {
    const word = rules.tokens && !EMOTICONS.has(raw) ? clean(raw) : raw;
    let entry = exact(word);
    if (!entry && rules.tokens) entry = derived(word);
    const nonAscii = hasNonAscii(word);
    const info: WordInfo = {
      word,
      entry: entry && entry.weight !== 0 ? entry : undefined,
      negator: rules.negation ? isNegator(word) : SENTIMENT_NEGATORS.has(word),
      booster: BOOSTERS.has(word) || (rules.profanity && PROFANE_BOOSTERS.has(word)),
      downtoner: DOWNTONERS.has(word),
      contrast: CONTRAST_AFTER.has(word),
      concessive: CONCESSIVE.has(word),
      comparative: IRREGULAR_COMPARATIVES.has(word) || isComparative(word, exact),
      nonAscii,
      sarcasm: nonAscii && [...SARCASM_EMOJI].some((e) => word.includes(e)),
      steers: STEERING.has(word) || WISH_MODALS.has(word) || WISH_OPENERS.has(word) || COUNTERFACTUAL_MODALS.has(word) || COUNTERFACTUAL_CONTRACTED.has(word),
      phrases: phrases.get(word),
    };
    if (seen.size >= MEMO_LIMIT) {
      seen.clear();
      infos.length = 0;
    }
    infos[seen.add(raw, hash)] = info;
    return info;
  }

  const pieces = new Map<string, string[] | undefined>();
  function hashtagPieces(word: string): string[] | undefined {
    if (pieces.has(word)) return pieces.get(word);
    const found = splitIntoWords(word, (part) => HASHTAG_WORDS.has(part) || isNegator(part) || exact(part) !== undefined);
    if (pieces.size >= MEMO_LIMIT) pieces.clear();
    pieces.set(word, found);
    return found;
  }

  return { exact, describe, hashtagPieces };
}

/** Words that start a sarcasm marker ("/s", "#sarcasm", "yeah right") or a wish ("if only"). */
const STEERING: ReadonlySet<string> = new Set(['s', 'sarcasm', 'yeah', 'if']);

/** Whether the word holds anything beyond ASCII, such as an emoji. */
export function hasNonAscii(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) > 127) return true;
  return false;
}

/** Multi-word keys of the lexicons, by first word, longest first. */
function indexPhrases(lexicons: (Lexicon | undefined)[], lookup: (key: string) => Entry | undefined) {
  const index = new Map<string, Phrase[]>();
  for (const lexicon of lexicons) {
    for (const key of lexicon?.keys() ?? []) {
      if (!key.includes(' ')) continue;
      const entry = lookup(key)!;
      const words = key.split(' ');
      const list = index.get(words[0]!) ?? [];
      if (!list.some((p) => p.name === key)) list.push({ ...entry, words, name: key });
      index.set(words[0]!, list);
    }
  }
  for (const list of index.values()) list.sort((a, b) => b.words.length - a.words.length);
  return index;
}
