/**
 * Publish: the user's own data goes into a zip of the app; served from another site, the copy opens on
 * that data, its filters and the chart's fit, and an iframe of it on a third site shows the user's statements and sizes itself.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { unzipSync } from 'fflate';
import type { Page } from '@playwright/test';
import { expect, test } from './harness';
import { count, loadOwn, openDemo } from './own-data';
import { serve } from './static-server';

const port = Number(process.env.PORT || 4173);
const COPY_PORT = port + 1;
const REPORT_PORT = port + 2;

/** Fails on any error or CSP violation in a page the harness does not watch (the other sites). */
function watch(page: Page): string[] {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  return problems;
}

test('a published copy opens on the user’s data from another site, and embeds in a third', async ({ page, context }) => {
  test.setTimeout(90_000);
  await openDemo(page);
  await loadOwn(page);
  await page.getByRole('checkbox', { name: 'Residents' }).uncheck();
  await expect(count(page)).toHaveText('150 statements');
  await page.getByRole('button', { name: 'Title and notes' }).click();
  await page.getByRole('group', { name: 'Words for the chart' }).getByLabel('Title', { exact: true }).fill('What the survey said');
  const lexicon = page.getByRole('region', { name: 'Lexicon' });
  await lexicon.getByLabel('Word').fill('survey');
  await lexicon.getByLabel('Weight', { exact: true }).fill('2');
  await lexicon.getByRole('button', { name: 'Add word' }).click();
  await expect(lexicon.getByRole('rowheader', { name: /^survey/ })).toContainText('added');
  await page.getByRole('figure', { name: /Enthusiasm/ }).getByRole('button', { name: 'All statements' }).click();

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Publish', exact: true }).click()]);
  expect(download.suggestedFilename()).toBe('survey-published.zip');
  const dialog = page.getByRole('dialog', { name: 'Embed this chart' });
  await expect(dialog.getByText(/^Downloaded survey-published\.zip/)).toBeVisible();
  await expect(dialog.getByText(/Your statements are only in this browser/)).toBeVisible();

  // Unzip it as a user would, into a folder of its own (outside the project: it holds built code).
  const folder = mkdtempSync(join(tmpdir(), 'published-copy-'));
  const files = unzipSync(new Uint8Array(readFileSync((await download.path())!)));
  for (const [name, bytes] of Object.entries(files)) {
    mkdirSync(dirname(join(folder, name)), { recursive: true });
    writeFileSync(join(folder, name), bytes);
  }
  expect(Object.keys(files)).toContain('data/survey.csv');

  await dialog.getByLabel('Address of your copy').fill(`http://127.0.0.1:${COPY_PORT}/`);
  const code = await dialog.getByLabel('Embed code for your copy').inputValue();
  expect(code).toContain(`src="http://127.0.0.1:${COPY_PORT}/?embed=quadrant&amp;data=data/survey.csv&amp;groups=Farmers,Regulators,Investors&amp;title=What%20the%20survey%20said&amp;fit=statements"`);
  await expect(page.getByTitle('Preview of the embedded chart').contentFrame().getByText(/150 statements · survey\.csv/)).toBeVisible({
    timeout: 15_000,
  });
  await dialog.screenshot({ path: 'e2e/artifacts/publish-dialog.png' });

  const stopCopy = await serve(COPY_PORT, folder);
  const stopReport = await serve(REPORT_PORT, {
    html: `<!doctype html><html><head><title>Quarterly report</title></head><body><h1>Quarterly report</h1>${code}<p>The end.</p></body></html>`,
  });
  try {
    // The copy itself opens on the data and the filters it was published with.
    const copy = await context.newPage();
    const copyProblems = watch(copy);
    await copy.goto(`http://127.0.0.1:${COPY_PORT}/`);
    await expect(copy.getByRole('status').filter({ hasText: /statements?$/ })).toHaveText('150 statements', { timeout: 15_000 });
    await expect(copy.getByText('survey.csv', { exact: true })).toBeVisible();
    await expect(copy.getByRole('checkbox', { name: 'Residents' })).not.toBeChecked();
    await expect(copy.getByText('What the survey said', { exact: true })).toBeVisible();
    await expect(copy.getByRole('button', { name: 'All statements' })).toHaveAttribute('aria-pressed', 'true');
    await expect(copy.getByRole('region', { name: 'Lexicon' }).getByRole('rowheader', { name: /^survey/ })).toBeVisible();

    // The report on a third site shows the user's statements, not the demo, and sizes the iframe to them.
    const report = await context.newPage();
    const reportProblems = watch(report);
    await report.goto(`http://127.0.0.1:${REPORT_PORT}/`);
    const frame = report.frameLocator('iframe');
    await expect(frame.getByText(/Farmers, Regulators, Investors · 150 statements · survey\.csv/)).toBeVisible({ timeout: 15_000 });
    await expect(frame.getByText(/demo data/i)).toHaveCount(0);
    await expect(frame.getByText('What the survey said', { exact: true })).toBeVisible();
    await expect(frame.getByText(/^Concern \(.*√ scale\) →$/)).toBeVisible();
    // It scores with the lexicon edits it was published with, and says so.
    await expect(frame.getByText(/edited domain lexicon \(1 word changed, #[0-9a-f]{8}\)/)).toBeVisible();
    const iframe = report.locator('iframe');
    await expect
      .poll(async () => {
        const outer = await iframe.evaluate((el) => el.getBoundingClientRect().height);
        const inner = await frame.locator('html').evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
        return Math.abs(outer - inner) <= 1 && outer !== 480;
      })
      .toBe(true);
    await report.screenshot({ path: 'e2e/artifacts/publish-report.png', fullPage: true });
    expect([...copyProblems, ...reportProblems]).toEqual([]);
  } finally {
    await stopCopy();
    await stopReport();
    rmSync(folder, { recursive: true, force: true });
  }
});

test('a published copy opened from disk, not from a host, says it needs a web server', async ({ page, context }) => {
  await openDemo(page);
  await loadOwn(page);
  await expect(page.getByText(/needs a web server/)).toBeHidden();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Publish', exact: true }).click()]);
  const folder = mkdtempSync(join(tmpdir(), 'published-on-disk-'));
  try {
    for (const [name, bytes] of Object.entries(unzipSync(new Uint8Array(readFileSync((await download.path())!))))) {
      mkdirSync(dirname(join(folder, name)), { recursive: true });
      writeFileSync(join(folder, name), bytes);
    }
    // Double-clicked: the browser refuses the copy's scripts from a file: page, so only the page's own words can speak.
    const copy = await context.newPage();
    await copy.goto(pathToFileURL(join(folder, 'index.html')).href);
    await expect(copy.getByText(/It needs a web server: opened as a file from disk, the browser blocks its scripts\./)).toBeVisible();
    await copy.screenshot({ path: 'e2e/artifacts/published-on-disk.png' });
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});
