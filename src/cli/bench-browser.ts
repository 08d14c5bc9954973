/**
 * The browser half of `npm run bench`: the built dashboard in headless
 * Chromium with 100,000 statements of real sentences (the labelled review
 * sentences inside `sentiment`, drawn into twelve groups over a year), each
 * figure beside its comparison from the same run:
 *   - load-to-chart, beside the floor (parse + raw sentiment in a worker, same file);
 *   - our scoring worker alone, with no dashboard beside it, beside the floor, over that file and
 *     over one of SMALL statements: what a load costs whatever its size, and per statement;
 *   - redraw after a group filter change (the chart alone, and the whole dashboard),
 *     beside a naive D3 SVG scatter, and the longest main-thread task in the toggles;
 *   - the longest main-thread task during the load (longtask observer), and after it while the
 *     dashboard settles (the views below the chart come in, the other methods are scored), before
 *     the toggles;
 *   - the JavaScript heap once the dashboard has settled after the load, after garbage
 *     collection, beside the file's size;
 *   - the gzipped JavaScript the dashboard loads first.
 * Then the same load, toggle and heap at 1,000,000 statements (three loads, each
 * beside a run of the floor over the same file), unless `--no-million`.
 */
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from '@playwright/test';
import { createServer, preview } from 'vite';
import { buildAsUsersGetIt } from './build-app';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';
import { TOGGLED, firstReach, heapAfterGc, loadDashboard, median, settleAfterLoad, toggles } from './bench-page';
import { loadLabelledSets } from './bench-scoring';
import { generateRealisticCsv } from './generate';

export const STATEMENTS = 100_000;
const ROUNDS = 5;
/**
 * Loads timed, each in a fresh page, alternating with as many runs of the floor, each in a fresh
 * worker: the machine is shared, and a busy spell then slows both sides, not one.
 */
const LOADS = 5;
/** Loads of the million-statement file, each after a run of the floor over it: one pair alone moved from 1.19× to 1.56× between runs. */
const MILLION_LOADS = 3;
/** The smaller file our worker and the floor run over alone, beside the load's file: two sizes tell a load's fixed start from its cost per statement. */
const SMALL = 10_000;
/** Rounds of each scorer in the browser, alternating, each by a scorer made for it: the first are the engine's warm-up. */
const SCORING_ROUNDS = 7;

export interface BrowserFigures {
  statements: number;
  /** Median of LOADS loads. */
  loadMs: number;
  loadRuns: number[];
  /** The same loads: when the worker's last message arrived, and the rest of each load (the page's part), medians. */
  workerMs: number;
  afterWorkerMs: number;
  /** Median of LOADS runs after a warm-up, by the worker's own clock, which stops before it sends the scores. */
  floorMs: number;
  floorRuns: number[];
  /** The same runs as the page sees them: from handing a ready worker the file to its scores on the page. */
  floorPageMs: number;
  /** Our worker alone in the comparison page beside the floor, at SMALL statements and at `statements`. */
  alone: { small: AloneFigures; large: AloneFigures };
  /** The whole dashboard: scatter, group comparison, timeline and table all follow the filter. */
  redrawMs: number;
  /** The enthusiasm-vs-concern chart alone (its embed), the like-for-like comparison with the naive scatter. */
  chartRedrawMs: number;
  naiveRedrawMs: number;
  naiveFirstDrawMs: number;
  /** The longest over all LOADS loads. */
  longestTaskMs: number;
  /** The longest after them, while the views below the chart came in and the other methods were scored (settleAfterLoad). */
  settleLongestTaskMs: number;
  firstJsGzipBytes: number;
  firstJsFiles: string[];
  /** The longest main-thread task during the dashboard's group toggles. */
  toggleLongestTaskMs: number;
  /** JavaScript heap after the load, once settled, and two garbage collections; and the file it was loaded from. */
  heapBytes: number;
  fileBytes: number;
  million?: ScaleFigures;
  /** Our scorer and raw sentiment in a Chromium worker over the file's statements: ms per round, alternating. */
  scoring: { statements: number; ours: number[]; raw: number[] };
}

/**
 * The dashboard's scoring worker alone in the comparison page, no dashboard beside it, from the
 * file to its last message by the page's clock, and the floor by its own: medians of runs in turns.
 */
export interface AloneFigures {
  statements: number;
  oursMs: number;
  floorMs: number;
  runs: number;
}

/** Loads of a large file, each after a run of the floor over the same file: the medians, and each run. */
export interface ScaleFigures {
  statements: number;
  fileBytes: number;
  loadMs: number;
  loadRuns: number[];
  workerMs: number;
  afterWorkerMs: number;
  floorMs: number;
  floorRuns: number[];
  /** The longest main-thread task while the dashboard settled after the loads (settleAfterLoad). */
  settleLongestTaskMs: number;
  /** Group toggles on the whole dashboard: the median, and the longest main-thread task in them. */
  toggleMs: number;
  toggleLongestTaskMs: number;
  heapBytes: number;
  /** The longest main-thread task in the first hover over the marks, and in the first keyboard focus after it. */
  firstHoverLongestTaskMs: number;
  firstFocusLongestTaskMs: number;
}

/** The worker's part of some loads and the page's part after it, as medians over the loads. */
function workerShare(loads: number[], workerRuns: number[]): { workerMs: number; afterWorkerMs: number } {
  return { workerMs: median(workerRuns), afterWorkerMs: median(loads.map((load, i) => load - workerRuns[i]!)) };
}

/** Every group of the realistic file but TOGGLED (bench-page.ts): the chart-alone filter. */
const OTHER_GROUPS = [
  'Screenwriters', 'Actors', 'VFX artists', 'Studios', 'AI company', 'Talent agencies', 'News organisations', 'Customers', 'Unions',
  'Investors', 'Social media',
];

/** The gzipped bytes of the scripts dist/index.html loads before anything else (its entry and modulepreloads). */
function firstJavaScript(): { bytes: number; files: string[] } {
  const html = readFileSync('dist/index.html', 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\.?\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
  const bytes = files.reduce((sum, file) => sum + gzipSync(readFileSync(join('dist', file))).length, 0);
  return { bytes, files };
}

/** Our worker alone and the floor over `csv` (of `statements` statements), `runs` times each in turns, in the comparison page. */
async function aloneBeside(bench: Page, statements: number, csv: string, runs: number): Promise<AloneFigures> {
  const handle = await bench.evaluateHandle((text) => new File([text], 'small.csv'), csv);
  const ours: number[] = [];
  const floors: number[] = [];
  for (let i = 0; i < runs; i++) {
    floors.push((await bench.evaluate((f) => window.floor(f), handle)).worker);
    ours.push(await bench.evaluate((f) => window.ours(f), handle));
  }
  await handle.dispose();
  return { statements, oursMs: median(ours), floorMs: median(floors), runs };
}

export async function runBrowserBench({ million = true } = {}): Promise<BrowserFigures> {
  buildAsUsersGetIt();
  const app = await preview({ configFile: 'vite.config.ts', preview: { port: 0, strictPort: false }, logLevel: 'warn' });
  const comparisons = await createServer({
    configFile: false,
    root: 'src/bench',
    server: { port: 0 },
    logLevel: 'warn',
  });
  await comparisons.listen();
  const dir = mkdtempSync(join(tmpdir(), 'bench-'));
  const file = join(dir, 'statements.csv');
  const sentences = loadLabelledSets().flatMap((set) => set.sentences.map((s) => s.text));
  writeFileSync(file, generateRealisticCsv(STATEMENTS, sentences));
  const fileBytes = statSync(file).size;
  // gc and precise heap figures, for the heap after a load.
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS, '--js-flags=--expose-gc', '--enable-precise-memory-info'] });
  try {
    // The comparison page: the floor, and the naive scatter drawing the same statements.
    const bench = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await bench.goto(comparisons.resolvedUrls!.local[0]!);
    await bench.waitForFunction(() => 'floor' in window);
    const handle = await bench.evaluateHandle(async (csv) => new File([csv], 'statements.csv'), readFileSync(file, 'utf8'));
    // Warm up: the dev server compiles the workers once.
    await bench.evaluate((f) => window.floor(f), handle);
    await bench.evaluate((f) => window.ours(f), handle);
    const scoring = await bench.evaluate(([f, rounds]) => window.throughput(f, rounds), [handle, SCORING_ROUNDS] as const);
    const floors: { page: number; worker: number }[] = [];
    const alone: number[] = [];

    // The dashboard, loaded in fresh pages, each load after a run of the floor and one of our worker
    // alone while no dashboard is open (a loaded one goes on working out its other methods); the
    // last page stays for the redraws.
    const loads: number[] = [];
    const workerRuns: number[] = [];
    let longestTaskMs = 0;
    let settleLongestTaskMs = 0;
    let page: Page | undefined;
    for (let i = 0; i < LOADS; i++) {
      // The last dashboard closed, and a second for its tab to wind down, so the floor runs on a quiet machine.
      await page?.close();
      await bench.waitForTimeout(1000);
      floors.push(await bench.evaluate((f) => window.floor(f), handle));
      alone.push(await bench.evaluate((f) => window.ours(f), handle));
      const loaded = await loadDashboard(browser, app.resolvedUrls!.local[0]!, file, STATEMENTS);
      page = loaded.page;
      loads.push(loaded.loadMs);
      workerRuns.push(loaded.workerMs);
      longestTaskMs = Math.max(longestTaskMs, await page.evaluate(() => (window as unknown as { __longest: number }).__longest));
      settleLongestTaskMs = Math.max(settleLongestTaskMs, await settleAfterLoad(page));
    }
    const heapBytes = await heapAfterGc(page!);
    const dashboardToggles = await toggles(page!, ROUNDS);
    await page!.close();
    const small = await aloneBeside(bench, SMALL, generateRealisticCsv(SMALL, sentences), LOADS);
    await bench.evaluate((f) => window.floor(f), handle);

    // The chart alone, as embedded: the same file served on the app's origin, the filter set through
    // the URL as back and forward do.
    const chart = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await chart.route((url) => url.pathname === '/bench-statements.csv', (route) => route.fulfill({ path: file, contentType: 'text/csv' }));
    await chart.goto(`${app.resolvedUrls!.local[0]!}?embed=quadrant&data=/bench-statements.csv`);
    await chart.locator('canvas').waitFor({ timeout: 60_000 });
    const chartRedraws: number[] = [];
    for (let i = 0; i < ROUNDS * 2; i++) {
      chartRedraws.push(
        await chart.evaluate(async (search) => {
          const start = performance.now();
          history.pushState(null, '', search);
          dispatchEvent(new PopStateEvent('popstate'));
          await Promise.resolve();
          await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
          return performance.now() - start;
        }, `?embed=quadrant&data=/bench-statements.csv${i % 2 ? '' : `&groups=${encodeURIComponent(OTHER_GROUPS.join(','))}`}`),
      );
    }

    // The naive scatter, drawing the statements of the floor's last run.
    const naiveFirstDrawMs = await bench.evaluate(() => window.naiveDraw());
    const naive: number[] = [];
    for (let i = 0; i < ROUNDS * 2; i++) naive.push(await bench.evaluate((hide) => window.naiveRedraw(hide), i % 2 ? null : TOGGLED));
    await chart.close();

    let millionFigures: ScaleFigures | undefined;
    if (million) {
      const big = join(dir, 'million.csv');
      writeFileSync(big, generateRealisticCsv(1_000_000, sentences));
      const bigHandle = await bench.evaluateHandle(async (csv) => new File([csv], 'million.csv'), readFileSync(big, 'utf8'));
      const floorRuns: number[] = [];
      const loadRuns: number[] = [];
      const workerRuns: number[] = [];
      const settleRuns: number[] = [];
      let loaded: Awaited<ReturnType<typeof loadDashboard>> | undefined;
      for (let i = 0; i < MILLION_LOADS; i++) {
        // As at 100,000: the last dashboard closed and wound down, so the floor runs on a quiet machine.
        await loaded?.page.close();
        await bench.waitForTimeout(1000);
        floorRuns.push((await bench.evaluate((f) => window.floor(f), bigHandle)).worker);
        loaded = await loadDashboard(browser, app.resolvedUrls!.local[0]!, big, 1_000_000);
        loadRuns.push(loaded.loadMs);
        workerRuns.push(loaded.workerMs);
        settleRuns.push(await settleAfterLoad(loaded.page));
      }
      await bigHandle.dispose();
      loaded = loaded!;
      const heap = await heapAfterGc(loaded.page);
      const t = await toggles(loaded.page, 2);
      const reach = await firstReach(loaded.page);
      millionFigures = {
        statements: 1_000_000,
        fileBytes: statSync(big).size,
        loadMs: median(loadRuns),
        loadRuns,
        ...workerShare(loadRuns, workerRuns),
        floorMs: median(floorRuns),
        floorRuns,
        settleLongestTaskMs: Math.max(...settleRuns),
        toggleMs: t.median,
        toggleLongestTaskMs: t.longest,
        heapBytes: heap,
        firstHoverLongestTaskMs: reach.hover,
        firstFocusLongestTaskMs: reach.focus,
      };
      await loaded.page.close();
    }

    const js = firstJavaScript();
    const floorRuns = floors.map((f) => f.worker);
    return {
      statements: STATEMENTS,
      loadMs: median(loads),
      loadRuns: loads,
      ...workerShare(loads, workerRuns),
      floorMs: median(floorRuns),
      floorRuns,
      floorPageMs: median(floors.map((f) => f.page)),
      alone: { small, large: { statements: STATEMENTS, oursMs: median(alone), floorMs: median(floorRuns), runs: alone.length } },
      redrawMs: dashboardToggles.median,
      toggleLongestTaskMs: dashboardToggles.longest,
      heapBytes,
      fileBytes,
      million: millionFigures,
      scoring,
      chartRedrawMs: median(chartRedraws),
      naiveRedrawMs: median(naive),
      naiveFirstDrawMs,
      longestTaskMs,
      settleLongestTaskMs,
      firstJsGzipBytes: js.bytes,
      firstJsFiles: js.files,
    };
  } finally {
    await browser.close();
    await comparisons.close();
    await new Promise<void>((resolve) => app.httpServer.close(() => resolve()));
  }
}
