/**
 * The scorer: enthusiasm, concern, net and polarity for one statement, with
 * every contribution explained. Pure and synchronous; the worker and the CLI
 * call it. This file walks a statement's tokens once and applies the rules in
 * order; what it knows of each word is in word-info.ts, what the rules ask of
 * the words around a token in rule-checks.ts, the rules and their factors in
 * rules.ts.
 *
 * With every rule off it reproduces `sentiment.analyze` exactly (AFINN-165
 * plus emoji, a negator flips only the next word). Each rule is a switch, so
 * its effect can be measured on its own (npm run bench).
 */
import type { Score, Scored, Statement } from '../types';
import { DOMAIN } from './domain';
import * as hashtags from './hashtags';
import type { Lexicon } from './lexicon';
import * as ruleChecks from './rule-checks';
import * as ruleSwitches from './rules';
import type { Rules } from './rules';
import { Tally } from './tally';
import * as tallies from './tally';
import * as tokenizer from './tokenize';
import * as wordInfo from './word-info';
import type { WordInfo } from './word-info';
import * as words from './words';

export { ALL_RULES, FACTORS, NO_RULES, type Rules } from './rules';

// The token walk calls these for every token. Bound here once: under vite-node (the bench and the
// score command) a named import is read through a getter at each use, which cost the walk 5 to 10
// per cent; a bundle (the worker) makes them plain bindings either way.
const { emojiRun, isCounterfactual, isEmphatic, isSarcasmMarker, isShouted, modifier, phraseAt, scores, wishedFrom } = ruleChecks;
const { ALL_RULES, FACTORS } = ruleSwitches;
const { createWordBook } = wordInfo;
const { splitHashtags } = hashtags;
const { withReason } = tallies;
const { Tokens, exclamations, tokenize } = tokenizer;
const { APPROVING, COUNTERFACTUAL_MODALS, LIKE_AS_VERB_AFTER, NEGATION_BREAKERS, SLANG_PRAISE } = words;

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

export function createScorer(options: ScorerOptions = {}): Scorer {
  const score = createTallyScorer(options);
  return (text) => score(text).toScore();
}

/** The scorer without an object per contribution: what the worker scores a load with. */
export function createTallyScorer(options: ScorerOptions = {}): TallyScorer {
  const rules: Rules = { ...ALL_RULES, ...options.rules };
  const domain = options.domain === false ? undefined : options.domain instanceof Map ? options.domain : DOMAIN;
  const { exact, describe, hashtagPieces } = createWordBook(rules, domain, options.extras);

  const tally = new Tally();
  const read = new Tokens();
  const split = new Tokens();
  return (input) => {
    const text = typeof input === 'string' ? input : '';
    let tokens = tokenize(text, read);
    if (rules.hashtags && read.hashtags) tokens = splitHashtags(read, split, (i) => (describe(read.word[i]!, read.hash[i]!).entry ? undefined : hashtagPieces(read.word[i]!)));
    const infos = new Array<WordInfo>(tokens.length);
    let steering = false; // a word that may start a wish, a counterfactual or a sarcasm marker: most texts have none
    for (let i = 0; i < tokens.length; i++) steering = (infos[i] = describe(tokens.word[i]!, tokens.hash[i]!)).steers || steering;
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
        sentenceFirst = tally.scoredWords;
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
        for (let k = sentenceFirst; k < tally.scoredWords; k++) tally.rescale(k, FACTORS.beforeContrast, 'concession');
        sentenceFirst = tally.scoredWords;
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
        if (rules.tokens && !phrase && info.nonAscii) {
          const from = tally.scoredWords;
          emojiRun(tally, tokens.start[i]!, info.word, exact);
          for (let k = from; k < tally.scoredWords; k++) if (APPROVING.has(tally.token[k]!)) approving = true;
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
        // Weighed down in an "although" clause, up after "but": the receipt says which.
        reasons = withReason(reasons, afterContrast ? 'contrast' : 'concession');
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
      if (rules.slang && weight < 0 && !phrase && SLANG_PRAISE.has(info.word)) (slangAt ??= []).push(tally.scoredWords);
      tally.push(phrase ? phrase.name : info.word, tokens.start[i]!, tokens.end[i + span - 1]!, weight, reasons);
      i += span - 1;
    }
    if (sarcastic) {
      for (let k = 0; k < tally.scoredWords; k++) if (tally.weight[k]! > 0) tally.rescale(k, FACTORS.sarcastic, 'sarcasm');
    } else if (approving && slangAt) {
      for (const k of slangAt) tally.rescale(k, -1, 'slang');
    }
    tally.finish(tokens.length);
    return tally;
  };
}

/**
 * A statement and its score as one Scored, field by field. The score command made them with a
 * spread, `{ ...statement, ...score }`, which took about 15 µs a statement in Node, six times the
 * scoring itself.
 */
export function scoredStatement(statement: Statement, score: Score): Scored {
  const { id, text, group, speaker, source, date, url, provenance, label, extra } = statement;
  const { enthusiasm, concern, net, words, enthusiasmPerWord, concernPerWord, netPerWord, polarity, quadrant, scoredWords, contributions } = score;
  return {
    id, text, group, speaker, source, date, url, provenance, label, extra,
    enthusiasm, concern, net, words, enthusiasmPerWord, concernPerWord, netPerWord, polarity, quadrant, scoredWords, contributions,
  };
}
