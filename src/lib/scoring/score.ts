/**
 * The scorer: enthusiasm, concern and net for one statement, with every
 * contribution explained. Pure and synchronous; the worker and the CLI call it.
 *
 * With every rule off it reproduces `sentiment.analyze` exactly (AFINN-165
 * plus emoji, a negator flips only the next word). Each rule is a switch, so
 * its effect can be measured on its own (npm run bench).
 */
import type { Reason, Score } from '../types';
import { DOMAIN } from './domain';
import { AFINN, NEGATORS as SENTIMENT_NEGATORS, type Lexicon } from './lexicon';
import { Tally, withReason } from './tally';
import { Tokens, exclamations, tokenize } from './tokenize';
import {
  BOOSTERS,
  CONCESSIVE,
  CONTRAST_AFTER,
  DOWNTONERS,
  LIKE_AS_VERB_AFTER,
  NEGATION_BREAKERS,
  isNegator,
} from './words';

export interface Rules {
  /** Curly apostrophes and quotes around a word are ignored; emoji runs score each emoji; "like" scores only as a verb. */
  tokens: boolean;
  /** Multi-word lexicon entries ("does not work", "kind of") match as one. */
  phrases: boolean;
  /** A negator reaches up to three words ahead within its clause, and flips them at 3/4 strength. */
  negation: boolean;
  /** "very" strengthens the next word ×1.5; "slightly" softens it ×0.5. */
  intensifiers: boolean;
  /** Before "but"/"however" a sentence counts ×0.5, after it ×1.5; an "although" clause counts ×0.5. */
  contrast: boolean;
  /** An ALL-CAPS word in mixed-case text counts ×1.5; each "!" ending a sentence adds 10% (at most 3). */
  emphasis: boolean;
}

export const ALL_RULES: Readonly<Rules> = {
  tokens: true,
  phrases: true,
  negation: true,
  intensifiers: true,
  contrast: true,
  emphasis: true,
};

export const NO_RULES: Readonly<Rules> = {
  tokens: false,
  phrases: false,
  negation: false,
  intensifiers: false,
  contrast: false,
  emphasis: false,
};

export const FACTORS = {
  negated: -0.75,
  negationScope: 3,
  booster: 1.5,
  downtoner: 0.5,
  beforeContrast: 0.5,
  afterContrast: 1.5,
  concession: 0.5,
  caps: 1.5,
  perExclamation: 0.1,
  maxExclamations: 3,
} as const;

export interface ScorerOptions {
  /** Which rules to apply; default all. */
  rules?: Partial<Rules>;
  /** The domain lexicon for AI and creative work: true (default) for ours, false for none, or a reader's edited one. */
  domain?: boolean | Lexicon;
  /** A user's own word weights, checked first. Read, never written to. */
  extras?: Lexicon;
}

export type Scorer = (text: string) => Score;
/** A scorer that fills one Tally, the same one each call: read it before scoring the next text. */
export type TallyScorer = (text: string) => Tally;

interface Entry {
  weight: number;
  reason: Reason;
}

interface Phrase extends Entry {
  words: string[];
  /** The words joined, as a contribution names the phrase. */
  name: string;
}

/** Everything the rules need to know about one word, worked out once per scorer and remembered. */
interface WordInfo {
  /** The word after clean-up (when the tokens rule is on). */
  word: string;
  entry: Entry | undefined;
  negator: boolean;
  booster: boolean;
  downtoner: boolean;
  contrast: boolean;
  concessive: boolean;
  /** Lexicon phrases that start with this word, longest first. */
  phrases: Phrase[] | undefined;
}

/** Words remembered per scorer before the memo starts afresh, to bound memory on huge inputs. */
const MEMO_LIMIT = 200_000;

export function createScorer(options: ScorerOptions = {}): Scorer {
  const score = createTallyScorer(options);
  return (text) => score(text).toScore();
}

/** The scorer without an object per contribution: what the worker scores a load with. */
export function createTallyScorer(options: ScorerOptions = {}): TallyScorer {
  const rules: Rules = { ...ALL_RULES, ...options.rules };
  const domain = options.domain === false ? undefined : options.domain instanceof Map ? options.domain : DOMAIN;
  const extras = options.extras;

  function exact(word: string): Entry | undefined {
    const own = extras?.get(word) ?? domain?.get(word);
    if (own !== undefined) return { weight: own, reason: 'domain' };
    const base = AFINN.get(word);
    return base === undefined ? undefined : { weight: base, reason: 'lexicon' };
  }

  const phrases = rules.phrases ? indexPhrases([AFINN, domain, extras], exact) : new Map<string, Phrase[]>();
  const memo = new Map<string, WordInfo>();

  function describe(raw: string): WordInfo {
    let info = memo.get(raw);
    if (info) return info;
    const word = rules.tokens ? clean(raw) : raw;
    let entry = exact(word);
    if (!entry && rules.tokens) {
      for (const base of stems(word)) if ((entry = exact(base))) break;
    }
    info = {
      word,
      entry: entry && entry.weight !== 0 ? entry : undefined,
      negator: rules.negation ? isNegator(word) : SENTIMENT_NEGATORS.has(word),
      booster: BOOSTERS.has(word),
      downtoner: DOWNTONERS.has(word),
      contrast: CONTRAST_AFTER.has(word),
      concessive: CONCESSIVE.has(word),
      phrases: phrases.get(word),
    };
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(raw, info);
    return info;
  }

  const tally = new Tally();
  const tokens = new Tokens();
  return (input) => {
    const text = typeof input === 'string' ? input : '';
    tokenize(text, tokens);
    const infos = new Array<WordInfo>(tokens.length);
    for (let i = 0; i < tokens.length; i++) infos[i] = describe(tokens.word[i]!);
    tally.clear();
    let mixedCase: boolean | undefined; // whether the text has lower case at all; worked out when first needed

    let sentenceFirst = 0; // the first contribution not yet weighed against a contrast in this sentence
    let sentenceToken = 0; // index in tokens where it begins
    let boost = 0; // emphasis from the sentence's closing "!"; 0 until first needed
    let negatedUntil = -1; // last token index inside a negation's scope
    let afterContrast = false;
    let conceding = false;

    for (let i = 0; i < tokens.length; i++) {
      const info = infos[i]!;
      if (i === 0 || tokens.sentenceStart(i)) {
        sentenceFirst = tally.scored;
        sentenceToken = i;
        boost = 0;
        afterContrast = false;
        negatedUntil = -1;
        conceding = false;
      } else if (tokens.pause(i)) {
        negatedUntil = -1;
        conceding = false;
      }

      const phrase = info.phrases && phraseAt(infos, i, info.phrases);

      // Words that steer the others, and score nothing themselves.
      if (rules.negation && info.negator && !phrase) {
        if (!NEGATION_BREAKERS.has(infos[i + 1]?.word ?? '')) negatedUntil = i + FACTORS.negationScope;
        continue;
      }
      if (rules.contrast && info.contrast) {
        // Each contribution is weighed down by one contrast at most, so a long run of "but"s stays linear.
        for (let k = sentenceFirst; k < tally.scored; k++) tally.scaleForContrast(k, FACTORS.beforeContrast);
        sentenceFirst = tally.scored;
        afterContrast = true;
        negatedUntil = -1;
        continue;
      }
      if (rules.contrast && info.concessive) {
        conceding = true;
        continue;
      }
      if (rules.intensifiers && !phrase && (info.booster || info.downtoner) && scores(tokens, infos, i + 1)) continue;

      // What this token (or the phrase it starts) weighs.
      const span = phrase ? phrase.words.length : 1;
      const entry =
        phrase ??
        (rules.tokens && info.word === 'like' && !LIKE_AS_VERB_AFTER.has(infos[i - 1]?.word ?? '') ? undefined : info.entry);
      if (!entry) {
        if (rules.tokens && !phrase && hasNonAscii(info.word)) emojiRun(tally, tokens.start[i]!, info.word, exact);
        i += span - 1;
        continue;
      }

      let weight = entry.weight;
      let reasons = withReason(0, entry.reason);
      const negated = rules.negation ? i <= negatedUntil : i > 0 && infos[i - 1]!.negator;
      if (rules.intensifiers) {
        // A negated booster is understatement ("not very good"), so it does not strengthen.
        const factor = modifier(infos, i);
        if (factor < 1 || (factor > 1 && !negated)) {
          weight *= factor;
          reasons = withReason(reasons, 'intensified');
        }
      }
      if (negated) {
        weight *= rules.negation ? FACTORS.negated : -1;
        reasons = withReason(reasons, 'negated');
      }
      if (rules.contrast && (afterContrast || conceding)) {
        weight *= afterContrast ? FACTORS.afterContrast : FACTORS.concession;
        reasons = withReason(reasons, 'contrast');
      }
      if (rules.emphasis) {
        if (boost === 0) {
          const marks = Math.min(FACTORS.maxExclamations, exclamations(text, tokens, sentenceToken));
          boost = 1 + FACTORS.perExclamation * marks;
        }
        const shouted = isShouted(text, tokens.start[i]!, tokens.end[i]!) && (mixedCase ??= /\p{Ll}/u.test(text));
        const factor = (shouted ? FACTORS.caps : 1) * boost;
        if (factor !== 1) {
          weight *= factor;
          reasons = withReason(reasons, 'emphasis');
        }
      }
      tally.push(phrase ? phrase.name : info.word, tokens.start[i]!, tokens.end[i + span - 1]!, weight, reasons);
      i += span - 1;
    }
    tally.finish(tokens.length);
    return tally;
  };
}

/** Whether the token at `i` would score: a modifier gives way to the word it modifies. */
function scores(tokens: Tokens, infos: readonly WordInfo[], i: number): boolean {
  if (i >= tokens.length || tokens.pause(i)) return false;
  const info = infos[i]!;
  return info.entry !== undefined || info.negator;
}

/** Each emoji in a run like "🔥🔥" or "great🔥" scores on its own. */
function emojiRun(tally: Tally, tokenStart: number, word: string, exact: (word: string) => Entry | undefined) {
  let offset = 0;
  for (const char of word) {
    const entry = exact(char);
    if (entry && entry.weight !== 0) {
      const start = tokenStart + offset;
      tally.push(char, start, start + char.length, entry.weight, withReason(0, entry.reason));
    }
    offset += char.length;
  }
}

function hasNonAscii(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) > 127) return true;
  return false;
}

/** First words of the two-word downtoners ("kind of"): only after one of them is a pair worth building. */
const PAIR_STARTS = new Set([...DOWNTONERS].filter((d) => d.includes(' ')).map((d) => d.split(' ')[0]!));

/** ×1.5 after a booster, ×0.5 after a downtoner (one or two words), looking past one negator. */
function modifier(infos: readonly WordInfo[], i: number): number {
  let at = i - 1;
  if (at >= 0 && infos[at]!.negator) at -= 1;
  const one = infos[at];
  if (!one) return 1;
  if (one.booster) return FACTORS.booster;
  if (one.downtoner) return FACTORS.downtoner;
  if (at >= 1 && PAIR_STARTS.has(infos[at - 1]!.word) && DOWNTONERS.has(`${infos[at - 1]!.word} ${one.word}`)) return FACTORS.downtoner;
  return 1;
}

/** Shouting: the token from `start` to `end` has two or more letters, all capitals. */
function isShouted(text: string, start: number, end: number): boolean {
  if (end - start < 2) return false;
  // Plain ASCII, the usual case, is read directly; anything else goes to the Unicode-aware test.
  let upper = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c > 127) return isShoutedUnicode(text.slice(start, end));
    if (c >= 97 && c <= 122) return false;
    if (c >= 65 && c <= 90) upper = true;
  }
  return upper;
}

function isShoutedUnicode(original: string): boolean {
  return original.length >= 2 && /\p{Lu}/u.test(original) && !/\p{Ll}/u.test(original);
}

const SUFFIXES: [string, string][] = [
  ['s', ''],
  ['es', ''],
  ['ed', ''],
  ['ed', 'e'],
  ['ing', ''],
  ['ing', 'e'],
  ['ly', ''],
];

/** Inflected forms AFINN lacks ("lacks", "sucked", "superbly"), tried only when the word itself is missing. */
function stems(word: string): string[] {
  if (!/^[a-z]+$/.test(word) || BOOSTERS.has(word) || DOWNTONERS.has(word) || isNegator(word)) return [];
  const found: string[] = [];
  for (const [suffix, replacement] of SUFFIXES) {
    if (word.length - suffix.length >= 4 && word.endsWith(suffix)) found.push(word.slice(0, -suffix.length) + replacement);
  }
  return found;
}

const APOSTROPHES = /[\u2018\u2019]/g;
const EDGE_QUOTES = /^['\-[\]<>]+|['\-[\]<>]+$/g;

/** Curly apostrophes become straight ones, and quotes or dashes around a word go. */
function clean(word: string): string {
  return word.replace(APOSTROPHES, "'").replace(EDGE_QUOTES, '') || word;
}

function phraseAt(infos: readonly WordInfo[], i: number, phrases: readonly Phrase[]): Phrase | undefined {
  for (const phrase of phrases) if (matches(infos, i, phrase.words)) return phrase;
  return undefined;
}

function matches(infos: readonly WordInfo[], i: number, phrase: readonly string[]): boolean {
  for (let k = 0; k < phrase.length; k++) if (infos[i + k]?.word !== phrase[k]) return false;
  return true;
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
