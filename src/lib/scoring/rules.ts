/**
 * The scorer's rules, each a switch so its effect can be measured on its own (npm run bench),
 * and the factors they weigh a word by.
 */

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
