/**
 * `npm run bench`: is our scorer worth using over the package it is built on?
 *
 * Accuracy on the three labelled sentence sets shipped with `sentiment` (amazon,
 * imdb, yelp) for ours, raw `sentiment`, wink-sentiment and vader-sentiment. The
 * targets: beat raw sentiment on each set, and every other scorer on the mean.
 * Agreement with people (Pearson r against human valence ratings, genre by
 * genre) on the development set beside the project, when it is there; and each
 * rule's part, as ours with that rule off. Throughput of ours against raw
 * sentiment on the same 3,000 sentences, because the rules must not cost much:
 * the target is at least 1.0× raw sentiment.
 *
 * Every figure is printed beside what it is compared with, all from one run.
 * Then the browser part (bench-browser.ts): the built dashboard in headless
 * Chromium with 100,000 generated statements. `--no-browser` skips it.
 * `--json` prints the same figures as one object, for tests and CI logs.
 * This file is the command; the measuring functions are in bench-scoring.ts.
 */
import {
  RAW_SENTIMENT,
  ablationContenders,
  comparisonContenders,
  loadRatedSet,
  measureCorrelation,
  type CorrelationRow,
  loadLabelledSets,
  measureAccuracy,
  measureThroughput,
  ourContenders,
  type AccuracyRow,
  type ThroughputOptions,
  type ThroughputRow,
} from './bench-scoring';
import { runBrowserBench, type AloneFigures, type BrowserFigures } from './bench-browser';
import { median } from './bench-page';
import { runThreadBench, type ThreadFigures } from './bench-threads';

export const THROUGHPUT_TARGET = 1.0;

/** One of our figures beside the one it must beat. */
export interface Versus {
  ours: number;
  other: number;
  scorer: string;
  beats: boolean;
}

export interface BenchFigures {
  sets: { name: string; sentences: number; skipped: number }[];
  accuracy: AccuracyRow[];
  /** Per set against raw sentiment; the mean against the best other scorer. */
  ours: { bySet: Record<string, Versus>; mean: Versus };
  /** Pearson r against human valence ratings (the development set), or undefined when it is absent. */
  rated?: {
    sentences: number;
    rows: CorrelationRow[];
    /** Our mean r against the best other scorer's. */
    mean: Versus;
  };
  /** Each rule (and the domain lexicon) off in turn: mean r on the rated set, when present, and mean accuracy on the labelled sets. */
  ablation: { scorer: string; ratedMean?: number; accuracyMean: number }[];
  throughput: {
    statements: number;
    rounds: number;
    ours: ThroughputRow;
    raw: ThroughputRow;
    /** Ratio of the medians, ours / raw sentiment. */
    ratio: number;
    target: number;
    meetsTarget: boolean;
  };
}

/** Measures everything; prints nothing. */
export function runBench(throughputOptions: ThroughputOptions = {}): BenchFigures {
  const sets = loadLabelledSets();
  const ours = ourContenders();
  const others = comparisonContenders();
  const raw = others.find((c) => c.name === RAW_SENTIMENT)!;

  const accuracy = measureAccuracy([...ours, ...others], sets);
  const ourRow = accuracy[0]!;
  const rawRow = accuracy.find((row) => row.scorer === RAW_SENTIMENT)!;
  const best = accuracy.filter((row) => row.family === 'comparison').reduce((a, b) => (b.mean > a.mean ? b : a));
  const versus = (o: number, other: number, scorer: string): Versus => ({ ours: o, other, scorer, beats: o > other });

  const ratedSentences = loadRatedSet();
  let rated: BenchFigures['rated'];
  const ablations = ablationContenders();
  const ablationAccuracy = measureAccuracy(ablations, sets);
  const ablationRated = ratedSentences && measureCorrelation(ablations, ratedSentences);
  if (ratedSentences) {
    const rows = measureCorrelation([ours[0]!, ...others], ratedSentences);
    const bestRated = rows.filter((row) => row.family === 'comparison').reduce((a, b) => (b.mean > a.mean ? b : a));
    rated = { sentences: ratedSentences.length, rows, mean: versus(rows[0]!.mean, bestRated.mean, bestRated.scorer) };
  }
  const ablation = ablations.map((c, i) => ({ scorer: c.name, ratedMean: ablationRated?.[i]!.mean, accuracyMean: ablationAccuracy[i]!.mean }));

  const texts = sets.flatMap((set) => set.sentences.map((s) => s.text));
  const rounds = throughputOptions.rounds ?? 7;
  const [ourRate, rawRate] = measureThroughput([ours[0]!, raw], texts, { ...throughputOptions, rounds });
  const ratio = ourRate!.median / rawRate!.median;

  return {
    sets: sets.map((set) => ({ name: set.name, sentences: set.sentences.length, skipped: set.skipped })),
    accuracy,
    rated,
    ablation,
    ours: {
      bySet: Object.fromEntries(sets.map(({ name }) => [name, versus(ourRow.bySet[name]!.accuracy, rawRow.bySet[name]!.accuracy, rawRow.scorer)])),
      mean: versus(ourRow.mean, best.mean, best.scorer),
    },
    throughput: { statements: texts.length, rounds, ours: ourRate!, raw: rawRate!, ratio, target: THROUGHPUT_TARGET, meetsTarget: ratio >= THROUGHPUT_TARGET },
  };
}

const fixed3 = (x: number) => x.toFixed(3);
const signed3 = (x: number) => (x >= 0 ? '+' : '') + x.toFixed(3);
const count = (x: number) => Math.round(x).toLocaleString('en-US');
const mark = (ok: boolean) => (ok ? '✓' : '✗');
/** Two decimals, or three when two would round a miss up to the target (0.797 → "0.80"). */
const ratioText = (ratio: number, target: number) => ratio.toFixed(ratio < target && +ratio.toFixed(2) >= target ? 3 : 2);

export function formatTable(f: BenchFigures): string {
  const names = f.sets.map((s) => s.name);
  const width = Math.max(...f.accuracy.map((row) => row.scorer.length)) + 2;
  const cells = (values: number[]) => values.map((v) => fixed3(v).padStart(8)).join('');
  const skipped = f.sets.reduce((n, s) => n + s.skipped, 0);
  const lines = [
    `Accuracy: share of sentences where score ≥ 0 ⇔ labelled positive (${f.sets.map((s) => `${s.name} ${count(s.sentences)}`).join(', ')}` +
      (skipped ? `; ${skipped} unlabelled blank rows left out)` : ')'),
    '',
    'scorer'.padEnd(width) + [...names, 'mean'].map((s) => s.padStart(8)).join(''),
    ...f.accuracy.map((row) => row.scorer.padEnd(width) + cells([...names.map((s) => row.bySet[s]!.accuracy), row.mean])),
    '',
    ...names.map((s) => {
      const v = f.ours.bySet[s]!;
      return `ours on ${s.padEnd(6)} ${fixed3(v.ours)} vs ${v.scorer} ${fixed3(v.other)}  ${signed3(v.ours - v.other)} ${mark(v.beats)}`;
    }),
    `ours mean      ${fixed3(f.ours.mean.ours)} vs best other ${fixed3(f.ours.mean.other)} (${f.ours.mean.scorer})  ${signed3(f.ours.mean.ours - f.ours.mean.other)} ${mark(f.ours.mean.beats)}`,
  ];
  if (f.rated) {
    const groups = Object.keys(f.rated.rows[0]!.byGroup);
    const short = (g: string) => g.slice(0, 9);
    lines.push(
      '',
      `Agreement with people: Pearson r of the overall score (ours: polarity) against human valence ratings,`,
      `${count(f.rated.sentences)} development sentences by genre (../shared/datasets/emobank-dev.csv); mean over genres`,
      '',
      'scorer'.padEnd(width) + [...groups.map(short), 'mean'].map((g) => g.padStart(10)).join(''),
      ...f.rated.rows.map((row) => row.scorer.padEnd(width) + [...groups.map((g) => row.byGroup[g]!), row.mean].map((v) => fixed3(v).padStart(10)).join('')),
      '',
      `ours mean r    ${fixed3(f.rated.mean.ours)} vs best other ${fixed3(f.rated.mean.other)} (${f.rated.mean.scorer})  ${signed3(f.rated.mean.ours - f.rated.mean.other)} ${mark(f.rated.mean.beats)}`,
    );
  } else {
    lines.push('', 'Agreement with people: skipped, ../shared/datasets/emobank-dev.csv is not there (a fresh clone has no ../shared).');
  }
  const fullRated = f.rated?.rows[0]!.mean;
  const fullAccuracy = f.accuracy[0]!.mean;
  lines.push(
    '',
    `Each rule on its own: ours with one rule off, beside ours with all on (mean r ${fullRated === undefined ? '—' : fixed3(fullRated)}, mean accuracy ${fixed3(fullAccuracy)})`,
    '',
    ...f.ablation.map(
      (a) =>
        `${a.scorer.padEnd(34)} r ${a.ratedMean === undefined ? '  —  ' : fixed3(a.ratedMean)} (${a.ratedMean === undefined || fullRated === undefined ? '—' : signed3(fullRated - a.ratedMean)} from the rule)` +
        `   accuracy ${fixed3(a.accuracyMean)} (${signed3(fullAccuracy - a.accuracyMean)})`,
    ),
  );
  const t = f.throughput;
  lines.push(
    '',
    `Throughput: ${count(t.statements)} statements, warmed up, median of ${t.rounds} alternating rounds`,
    '',
    `ours ${count(t.ours.median)} statements/s  vs ${t.raw.scorer} ${count(t.raw.median)} statements/s  → ratio ${ratioText(t.ratio, t.target)}× (target ≥ ${t.target.toFixed(2)}×) ${mark(t.meetsTarget)}`,
  );
  return lines.join('\n');
}

/** Milliseconds, rounded, as the browser figures print them. */
const ms = (x: number) => `${Math.round(x).toLocaleString('en-US')} ms`;

/** Browser figures, each beside its comparison and target. */
export function formatBrowser(b: BrowserFigures): string {
  // The browser reports only tasks over 50 ms, so 0 means none as long as that.
  const task = (x: number) => (x === 0 ? 'none over 50 ms' : ms(x));
  const mb = (x: number) => `${(x / 1e6).toFixed(1)} MB`;
  const loadRatio = b.loadMs / b.floorMs;
  const speedup = b.naiveRedrawMs / b.chartRedrawMs;
  const kb = b.firstJsGzipBytes / 1024;
  const lines = [
    `Browser: built dashboard in headless Chromium, ${b.statements.toLocaleString('en-US')} statements of real sentences in 12 groups (${mb(b.fileBytes)})`,
    '',
    `load to chart     ${ms(b.loadMs)}  vs floor (papaparse + raw sentiment in a worker, same file) ${ms(b.floorMs)}  → ${loadRatio.toFixed(2)}× the floor (target ≤ 1.3×) ${mark(loadRatio <= 1.3)}`,
    `                  (medians of ${b.loadRuns.length} loads in fresh pages, ${b.loadRuns.map(ms).join(', ')}, each after a run of the floor in a fresh`,
    `                  worker, ${b.floorRuns.map(ms).join(', ')}, timed by the worker, which stops the clock before it sends the scores;`,
    `                  as the page sees the floor, from handing a ready worker the file to having its scores, cloned as plain objects:`,
    `                  ${ms(b.floorPageMs)}, ${(b.loadMs / b.floorPageMs).toFixed(2)}× that)`,
    workerShareLine(b, b.floorMs),
    ...aloneLines(b.alone),
    `filter redraw     ${ms(b.chartRedrawMs)}  vs naive D3 SVG scatter (circle per statement, selection.join) ${ms(b.naiveRedrawMs)}  → ${speedup.toFixed(1)}× faster (target ≥ 10×) ${mark(speedup >= 10)}`,
    `                  (the whole dashboard, all four views following a group toggle: ${ms(b.redrawMs)}, ${(b.naiveRedrawMs / b.redrawMs).toFixed(1)}× the naive scatter)`,
    `                  (the naive scatter's first draw of all statements: ${ms(b.naiveFirstDrawMs)})`,
    `longest main-thread task in the group toggles  ${task(b.toggleLongestTaskMs)}  (target ≤ 100 ms) ${mark(b.toggleLongestTaskMs <= 100)}`,
    `longest main-thread task during the loads      ${task(b.longestTaskMs)}`,
    `                        and after them, while the views below the chart came in and the other methods were scored  ${task(b.settleLongestTaskMs)}`,
    `heap after the load, once settled  ${mb(b.heapBytes)}, ${(b.heapBytes / b.fileBytes).toFixed(2)}× the file`,
    `first JavaScript  ${kb.toFixed(1)} KB gzipped (${b.firstJsFiles.join(', ')})  (target ≤ 100 KB) ${mark(kb <= 100)}`,
    scoringInBrowser(b.scoring),
  ];
  const m = b.million;
  if (m) {
    const ratio = m.loadMs / m.floorMs;
    const toggleRatio = m.toggleMs / b.redrawMs;
    const heapRatio = m.heapBytes / m.fileBytes;
    lines.push(
      '',
      `${m.statements.toLocaleString('en-US')} statements (${mb(m.fileBytes)}), ${m.loadRuns.length} loads, each after a run of the floor over the same file:`,
      `load to chart     ${ms(m.loadMs)}  vs floor ${ms(m.floorMs)}  → ${ratio.toFixed(2)}× the floor (target ≤ 1.3×) ${mark(ratio <= 1.3)}`,
      `                  (medians; loads ${m.loadRuns.map(ms).join(', ')}; floor ${m.floorRuns.map(ms).join(', ')})`,
      workerShareLine(m, m.floorMs),
      `group toggle      ${ms(m.toggleMs)}  vs ${ms(b.redrawMs)} at ${b.statements.toLocaleString('en-US')}  → ${toggleRatio.toFixed(1)}× (target ≤ 3×) ${mark(toggleRatio <= 3)}`,
      `longest main-thread task in the toggles  ${task(m.toggleLongestTaskMs)}  (target ≤ 300 ms) ${mark(m.toggleLongestTaskMs <= 300)}`,
      `                  (after the loads, while the views below the chart came in and the other methods were scored: ${task(m.settleLongestTaskMs)})`,
      `heap after the load, once settled  ${mb(m.heapBytes)}, ${heapRatio.toFixed(2)}× the file (target ≤ 2.5×) ${mark(heapRatio <= 2.5)}`,
      `longest main-thread task in the first hover over the marks  ${task(m.firstHoverLongestTaskMs)}, in the first keyboard focus after it  ${task(m.firstFocusLongestTaskMs)}`,
      `                  (vs the toggles' ${task(m.toggleLongestTaskMs)}: each builds on first use what it needs, the marks' places and index, the keyboard order)`,
    );
  }
  return lines.join('\n');
}

/** Where a load's time went: the worker's part beside the floor, and the page's part after the worker's last message. */
function workerShareLine({ workerMs, afterWorkerMs }: { workerMs: number; afterWorkerMs: number }, floorMs: number): string {
  return (
    `                  (the same loads: the worker's last message came at ${ms(workerMs)}, ${(workerMs / floorMs).toFixed(2)}× the floor; ` +
    `the chart was on screen ${ms(afterWorkerMs)} after it; medians)`
  );
}

/**
 * Our worker alone beside the floor at two sizes, and what a straight line through the two sizes
 * makes of each: the time a load takes whatever its size, and the time per 10,000 statements.
 */
function aloneLines({ small, large }: BrowserFigures['alone']): string[] {
  const line = (side: 'oursMs' | 'floorMs') => {
    const per = (large[side] - small[side]) / (large.statements - small.statements);
    return { fixed: small[side] - per * small.statements, per10k: per * 10_000 };
  };
  const ours = line('oursMs');
  const floor = line('floorMs');
  const pair = (a: AloneFigures) =>
    `${a.statements.toLocaleString('en-US')} statements ${ms(a.oursMs)} vs floor ${ms(a.floorMs)} → ${(a.oursMs / a.floorMs).toFixed(2)}×`;
  return [
    `our worker alone  in the comparison page, no dashboard beside it, ready as the floor's, from the file to its last message by the`,
    `                  page's clock (the floor's own clock stops before it sends anything back)`,
    `                  (medians of ${large.runs} runs each, in turns with the floor): ${pair(large)}; ${pair(small)}`,
    `                  a straight line through the two sizes: whatever the size, ours ${ms(ours.fixed)}, the floor ${ms(floor.fixed)};` +
      ` each 10,000 statements, ours ${ms(ours.per10k)}, the floor ${ms(floor.per10k)}`,
  ];
}

/** Our scorer beside raw sentiment where users score: in a Chromium worker, over the load's statements. */
function scoringInBrowser({ statements, ours, raw }: BrowserFigures['scoring']): string {
  const rate = (v: number[]) => `${Math.round((statements / median(v)) * 1000).toLocaleString('en-US')} statements/s`;
  const list = (v: number[]) => v.map((x) => `${Math.round(x)}`).join(', ');
  return [
    `scoring in a Chromium worker  ours ${rate(ours)}  vs raw sentiment ${rate(raw)}  → ratio ${(median(raw) / median(ours)).toFixed(2)}×`,
    `                  (the same ${statements.toLocaleString('en-US')} statements, ${ours.length} rounds each in turns, each by a fresh scorer, medians; ms per round:`,
    `                  ours ${list(ours)}; raw sentiment ${list(raw)})`,
  ].join('\n');
}

/** npm run score on every core beside one thread. */
export function formatThreads(t: ThreadFigures): string {
  const ratio = median(t.parallel) / median(t.single);
  const list = (v: number[]) => v.map((x) => Math.round(x).toLocaleString('en-US')).join(', ');
  return [
    `npm run score: ${t.statements.toLocaleString('en-US')} statements of real sentences, ${t.threads} threads vs one, runs in turns (statements/s from first to last statement)`,
    '',
    `${t.threads} threads ${Math.round(median(t.parallel)).toLocaleString('en-US')}/s (${list(t.parallel)})  vs one thread ${Math.round(median(t.single)).toLocaleString('en-US')}/s (${list(t.single)})  → ${ratio.toFixed(2)}× (target ≥ 1.7×) ${mark(ratio >= 1.7)}`,
  ].join('\n');
}

/** The same figures, rounded as the table shows them. */
export function toJson(f: BenchFigures): object {
  const r3 = (x: number) => Math.round(x * 1000) / 1000;
  const versus = (v: Versus) => ({ ours: r3(v.ours), other: r3(v.other), scorer: v.scorer, difference: r3(v.ours - v.other), beats: v.beats });
  const rate = (r: ThroughputRow) => ({ median: Math.round(r.median), rounds: r.rates.map(Math.round), passesPerRound: r.passesPerBatch });
  return {
    sets: f.sets,
    accuracy: f.accuracy.map((row) => ({
      scorer: row.scorer,
      ...Object.fromEntries(f.sets.map(({ name }) => [name, r3(row.bySet[name]!.accuracy)])),
      mean: r3(row.mean),
      correct: Object.fromEntries(f.sets.map(({ name }) => [name, row.bySet[name]!.correct])),
    })),
    ours: {
      vsRaw: Object.fromEntries(Object.entries(f.ours.bySet).map(([name, v]) => [name, versus(v)])),
      meanVsBestOther: versus(f.ours.mean),
    },
    rated: f.rated && {
      sentences: f.rated.sentences,
      rows: f.rated.rows.map((row) => ({ scorer: row.scorer, ...Object.fromEntries(Object.entries(row.byGroup).map(([g, r]) => [g, r3(r)])), mean: r3(row.mean) })),
      meanVsBestOther: versus(f.rated.mean),
    },
    ablation: f.ablation.map((a) => ({ scorer: a.scorer, ratedMean: a.ratedMean === undefined ? null : r3(a.ratedMean), accuracyMean: r3(a.accuracyMean) })),
    throughput: {
      unit: 'statements/s',
      statements: f.throughput.statements,
      ours: rate(f.throughput.ours),
      raw: rate(f.throughput.raw),
      ratio: Math.round(f.throughput.ratio * 1000) / 1000,
      target: f.throughput.target,
      meetsTarget: f.throughput.meetsTarget,
    },
  };
}

const json = process.argv.includes('--json');
const scoring = runBench();
if (!json) console.log(formatTable(scoring) + '\n');
const threads = process.argv.includes('--no-threads') ? undefined : runThreadBench();
if (!json && threads) console.log(formatThreads(threads) + '\n');
const browser = process.argv.includes('--no-browser') ? undefined : await runBrowserBench({ million: !process.argv.includes('--no-million') });
if (json) console.log(JSON.stringify({ scoring: toJson(scoring), threads, browser }, null, 2));
else if (browser) console.log(formatBrowser(browser));
