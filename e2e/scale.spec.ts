import type { Page } from '@playwright/test';
import { expect, test } from './harness';

const count = (page: Page) => page.getByRole('status').filter({ hasText: /statements?$/ });
const chart = (page: Page) => page.getByRole('figure', { name: /Enthusiasm/ });

/** A generated file: statements of 2 to 9 words, some scored, across six groups; the same every run. */
function manyStatements(n: number): Buffer {
  const words = ['great', 'worried', 'jobs', 'partnership', 'not', 'very', 'fear', 'tools', 'amazing', 'replace', 'the', 'demo', 'but', 'love', 'risk'];
  let seed = 7;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const lines = ['id,text,group,date'];
  for (let i = 0; i < n; i++) {
    const length = 2 + Math.floor(random() * 8);
    const text = Array.from({ length }, () => words[Math.floor(random() * words.length)]).join(' ');
    const day = String((i % 28) + 1).padStart(2, '0');
    lines.push(`s${i},${text},Group ${String.fromCharCode(65 + (i % 6))},2024-03-${day}`);
  }
  return Buffer.from(lines.join('\n'));
}

test('100,000 statements load, chart on a canvas, and stay hoverable, focusable and filterable', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/');
  await expect(chart(page).locator('circle.dot').first()).toBeVisible();
  await page.getByLabel('Load statements').setInputFiles({ name: 'many.csv', mimeType: 'text/csv', buffer: manyStatements(100_000) });
  await expect(count(page)).toHaveText('100,000 statements', { timeout: 60_000 });
  const canvas = chart(page).locator('canvas');
  await expect(canvas).toBeVisible();
  await expect(chart(page).locator('circle.dot')).toHaveCount(0);
  await expect(chart(page).locator('.mean-label')).toHaveCount(6);

  // Keyboard: the canvas is one tab stop; arrow keys walk the marks, a ring shows the active one.
  const tooltip = page.getByRole('tooltip');
  await canvas.focus();
  await expect(tooltip).toBeVisible();
  const first = await tooltip.textContent();
  await page.keyboard.press('End');
  await expect(tooltip).not.toHaveText(first!);
  const last = await tooltip.textContent();
  const ring = (await chart(page).locator('.ring').boundingBox())!;

  // Hover: the quadtree finds the statement under the pointer.
  await canvas.blur();
  await page.mouse.move(0, 0);
  await expect(tooltip).toBeHidden();
  await page.mouse.move(ring.x + ring.width / 2, ring.y + ring.height / 2);
  await expect(tooltip).toBeVisible();
  await expect(tooltip).toHaveText(last!);

  // Filtering stays responsive.
  const started = Date.now();
  await page.getByRole('checkbox', { name: 'Group A' }).uncheck();
  await expect(count(page)).toHaveText('83,333 statements');
  expect(Date.now() - started).toBeLessThan(5000);
  await page.screenshot({ path: 'e2e/artifacts/dashboard-100k.png' });
});
