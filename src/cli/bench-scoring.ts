/**
 * The measuring half of `npm run bench`: the labelled sentence sets, the scorers
 * we compare against, and the two measurements (accuracy, throughput). Nothing
 * here prints, so a test can call it and check the figures.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import Papa from 'papaparse';
import Sentiment from 'sentiment';
import wink from 'wink-sentiment';
import vader from 'vader-sentiment';
import { ALL_RULES, NO_RULES, createScorer } from '../lib/scoring/score';

export interface LabelledSentence {
  text: string;
  positive: boolean;
}

export interface LabelledSet {
  name: string;
  sentences: LabelledSentence[];
  /** Rows with no text or no 0/1 label (each file ends in one blank `{text: "", class: null}`). */
  skipped: number;
}

export const SET_NAMES = ['amazon', 'imdb', 'yelp'] as const;

/**
 * The sets `sentiment` validates itself against (1,000 labelled sentences each,
 * from the UCI "Sentiment Labelled Sentences" data). Read from the installed
 * package so every scorer sees the very same text. The blank last row is left
 * out: it has no label to be right or wrong about.
 */
export function loadLabelledSets(names: readonly string[] = SET_NAMES): LabelledSet[] {
  const packageDir = dirname(createRequire(import.meta.url).resolve('sentiment/package.json'));
  return names.map((name) => {
    const file = join(packageDir, 'test', 'fixtures', `${name}.json`);
    const rows: unknown = JSON.parse(readFileSync(file, 'utf8'));
    if (!Array.isArray(rows)) throw new Error(`${file}: expected an array of {text, class}; reinstall sentiment (npm ci).`);
    const sentences: LabelledSentence[] = [];
    for (const row of rows as { text?: unknown; class?: unknown }[]) {
      if (typeof row?.text === 'string' && row.text.trim() && (row.class === 0 || row.class === 1)) {
        sentences.push({ text: row.text, positive: row.class === 1 });
      }
    }
    return { name, sentences, skipped: rows.length - sentences.length };
  });
}

/** A scorer reduced to one number per sentence: its sign is the verdict, its cost is timed. */
export interface Contender {
  name: string;
  /** 'ours' rows are compared against the 'comparison' rows, never against each other. */
  family: 'ours' | 'comparison';
  score(text: string): number;
}

/**
 * Our scorer as shipped, and with its rules and domain lexicon off: what they
 * add shows as the gap between the two rows. With everything off the scorer
 * agrees with raw sentiment.
 */
export function ourContenders(): Contender[] {
  const ours = createScorer();
  const bare = createScorer({ rules: NO_RULES, domain: false });
  return [
    { name: 'ours', family: 'ours', score: (text) => ours(text).polarity },
    { name: 'ours, no rules / no domain lexicon', family: 'ours', score: (text) => bare(text).polarity },
  ];
}

/** Ours with one rule (or the domain lexicon) off at a time: what each adds is the gap to 'ours'. */
export function ablationContenders(): Contender[] {
  const off = [...Object.keys(ALL_RULES).map((rule) => [rule, { rules: { [rule]: false } }] as const), ['domain lexicon', { domain: false }] as const];
  return off.map(([name, options]) => {
    const scorer = createScorer(options);
    return { name: `ours without ${name}`, family: 'ours' as const, score: (text: string) => scorer(text).polarity };
  });
}

export const RAW_SENTIMENT = 'raw sentiment';

export function comparisonContenders(): Contender[] {
  const sentiment = new Sentiment();
  return [
    { name: RAW_SENTIMENT, family: 'comparison', score: (text) => sentiment.analyze(text).score },
    // Its score per token: the package's own length-normalised figure, fairer to it on long sentences.
    { name: 'raw sentiment, comparative', family: 'comparison', score: (text) => sentiment.analyze(text).comparative },
    // score and normalizedScore always share a sign, so either gives the same verdicts.
    { name: 'wink-sentiment', family: 'comparison', score: (text) => wink(text).normalizedScore },
    { name: 'vader-sentiment', family: 'comparison', score: (text) => vader.SentimentIntensityAnalyzer.polarity_scores(text).compound },
  ];
}

export interface SetAccuracy {
  correct: number;
  total: number;
  accuracy: number;
}

export interface AccuracyRow {
  scorer: string;
  family: Contender['family'];
  bySet: Record<string, SetAccuracy>;
  /** Unweighted mean over the sets, so no one source dominates. */
  mean: number;
}

/**
 * Share of sentences whose sign matches the label. A score of 0 counts as
 * positive, as in sentiment's own validation, so a scorer that finds nothing
 * to say gets the positive half of the neutral sentences right.
 */
export function measureAccuracy(contenders: readonly Contender[], sets: readonly LabelledSet[]): AccuracyRow[] {
  return contenders.map((contender) => {
    const bySet: Record<string, SetAccuracy> = {};
    for (const set of sets) {
      let correct = 0;
      for (const sentence of set.sentences) {
        if (contender.score(sentence.text) >= 0 === sentence.positive) correct++;
      }
      const total = set.sentences.length;
      bySet[set.name] = { correct, total, accuracy: total ? correct / total : 0 };
    }
    const accuracies = Object.values(bySet).map((s) => s.accuracy);
    const mean = accuracies.reduce((sum, a) => sum + a, 0) / (accuracies.length || 1);
    return { scorer: contender.name, family: contender.family, bySet, mean };
  });
}

export interface ThroughputOptions {
  /** Timed rounds; each times every contender once, in alternating order. */
  rounds?: number;
  /** Roughly how long one contender's batch in one round should take. */
  batchMs?: number;
  /** Untimed running per contender first, so the JIT has settled before we time. */
  warmupMs?: number;
}

export interface ThroughputRow {
  scorer: string;
  /** Statements per second: the median round, which a noisy shared machine disturbs least. */
  median: number;
  rates: number[];
  passesPerBatch: number;
}

/**
 * Statements per second for each contender over the same texts. Rounds
 * alternate who goes first so that a slow spell on the machine falls on both.
 */
export function measureThroughput(
  contenders: readonly Contender[],
  texts: readonly string[],
  { rounds = 7, batchMs = 400, warmupMs = 600 }: ThroughputOptions = {},
): ThroughputRow[] {
  // Summing the scores keeps the work observable, so nothing can be optimised away.
  let checksum = 0;
  const pass = (contender: Contender) => {
    for (const text of texts) checksum += contender.score(text);
  };

  const passesPerBatch = contenders.map((contender) => {
    const until = performance.now() + warmupMs;
    let passMs = Infinity;
    do {
      const start = performance.now();
      pass(contender);
      passMs = performance.now() - start;
    } while (performance.now() < until);
    return Math.max(1, Math.round(batchMs / Math.max(passMs, 1e-3)));
  });

  const rates: number[][] = contenders.map(() => []);
  for (let round = 0; round < rounds; round++) {
    const order = contenders.map((_, i) => i);
    if (round % 2) order.reverse();
    for (const i of order) {
      const passes = passesPerBatch[i]!;
      const start = performance.now();
      for (let p = 0; p < passes; p++) pass(contenders[i]!);
      const seconds = (performance.now() - start) / 1000;
      rates[i]!.push((passes * texts.length) / seconds);
    }
  }

  if (Number.isNaN(checksum)) throw new Error('A scorer returned NaN during the throughput run.');
  return contenders.map((contender, i) => ({
    scorer: contender.name,
    median: median(rates[i]!),
    rates: rates[i]!,
    passesPerBatch: passesPerBatch[i]!,
  }));
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** A sentence with a continuous human rating (valence, 1 very negative … 5 very positive). */
export interface RatedSentence {
  text: string;
  rating: number;
  /** The set's own grouping: a genre. */
  group: string;
}

/** Where `npm run bench` looks for the development set: beside the project, never inside it. */
export const RATED_SET_PATH = new URL('../../../shared/datasets/emobank-dev.csv', import.meta.url);

/**
 * The development sentences with human valence ratings (columns id, group,
 * rating, text), or undefined when the file is not there: a fresh clone has no
 * ../shared, and the bench then says so and goes on.
 */
export function loadRatedSet(path: URL | string = RATED_SET_PATH): RatedSentence[] | undefined {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  const sentences: RatedSentence[] = [];
  for (const row of parsed.data) {
    const rating = Number(row.rating);
    if (typeof row.text === 'string' && row.text.trim() && Number.isFinite(rating)) {
      sentences.push({ text: row.text, rating, group: row.group || 'all' });
    }
  }
  return sentences;
}

/** Pearson's r of two equally long series; 0 when either has no spread. */
export function pearson(xs: ArrayLike<number>, ys: ArrayLike<number>): number {
  const n = xs.length;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += xs[i]!;
    my += ys[i]!;
  }
  mx /= n || 1;
  my /= n || 1;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = xs[i]! - mx;
    const dy = ys[i]! - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  return sxx && syy ? sxy / Math.sqrt(sxx * syy) : 0;
}

export interface CorrelationRow {
  scorer: string;
  family: Contender['family'];
  /** Pearson r against the human rating, per group of the set. */
  byGroup: Record<string, number>;
  /** Unweighted mean over the groups, so no one genre dominates. */
  mean: number;
}

/** How well each contender's overall score follows the human ratings, genre by genre. */
export function measureCorrelation(contenders: readonly Contender[], sentences: readonly RatedSentence[]): CorrelationRow[] {
  const groups = [...new Set(sentences.map((s) => s.group))].sort();
  return contenders.map((contender) => {
    const byGroup: Record<string, number> = {};
    for (const group of groups) {
      const inGroup = sentences.filter((s) => s.group === group);
      byGroup[group] = pearson(
        inGroup.map((s) => contender.score(s.text)),
        inGroup.map((s) => s.rating),
      );
    }
    const rs = Object.values(byGroup);
    return { scorer: contender.name, family: contender.family, byGroup, mean: rs.reduce((a, b) => a + b, 0) / (rs.length || 1) };
  });
}
