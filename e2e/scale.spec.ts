import type { Page } from '@playwright/test';
import { generateStatementsCsv } from '../src/cli/generate';
import { expect, test } from './harness';

const count = (page: Page) => page.getByRole('status').filter({ hasText: /statements?$/ });
const chart = (page: Page) => page.getByRole('figure', { name: /Enthusiasm/ });

test('100,000 statements load, chart on a canvas, and stay hoverable, focusable and filterable', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/');
  await expect(chart(page).locator('circle.dot').first()).toBeVisible();
  await page.getByLabel('Load statements').setInputFiles({ name: 'many.csv', mimeType: 'text/csv', buffer: Buffer.from(generateStatementsCsv(100_000)) });
  await expect(count(page)).toHaveText('100,000 statements', { timeout: 60_000 });
  const canvas = chart(page).locator('canvas');
  await expect(canvas).toBeVisible();
  // Busy while its marks are built, then drawn: a good share of the plot holds marks.
  await expect(canvas).not.toHaveAttribute('aria-busy', 'true');
  const inked = await canvas.evaluate((c: HTMLCanvasElement) => {
    const { data } = c.getContext('2d')!.getImageData(0, 0, c.width, c.height);
    let n = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) n++;
    return n / (c.width * c.height);
  });
  expect(inked).toBeGreaterThan(0.01);
  await expect(chart(page).locator('circle.dot')).toHaveCount(0);
  await expect(chart(page).locator('.mean-label')).toHaveCount(6);

  // Keyboard: the canvas is one tab stop; arrow keys walk the marks, a ring shows the active one.
  const tooltip = page.getByRole('tooltip');
  await canvas.focus();
  await expect(tooltip).toBeVisible();
  const first = await tooltip.textContent();
  // A screen reader hears the active statement, in the words an SVG mark is named by.
  await expect(chart(page).locator('[aria-live="polite"]')).toContainText(/Unknown speaker, Group [A-F]: enthusiasm [\d.]+, concern [\d.]+/);
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

  // Filtering works at this size (how fast is measured by `npm run bench`, not here).
  await page.getByRole('checkbox', { name: 'Group A' }).uncheck();
  await expect(count(page)).toHaveText('83,333 statements');
  await page.screenshot({ path: 'e2e/artifacts/dashboard-100k.png' });

  // Dragging across the canvas keeps a region of the plane.
  const area = (await canvas.boundingBox())!;
  await page.mouse.move(area.x + area.width * 0.1, area.y + area.height * 0.1);
  await page.mouse.down();
  await page.mouse.move(area.x + area.width * 0.5, area.y + area.height * 0.9, { steps: 6 });
  await page.mouse.up();
  await expect(page).toHaveURL(/region=/);
  expect(Number((await count(page).textContent())!.replace(/\D/g, ''))).toBeLessThan(83_333);
});
