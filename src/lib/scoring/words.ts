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
