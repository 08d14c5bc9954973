import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Download, Page } from '@playwright/test';
import Papa from 'papaparse';
import { expect, test } from './harness';

const count = (page: Page) => page.getByRole('status').filter({ hasText: /statements?$/ });

async function downloaded(page: Page, button: string): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  const path = await (file as Download).path();
  return { name: file.suggestedFilename(), bytes: readFileSync(path) };
}

test('the chart downloads as SVG with its marks, title and source, and as PNG at 2×', async ({ page }) => {
  await page.goto('/?groups=Actors,Screenwriters');
  await expect(count(page)).toHaveText('20 statements');
  const svg = await downloaded(page, 'Download SVG');
  expect(svg.name).toBe('sora-in-hollywood-demo-data.svg');
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const root = doc.documentElement;
    return {
      error: doc.querySelector('parsererror') !== null,
      tag: root.tagName,
      width: Number(root.getAttribute('width')),
      height: Number(root.getAttribute('height')),
      circles: doc.querySelectorAll('circle').length,
      texts: [...doc.querySelectorAll('text')].map((t) => t.textContent),
      styled: doc.querySelector('circle')?.getAttribute('fill'),
    };
  }, svg.bytes.toString('utf8'));
  expect(parsed.error).toBe(false);
  expect(parsed.tag).toBe('svg');
  expect(parsed.circles).toBe(20);
  expect(parsed.styled).toMatch(/^rgb|^#/);
  expect(parsed.texts).toContain('Enthusiasm vs concern, by statement and group');
  expect(parsed.texts.some((t) => t?.startsWith('Actors, Screenwriters · 20 statements'))).toBe(true);
  expect(parsed.texts).toContain('CONCERNED');

  const png = await downloaded(page, 'Download PNG');
  expect(png.bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  // IHDR: width and height as big-endian integers at bytes 16 and 20.
  expect(png.bytes.readUInt32BE(16)).toBe(parsed.width * 2);
  expect(png.bytes.readUInt32BE(20)).toBe(parsed.height * 2);
});

test('a downloaded group map says, as the page does, that statements beyond it are drawn on its edges', async ({ page }) => {
  await page.goto('/?groups=Screenwriters,Actors,AI%20company');
  const onScreen = page.locator('figure.chart .fit-note');
  await expect(onScreen).toContainText('lie beyond it');
  const said = ((await onScreen.textContent()) ?? '').replace(/\s+/g, ' ').trim();
  const svg = (await downloaded(page, 'Download SVG')).bytes.toString('utf8');
  const lines = await page.evaluate(
    (text) => [...new DOMParser().parseFromString(text, 'image/svg+xml').querySelectorAll('text.fit-note')].map((t) => t.textContent),
    svg,
  );
  expect(lines.join(' ')).toBe(said);
});

test('beyond twelve groups, the notes count the grey groups shown, and a download or an embed claims no legend it lacks', async ({ page }) => {
  // 15 groups: the three smallest are grey. One of them is then hidden, so two grey groups are shown.
  const rows = ['text,group'];
  for (let g = 1; g <= 15; g++) {
    const name = `Group ${String(g).padStart(2, '0')}`;
    for (let i = 0; i < (g <= 3 ? 2 : 5); i++) rows.push(`"${name} finds this ${i % 2 ? 'great' : 'worrying'} (${i})",${name}`);
  }
  await page.goto('/');
  await page.getByLabel('Load statements').setInputFiles({ name: 'many.csv', mimeType: 'text/csv', buffer: Buffer.from(rows.join('\n')) });
  await expect(count(page)).toHaveText('66 statements');
  await page.getByRole('checkbox', { name: 'Group 01' }).uncheck();
  await expect(count(page)).toHaveText('64 statements');
  const onScreen = page.locator('figure.chart .fit-note');
  await expect(onScreen).toContainText(
    'The 12 largest of 14 groups are marked and labelled; the legend names every group. 2 groups beyond the twelve largest are drawn in grey.',
  );

  const svg = (await downloaded(page, 'Download SVG')).bytes.toString('utf8');
  const lines = await page.evaluate(
    (text) => [...new DOMParser().parseFromString(text, 'image/svg+xml').querySelectorAll('text.fit-note')].map((t) => t.textContent),
    svg,
  );
  expect(lines.join(' ')).toMatch(/^The 12 largest of 14 groups are marked and labelled\. 2 groups beyond the twelve largest are drawn in grey\./);

  await page.getByRole('button', { name: 'Embed' }).click();
  const embedded = page.getByTitle('Preview of the embedded chart').contentFrame().locator('.fit-note');
  await expect(embedded).toContainText('The 12 largest of 14 groups are marked and labelled. 2 groups beyond the twelve largest are drawn in grey.');
});

test('the selection downloads as CSV with neutralised formulas and as JSON', async ({ page }) => {
  await page.goto('/');
  await page.getByLabel('Load statements').setInputFiles({
    name: 'formulas.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('id,text,group\nf1,=HYPERLINK("http://x"),A\nf2,+cmd great,A\nf3,@SUM(1) bad,B\nf4,-fear,B\n'),
  });
  await expect(count(page)).toHaveText('4 statements');
  const csv = (await downloaded(page, 'Download CSV')).bytes.toString('utf8');
  const lines = csv.trim().split('\r\n');
  expect(lines[0]).toMatch(/^# Stakeholder Sentiment method card \| Model: /);
  expect(lines[1]).toMatch(/^id,group,speaker,source,date,url,provenance,label,text,enthusiasm,concern,net/);
  expect(lines).toHaveLength(6);
  for (const cell of [`"'=HYPERLINK(""http://x"")"`, `"'+cmd great"`, `"'@SUM(1) bad"`, `"'-fear"`]) expect(csv).toContain(cell);
  // A concern score stays a plain negative number in the net column, neither quoted nor prefixed.
  const fear = lines.find((line) => line.startsWith('f4,'))!;
  const net = Papa.parse<string[]>(fear).data[0]![lines[1]!.split(',').indexOf('net')]!;
  expect(net).toMatch(/^-\d+(\.\d+)?$/);
  expect(fear).toContain(`,${net},`);

  await page.getByRole('checkbox', { name: 'B' }).uncheck();
  const json = JSON.parse((await downloaded(page, 'Download JSON')).bytes.toString('utf8'));
  expect(json).toMatchObject({ dataset: 'formulas.csv', selection: 'A', count: 2 });
  expect(json.statements.map((s: { id: string }) => s.id)).toEqual(['f1', 'f2']);
});

test('the embed dialog gives iframe code for this view, with a preview', async ({ page }) => {
  await page.goto('/?groups=Actors');
  await page.getByRole('button', { name: 'Embed' }).click();
  const dialog = page.getByRole('dialog', { name: 'Embed this chart' });
  const code = await dialog.getByLabel('Embed code').inputValue();
  expect(code).toContain('?embed=quadrant&amp;groups=Actors');
  expect(code).toContain('stakeholder-sentiment:height');
  await dialog.getByRole('button', { name: 'Copy' }).click();
  await expect(dialog.getByRole('status')).toHaveText(/Copied\.|Selected/);
  const preview = page.frameLocator('iframe.embed-preview');
  await expect(preview.getByRole('figure', { name: /Enthusiasm/ })).toBeVisible();
  await expect(preview.getByText(/Actors · 10 statements/)).toBeVisible();
  await dialog.getByLabel('View').selectOption('groups');
  expect(await dialog.getByLabel('Embed code').inputValue()).toContain('?embed=groups&amp;groups=Actors');
  await expect(preview.getByRole('figure', { name: /Group comparison/ })).toBeVisible();
});

test('an outside page embeds the chart: it sizes itself from the height message and never scrolls', async ({ page, problems }) => {
  await page.goto('/?groups=Actors,Screenwriters');
  await page.getByRole('button', { name: 'Embed' }).click();
  const code = await page.getByRole('dialog', { name: 'Embed this chart' }).getByLabel('Embed code').inputValue();
  const report = `<!doctype html><html><body style="margin:0"><h1>Our report</h1><div id="box">${code}</div>
    <script>window.heights = []; addEventListener('message', (e) => window.heights.push(e.data && e.data.height));</script></body></html>`;
  // The report lives on another origin: its own server, reached as localhost rather than 127.0.0.1.
  const server = createServer((_, response) => response.writeHead(200, { 'content-type': 'text/html' }).end(report));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const outside = `http://localhost:${(server.address() as AddressInfo).port}`;

  for (const width of [320, 640, 1000]) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(`${outside}/report.html`);
    const frame = page.frameLocator('iframe');
    await expect(frame.getByRole('figure', { name: /Enthusiasm/ })).toBeVisible();
    await expect.poll(() => page.evaluate(() => (window as unknown as { heights: number[] }).heights.length)).toBeGreaterThan(0);
    await expect
      .poll(async () => {
        const iframe = await page.locator('iframe').boundingBox();
        const inner = await page.frames()[1]!.evaluate(() => document.documentElement.scrollHeight);
        return Math.abs(iframe!.height - inner);
      })
      .toBeLessThanOrEqual(1);
    const scrolls = await page.frames()[1]!.evaluate(
      () => document.documentElement.scrollHeight > innerHeight + 1 || document.documentElement.scrollWidth > innerWidth + 1,
    );
    expect(scrolls, `the embed scrolls at ${width}px`).toBe(false);
    await page.screenshot({ path: `e2e/artifacts/embed-${width}.png`, fullPage: true });
  }
  server.close();
  // Requests for the outside page itself are this test's doing, not the app's.
  problems.splice(0, problems.length, ...problems.filter((p) => !p.startsWith(`request to another origin: ${outside}/`)));
});

test('a report opened from disk shows the embedded chart', async ({ page, problems }) => {
  await page.goto('/?groups=Actors,Screenwriters');
  await page.getByRole('button', { name: 'Embed' }).click();
  const code = await page.getByRole('dialog', { name: 'Embed this chart' }).getByLabel('Embed code').inputValue();
  // A report saved as a file and double-clicked: its page is a file: URL, which `frame-ancestors *` does not match.
  const folder = mkdtempSync(join(tmpdir(), 'report-on-disk-'));
  const report = join(folder, 'report.html');
  writeFileSync(report, `<!doctype html><html><body><h1>Our report</h1>${code}</body></html>`);
  try {
    await page.goto(pathToFileURL(report).href);
    await expect(page.frameLocator('iframe').getByRole('figure', { name: /Enthusiasm/ })).toBeVisible();
    await expect.poll(() => page.locator('iframe').evaluate((el) => el.getBoundingClientRect().height)).not.toBe(480);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  // Opening the report file is this test's doing, not the app's.
  problems.splice(0, problems.length, ...problems.filter((p) => !p.startsWith('request to another origin: file:')));
});

test('every view can be embedded alone: groups, timeline and table too', async ({ page }) => {
  for (const [view, name] of [
    ['groups', /Group comparison/],
    ['timeline', /Over time/],
  ] as const) {
    await page.goto(`/?embed=${view}&groups=Actors,Screenwriters`);
    await expect(page.getByRole('figure', { name })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Download SVG' })).toHaveCount(0);
    await expect(page.getByText(/^Actors, Screenwriters · 20 statements/)).toBeVisible();
  }
  // An embed scores as the dashboard does by default, with the domain lexicon ("replace" counts).
  const concernOf = async (url: string) => {
    await page.goto(url);
    const row = page.getByRole('table', { name: /Statements/ }).locator('tbody tr:not(.spacer)').first();
    await expect(row).toBeVisible();
    return row.locator('td').nth(6).textContent();
  };
  const inDashboard = await concernOf('/?q=easiest%20to%20replace');
  expect(await concernOf('/?embed=table&q=easiest%20to%20replace')).toBe(inDashboard);
  await page.goto('/?embed=map');
  await expect(page.getByText('There is no "map" view to embed; use embed=quadrant, groups, timeline or table.')).toBeVisible();
});

test('on paper, no view shows a control, and the tools around the charts stay on screen', async ({ page }) => {
  await page.goto('/');
  // Every view below the main chart is in: the lexicon editor is the last but one.
  await expect(page.getByRole('heading', { name: 'Check the numbers' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Lexicon' })).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('figure', { name: /Word shift/ })).toBeVisible();
  const controls = await page.evaluate(() =>
    [...document.querySelectorAll('main button, main select, main textarea, main input:not([type="checkbox"])')]
      .filter((e) => e.checkVisibility())
      .map((e) => e.getAttribute('aria-label') ?? e.textContent?.trim() ?? e.tagName),
  );
  expect(controls).toEqual([]);
  await expect(page.getByRole('table', { name: /Statements/ })).toBeHidden();
  await expect(page.getByRole('region', { name: 'Lexicon' })).toBeHidden();
});

test('printing shows the chart and its summary, without controls', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('figure', { name: /Enthusiasm/ }).locator('circle.dot').first()).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('figure', { name: /Enthusiasm/ })).toBeVisible();
  await expect(page.locator('#quadrant-summary')).toBeVisible();
  await expect(page.locator('#comparison-summary')).toBeVisible();
  for (const control of ['Download SVG', 'Embed', 'Show all']) await expect(page.getByRole('button', { name: control })).toBeHidden();
  await expect(page.getByLabel('Load statements')).toBeHidden();
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.subarray(0, 4).toString('latin1')).toBe('%PDF');
});
