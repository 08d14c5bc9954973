/**
 * Snapshots of the composed charts' SVG on the demo data: a change to what a chart draws shows up
 * as a diff in a file a reviewer can read. Made stable the way Observable Plot makes its own: a
 * pinned time zone, locale, viewport and theme; numbers rounded; what the framework generates
 * dropped. After a deliberate change to a chart, update them with `--update-snapshots` and read
 * the diff before committing it.
 */
import type { Locator, Page } from '@playwright/test';
import { demo, expect, test } from './harness';

test.use({
  timezoneId: 'UTC',
  locale: 'en-US',
  viewport: { width: 1280, height: 800 },
  deviceScaleFactor: 1,
  colorScheme: 'light',
  reducedMotion: 'reduce',
});

/**
 * The markup of every SVG in a chart, one element a line. Decimal numbers (in coordinates, path
 * data, transforms, labels) are rounded to one decimal, so a last-bit difference in floating point
 * is no change; integers and dates stay as written. Svelte's scoped-style classes are hashes of the
 * component's CSS and its `<!---->` comments mark its blocks: neither is what the chart draws. An
 * empty element is written as one self-closing tag; nothing is reordered.
 */
function normaliseSvg(markup: string): string {
  return markup
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/\s*\bsvelte-[a-z0-9]+\b/g, '')
    .replace(/ class=""/g, '')
    .replace(/(?<![\d.])-?\d*\.\d+(?:e[-+]?\d+)?(?![\d.])/gi, (number) => String(Number(Number(number).toFixed(1))))
    .replace(/<([a-z]+)([^<>]*)><\/\1>/g, '<$1$2/>')
    .replace(/></g, '>\n<');
}

async function svgOf(figure: Locator): Promise<string> {
  const parts = await figure.locator('svg').evaluateAll((svgs) => svgs.map((svg) => svg.outerHTML));
  return normaliseSvg(parts.join('\n'));
}

/** Two animation frames: long enough for Svelte to flush and the chart's frame to re-measure. */
async function frames(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))));
}

/** The chart's normalised SVG once it no longer changes between frames. */
async function settled(page: Page, figure: Locator): Promise<string> {
  let markup = '';
  await expect(async () => {
    const before = await svgOf(figure);
    await frames(page);
    markup = await svgOf(figure);
    expect(markup).toBe(before);
  }).toPass();
  return markup;
}

/** The demo dashboard with every view mounted and the fonts the labels are measured in loaded. */
async function openDemo(page: Page): Promise<void> {
  await page.goto('/');
  await expect(page.getByRole('status').filter({ hasText: /statements$/ })).toHaveText(demo.shown);
  await expect(page.getByRole('heading', { name: 'Check the numbers' })).toBeVisible();
  await expect(page.getByRole('figure', { name: /^Method sensitivity/ })).toBeVisible();
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
}

const CHARTS = [
  { name: 'quadrant-group-map', figure: /^Enthusiasm vs concern/ },
  { name: 'group-comparison', figure: /^Group comparison/ },
  { name: 'over-time', figure: /^Over time/ },
  { name: 'method-sensitivity', figure: /^Method sensitivity/ },
  { name: 'word-shift', figure: /^Word shift/ },
];

for (const chart of CHARTS) {
  test(`the ${chart.name} chart draws as its snapshot`, async ({ page }) => {
    await openDemo(page);
    const figure = page.getByRole('figure', { name: chart.figure });
    expect(await settled(page, figure)).toMatchSnapshot(`${chart.name}.svg`);
  });
}

test('the quadrant chart fitted to all statements draws as its snapshot', async ({ page }) => {
  await openDemo(page);
  const figure = page.getByRole('figure', { name: /^Enthusiasm vs concern/ });
  await figure.getByRole('button', { name: 'All statements' }).click();
  await expect(figure.getByRole('button', { name: 'All statements' })).toHaveAttribute('aria-pressed', 'true');
  expect(await settled(page, figure)).toMatchSnapshot('quadrant-all-statements.svg');
});
