/**
 * The browser half of `npm run bench`: the built dashboard in headless
 * Chromium with a generated 100,000-statement file, each figure beside its
 * comparison from the same run:
 *   - load-to-chart, beside the floor (parse + raw sentiment in a worker);
 *   - redraw after a group filter change (the chart alone, and the whole dashboard),
 *     beside a naive D3 SVG scatter;
 *   - the longest main-thread task during the load (longtask observer);
 *   - the gzipped JavaScript the dashboard loads first.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from '@playwright/test';
import { build, createServer, preview } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';
import { generateStatementsCsv } from './generate';

export const STATEMENTS = 100_000;
const ROUNDS = 5;
/**
 * Loads timed, each in a fresh page, alternating with as many runs of the floor, each in a fresh
 * worker: the machine is shared, and a busy spell then slows both sides, not one.
 */
const LOADS = 5;

export interface BrowserFigures {
  statements: number;
  /** Median of LOADS loads. */
  loadMs: number;
  loadRuns: number[];
  /** Median of LOADS runs after a warm-up, by the worker's own clock, which stops before it sends the scores. */
  floorMs: number;
  floorRuns: number[];
  /** The same runs as the page sees them: from handing a ready worker the file to its scores on the page. */
  floorPageMs: number;
  /** The whole dashboard: scatter, group comparison, timeline and table all follow the filter. */
  redrawMs: number;
  /** The enthusiasm-vs-concern chart alone (its embed), the like-for-like comparison with the naive scatter. */
  chartRedrawMs: number;
  naiveRedrawMs: number;
  naiveFirstDrawMs: number;
  /** The longest over all LOADS loads. */
  longestTaskMs: number;
  firstJsGzipBytes: number;
  firstJsFiles: string[];
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;

/**
 * Runs in the page before the app: records long tasks, and times the load from the file input's
 * change to the frame after the new count shows and the chart's canvas holds its marks (it is
 * aria-busy while they are built).
 */
function instrument(expected: string) {
  const w = window as unknown as { __longest: number; __loaded: Promise<number> };
  w.__longest = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) w.__longest = Math.max(w.__longest, entry.duration);
  }).observe({ type: 'longtask', buffered: true });
  w.__loaded = new Promise((resolve) => {
    let start = 0;
    document.addEventListener(
      'change',
      () => {
        start = performance.now();
        w.__longest = 0;
        // The statement count: reading the whole page's text at every change would itself slow the load.
        const watch = new MutationObserver(() => {
          if (document.querySelector('[role=status].count')?.textContent !== expected) return;
          const chart = document.querySelector('canvas.dots-canvas');
          if (!chart || chart.getAttribute('aria-busy') === 'true') return;
          watch.disconnect();
          requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now() - start)));
        });
        watch.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['aria-busy'] });
      },
      true,
    );
  });
}

/** Unchecks or checks a group and waits for the redrawn frame. */
async function toggleRedraw(page: Page, group: string): Promise<number> {
  return page.evaluate(async (name) => {
    const box = [...document.querySelectorAll<HTMLLabelElement>('.group-filter label')].find(
      (label) => label.querySelector('.name')?.textContent === name,
    )!.querySelector('input')!;
    const status = document.querySelector('[role=status].count')!;
    const before = status.textContent;
    const start = performance.now();
    box.click();
    // Svelte applies the change in a microtask; then two frames, as for the naive scatter.
    await Promise.resolve();
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    if (status.textContent === before) throw new Error(`The count did not change after toggling ${name}.`);
    return performance.now() - start;
  }, group);
}

function firstJavaScript(): { bytes: number; files: string[] } {
  const html = readFileSync('dist/index.html', 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
  const bytes = files.reduce((sum, file) => sum + gzipSync(readFileSync(join('dist', file))).length, 0);
  return { bytes, files };
}

export async function runBrowserBench(): Promise<BrowserFigures> {
  await build({ configFile: 'vite.config.ts', logLevel: 'warn' });
  const app = await preview({ configFile: 'vite.config.ts', preview: { port: 0, strictPort: false }, logLevel: 'warn' });
  const comparisons = await createServer({
    configFile: false,
    root: 'src/bench',
    server: { port: 0 },
    logLevel: 'warn',
  });
  await comparisons.listen();
  const file = join(mkdtempSync(join(tmpdir(), 'bench-')), 'statements.csv');
  writeFileSync(file, generateStatementsCsv(STATEMENTS));
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    // The comparison page: the floor, and the naive scatter drawing the same statements.
    const bench = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await bench.goto(comparisons.resolvedUrls!.local[0]!);
    await bench.waitForFunction(() => 'floor' in window);
    const handle = await bench.evaluateHandle(async (csv) => new File([csv], 'statements.csv'), readFileSync(file, 'utf8'));
    await bench.evaluate((f) => window.floor(f), handle); // warm up: the dev server compiles the worker once
    const floors: { page: number; worker: number }[] = [];

    // The dashboard, loaded in fresh pages, each load after a run of the floor while no dashboard is
    // open (a loaded one goes on working out its other methods); the last page stays for the redraws.
    const loads: number[] = [];
    let longestTaskMs = 0;
    let page: Page | undefined;
    for (let i = 0; i < LOADS; i++) {
      // The last dashboard closed, and a second for its tab to wind down, so the floor runs on a quiet machine.
      await page?.close();
      await bench.waitForTimeout(1000);
      floors.push(await bench.evaluate((f) => window.floor(f), handle));
      page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      await page.addInitScript(instrument, `${STATEMENTS.toLocaleString('en-US')} statements`);
      await page.goto(app.resolvedUrls!.local[0]!);
      await page.getByRole('status').filter({ hasText: /statements$/ }).waitFor();
      // A settled dashboard, as a person finds it when they pick a file: the demo's last view is on
      // the page, and a second has passed, less than anyone takes to choose a file (the page starts
      // the next load's worker in an idle moment).
      await page.getByRole('heading', { name: 'Check the numbers' }).waitFor();
      await page.waitForTimeout(1000);
      await page.getByLabel('Load statements').setInputFiles(file);
      loads.push(await page.evaluate(() => (window as unknown as { __loaded: Promise<number> }).__loaded));
      longestTaskMs = Math.max(longestTaskMs, await page.evaluate(() => (window as unknown as { __longest: number }).__longest));
    }
    const redraws: number[] = [];
    for (let i = 0; i < ROUNDS * 2; i++) redraws.push(await toggleRedraw(page!, 'Group B'));

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
        }, `?embed=quadrant&data=/bench-statements.csv${i % 2 ? '' : '&groups=Group%20A,Group%20C,Group%20D,Group%20E,Group%20F'}`),
      );
    }

    // The naive scatter, drawing the statements of the floor's last run.
    const naiveFirstDrawMs = await bench.evaluate(() => window.naiveDraw());
    const naive: number[] = [];
    for (let i = 0; i < ROUNDS * 2; i++) naive.push(await bench.evaluate((hide) => window.naiveRedraw(hide), i % 2 ? null : 'Group B'));

    const js = firstJavaScript();
    return {
      statements: STATEMENTS,
      loadMs: median(loads),
      loadRuns: loads,
      floorMs: median(floors.map((f) => f.worker)),
      floorRuns: floors.map((f) => f.worker),
      floorPageMs: median(floors.map((f) => f.page)),
      redrawMs: median(redraws),
      chartRedrawMs: median(chartRedraws),
      naiveRedrawMs: median(naive),
      naiveFirstDrawMs,
      longestTaskMs,
      firstJsGzipBytes: js.bytes,
      firstJsFiles: js.files,
    };
  } finally {
    await browser.close();
    await comparisons.close();
    await new Promise<void>((resolve) => app.httpServer.close(() => resolve()));
  }
}
