// Just enough of the two comparison scorers for the bench: neither ships its own types.

declare module 'wink-sentiment' {
  interface WinkResult {
    /** Sum of word and emoticon weights; same sign as normalizedScore. */
    score: number;
    normalizedScore: number;
  }
  function wink(text: string): WinkResult;
  export default wink;
}

declare module 'vader-sentiment' {
  interface VaderScores {
    neg: number;
    neu: number;
    pos: number;
    /** Normalised to -1..1; VADER's own single figure for a sentence. */
    compound: number;
  }
  const vader: {
    SentimentIntensityAnalyzer: { polarity_scores(text: string): VaderScores };
  };
  export default vader;
}
