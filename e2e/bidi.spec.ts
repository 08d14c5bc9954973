/**
 * Bidirectional controls from a file. A group, speaker or source is set into the app's own
 * sentences (the chart summary, the group comparison, the tooltip's heading), so its embedding,
 * override and isolate controls are taken out as it is read; a statement's text keeps its own, and
 * is isolated where something follows it. The file's name loses them too: "report\u202Evsc.exe"
 * must not show as "reportexe.csv".
 */
import type { Page } from '@playwright/test';
import { expect, test } from './harness';

const count = (page: Page) => page.getByRole('status').filter({ hasText: /statements?$/ });
const loadInput = (page: Page) => page.getByLabel('Load statements');
const BIDI = /[\u202A-\u202E\u2066-\u2069]/;

async function load(page: Page, name: string, csv: string) {
  await page.goto('/');
  await expect(page.getByText(/Demo data, illustrative/)).toBeVisible();
  await loadInput(page).setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(csv) });
}

test('a group name with an override never closed does not reverse the sentences it is set into', async ({ page }) => {
  await load(
    page,
    'overrides.csv',
    'text,group,speaker\nWe love it,Actors\u202E,\u2067Dana\nGreat news,Actors\u202E,Dana\nThis is terrible,Writers,Lee\nAwful and bad,Writers,Lee\n',
  );
  await expect(count(page)).toHaveText('4 statements');
  // One group "Actors" in the legend, its name as a reader sees it.
  await expect(page.locator('.group-filter .name')).toHaveText(['Actors', 'Writers']);

  const summaries = [page.locator('#quadrant-summary'), page.locator('#comparison-summary')];
  for (const summary of summaries) {
    await expect(summary).toContainText('Actors');
    expect(await summary.textContent()).not.toMatch(BIDI);
  }
  const comparison = page.getByRole('figure', { name: /Group comparison/ });
  await expect(comparison.getByRole('button', { name: /^Actors \(2, small sample\): 2 statements,/ })).toBeVisible();

  // The tooltip's heading names the group and the speaker, free of controls.
  await page.getByRole('figure', { name: /Enthusiasm/ }).locator('circle.dot').first().focus();
  const tip = page.getByRole('tooltip');
  await expect(tip).toBeVisible();
  expect(await tip.locator('strong').first().textContent()).not.toMatch(BIDI);
});

test('a file name cannot disguise itself with an override', async ({ page }) => {
  await load(page, 'report\u202Evsc.exe', 'text,group\nWe love it,Actors\n');
  await expect(count(page)).toHaveText('1 statement');
  await expect(page.getByText('reportvsc.exe', { exact: true })).toBeVisible();
  await expect(page.locator('header .name')).toHaveCSS('unicode-bidi', 'isolate');
});

test('a statement’s text keeps its controls, isolated from the count of characters cut after it', async ({ page }) => {
  const text = `\u202E${'great '.repeat(120)}`;
  await load(page, 'long.csv', `text,group\n${text},Actors\n`);
  await expect(count(page)).toHaveText('1 statement');
  await page.getByRole('figure', { name: /Enthusiasm/ }).locator('circle.dot').first().focus();
  const shown = page.getByRole('tooltip').locator('.statement-text');
  await expect(shown).toHaveCSS('unicode-bidi', 'isolate');
  expect(await shown.textContent()).toMatch(/^\u202Egreat great/);
  // The "more characters" note follows the isolated text, not inside it.
  await expect(shown.locator('.more')).toHaveCount(0);
  await expect(page.getByRole('tooltip').locator('.more')).toContainText('more characters');
});
