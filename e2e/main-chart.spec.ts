/**
 * The main chart tells its story at a glance, on any data: on the demo, on a
 * file of 200 real sentences in ten groups, and on 20,000 real sentences in
 * six groups of very uneven size (made in the test, see corpus.ts). Each
 * dataset: the plot and its summary end within the first screen, no label
 * overlaps another label, a mark or a quadrant name, the group means spread
 * over much of the plot, no two groups share a colour, a phone never scrolls
 * sideways, and the chart's summary and the group comparison name the same
 * most concerned group. Screenshots of each (1280×800, 390×844, dark, print
 * page 1) go to e2e/artifacts/shots (or SHOTS_DIR).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { corpusCsv, TEN_GROUPS, UNEVEN_GROUPS } from './corpus';
import { demo, expect, test } from './harness';

const SHOTS = process.env.SHOTS_DIR ?? 'e2e/artifacts/shots';
mkdirSync(SHOTS, { recursive: true });

const chart = (page: Page) => page.getByRole('figure', { name: /Enthusiasm vs concern/ });
const count = (page: Page) => page.getByRole('status').filter({ hasText: /statements?$/ });

interface Dataset {
  name: string;
  /** The file to load, or none for the demo. */
  file?: () => string;
  statements: string;
  groups: number;
}

const DATASETS: Dataset[] = [
  { name: 'demo', statements: demo.shown, groups: demo.groups.length },
  { name: 'ten-groups', file: () => corpusCsv(200, TEN_GROUPS), statements: '200 statements', groups: 10 },
  { name: 'twenty-thousand', file: () => corpusCsv(20_000, UNEVEN_GROUPS), statements: '20,000 statements', groups: 6 },
];

async function open(page: Page, data: Dataset) {
  await page.goto('/');
  await expect(chart(page).locator('[data-mean-of]').first()).toBeVisible();
  if (data.file) {
    await page.getByLabel('Load statements').setInputFiles({ name: `${data.name}.csv`, mimeType: 'text/csv', buffer: Buffer.from(data.file()) });
  }
  await expect(count(page)).toHaveText(data.statements, { timeout: 60_000 });
  await expect(chart(page).locator('[data-mean-of]')).toHaveCount(data.groups);
  await expect(chart(page).locator('canvas[aria-busy="true"]')).toHaveCount(0);
}

/** Pairs of a label and something it overlaps: another label, a mean's mark, a quadrant name or the parity label. */
function labelOverlaps(page: Page) {
  return chart(page).evaluate((figure) => {
    const box = (e: Element) => e.getBoundingClientRect();
    const named = (selector: string, name: (e: Element) => string) => [...figure.querySelectorAll(selector)].map((e) => ({ name: name(e), box: box(e) }));
    const labels = named('[data-label-of]', (e) => `label ${e.getAttribute('data-label-of')}`);
    const others = [
      ...named('[data-mean-of]', (e) => `mark ${e.getAttribute('data-mean-of')}`),
      ...named('.guides .quadrant, .guides .parity-label', (e) => `text ${e.textContent}`),
    ];
    const hit = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
    const found: string[] = [];
    labels.forEach((l, i) => {
      labels.slice(i + 1).forEach((m) => hit(l.box, m.box) && found.push(`${l.name} on ${m.name}`));
      others.forEach((o) => hit(l.box, o.box) && found.push(`${l.name} on ${o.name}`));
    });
    return found;
  });
}

for (const data of DATASETS) {
  test.describe(`the main chart on ${data.name}`, () => {
    test.setTimeout(120_000);

    test('fits the first screen, labels nothing over anything, spreads the means, and colours every group apart', async ({ page }) => {
      await open(page, data);
      const figure = chart(page);
      const plot = (await figure.locator('.frame').boundingBox())!;
      const summary = (await figure.locator('#quadrant-summary').boundingBox())!;
      const legend = (await page.getByRole('group', { name: 'Stakeholder groups' }).boundingBox())!;
      expect(plot.y + plot.height).toBeLessThanOrEqual(800);
      expect(summary.y + summary.height).toBeLessThanOrEqual(800);
      expect(legend.y + legend.height).toBeLessThanOrEqual(800);
      await expect(page.getByRole('heading', { name: 'Stakeholder Sentiment' })).toBeInViewport();

      // Every group's mean and its label, inside the plot.
      for (const mark of await figure.locator('[data-mean-of]').all()) {
        const name = (await mark.getAttribute('data-mean-of'))!;
        const label = figure.locator(`[data-label-of="${name.replace(/"/g, '\\"')}"]`);
        await expect(label).toHaveText(name);
        const b = (await label.boundingBox())!;
        expect(b.x >= plot.x && b.x + b.width <= plot.x + plot.width && b.y >= plot.y && b.y + b.height <= plot.y + plot.height).toBe(true);
      }
      for (const name of ['Enthusiastic', 'Concerned', 'Conflicted', 'Reserved']) await expect(figure.getByText(name, { exact: true })).toBeVisible();

      expect(await labelOverlaps(page)).toStrictEqual([]);

      const centres = await figure.locator('[data-mean-of]').evaluateAll((marks) =>
        marks.map((m) => {
          const b = m.getBoundingClientRect();
          return [b.x + b.width / 2, b.y + b.height / 2] as const;
        }),
      );
      const spread = (values: number[]) => Math.max(...values) - Math.min(...values);
      const share = Math.max(spread(centres.map((c) => c[0])) / plot.width, spread(centres.map((c) => c[1])) / plot.height);
      expect(share).toBeGreaterThanOrEqual(0.35);

      const fills = await figure.locator('[data-mean-of]').evaluateAll((marks) => marks.map((m) => m.getAttribute('fill')));
      expect(new Set(fills).size).toBe(data.groups);
      const swatches = await page.locator('.group-filter .swatch').evaluateAll((s) => s.map((e) => getComputedStyle(e).backgroundColor));
      expect(new Set(swatches).size).toBe(data.groups);

      await page.screenshot({ path: join(SHOTS, `${data.name}-1280x800.png`) });
    });

    test('names the same most concerned group in the chart summary and the group comparison', async ({ page }) => {
      await open(page, data);
      const chartSays = (await chart(page).locator('#quadrant-summary').textContent())!;
      const comparisonSays = (await page.getByRole('figure', { name: /Group comparison/ }).locator('#comparison-summary').textContent())!;
      const concerned = (text: string) => /most concerned (.+?) \(/.exec(text)?.[1] ?? /least enthusiastic (.+?) \(/.exec(text)?.[1];
      expect(concerned(chartSays)).toBeTruthy();
      expect(concerned(comparisonSays)).toBe(concerned(chartSays));
      // A number beside "concerned" is below zero; beside "enthusiastic", above.
      for (const text of [chartSays, comparisonSays]) {
        for (const [, sign] of text.matchAll(/most concerned [^(]+\(([+−0])/g)) expect(sign).toBe('−');
        for (const [, sign] of text.matchAll(/most enthusiastic [^(]+\(([+−0])/g)) expect(sign).toBe('+');
      }
    });

    test('never scrolls sideways on a phone, and the table keeps its scores', async ({ page }) => {
      await page.setViewportSize({ width: 390, height: 844 });
      await open(page, data);
      await expect(page.getByRole('table', { name: /Statements/ })).toBeVisible();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      for (const column of ['Enthusiasm', 'Concern', 'Net']) {
        await expect(page.getByRole('table', { name: /Statements/ }).getByRole('columnheader', { name: column })).toBeVisible();
      }
      await page.screenshot({ path: join(SHOTS, `${data.name}-390x844.png`) });
    });
  });
}

for (const data of [DATASETS[0]!, DATASETS[2]!]) {
  test(`on ${data.name}, dark mode and print page 1 keep the chart, its legend and its summary`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.emulateMedia({ colorScheme: 'dark' });
    await open(page, data);
    await page.screenshot({ path: join(SHOTS, `${data.name}-dark-1280x800.png`) });

    // The PDF is laid out by the print engine from the page as it is on screen, 1280 px wide.
    await page.emulateMedia({ colorScheme: 'light' });
    const pdf = join(SHOTS, `${data.name}-print.pdf`);
    writeFileSync(pdf, await page.pdf({ format: 'Letter', printBackground: true }));
    // The first page as an image, when poppler's pdftoppm is installed (apt-get install poppler-utils).
    if (existsSync('/usr/bin/pdftoppm')) {
      execFileSync('/usr/bin/pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', '-singlefile', pdf, join(SHOTS, `${data.name}-print-page1`)]);
    }

    // Page 1 as print lays it out: Letter, less Chromium's default margins of 0.4 in, in CSS pixels.
    const [pageWidth, page1] = [8.5 * 96 - 2 * 0.4 * 96, 11 * 96 - 2 * 0.4 * 96];
    await page.setViewportSize({ width: Math.floor(pageWidth), height: Math.floor(page1) });
    await page.emulateMedia({ media: 'print', colorScheme: 'light' });
    for (const name of ['Stakeholder groups']) {
      const legend = (await page.getByRole('group', { name }).boundingBox())!;
      expect(legend.y + legend.height).toBeLessThanOrEqual(page1);
    }
    const figure = chart(page);
    const plot = (await figure.locator('.frame').boundingBox())!;
    const summary = (await figure.locator('#quadrant-summary').boundingBox())!;
    expect(plot.x + plot.width).toBeLessThanOrEqual(pageWidth);
    expect(summary.y + summary.height).toBeLessThanOrEqual(page1);
    // No form control on page 1.
    const controls = await page.evaluate((end) => {
      return [...document.querySelectorAll('input, select, textarea, button')]
        .filter((e) => {
          const b = e.getBoundingClientRect();
          return b.width > 0 && b.height > 0 && b.top < end;
        })
        .map((e) => `${e.tagName.toLowerCase()} ${e.getAttribute('aria-label') ?? e.textContent?.trim() ?? ''}`);
    }, page1);
    expect(controls).toStrictEqual([]);

  });
}

test('on a large load the group map keeps its statements a faint backdrop, edges included; All statements draws them at full strength', async ({ page }) => {
  test.setTimeout(120_000);
  const data = DATASETS.find((d) => d.name === 'twenty-thousand')!;
  await open(page, data);
  const canvas = chart(page).locator('canvas.dots-canvas');
  const mostOpaque = () =>
    canvas.evaluate((c: HTMLCanvasElement) => {
      const pixels = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
      let most = 0;
      for (let i = 3; i < pixels.length; i += 4) most = Math.max(most, pixels[i]!);
      return most;
    });
  // 40% opaque at most (FAINT_CEILING), however many statements pile up on an edge.
  expect(await mostOpaque()).toBeLessThanOrEqual(102);
  await chart(page).getByRole('button', { name: 'All statements' }).click();
  await expect(chart(page).locator('canvas[aria-busy="true"]')).toHaveCount(0);
  await expect.poll(mostOpaque).toBeGreaterThan(200);
});

test('on the canvas, hiding a group leaves every other group’s marks where they were', async ({ page }) => {
  // Three groups, each with one score its statements share, so each colour's marks form one small
  // cloud; the middle one's colour is PALETTE[1].
  const lines = ['id,text,group'];
  const add = (n: number, text: string, group: string) => {
    for (let i = 0; i < n; i++) lines.push(`${group}-${i},${text},${group}`);
  };
  add(1500, 'A wonderful and helpful tool.', 'Studios');
  add(1000, 'A terrible and harmful tool.', 'Unions');
  add(500, 'The meeting is on Tuesday.', 'Agencies');
  await page.goto('/');
  await expect(chart(page).locator('[data-mean-of]').first()).toBeVisible();
  await page.getByLabel('Load statements').setInputFiles({ name: 'three.csv', mimeType: 'text/csv', buffer: Buffer.from(lines.join('\n')) });
  await expect(count(page)).toHaveText('3,000 statements');
  await chart(page).getByRole('button', { name: 'All statements' }).click();
  const canvas = chart(page).locator('canvas.dots-canvas');
  await expect(canvas).not.toHaveAttribute('aria-busy', 'true');
  // Where the Unions' orange marks sit: the mean place of the pixels of that colour.
  const unions = () =>
    canvas.evaluate((c: HTMLCanvasElement) => {
      const { data } = c.getContext('2d')!.getImageData(0, 0, c.width, c.height);
      let [x, y, n] = [0, 0, 0];
      for (let i = 0; i < data.length; i += 4) {
        if (data[i + 3]! > 0 && Math.abs(data[i]! - 0xe6) < 40 && Math.abs(data[i + 1]! - 0x9f) < 40 && data[i + 2]! < 80) {
          x += (i / 4) % c.width;
          y += Math.floor(i / 4 / c.width);
          n++;
        }
      }
      return { x: x / n, y: y / n, n };
    });
  const before = await unions();
  expect(before.n).toBeGreaterThan(10);
  await page.getByRole('checkbox', { name: 'Agencies' }).uncheck();
  await expect(count(page)).toHaveText('2,500 statements');
  await expect(canvas).not.toHaveAttribute('aria-busy', 'true');
  const after = await unions();
  expect(Math.hypot(after.x - before.x, after.y - before.y)).toBeLessThan(0.5);
});
