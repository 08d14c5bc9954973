/**
 * npm run export -- --view quadrant [--groups a,b] [--fit groups|statements] [--data FILE] [--title T] [--subtitle S] [--note N] [--byline B] --out chart.svg|chart.png
 *
 * Renders a chart for a scripted report through the same code as the browser:
 * it builds the app, serves it on this machine, opens it in headless Chromium
 * with the filters in the URL, loads FILE (or the demo data), and saves what
 * the Download SVG / Download PNG buttons give.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { preview } from 'vite';
import { EMBED_VIEWS } from '../embed-views';
import type { Fit } from '../lib/charts/quadrant-fit';
import { serializeFit } from '../lib/url/fit';
import { serializeWords, type ChartWords } from '../lib/url/words';
import { buildAsUsersGetIt } from './build-app';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';

const USAGE =
  'Usage: npm run export -- --view quadrant [--groups a,b] [--fit groups|statements] [--data FILE] [--title T] [--subtitle S] [--note N] [--byline B] [--width W] --out chart.svg|chart.png';
/** What the command can save: the views whose chart the dashboard's download buttons give. */
const VIEWS = EMBED_VIEWS.filter((view) => view.exported).map((view) => view.name);

/** What each option does, printed with the usage for --help. */
const HELP = `${USAGE}

  --view V          the chart to save: ${VIEWS.join(', ')} (default quadrant)
  --groups a,b      only these stakeholder groups, as the dashboard's group filter
  --fit F           the main chart fitted to the group means (groups, default) or to every statement (statements)
  --data FILE       your statements file (CSV, TSV, JSON, NDJSON or .xlsx); without it, the demo data
  --title, --subtitle, --note, --byline
                    the report's words above and under the chart
  --width W         the chart's width in pixels, 320 to 4000 (default 1000)
  --out FILE        where the chart goes: .svg or .png`;

interface Options {
  view: string;
  groups?: string;
  /** What the main chart is fitted to, as the dashboard's Group map / All statements switch. */
  fit: Fit;
  data?: string;
  out: string;
  width: number;
  /** The report's words, drawn above and under the chart. */
  words: Partial<ChartWords>;
}

function parseArgs(argv: string[]): Options {
  const args = argv.filter((a) => a !== '--');
  const value = (flag: string) => {
    const at = args.indexOf(flag);
    return at >= 0 ? args.splice(at, 2)[1] : undefined;
  };
  const options = {
    view: value('--view') ?? 'quadrant',
    groups: value('--groups'),
    fit: (value('--fit') ?? 'groups') as Fit,
    data: value('--data'),
    out: value('--out') ?? '',
    width: Number(value('--width') ?? 1000),
    words: { title: value('--title'), subtitle: value('--subtitle'), note: value('--note'), byline: value('--byline') },
  };
  // The first that holds says what is wrong.
  const checks: [boolean, string][] = [
    [args.length > 0, `unexpected ${args.join(' ')}`],
    [!/\.(svg|png)$/i.test(options.out), '--out must name a .svg or .png file'],
    [!VIEWS.includes(options.view), `--view ${options.view} is not available; this version exports: ${VIEWS.join(', ')}`],
    [!existsSync(dirname(resolve(options.out))), `--out ${options.out}: its folder does not exist`],
    [!!options.data && !existsSync(options.data), `--data ${options.data} does not exist`],
    [!(options.width >= 320 && options.width <= 4000), '--width must be between 320 and 4000 pixels'],
    [options.fit !== 'groups' && options.fit !== 'statements', `--fit must be groups or statements, not ${options.fit}`],
  ];
  const problem = checks.find(([holds]) => holds)?.[1];
  if (problem) throw new Error(`${problem}\n${USAGE}`);
  return options;
}

async function main() {
  if (process.argv.some((arg) => arg === '--help' || arg === '-h')) return void process.stdout.write(HELP + '\n');
  const options = parseArgs(process.argv.slice(2));
  process.stderr.write('building the app…\n');
  // A build of its own, so a dashboard served from dist/ meanwhile is never disturbed.
  const outDir = mkdtempSync(join(tmpdir(), 'stakeholder-sentiment-export-'));
  // The bundle users get: built here, in this process, it would hold Svelte's development runtime.
  buildAsUsersGetIt(outDir);
  const server = await preview({ configFile: 'vite.config.ts', build: { outDir }, preview: { port: 0 }, logLevel: 'error' });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    // The dashboard's side panel and margins take 316 px beside the chart.
    const page = await browser.newPage({ viewport: { width: options.width + 316, height: 900 }, acceptDownloads: true });
    const groups = options.groups ? `?groups=${options.groups.split(',').map((g) => encodeURIComponent(g.trim())).join(',')}` : '';
    const search = serializeFit(options.fit, serializeWords(options.words, groups));
    const count = page.getByRole('status').filter({ hasText: /statements?$/ });
    await page.goto(server.resolvedUrls!.local[0]! + (options.data ? '' : search));
    await count.waitFor();
    if (options.data) {
      const name = options.data.split(/[\\/]/).pop()!;
      await page.getByLabel('Load statements').setInputFiles(resolve(options.data));
      await page.getByText(name, { exact: true }).or(page.getByRole('alert')).first().waitFor({ timeout: 120_000 });
      // The filters go in through the URL, as when a reader goes back or forward to them.
      await page.evaluate((query) => {
        history.pushState(null, '', query || location.pathname);
        dispatchEvent(new PopStateEvent('popstate'));
      }, search);
    }
    const alert = page.getByRole('alert');
    if (await alert.count()) throw new Error(await alert.first().innerText());
    const button = options.out.toLowerCase().endsWith('.png') ? 'Download PNG' : 'Download SVG';
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
    writeFileSync(options.out, readFileSync((await download.path())!));
    process.stderr.write(`${await count.innerText()} -> ${options.out}\n`);
  } finally {
    await browser.close();
    await new Promise<void>((done) => server.httpServer.close(() => done()));
    rmSync(outDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`export failed: ${(error as Error).message}\n`);
  process.exitCode = 1;
});
