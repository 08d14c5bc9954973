/**
 * The word lists a weight can come from, each read once into a Map: lookups of
 * user text never reach Object.prototype, and nothing here is written to after
 * load. Every weight is on AFINN's −5 … +5 scale.
 *
 * - AFINN-165 and the emoji ranking, as shipped inside the `sentiment` package.
 * - VADER's lexicon (7,500 entries rated by ten people each, −4 … +4), as
 *   shipped inside the `vader-sentiment` package (Apache-2.0), scaled by 5/4.
 *   For a word both rate, the scorer takes the mean of the two ratings (two
 *   panels of raters are steadier than one); VADER alone covers words AFINN
 *   lacks (emoticons, slang, forms such as "happier", "horrifying", "sadness").
 */
import afinn from 'sentiment/languages/en/labels.json' with { type: 'json' };
import emoji from 'sentiment/build/emoji.json' with { type: 'json' };
import negatorList from 'sentiment/languages/en/negators.json' with { type: 'json' };
import { lexicon as vader } from 'vader-sentiment/src/vader_lexicon.js';

export type Lexicon = ReadonlyMap<string, number>;

/** AFINN's −5 … +5 over VADER's −4 … +4. */
export const VADER_SCALE = 5 / 4;

/** AFINN-165 alone: words and its few multi-word entries. */
export const AFINN_WORDS: Lexicon = new Map(Object.entries(afinn) as [string, number][]);

/** The emoji ranking `sentiment` ships (emoji with a clear sentiment in tweets). */
export const EMOJI: Lexicon = new Map(Object.entries(emoji) as [string, number][]);

/** What `sentiment.analyze` itself looks words up in: AFINN and the emoji, one list. */
export const AFINN: Lexicon = new Map([...AFINN_WORDS, ...EMOJI]);

/** VADER's ratings on AFINN's scale. */
export const VADER: Lexicon = new Map(
  Object.entries(vader as Record<string, number>).map(([word, weight]) => [word, Math.round(weight * VADER_SCALE * 100) / 100]),
);

/** The negators `sentiment` itself uses (not, don't, isn't, can't…). */
export const NEGATORS: ReadonlySet<string> = new Set(Object.keys(negatorList));
