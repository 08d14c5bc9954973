/**
 * An automated accessibility audit (axe-core) of what a reader sees: the whole dashboard in the
 * light and the dark theme, and every view that can be embedded alone. Zero violations, each one
 * listed by rule and element when there are any.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { demo, expect, test } from './harness';

/** The rules axe found broken, each with the elements that break it, as a reader of a failure wants them. */
async function violations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page })
    // Still marked experimental in axe, so off by default: a control's name must hold the text it shows (WCAG 2.5.3).
    .options({ rules: { 'label-content-name-mismatch': { enabled: true } } })
    .analyze();
  return violations.flatMap((v) => v.nodes.map((node) => `${v.id}: ${node.target.join(' ')} (${v.help})`));
}

for (const scheme of ['light', 'dark'] as const) {
  test(`the dashboard has no accessibility violations in the ${scheme} theme`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
    await page.goto('/');
    await expect(page.getByRole('figure', { name: /Enthusiasm/ }).locator('circle.dot').first()).toBeVisible();
    // The views that follow the main chart, one idle moment each, are all there.
    for (const name of [/Group comparison/, /Over time/, /Method sensitivity/, /Word shift/]) {
      await expect(page.getByRole('figure', { name })).toBeVisible();
    }
    await expect(page.getByRole('table', { name: /Statements/ }).locator('tbody tr:not(.spacer)').first()).toBeVisible();
    await expect(page.getByRole('region', { name: 'Lexicon' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Check against your labels' })).toBeVisible();
    expect(await violations(page)).toEqual([]);
  });
}

for (const [view, name] of [
  ['quadrant', /Enthusiasm/],
  ['groups', /Group comparison/],
  ['timeline', /Over time/],
  ['table', /Statements/],
] as const) {
  test(`the ${view} embed has no accessibility violations`, async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(`/?embed=${view}`);
    await expect(page.getByRole(view === 'table' ? 'table' : 'figure', { name })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Method card' })).toBeVisible();
    expect(await violations(page)).toEqual([]);
  });
}

test('the statements table is one tab stop: Tab leaves it after one row, arrow keys, Home and End walk the rows', async ({ page }) => {
  await page.goto('/');
  const table = page.getByRole('table', { name: /Statements/ });
  const focusedRow = table.locator('tbody tr:focus');
  await expect(table.locator('tbody tr:not(.spacer)').first()).toBeVisible();
  await table.getByRole('button', { name: 'Evidence' }).focus();
  await page.keyboard.press('Tab');
  await expect(focusedRow).toHaveAttribute('aria-rowindex', '2');
  await page.keyboard.press('ArrowDown');
  await expect(focusedRow).toHaveAttribute('aria-rowindex', '3');
  await page.keyboard.press('End');
  await expect(focusedRow).toHaveAttribute('aria-rowindex', String(demo.statements + 1));
  await expect(focusedRow).toBeInViewport();
  await page.keyboard.press('Home');
  await expect(focusedRow).toHaveAttribute('aria-rowindex', '2');
  // Tab goes on to what follows the table, and Shift+Tab comes back to the row it left.
  await page.keyboard.press('Tab');
  await expect(table.locator(':focus')).toHaveCount(0);
  await page.keyboard.press('Shift+Tab');
  await expect(focusedRow).toHaveAttribute('aria-rowindex', '2');
});
