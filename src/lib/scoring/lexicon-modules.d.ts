// The one file of vader-sentiment the scorer reads: its word list, without the package's own rules.
declare module 'vader-sentiment/src/vader_lexicon.js' {
  /** VADER's word ratings, −4 … +4. */
  export const lexicon: Record<string, number>;
}
