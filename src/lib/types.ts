/** The shapes every layer agrees on, defined once. */

/** One stakeholder statement, normalised at the edge (lib/data) and trusted downstream. */
export interface Statement {
  id: string;
  text: string;
  group: string;
  speaker: string;
  source: string;
  /** ISO 8601 date (YYYY-MM-DD) or '' when the file had none or it could not be read. */
  date: string;
  url: string;
  provenance: string;
  /** A label from the file's label column, as written there (read with readLabel), or ''. */
  label: string;
  /**
   * The file's own columns that no field took (a reach, a rating…), in the order of the dataset's
   * extra column names; shorter when a late NDJSON key added columns after this statement, and
   * absent when the file had none. Carried so that the downloads give every column back.
   */
  extra?: readonly string[];
}

/**
 * Why a word moved a score. A contribution's first reason says where its weight
 * came from (AFINN, the emoji ranking, VADER's lexicon, our word list, or the
 * domain lexicon); the rest say which rules shaped it, in the order they acted.
 */
export type Reason =
  | 'lexicon'
  | 'emoji'
  | 'vader'
  | 'own'
  | 'domain'
  | 'derived'
  | 'negated'
  | 'intensified'
  | 'contrast'
  | 'concession'
  | 'emphasis'
  | 'hypothetical'
  | 'sarcasm'
  | 'slang';

/** The four regions of the enthusiasm-against-concern plane, as the app names them. */
export type Quadrant = 'enthusiastic' | 'concerned' | 'conflicted' | 'reserved';

/** One word's part in a statement's score. */
export interface Contribution {
  /** The token as the lexicon knows it (lower case). */
  token: string;
  /** Character span in the original text, [start, end). */
  start: number;
  end: number;
  /** Signed weight after every rule. */
  weight: number;
  reasons: Reason[];
}

export interface Score {
  /** Sum of the positive contributions. */
  enthusiasm: number;
  /** Sum of the magnitudes of the negative contributions. */
  concern: number;
  /** enthusiasm − concern. */
  net: number;
  /** Number of word tokens, the base of the normalised forms. */
  words: number;
  enthusiasmPerWord: number;
  concernPerWord: number;
  netPerWord: number;
  /**
   * One overall score in [−1, 1] that does not grow with length:
   * (enthusiasm − concern) / (enthusiasm + concern + k·√words); see the README.
   */
  polarity: number;
  /** Where the statement stands on the plane (quadrantOf). */
  quadrant: Quadrant;
  /** How many words and phrases scored: the length of `contributions`, known without them. */
  scoredWords: number;
  contributions: Contribution[];
}

export type Scored = Statement & Score;

/** A row of the input that could not be used, and why. */
export interface RowIssue {
  /** 1-based data row number (the header is row 0 for delimited files). */
  row: number;
  column?: string;
  message: string;
}

export interface Interval {
  low: number;
  high: number;
}

export interface GroupStats {
  group: string;
  count: number;
  meanEnthusiasm: number;
  meanConcern: number;
  meanNet: number;
  /** Mean polarity: the one length-fair measure every summary, the group comparison and the rank use. */
  meanPolarity: number;
  ciPolarity: Interval;
  ciEnthusiasm: Interval;
  ciConcern: Interval;
  ciNet: Interval;
  sharePositive: number;
  shareNegative: number;
  shareNeutral: number;
  /** Words that add most to the group's enthusiasm, largest total first. */
  topEnthusiasm: WordTotal[];
  /** Words that add most to the group's concern, largest total (as a magnitude) first. */
  topConcern: WordTotal[];
}

export interface WordTotal {
  word: string;
  /** Sum of the word's contributions' magnitudes across the group. */
  total: number;
  /** How many times it scored. */
  count: number;
}

/** The selection, as the URL states it. */
export interface Filters {
  /** Groups to show; null means every group. */
  groups: string[] | null;
  /** Text search: statements whose text, speaker or source holds this (any case). */
  q?: string;
  /** Only statements from this source. */
  source?: string;
  /** Date range, inclusive, as YYYY-MM-DD; statements without a date are left out when either is set. */
  from?: string;
  to?: string;
  /** A region of the enthusiasm-vs-concern plane: [concern from, concern to, enthusiasm from, enthusiasm to]. */
  region?: [number, number, number, number];
  /** Statements with insufficient evidence: dimmed on the chart, or left out of the selection. Shown as hollow marks when absent. */
  evidence?: 'dim' | 'hide';
}
