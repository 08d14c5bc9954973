/**
 * Long group names, as real files have them: a 140-character name with spaces and a 600-character
 * one with none. Every chart draws them shortened with an ellipsis inside its own bounds, keeps the
 * whole name where a reader can still get it (a title, the row's name), and the page never scrolls
 * sideways, on a laptop or a phone. A span of a few days labels each day on the over-time axis once.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './harness';

const SPACED = 'Independent visual effects artists, compositors and post-production workers outside the major studios (freelance, non-union, UK and Canada)';
const UNBROKEN = 'G'.repeat(600);

function csv(): string {
  const lines = ['id,text,group,date'];
  for (let day = 1; day <= 5; day++) {
    lines.push(`a${day},great progress we love it,"${SPACED}",2024-03-0${day}`);
    lines.push(`b${day},a serious worry about jobs,Writers,2024-03-0${day}`);
    lines.push(`c${day},terrible and unfair,${UNBROKEN},2024-03-0${day}`);
  }
  return lines.join('\n') + '\n';
}

const figure = (page: Page, name: RegExp) => page.getByRole('figure', { name });
const count = (page: Page) => page.getByRole('status').filter({ hasText: /statements?$/ });

async function load(page: Page) {
  await page.goto('/');
  await expect(figure(page, /Enthusiasm vs concern/).locator('[data-mean-of]').first()).toBeVisible();
  await page.getByLabel('Load statements').setInputFiles({ name: 'long-names.csv', mimeType: 'text/csv', buffer: Buffer.from(csv()) });
  await expect(count(page)).toHaveText('15 statements');
  // The views after the main chart come one at a time; the word shift is the last of those drawn here.
  await expect(figure(page, /Word shift/).locator('.word-label').first()).toBeAttached();
}

/** SVG text that names a group, and how far it reaches past its chart's svg, in pixels, on each side. */
function overhangs(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('figure .mean-label, figure .line-label, figure .group-label, figure.word-shift .axis .title')].map((text) => {
      const svg = (text as SVGElement).ownerSVGElement!.getBoundingClientRect();
      const box = text.getBoundingClientRect();
      return { text: text.textContent!.slice(0, 60), past: Math.max(0, svg.left - box.left, box.right - svg.right) };
    }),
  );
}

const pageWidth = (page: Page) => page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
]) {
  test(`long group names stay inside every chart and the page at ${viewport.width} px`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await load(page);
    const width = await pageWidth(page);
    expect(width.scroll, 'the page scrolls sideways').toBeLessThanOrEqual(width.client);
    const past = (await overhangs(page)).filter((o) => o.past > 1);
    expect(past, 'group names drawn past the edge of their chart').toEqual([]);
  });
}

test('a long name is shortened with an ellipsis in the charts, and whole where a reader asks for it', async ({ page }) => {
  await load(page);
  const main = figure(page, /Enthusiasm vs concern/);
  const label = main.locator(`[data-label-of="${SPACED}"]`);
  await expect(label).toHaveText(/^Independent visual effects.*…$/);
  await expect(main.locator(`[data-mean-of="${SPACED}"] title`)).toContainText(SPACED);
  // The main chart's labels end before the legend beside it starts.
  const legend = await page.getByRole('group', { name: 'Stakeholder groups' }).boundingBox();
  for (const name of [SPACED, UNBROKEN]) {
    const box = await main.locator(`[data-label-of="${name}"]`).boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(legend!.x);
  }

  const timeline = figure(page, /Over time/);
  const lineEnd = timeline.locator('.line-end').filter({ hasText: /^Independent/ });
  await expect(lineEnd.locator('.line-label')).toHaveText(/…$/);
  await expect(lineEnd.locator('title')).toHaveText(SPACED);

  const comparison = figure(page, /Group comparison/);
  await expect(comparison.getByRole('button', { name: new RegExp(`^${UNBROKEN} \\(5`) })).toContainText(/G…/);

  const shift = figure(page, /Word shift/);
  await shift.getByLabel('First group').selectOption(SPACED);
  await expect(shift.locator('.axis .title').filter({ hasText: /→$/ })).toHaveText(/^Independent visual effects.*… more positive →$/);
});

test('the over-time axis labels each day of a five-day span once', async ({ page }) => {
  await load(page);
  const labels = await figure(page, /Over time/).locator('.axis text:not(.title)').allTextContents();
  const days = labels.filter((l) => /^Mar \d+$/.test(l));
  expect(days.length).toBeGreaterThan(1);
  expect(days).toEqual([...new Set(days)]);
});
