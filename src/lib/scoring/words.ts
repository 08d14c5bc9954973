/**
 * The small closed word lists the rules use. Each list is general English,
 * not tuned to any test set.
 */

/** Words that negate what follows, beyond `sentiment`'s own list. Any token ending in n't negates too. */
export const NEGATORS: ReadonlySet<string> = new Set([
  'not', 'no', 'never', 'nothing', 'nobody', 'none', 'neither', 'nor', 'cannot', 'without', 'hardly',
  'cant', 'dont', 'doesnt', 'isnt', 'wont', 'wasnt', 'werent', 'arent', 'didnt', 'couldnt', 'wouldnt',
  'shouldnt', 'havent', 'hasnt', 'hadnt', 'aint', 'non',
]);

export function isNegator(word: string): boolean {
  return NEGATORS.has(word) || word.endsWith("n't");
}

/** After a negator these words cancel it: "not only good but great" is not a negation. */
export const NEGATION_BREAKERS: ReadonlySet<string> = new Set(['only', 'just', 'merely']);

/** Words that strengthen the word right after them. */
export const BOOSTERS: ReadonlySet<string> = new Set([
  'very', 'really', 'so', 'extremely', 'incredibly', 'absolutely', 'totally', 'completely', 'highly', 'truly',
  'deeply', 'super', 'utterly', 'especially', 'particularly', 'remarkably', 'exceptionally', 'thoroughly',
  'hugely', 'immensely', 'insanely', 'terribly', 'awfully', 'enormously', 'greatly', 'perfectly', 'most',
]);

/** Words (and two-word phrases) that soften the word right after them. */
export const DOWNTONERS: ReadonlySet<string> = new Set([
  'slightly', 'somewhat', 'barely', 'kinda', 'sorta', 'fairly', 'rather', 'mildly', 'moderately', 'marginally',
  'partly', 'partially', 'pretty', 'quite', 'kind of', 'sort of', 'a bit', 'a little',
]);

/** Words after which the rest of the sentence carries the speaker's point. */
export const CONTRAST_AFTER: ReadonlySet<string> = new Set(['but', 'however', 'nevertheless', 'nonetheless']);

/** Words that open a conceded clause, weighed less than the clause that answers it. */
export const CONCESSIVE: ReadonlySet<string> = new Set(['although', 'though', 'despite', 'whereas']);

/** Subjects and auxiliaries after which "like" is the verb (to like), not "similar to". */
export const LIKE_AS_VERB_AFTER: ReadonlySet<string> = new Set([
  'i', 'we', 'you', 'they', 'people', 'really', "i'd", "we'd", 'would', 'do', 'did', 'dont', "don't", 'didnt',
  "didn't", 'also', 'still', 'just', 'to',
]);

/** Forms of "be" (and verbs like it) after which a negator and a comparative say "as good as it gets". */
export const BE_FORMS: ReadonlySet<string> = new Set(['be', 'been', 'feel', 'felt', 'get', 'got', 'look', 'looked', 'sound', 'sounded']);

/** Comparatives that do not end in -er. */
export const IRREGULAR_COMPARATIVES: ReadonlySet<string> = new Set(['better', 'best', 'worse', 'worst', 'more']);

/** Degree words that, after "never been", make the negation emphatic: "never been so happy". */
export const EMPHATIC_DEGREE: ReadonlySet<string> = new Set(['so', 'such', 'this', 'that', 'more']);

/** Modals that, followed by "have", speak of what did not happen: "it should have been great". */
export const COUNTERFACTUAL_MODALS: ReadonlySet<string> = new Set(['should', 'could', 'would', 'might']);
export const COUNTERFACTUAL_CONTRACTED: ReadonlySet<string> = new Set(["should've", "could've", "would've", "might've", 'shouldve', 'couldve', 'wouldve']);

/** Modals of what is wished for or imagined, when the sentence also has an "if": "it would be great if…". */
export const WISH_MODALS: ReadonlySet<string> = new Set(['would', "i'd", "we'd", "you'd", "they'd", "it'd", "that'd", 'id', 'wed', 'could']);
/** Words after which the rest of the sentence is wished for, not had: "I wish they paid us". */
export const WISH_OPENERS: ReadonlySet<string> = new Set(['wish', 'wished', 'wishing']);

/** Swear words that, before a scored word, strengthen it ("fucking amazing") rather than add anger of their own. */
export const PROFANE_BOOSTERS: ReadonlySet<string> = new Set([
  'fucking', 'fuckin', 'fkn', 'fking', 'freaking', 'freakin', 'frickin', 'friggin', 'effing', 'damn', 'damned',
  'goddamn', 'goddamned', 'bloody', 'hella',
]);

/** Words of alarm that slang uses as praise; read as praise only beside a smiling face or approving emoji. */
export const SLANG_PRAISE: ReadonlySet<string> = new Set([
  'sick', 'insane', 'crazy', 'wicked', 'killer', 'unreal', 'nuts', 'fire', 'savage', 'beast', 'bananas', 'mad', 'ridiculous',
]);

/**
 * Emoji and faces of approval, beside which slang alarm words are praise ("sick 🔥"). Laughter
 * (😂, lol) is left out: it as often mocks ("ridiculous 😂").
 */
export const APPROVING: ReadonlySet<string> = new Set([
  '🔥', '💯', '👏', '🙌', '😍', '🤩', '❤️', '❤', '😎', '👌', '👍', '🥰', ':)', ':-)', ':d', ':-d', '<3', '=)', '^_^',
]);

/** Faces and emoji that mark what is said beside them as sarcasm. */
export const SARCASM_EMOJI: ReadonlySet<string> = new Set(['🙄', '😒', '🙃', '😏']);

/** Short words a run-together hashtag is made of besides scored ones: "#notgood", "#sadforyou". */
export const HASHTAG_WORDS: ReadonlySet<string> = new Set([
  'i', 'a', 'im', 'me', 'my', 'we', 'us', 'our', 'you', 'your', 'he', 'she', 'it', 'they', 'them', 'their',
  'so', 'not', 'no', 'too', 'very', 'the', 'an', 'is', 'am', 'are', 'was', 'be', 'this', 'that', 'of', 'to', 'in',
  'on', 'for', 'and', 'or', 'with', 'at', 'all', 'just', 'day', 'days', 'life', 'today', 'feel', 'feeling',
  'being', 'get', 'got', 'when', 'what', 'why', 'how', 'much', 'more', 'out', 'up', 'off', 'now', 'ever', 'again',
  'morning', 'night', 'time', 'work', 'job', 'jobs', 'people', 'news', 'face',
]);
