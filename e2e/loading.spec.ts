import { readFileSync } from 'node:fs';
import type { Page, Route } from '@playwright/test';
import { expect, test } from './harness';

const fixture = (name: string) => new URL(`./fixtures/formats/${name}`, import.meta.url);
const count = (page: Page) => page.getByRole('status').filter({ hasText: /statements?$/ });
const marks = (page: Page) => page.getByRole('figure', { name: /Enthusiasm/ }).locator('circle.dot');
const loadInput = (page: Page) => page.getByLabel('Load statements');

async function openDemo(page: Page) {
  await page.goto('/');
  await expect(marks(page).first()).toBeVisible();
  return (await count(page).textContent())!;
}

test.describe('loading a statements file', () => {
  for (const [file, expected, groups] of [
    ['statements.csv', 4, ['Studios', 'Writers', 'Press']],
    ['statements.tsv', 3, ['Fans', 'Union', 'Press']],
    ['statements.json', 3, ['Producers', 'VFX']],
    ['statements.ndjson', 3, ['Fans', 'Actors']],
  ] as const) {
    test(`loads ${file} through the file input`, async ({ page }) => {
      await openDemo(page);
      await loadInput(page).setInputFiles(fixture(file).pathname);
      await expect(count(page)).toHaveText(`${expected} statements`);
      await expect(page.getByText(file, { exact: true })).toBeVisible();
      for (const group of groups) await expect(page.getByRole('checkbox', { name: group })).toBeVisible();
      await expect(marks(page)).toHaveCount(expected);
      await expect(page.getByText(/Demo data, illustrative/)).toBeHidden();
      // The demo data is one click away.
      await page.getByRole('button', { name: 'Back to the demo data' }).click();
      await expect(page.getByText(/Demo data, illustrative/)).toBeVisible();
    });
  }

  test('reads quoted commas, quotes, line breaks and dates, and counts unreadable dates', async ({ page }) => {
    await openDemo(page);
    await loadInput(page).setInputFiles(fixture('statements.csv').pathname);
    await expect(count(page)).toHaveText('4 statements');
    await expect(page.getByText('1 date could not be read and was left empty.')).toBeVisible();
    await marks(page).first().focus();
    const tooltips: string[] = [];
    for (let i = 0; i < 4; i++) {
      tooltips.push((await page.getByRole('tooltip').textContent()) ?? '');
      await page.keyboard.press('ArrowRight');
    }
    expect(tooltips.join('\n')).toContain('"consent" matters');
    expect(tooltips.join('\n')).toContain('2024-03-25');
  });

  test('a dropped file loads', async ({ page }) => {
    await openDemo(page);
    const text = readFileSync(fixture('statements.tsv'), 'utf8');
    const transfer = await page.evaluateHandle((content) => {
      const data = new DataTransfer();
      data.items.add(new File([content], 'dropped.tsv', { type: 'text/tab-separated-values' }));
      return data;
    }, text);
    await page.dispatchEvent('main', 'dragover', { dataTransfer: transfer });
    await expect(page.getByText('Drop to load statements')).toBeVisible();
    await page.dispatchEvent('main', 'drop', { dataTransfer: transfer });
    await expect(count(page)).toHaveText('3 statements');
    await expect(page.getByText('dropped.tsv', { exact: true })).toBeVisible();
  });

  test('of two files dropped at once, the first loads and the page names the one it left', async ({ page }) => {
    await openDemo(page);
    const text = readFileSync(fixture('statements.tsv'), 'utf8');
    const transfer = await page.evaluateHandle((content) => {
      const data = new DataTransfer();
      data.items.add(new File([content], 'first.tsv', { type: 'text/tab-separated-values' }));
      data.items.add(new File([content], 'second.tsv', { type: 'text/tab-separated-values' }));
      return data;
    }, text);
    await page.dispatchEvent('main', 'dragover', { dataTransfer: transfer });
    await page.dispatchEvent('main', 'drop', { dataTransfer: transfer });
    await expect(page.getByText('first.tsv', { exact: true })).toBeVisible();
    const notice = page.getByText('Of the 2 files dropped, only first.tsv was read: the page shows one file at a time, so second.tsv was left.');
    await expect(notice).toBeVisible();
    // Other data chosen since: the notice is about a drop that no longer shows.
    await page.getByRole('button', { name: 'Back to the demo data' }).click();
    await expect(count(page)).toHaveText(/^82 statements/);
    await expect(notice).toHaveCount(0);
  });

  test('?data= loads a file from the same origin, and refuses another origin', async ({ page, context }) => {
    await context.route((url) => url.pathname === '/shared/team-quotes.ndjson', (route) =>
      route.fulfill({ contentType: 'application/x-ndjson', body: readFileSync(fixture('statements.ndjson')) }),
    );
    await page.goto('/?data=/shared/team-quotes.ndjson');
    await expect(count(page)).toHaveText('3 statements');
    await expect(page.getByText('team-quotes.ndjson', { exact: true })).toBeVisible();

    await page.goto('/?data=https://elsewhere.example/x.csv');
    await expect(page.getByText(/Refused to load "https:\/\/elsewhere\.example\/x\.csv"/)).toBeVisible();
    await expect(page.getByText(/Demo data, illustrative/)).toBeVisible();
  });

  test('asks for the columns when it cannot recognise them, then loads', async ({ page }) => {
    await openDemo(page);
    await loadInput(page).setInputFiles({
      name: 'odd.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('who said it,what they said\nActors,We are worried\nStudios,We are excited\n'),
    });
    const dialog = page.getByRole('dialog', { name: 'Which columns hold the statements?' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('table')).toContainText('We are worried');
    await dialog.getByLabel('Text column').selectOption('what they said');
    await dialog.getByLabel('Group column').selectOption('who said it');
    await dialog.getByRole('button', { name: 'Load with these columns' }).click();
    await expect(count(page)).toHaveText('2 statements');
    await expect(page.getByRole('checkbox', { name: 'Actors' })).toBeVisible();
  });

  test('shows progress and can be cancelled, keeping what was loaded', async ({ page, endlessStatements }) => {
    await openDemo(page);
    await loadInput(page).setInputFiles(fixture('statements.tsv').pathname);
    await expect(count(page)).toHaveText('3 statements');
    // The demo data, asked for again, now arrives without end: the load is under way until cancelled.
    const demoFile = await endlessStatements(/statements.*\.csv$/);
    await page.getByRole('button', { name: 'Back to the demo data' }).click();
    const progress = page.getByRole('group', { name: 'Loading statements' });
    await expect(progress).toContainText(/Reading and scoring… [1-9][\d,]* rows/);
    await progress.getByRole('button', { name: 'Cancel' }).click();
    await expect(page.getByRole('alert')).toHaveText('Loading cancelled; the statements on screen are unchanged.');
    await expect(progress).toBeHidden();
    await expect(count(page)).toHaveText('3 statements');
    await expect(page.getByText('statements.tsv', { exact: true })).toBeVisible();
    await expect(marks(page)).toHaveCount(3);
    // The browser stopped reading: cancelling ended the load, not just its progress bar.
    await expect.poll(() => demoFile.abandoned).toBe(true);
  });
});

test.describe('a bad file keeps what is loaded', () => {
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
  const zip = Buffer.from([0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0]);
  const cases: [string, string, Buffer | string, RegExp][] = [
    ['an empty file', 'empty.csv', '', /The file is empty/],
    ['a file of blank lines', 'blank.csv', '\n\n  \n', /The file is empty/],
    ['a PNG image', 'photo.csv', png, /This file is a PNG image, not a statements file/],
    ['a ZIP archive cut short', 'sheet.xlsx', zip, /This workbook is damaged \(its ZIP archive cannot be read\)/],
    ['a PDF', 'report.pdf', '%PDF-1.7\n...', /This file is a PDF document/],
    ['binary data', 'data.bin', Buffer.from([65, 66, 0, 1, 2, 3]), /binary data \(a zero byte at position 2\)/],
    ['invalid JSON', 'broken.json', '[\n{"text": "a", "group": "b"},\n{"text": oops}\n]', /not valid JSON.*line 3, column 10/],
    ['JSON that is not a list', 'object.json', '{"rows": []}', /must be an array of statements/],
    ['an empty JSON list', 'none.json', '[]', /list is empty/],
    ['a header and no rows', 'header.csv', 'text,group\n', /header but no rows/],
    ['rows that all lack text or group', 'holes.csv', 'text,group\n,A\nB,\n', /No statements could be loaded.*Row 1 has no text/],
    ['a file with no columns', 'blank.ndjson', '7\n8\n', /No fields found: the records are not objects with fields/],
    ['a web page saved as .csv', 'x.csv', '\n<!DOCTYPE html>\n<html><body>Statements</body></html>\n', /^x\.csv looks like a web page \(HTML\), not a table of statements\./],
  ];
  for (const [what, name, content, message] of cases) {
    test(`refuses ${what} with a clear message`, async ({ page }) => {
      const before = await openDemo(page);
      await loadInput(page).setInputFiles({ name, mimeType: 'application/octet-stream', buffer: Buffer.from(content) });
      await expect(page.getByRole('alert')).toContainText(message);
      await expect(page.getByRole('alert')).toContainText('The statements on screen are unchanged.');
      await expect(count(page)).toHaveText(before);
      await expect(page.getByText(/Demo data, illustrative/)).toBeVisible();
      await expect(marks(page).first()).toBeVisible();
    });
  }

  test('a link to a path the host answers with a web page says so, and keeps what was on screen', async ({ page, context }) => {
    // A static host that serves its index page for any path, with status 200.
    const webPage = (route: Route) =>
      route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: '<!doctype html>\n<html><body><div id="app"></div></body></html>\n' });
    await context.route((url) => url.pathname === '/missing.csv', webPage);
    await page.goto('/?data=/missing.csv');
    await expect(page.getByRole('alert')).toHaveText('Could not read missing.csv: the server sent a web page, not a statements file. Check the link.');

    // Loaded over statements already on screen, it leaves them there.
    await page.goto('/');
    await loadInput(page).setInputFiles(fixture('statements.tsv').pathname);
    await expect(count(page)).toHaveText('3 statements');
    await context.route(/\/statements[^/]*\.csv$/, webPage);
    await page.getByRole('button', { name: 'Back to the demo data' }).click();
    await expect(page.getByRole('alert')).toContainText(/the server sent a web page, not a statements file\. Check the link\. The statements on screen are unchanged\.$/);
    await expect(count(page)).toHaveText('3 statements');
    await expect(page.getByText('statements.tsv', { exact: true })).toBeVisible();
  });

  test('refuses a file over the size limit before reading it', async ({ page }) => {
    const before = await openDemo(page);
    // A 301 MB file made in the page; the worker refuses it from its size alone.
    await page.evaluate(() => {
      const input = document.querySelector<HTMLInputElement>('input[type=file]')!;
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(301 * 1024 * 1024)], 'huge.csv', { type: 'text/csv' }));
      input.files = transfer.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await expect(page.getByRole('alert')).toContainText('huge.csv is 301 MB; this app reads files up to 300 MB');
    await expect(page.getByRole('alert')).toContainText('The statements on screen are unchanged.');
    await expect(count(page)).toHaveText(before);
  });

  test('skips and lists rows without text or group, loading the rest', async ({ page }) => {
    await openDemo(page);
    await loadInput(page).setInputFiles({
      name: 'holes.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('text,group\nGood,A\n,B\nFine,\nBad,B\n'),
    });
    await expect(count(page)).toHaveText('2 statements');
    await page.getByText('2 rows skipped').click();
    await expect(page.getByText('Row 2 has no text (column "text"); skipped.')).toBeVisible();
    await expect(page.getByText('Row 3 has no group (column "group"); skipped.')).toBeVisible();
  });

  test('skips and names a row whose text holds a comma without quotes; trailing commas are no fault', async ({ page }) => {
    await openDemo(page);
    await loadInput(page).setInputFiles({
      name: 'commas.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('id,text,group\n1,We love it, but we worry about jobs,Actors\n2,We love it,Actors,,\n3,Fine,Writers\n'),
    });
    await expect(count(page)).toHaveText('2 statements');
    // No group made up from the second half of the text.
    await expect(page.getByRole('checkbox', { name: 'Actors' })).toBeVisible();
    await expect(page.getByRole('checkbox', { name: 'Writers' })).toBeVisible();
    await expect(page.getByRole('group', { name: 'Stakeholder groups' }).getByRole('checkbox')).toHaveCount(2);
    await page.getByText('1 row skipped').click();
    await expect(page.getByText(/^Row 1 has 4 values but the header has 3 columns; skipped/)).toBeVisible();
    await expect(page.getByText(/Most likely a text holds a comma and is not in double quotes/)).toBeVisible();
  });
});

test('a CSV saved by Excel on Windows (Windows-1252) loads with its accented letters, and the page says how it was read', async ({ page }) => {
  await page.goto('/');
  await expect(marks(page).first()).toBeVisible();
  const csv = 'id,text,group\n1,Ein gro\u00dfer Erfolg f\u00fcr alle,Gr\u00fcne\n2,C\u2019est un d\u00e9sastre,\u00c9diteurs\n'.replace('\u2019', "'");
  await loadInput(page).setInputFiles({ name: 'western.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'latin1') });
  await expect(count(page)).toHaveText('2 statements');
  await expect(page.getByRole('checkbox', { name: /^Grüne/ })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: /^Éditeurs/ })).toBeVisible();
  await expect(page.getByText('The file is not UTF-8: it was read as Windows-1252')).toBeVisible();
  await expect(page.getByText(/not valid UTF-8 and shows? as/)).toHaveCount(0);
});
