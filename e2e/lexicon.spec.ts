import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { demo, expect, test } from './harness';

const table = (page: Page) => page.getByRole('table', { name: /Statements/ });
/** The enthusiasm shown for the statement in the first row. */
const firstEnthusiasm = (page: Page) => table(page).locator('tbody tr:not(.spacer)').first().locator('td').nth(5).textContent();

test('editing the lexicon scores again, persists, exports, imports and resets', async ({ page }) => {
  await page.goto('/?q=showed%20a%20text-to-video%20model%20called%20Sora');
  const panel = page.getByRole('region', { name: 'Lexicon' });
  await expect(panel.getByRole('rowheader', { name: 'replace', exact: true })).toBeVisible();
  await expect(table(page).locator('tbody tr:not(.spacer)')).toHaveCount(1);
  const before = Number(await firstEnthusiasm(page));

  await panel.getByLabel('Word').fill('Sora');
  await panel.getByLabel('Weight', { exact: true }).fill('4');
  await panel.getByRole('button', { name: 'Add word' }).click();
  await expect(panel.getByRole('rowheader', { name: /^sora/ })).toContainText('added');
  await expect.poll(async () => Number(await firstEnthusiasm(page))).toBe(before + 4);

  await page.reload();
  await expect(page.getByRole('region', { name: 'Lexicon' }).getByRole('rowheader', { name: /^sora/ })).toBeVisible();
  await expect.poll(async () => Number(await firstEnthusiasm(page))).toBe(before + 4);

  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('region', { name: 'Lexicon' }).getByRole('button', { name: 'Export lexicon' }).click(),
  ]);
  const exported = readFileSync((await file.path())!, 'utf8');
  expect(JSON.parse(exported).edits).toEqual({ sora: 4 });

  const lexicon = page.getByRole('region', { name: 'Lexicon' });
  await lexicon.getByRole('button', { name: 'Reset to defaults' }).click();
  await expect(lexicon.getByRole('rowheader', { name: /^sora/ })).toHaveCount(0);
  await expect.poll(async () => Number(await firstEnthusiasm(page))).toBe(before);

  await lexicon.getByLabel('Import lexicon').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"edits": {"sora": 99}}') });
  await expect(lexicon.getByText(/Not imported: "sora" has weight 99; weights are numbers from −5 to 5/)).toBeVisible();
  await lexicon.getByLabel('Import lexicon').setInputFiles({ name: 'mine.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
  await expect(lexicon.getByRole('rowheader', { name: /^sora/ })).toBeVisible();
  await expect.poll(async () => Number(await firstEnthusiasm(page))).toBe(before + 4);
});

test('changing a default weight and removing a word rescore too', async ({ page }) => {
  await page.goto('/?q=easiest%20to%20replace');
  const lexicon = page.getByRole('region', { name: 'Lexicon' });
  await expect(table(page).locator('tbody tr:not(.spacer)')).toHaveCount(1);
  const concern = () => table(page).locator('tbody tr:not(.spacer)').first().locator('td').nth(6).textContent();
  const before = Number(await concern());
  expect(before).toBeGreaterThan(0);
  await lexicon.getByLabel('Weight of replace', { exact: true }).fill('-5');
  await lexicon.getByLabel('Weight of replace', { exact: true }).dispatchEvent('change');
  await expect.poll(async () => Number(await concern())).toBeGreaterThan(before);
  await lexicon.getByRole('button', { name: 'Remove replace', exact: true }).click();
  await expect(lexicon.getByRole('rowheader', { name: 'replace', exact: true })).toHaveCount(0);
  await expect.poll(async () => Number(await concern())).toBeLessThan(before);
});

test('after a cancelled load, a lexicon edit still scores the statements on screen again', async ({ page, endlessStatements }) => {
  const count = page.getByRole('status').filter({ hasText: /statements?$/ });
  await page.goto('/');
  await page.getByLabel('Load statements').setInputFiles({
    name: 'mine.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('text,group\nSora looks fine,Studios\nWe fear Sora,Writers\n'),
  });
  await expect(count).toHaveText('2 statements');
  // The demo data, asked for again, arrives without end: the load is under way until cancelled.
  await endlessStatements(/statements.*\.csv$/);
  await page.getByRole('button', { name: 'Back to the demo data' }).click();
  const progress = page.getByRole('group', { name: 'Loading statements' });
  await expect(progress).toContainText(/Reading and scoring… [1-9][\d,]* rows/);
  await progress.getByRole('button', { name: 'Cancel' }).click();
  await expect(progress).toBeHidden();
  await expect(count).toHaveText('2 statements');
  const before = Number(await firstEnthusiasm(page));

  // The cancel restarted the worker, which keeps no statements: it reads mine.csv again to score it.
  const lexicon = page.getByRole('region', { name: 'Lexicon' });
  await lexicon.getByLabel('Word').fill('Sora');
  await lexicon.getByLabel('Weight', { exact: true }).fill('4');
  await lexicon.getByRole('button', { name: 'Add word' }).click();
  await expect.poll(async () => Number(await firstEnthusiasm(page))).toBe(before + 4);
  await expect(page.getByRole('alert')).toHaveText('Loading cancelled; the statements on screen are unchanged.');
});

test('after a lexicon edit, the legend, the group means and the summaries still count every statement', async ({ page }) => {
  await page.goto('/');
  const summary = page.locator('#quadrant-summary');
  const across = `Across ${demo.shown} in ${demo.groups.length} groups`;
  await expect(summary).toContainText(across);
  const aiCompany = page.getByRole('group', { name: 'Stakeholder groups' }).locator('label', { hasText: 'AI company' });
  const counted = (await aiCompany.innerText()).trim();
  expect(counted).toMatch(/AI company\s+[1-9]/);
  const before = await summary.textContent();

  const lexicon = page.getByRole('region', { name: 'Lexicon' });
  await lexicon.getByLabel('Word').fill('Sora');
  await lexicon.getByLabel('Weight', { exact: true }).fill('4');
  await lexicon.getByRole('button', { name: 'Add word' }).click();
  await expect(lexicon.getByRole('status').filter({ hasText: /statements? moved/ })).toBeVisible();

  // The means moved with the new weight, over the same statements in the same groups.
  await expect(summary).not.toHaveText(before!);
  await expect(summary).toContainText(across);
  await expect(page.locator('#comparison-summary')).toContainText('most enthusiastic');
  expect((await aiCompany.innerText()).trim()).toBe(counted);
});

test('a weight out of range is refused, and its box goes back to the weight still in use', async ({ page }) => {
  await page.goto('/?q=easiest%20to%20replace');
  const lexicon = page.getByRole('region', { name: 'Lexicon' });
  const weight = lexicon.getByLabel('Weight of replace', { exact: true });
  await expect(table(page).locator('tbody tr:not(.spacer)')).toHaveCount(1);
  const before = await weight.inputValue();
  await weight.fill('9');
  await weight.dispatchEvent('change');
  await expect(lexicon.getByRole('status').filter({ hasText: `"replace": weights are numbers from −5 to 5; it still weighs ${before}.` })).toBeVisible();
  await expect(weight).toHaveValue(before);
  await weight.fill('');
  await weight.dispatchEvent('change');
  await expect(weight).toHaveValue(before);
});

test('the embed dialog says its chart scores without the lexicon edits made on this page', async ({ page }) => {
  await page.goto('/');
  const note = page.getByRole('dialog', { name: 'Embed this chart' }).getByRole('note').filter({ hasText: 'lexicon edits' });
  await page.getByRole('button', { name: 'Embed', exact: true }).click();
  await expect(page.getByRole('dialog', { name: 'Embed this chart' }).getByLabel('Embed code')).toBeVisible();
  await expect(note).toHaveCount(0);
  await page.getByRole('dialog', { name: 'Embed this chart' }).getByRole('button', { name: 'Close' }).click();

  const lexicon = page.getByRole('region', { name: 'Lexicon' });
  await lexicon.getByLabel('Word').fill('Sora');
  await lexicon.getByLabel('Weight', { exact: true }).fill('4');
  await lexicon.getByRole('button', { name: 'Add word' }).click();
  await expect(page.getByRole('region', { name: 'Method card' })).toContainText('edited domain lexicon');
  await page.getByRole('button', { name: 'Embed', exact: true }).click();
  await expect(note).toHaveText(/It scores without your lexicon edits, as the preview shows/);
  await expect(page.frameLocator('iframe.embed-preview').getByText('default domain lexicon')).toBeVisible();
});
