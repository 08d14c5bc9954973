/**
 * AFINN-165 and the emoji ranking, as shipped inside the `sentiment` package,
 * read once into Maps: lookups of user text never reach Object.prototype,
 * and nothing here is ever written to after load.
 */
import afinn from 'sentiment/languages/en/labels.json' with { type: 'json' };
import emoji from 'sentiment/build/emoji.json' with { type: 'json' };
import negatorList from 'sentiment/languages/en/negators.json' with { type: 'json' };

export type Lexicon = ReadonlyMap<string, number>;

export const AFINN: Lexicon = new Map([...Object.entries(afinn), ...Object.entries(emoji)] as [string, number][]);

/** The negators `sentiment` itself uses (not, don't, isn't, can't…). */
export const NEGATORS: ReadonlySet<string> = new Set(Object.keys(negatorList));
