/**
 * The scorer: enthusiasm, concern, net and polarity for one statement, with
 * every contribution explained. Pure and synchronous; the worker and the CLI
 * call it.
 *
 * With every rule off it reproduces `sentiment.analyze` exactly (AFINN-165
 * plus emoji, a negator flips only the next word). Each rule is a switch, so
 * its effect can be measured on its own (npm run bench).
 */
import type { Reason, Score } from '../types';
import { DOMAIN } from './domain';
import { AFINN, AFINN_WORDS, EMOJI, NEGATORS as SENTIMENT_NEGATORS, VADER, type Lexicon } from './lexicon';
import { OWN } from './own-words';
import { Tally, withReason } from './tally';
import { EMOTICONS, Tokens, exclamations, tokenize } from './tokenize';
import {
  APPROVING,
  BE_FORMS,
  BOOSTERS,
  CONCESSIVE,
  CONTRAST_AFTER,
  COUNTERFACTUAL_CONTRACTED,
  COUNTERFACTUAL_MODALS,
  DOWNTONERS,
  EMPHATIC_DEGREE,
  HASHTAG_WORDS,
  IRREGULAR_COMPARATIVES,
  LIKE_AS_VERB_AFTER,
  NEGATION_BREAKERS,
  PROFANE_BOOSTERS,
  SARCASM_EMOJI,
  SLANG_PRAISE,
  WISH_MODALS,
  WISH_OPENERS,
  isNegator,
} from './words';

export interface Rules {
  /** Curly apostrophes and quotes around a word are ignored; emoji runs score each emoji; "like" scores only as a verb; inflected forms take their base word's weight. */
  tokens: boolean;
  /** Multi-word lexicon entries ("does not work", "kind of", "can't wait") match as one. */
  phrases: boolean;
  /** Words AFINN lacks are looked up in our own word list and then VADER's lexicon; faces such as ":)" score. */
  vocabulary: boolean;
  /** A hashtag of words run together ("#panicattacks") is split into the words it is made of. */
  hashtags: boolean;
  /** A negator reaches up to three words ahead within its clause, and turns an enthusiasm word to concern at 3/4 strength. */
  negation: boolean;
  /** A negated concern word ("not worried") takes its concern away and adds no enthusiasm. */
  negatedConcern: boolean;
  /** "never been so…", "couldn't be happier": a negator before a form of "be" and a comparative strengthens instead. */
  emphaticNegation: boolean;
  /** "very" strengthens the next word ×1.5; "slightly" softens it ×0.5. */
  intensifiers: boolean;
  /** A swear word before a scored word strengthens it ×1.5 and adds no concern of its own ("fucking amazing"). */
  profanity: boolean;
  /** Before "but"/"however" a sentence counts ×0.5, after it ×1.5; an "although" clause counts ×0.5. */
  contrast: boolean;
  /** An ALL-CAPS word in mixed-case text counts ×1.5; each "!" ending a sentence adds 10% (at most 3). */
  emphasis: boolean;
  /** What is wished for ("would be great if…", "I wish…") or did not happen ("should have been great") is not enthusiasm: ×−0.5 and ×−0.75. */
  wishes: boolean;
  /** A sarcasm marker (🙄 😒 🙃 😏, "/s", "#sarcasm", "yeah right") turns the statement's enthusiasm to concern at 3/4 strength. */
  sarcasm: boolean;
  /** Beside an approving emoji or smiling face, words of alarm used as praise ("sick", "insane") count as enthusiasm. */
  slang: boolean;
}

export const ALL_RULES: Readonly<Rules> = {
  tokens: true,
  phrases: true,
  vocabulary: true,
  hashtags: true,
  negation: true,
  negatedConcern: true,
  emphaticNegation: true,
  intensifiers: true,
  profanity: true,
  contrast: true,
  emphasis: true,
  wishes: true,
  sarcasm: true,
  slang: true,
};

export const NO_RULES: Readonly<Rules> = Object.fromEntries(Object.keys(ALL_RULES).map((rule) => [rule, false])) as unknown as Rules;

export const FACTORS = {
  negated: -0.75,
  negatedConcern: 0,
  negationScope: 3,
  booster: 1.5,
  downtoner: 0.5,
  beforeContrast: 0.5,
  afterContrast: 1.5,
  concession: 0.5,
  caps: 1.5,
  perExclamation: 0.1,
  maxExclamations: 3,
  wished: -0.5,
  counterfactual: -0.75,
  sarcastic: -0.75,
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
  /** Where the weight came from, and 'derived' after it when a base word's weight was taken. */
  reasons: number;
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
  /** "happier", "better", "more": after "couldn't be", a comparative makes the negation emphatic. */
  comparative: boolean;
  /** Holds an emoji that marks sarcasm (🙄). */
  sarcasm: boolean;
  /** May start a sarcasm marker, a wish or a counterfactual ("yeah", "/s", "would", "if", "should"…): the rules look closer only then. */
  steers: boolean;
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
  const memo = new Map<string, WordInfo>();

  function describe(raw: string): WordInfo {
    let info = memo.get(raw);
    if (info) return info;
    const word = rules.tokens && !EMOTICONS.has(raw) ? clean(raw) : raw;
    let entry = exact(word);
    if (!entry && rules.tokens) entry = derived(word);
    info = {
      word,
      entry: entry && entry.weight !== 0 ? entry : undefined,
      negator: rules.negation ? isNegator(word) : SENTIMENT_NEGATORS.has(word),
      booster: BOOSTERS.has(word) || (rules.profanity && PROFANE_BOOSTERS.has(word)),
      downtoner: DOWNTONERS.has(word),
      contrast: CONTRAST_AFTER.has(word),
      concessive: CONCESSIVE.has(word),
      comparative: IRREGULAR_COMPARATIVES.has(word) || isComparative(word, exact),
      sarcasm: hasNonAscii(word) && [...SARCASM_EMOJI].some((e) => word.includes(e)),
      steers: STEERING.has(word) || WISH_MODALS.has(word) || WISH_OPENERS.has(word) || COUNTERFACTUAL_MODALS.has(word) || COUNTERFACTUAL_CONTRACTED.has(word),
      phrases: phrases.get(word),
    };
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(raw, info);
    return info;
  }

  /** Run-together hashtags as their words, remembered; undefined for one that cannot be split. */
  const pieces = new Map<string, string[] | undefined>();
  function hashtagPieces(word: string): string[] | undefined {
    if (pieces.has(word)) return pieces.get(word);
    const found = segment(word, (part) => HASHTAG_WORDS.has(part) || isNegator(part) || exact(part) !== undefined);
    if (pieces.size >= MEMO_LIMIT) pieces.clear();
    pieces.set(word, found);
    return found;
  }

  const tally = new Tally();
  const read = new Tokens();
  const split = new Tokens();
  return (input) => {
    const text = typeof input === 'string' ? input : '';
    let tokens = tokenize(text, read);
    if (rules.hashtags && read.hashtags) tokens = splitHashtags(read, split, (i) => (describe(read.word[i]!).entry ? undefined : hashtagPieces(read.word[i]!)));
    const infos = new Array<WordInfo>(tokens.length);
    let steering = false; // a word that may start a wish, a counterfactual or a sarcasm marker: most texts have none
    for (let i = 0; i < tokens.length; i++) steering = (infos[i] = describe(tokens.word[i]!)).steers || steering;
    const wished = rules.wishes && steering ? wishedFrom(infos, tokens) : undefined;
    tally.clear();
    let mixedCase: boolean | undefined; // whether the text has lower case at all; worked out when first needed

    let sentenceFirst = 0; // the first contribution not yet weighed against a contrast in this sentence
    let sentenceToken = 0; // index in tokens where it begins
    let boost = 0; // emphasis from the sentence's closing "!"; 0 until first needed
    let negatedUntil = -1; // last token index inside a negation's scope
    let emphaticUntil = -1; // last token index strengthened by an emphatic negation
    let counterfactual = false; // the negation in force is "should have", not "not"
    let afterContrast = false;
    let conceding = false;
    let sarcastic = false;
    let approving = false; // an approving emoji or smiling face: slang alarm words are praise
    let slangAt: number[] | undefined; // contributions of slang alarm words, should an approving emoji make them praise

    for (let i = 0; i < tokens.length; i++) {
      const info = infos[i]!;
      if (i === 0 || tokens.sentenceStart(i)) {
        sentenceFirst = tally.scored;
        sentenceToken = i;
        boost = 0;
        afterContrast = false;
        negatedUntil = -1;
        emphaticUntil = -1;
        conceding = false;
      } else if (tokens.pause(i) || tokens.hashtag(i)) {
        // A hashtag stands outside the clause before it: "don't leave me #sad" does not negate "sad".
        negatedUntil = -1;
        emphaticUntil = -1;
        conceding = false;
      }

      const phrase = info.phrases && phraseAt(infos, i, info.phrases);
      if (rules.sarcasm && !sarcastic) sarcastic = info.sarcasm || (info.steers && isSarcasmMarker(text, tokens, infos, i));

      // Words that steer the others, and score nothing themselves.
      if (rules.negation && info.negator && !phrase) {
        if (rules.emphaticNegation && isEmphatic(infos, i)) emphaticUntil = i + FACTORS.negationScope + 1;
        else if (!NEGATION_BREAKERS.has(infos[i + 1]?.word ?? '')) {
          negatedUntil = i + FACTORS.negationScope;
          counterfactual = false;
        }
        continue;
      }
      if (steering && rules.wishes && info.steers && isCounterfactual(infos, i)) {
        negatedUntil = i + FACTORS.negationScope + (COUNTERFACTUAL_MODALS.has(info.word) ? 1 : 0);
        counterfactual = true;
        continue;
      }
      if (rules.contrast && info.contrast) {
        // Each contribution is weighed down by one contrast at most, so a long run of "but"s stays linear.
        for (let k = sentenceFirst; k < tally.scored; k++) tally.rescale(k, FACTORS.beforeContrast, 'contrast');
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
        if (rules.tokens && !phrase && hasNonAscii(info.word)) {
          const from = tally.scored;
          emojiRun(tally, tokens.start[i]!, info.word, exact);
          for (let k = from; k < tally.scored; k++) if (APPROVING.has(tally.token[k]!)) approving = true;
        }
        i += span - 1;
        continue;
      }

      let weight = entry.weight;
      let reasons = entry.reasons;
      if (APPROVING.has(info.word)) approving = true;
      const negated = rules.negation ? i <= negatedUntil : i > 0 && infos[i - 1]!.negator;
      if (rules.intensifiers) {
        // A negated booster is understatement ("not very good"), so it does not strengthen.
        const factor = i <= emphaticUntil ? FACTORS.booster : modifier(infos, i);
        if (factor < 1 || (factor > 1 && !negated)) {
          weight *= factor;
          reasons = withReason(reasons, 'intensified');
        }
      }
      if (negated) {
        const factor = !rules.negation ? -1 : counterfactual ? FACTORS.counterfactual : weight < 0 && rules.negatedConcern ? FACTORS.negatedConcern : FACTORS.negated;
        weight *= factor;
        reasons = withReason(reasons, counterfactual ? 'hypothetical' : 'negated');
      } else if (wished && weight > 0 && wished[i]) {
        weight *= FACTORS.wished;
        reasons = withReason(reasons, 'hypothetical');
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
      if (rules.slang && weight < 0 && !phrase && SLANG_PRAISE.has(info.word)) (slangAt ??= []).push(tally.scored);
      tally.push(phrase ? phrase.name : info.word, tokens.start[i]!, tokens.end[i + span - 1]!, weight, reasons);
      i += span - 1;
    }
    if (sarcastic) {
      for (let k = 0; k < tally.scored; k++) if (tally.weight[k]! > 0) tally.rescale(k, FACTORS.sarcastic, 'sarcasm');
    } else if (approving && slangAt) {
      for (const k of slangAt) tally.rescale(k, -1, 'slang');
    }
    tally.finish(tokens.length);
    return tally;
  };
}

/**
 * After a negator: a form of "be" and then a comparative ("couldn't be happier",
 * "never felt better"), or "never" + "be" + a degree word ("never been so
 * excited"), say the most, not the opposite.
 */
function isEmphatic(infos: readonly WordInfo[], i: number): boolean {
  let at = i + 1;
  if (infos[at]?.word === 'have' || infos[at]?.word === 'has' || infos[at]?.word === 'had') at++;
  if (!BE_FORMS.has(infos[at]?.word ?? '')) return false;
  const next = infos[at + 1];
  if (!next) return false;
  if (next.comparative) return true;
  return infos[i]!.word === 'never' && EMPHATIC_DEGREE.has(next.word);
}

/** "should have", "could've": what follows did not happen. */
function isCounterfactual(infos: readonly WordInfo[], i: number): boolean {
  const word = infos[i]!.word;
  if (COUNTERFACTUAL_CONTRACTED.has(word)) return true;
  return COUNTERFACTUAL_MODALS.has(word) && infos[i + 1]?.word === 'have';
}

/**
 * Which tokens are wished for: from a wish modal to the "if" that follows it
 * in the same sentence ("it would be great if…"), and from "wish" or "if only"
 * to the sentence's end. Undefined when the text has no such words.
 */
function wishedFrom(infos: readonly WordInfo[], tokens: Tokens): Uint8Array | undefined {
  let out: Uint8Array | undefined;
  let modalAt = -1;
  let wishing = false;
  for (let i = 0; i < infos.length; i++) {
    if (i === 0 || tokens.sentenceStart(i)) {
      modalAt = -1;
      wishing = false;
    }
    if (!infos[i]!.steers) {
      if (wishing) out![i] = 1;
      continue;
    }
    const word = infos[i]!.word;
    if (WISH_OPENERS.has(word) || (word === 'if' && infos[i + 1]?.word === 'only')) wishing = true;
    else if (WISH_MODALS.has(word)) modalAt = i;
    else if (word === 'if' && modalAt >= 0) {
      out ??= new Uint8Array(infos.length);
      out.fill(1, modalAt, i);
      modalAt = -1;
    }
    if (wishing) (out ??= new Uint8Array(infos.length))[i] = 1;
  }
  return out;
}

/** Words that start a sarcasm marker ("/s", "#sarcasm", "yeah right") or a wish ("if only"). */
const STEERING: ReadonlySet<string> = new Set(['s', 'sarcasm', 'yeah', 'if']);

/** "/s" at the end, "#sarcasm", or "yeah right" at token i. */
function isSarcasmMarker(text: string, tokens: Tokens, infos: readonly WordInfo[], i: number): boolean {
  const word = infos[i]!.word;
  if (word === 's' && tokens.start[i]! > 0 && text.charCodeAt(tokens.start[i]! - 1) === 47 && i === tokens.length - 1) return true;
  if (word === 'sarcasm' && tokens.hashtag(i)) return true;
  return word === 'yeah' && infos[i + 1]?.word === 'right';
}

/** The tokens with each splittable hashtag replaced by its words, in `out`; `tokens` itself when none splits. */
function splitHashtags(tokens: Tokens, out: Tokens, piecesOf: (i: number) => string[] | undefined): Tokens {
  let first = -1;
  for (let i = 0; i < tokens.length && first < 0; i++) if (tokens.hashtag(i) && piecesOf(i)) first = i;
  if (first < 0) return tokens;
  out.length = 0;
  for (let i = 0; i < tokens.length; i++) {
    const parts = i >= first && tokens.hashtag(i) ? piecesOf(i) : undefined;
    if (!parts) {
      out.push(tokens.word[i]!, tokens.start[i]!, tokens.end[i]!, tokens.flags(i));
      continue;
    }
    let at = tokens.start[i]!;
    parts.forEach((part, k) => {
      out.push(part, at, at + part.length, k === 0 ? tokens.flags(i) : 0);
      at += part.length;
    });
  }
  return out;
}

/**
 * The fewest known words that spell `word` whole ("panicattacks" → panic,
 * attacks), at least two of them and one that scores; undefined when there is
 * no such split.
 */
function segment(word: string, known: (part: string) => boolean): string[] | undefined {
  if (word.length < 4 || word.length > 40 || !/^[a-z]+$/.test(word)) return undefined;
  const best: (string[] | undefined)[] = [[]];
  for (let end = 1; end <= word.length; end++) {
    for (let start = Math.max(0, end - 20); start < end; start++) {
      const before = best[start];
      const part = word.slice(start, end);
      if (!before || !known(part) || (part.length === 1 && part !== 'i' && part !== 'a')) continue;
      if (!best[end] || before.length + 1 < best[end]!.length) best[end] = [...before, part];
    }
  }
  const found = best[word.length];
  return found && found.length >= 2 ? found : undefined;
}

/** "happier" (happy), "nicer" (nice), "greater" (great): a comparative of a word some list scores. */
function isComparative(word: string, exact: (word: string) => Entry | undefined): boolean {
  if (word.length < 5 || !word.endsWith('er')) return false;
  if (word.endsWith('ier') && exact(word.slice(0, -3) + 'y')) return true;
  return exact(word.slice(0, -2)) !== undefined || exact(word.slice(0, -1)) !== undefined;
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
    const entry = char.charCodeAt(0) > 127 ? exact(char) : undefined;
    if (entry && entry.weight !== 0) {
      const start = tokenStart + offset;
      tally.push(char, start, start + char.length, entry.weight, entry.reasons);
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
  ['ies', 'y'],
  ['ed', ''],
  ['ed', 'e'],
  ['ied', 'y'],
  ['ing', ''],
  ['ing', 'e'],
  ['ly', ''],
  ['ily', 'y'],
  ['ness', ''],
  ['iness', 'y'],
  ['ier', 'y'],
  ['iest', 'y'],
  // No plain -er: it makes nouns of verbs as often as comparatives ("player" is no "play").
  ['est', ''],
  ['est', 'e'],
];

/** Inflected and derived forms the lists lack ("lacks", "sucked", "superbly", "sadness", "happier"), tried only when the word itself is missing. */
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
