/**
 * What the rules ask of the words around a token: whether a negation is emphatic, a modal
 * counterfactual, a phrase wished for or sarcastic; which modifier stands before a word; whether a
 * word is shouted. Pure functions over one statement's tokens and their WordInfo.
 */
import { FACTORS } from './rules';
import type { Tally } from './tally';
import type { Tokens } from './tokenize';
import type { Entry, Phrase, WordInfo } from './word-info';
import { BE_FORMS, COUNTERFACTUAL_CONTRACTED, COUNTERFACTUAL_MODALS, DOWNTONERS, EMPHATIC_DEGREE, WISH_MODALS, WISH_OPENERS } from './words';

/**
 * After a negator: a form of "be" and then a comparative ("couldn't be happier",
 * "never felt better"), or "never" + "be" + a degree word ("never been so
 * excited"), say the most, not the opposite.
 */
export function isEmphatic(infos: readonly WordInfo[], i: number): boolean {
  let at = i + 1;
  if (infos[at]?.word === 'have' || infos[at]?.word === 'has' || infos[at]?.word === 'had') at++;
  if (!BE_FORMS.has(infos[at]?.word ?? '')) return false;
  const next = infos[at + 1];
  if (!next) return false;
  if (next.comparative) return true;
  return infos[i]!.word === 'never' && EMPHATIC_DEGREE.has(next.word);
}

/** "should have", "could've": what follows did not happen. */
export function isCounterfactual(infos: readonly WordInfo[], i: number): boolean {
  const word = infos[i]!.word;
  if (COUNTERFACTUAL_CONTRACTED.has(word)) return true;
  return COUNTERFACTUAL_MODALS.has(word) && infos[i + 1]?.word === 'have';
}

/**
 * Which tokens are wished for: from a wish modal to the "if" that follows it
 * in the same sentence ("it would be great if…"), and from "wish" or "if only"
 * to the sentence's end. Undefined when the text has no such words.
 */
export function wishedFrom(infos: readonly WordInfo[], tokens: Tokens): Uint8Array | undefined {
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

/** "/s" at the end, "#sarcasm", or "yeah right" at token i. */
export function isSarcasmMarker(text: string, tokens: Tokens, infos: readonly WordInfo[], i: number): boolean {
  const word = infos[i]!.word;
  if (word === 's' && tokens.start[i]! > 0 && text.charCodeAt(tokens.start[i]! - 1) === 47 && i === tokens.length - 1) return true;
  if (word === 'sarcasm' && tokens.hashtag(i)) return true;
  return word === 'yeah' && infos[i + 1]?.word === 'right';
}

/** Whether the token at `i` would score: a modifier gives way to the word it modifies. */
export function scores(tokens: Tokens, infos: readonly WordInfo[], i: number): boolean {
  if (i >= tokens.length || tokens.pause(i)) return false;
  const info = infos[i]!;
  return info.entry !== undefined || info.negator;
}

/** Each emoji in a run like "🔥🔥" or "great🔥" scores on its own. */
export function emojiRun(tally: Tally, tokenStart: number, word: string, exact: (word: string) => Entry | undefined) {
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

/** First words of the two-word downtoners ("kind of"): only after one of them is a pair worth building. */
const PAIR_STARTS = new Set([...DOWNTONERS].filter((d) => d.includes(' ')).map((d) => d.split(' ')[0]!));

/** ×1.5 after a booster, ×0.5 after a downtoner (one or two words), looking past one negator. */
export function modifier(infos: readonly WordInfo[], i: number): number {
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
export function isShouted(text: string, start: number, end: number): boolean {
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

export function phraseAt(infos: readonly WordInfo[], i: number, phrases: readonly Phrase[]): Phrase | undefined {
  for (const phrase of phrases) if (matches(infos, i, phrase.words)) return phrase;
  return undefined;
}

function matches(infos: readonly WordInfo[], i: number, phrase: readonly string[]): boolean {
  for (let k = 0; k < phrase.length; k++) if (infos[i + k]?.word !== phrase[k]) return false;
  return true;
}

