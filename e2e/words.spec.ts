/** Words for a report: a title, subtitle, note and byline typed once, kept in the URL, and carried by the chart, its downloads and its embeds. */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './harness';
import { openDemo } from './own-data';

const WORDS = {
  Title: 'Who worries about Sora?',
  Subtitle: 'Illustrative statements from spring 2024, by stakeholder group',
  Note: 'Scores count scored words, not people; a dot at 0, 0 has no evidence.',
  Byline: 'Chart: The Test Desk',
};

async function typeWords(page: Page) {
  await page.getByRole('button', { name: 'Title and notes' }).click();
  const fields = page.getByRole('group', { name: 'Words for the chart' });
  for (const [label, text] of Object.entries(WORDS)) await fields.getByLabel(label, { exact: true }).fill(text);
}

async function svgTexts(page: Page): Promise<string[]> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download SVG' }).click()]);
  const text = readFileSync((await download.path())!, 'utf8');
  return page.evaluate(
    (svg) => [...new DOMParser().parseFromString(svg, 'image/svg+xml').querySelectorAll('text')].map((t) => t.textContent ?? ''),
    text,
  );
}

test('the title, subtitle, note and byline round-trip through the URL and appear on the chart and in the SVG', async ({ page }) => {
  await openDemo(page);
  await typeWords(page);
  await expect(page).toHaveURL(/title=Who%20worries%20about%20Sora%3F/);
  await expect(page).toHaveURL(/byline=Chart%3A%20The%20Test%20Desk/);

  await page.reload();
  const section = page.locator('section.main-chart');
  for (const text of Object.values(WORDS)) await expect(section.getByText(text, { exact: true })).toBeVisible();
  // The chart's own caption still names the figure.
  await expect(page.getByRole('figure', { name: /Enthusiasm vs concern/ })).toBeVisible();
  await page.getByRole('button', { name: 'Title and notes' }).click();
  await expect(page.getByRole('group', { name: 'Words for the chart' }).getByLabel('Note')).toHaveValue(WORDS.Note);
  await page.getByRole('button', { name: 'Title and notes' }).click();
  await section.screenshot({ path: 'e2e/artifacts/chart-words.png' });

  const texts = await svgTexts(page);
  expect(texts[0]).toBe(WORDS.Title);
  for (const text of Object.values(WORDS)) expect(texts.join('\n')).toContain(text);

  const [png] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download PNG' }).click()]);
  await png.saveAs('e2e/artifacts/chart-words-download.png');

  // On paper: the words, without the fields that edit them.
  await page.emulateMedia({ media: 'print' });
  for (const text of Object.values(WORDS)) await expect(section.getByText(text, { exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Title and notes' })).toBeHidden();
});

test('an embed shows the words from its link, as text', async ({ page }) => {
  await page.goto('/?embed=quadrant&title=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&note=Two%0Alines');
  await expect(page.getByText('<img src=x onerror=alert(1)>', { exact: true })).toBeVisible({ timeout: 15_000 });
  await expect(page.getByText('Two lines', { exact: true })).toBeVisible();
});

test('clearing a word removes it from the URL and the chart', async ({ page }) => {
  await openDemo(page, `/?title=${encodeURIComponent(WORDS.Title)}`);
  await expect(page.getByText(WORDS.Title, { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Title and notes' }).click();
  await page.getByRole('group', { name: 'Words for the chart' }).getByLabel('Title', { exact: true }).fill('');
  await expect(page).not.toHaveURL(/title=/);
  await expect(page.getByText(WORDS.Title, { exact: true })).toBeHidden();
});
