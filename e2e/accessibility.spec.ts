/**
 * An automated accessibility audit (axe-core) of what a reader sees: the whole dashboard in the
 * light and the dark theme, and every view that can be embedded alone. Zero violations, each one
 * listed by rule and element when there are any.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { demo, expect, test } from './harness';
import { ownCsv } from './own-data';

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

/** All statements of a 3,000-statement file, drawn on a canvas: the canvas, scrolled into view. */
async function openOnCanvas(page: Page) {
  await page.goto('/?fit=statements');
  await expect(page.getByRole('figure', { name: /Enthusiasm/ }).locator('circle.dot').first()).toBeVisible();
  await page.getByLabel('Load statements').setInputFiles({ name: 'survey.csv', mimeType: 'text/csv', buffer: Buffer.from(ownCsv(3000)) });
  const canvas = page.getByRole('figure', { name: /Enthusiasm/ }).locator('canvas.dots-canvas');
  await expect(canvas).toHaveAttribute('aria-label', /^3,000 statements/);
  await expect(page.locator('canvas[aria-busy="true"]')).toHaveCount(0);
  await canvas.scrollIntoViewIfNeeded();
  return canvas;
}

test('after a right-click on the canvas, coming back to it with the keyboard still shows a statement', async ({ page }) => {
  const canvas = await openOnCanvas(page);
  await canvas.click({ button: 'right', position: { x: 5, y: 5 } });
  await page.keyboard.press('Tab');
  await page.keyboard.press('Shift+Tab');
  await expect(canvas).toBeFocused();
  await expect(page.getByRole('tooltip')).toBeVisible();
});

test.describe('on a touch screen', () => {
  test.use({ hasTouch: true, viewport: { width: 375, height: 740 } });

  test('a tap on the statements drawn on a canvas selects one, and the tooltip shows that one', async ({ page }) => {
    const canvas = await openOnCanvas(page);
    // A point where a statement is drawn, in the page's pixels.
    const inked = await canvas.evaluate((c: HTMLCanvasElement) => {
      const { data } = c.getContext('2d')!.getImageData(0, 0, c.width, c.height);
      const box = c.getBoundingClientRect();
      for (let i = 3; i < data.length; i += 4) {
        if (data[i]! > 200) {
          const pixel = (i - 3) / 4;
          return { x: box.left + ((pixel % c.width) / c.width) * box.width, y: box.top + (Math.floor(pixel / c.width) / c.height) * box.height };
        }
      }
      return null;
    });
    expect(inked).not.toBeNull();
    await page.touchscreen.tap(inked!.x, inked!.y);
    const selected = page.getByRole('region', { name: 'Selected statement' }).locator('blockquote');
    await expect(selected).toHaveText(/^Statement \d+ from the survey/);
    await expect(page.getByRole('tooltip')).toContainText((await selected.textContent())!);
  });
});

test('on the group map, the focused statement and its focus ring are drawn at full strength, not faint like the rest', async ({ page }) => {
  await page.goto('/');
  const chart = page.getByRole('figure', { name: /Enthusiasm/ });
  await expect(chart.locator('circle.dot').first()).toBeVisible();
  await chart.getByRole('button', { name: 'All statements' }).focus();
  await page.keyboard.press('Tab');
  await page.keyboard.press('ArrowRight');
  const focused = chart.locator('circle.dot:focus-visible');
  await expect(focused).toHaveCount(1);
  const opacity = (mark: typeof focused) => mark.evaluate((e) => [getComputedStyle(e).fillOpacity, getComputedStyle(e).strokeOpacity]);
  expect(await opacity(focused)).toEqual(['1', '1']);
  expect(await opacity(chart.locator('circle.dot:not(:focus)').first())).not.toEqual(['1', '1']);
});

test('on a phone, with every chart showing its data, the dashboard has no accessibility violations', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/');
  await expect(page.getByRole('figure', { name: /Enthusiasm/ }).locator('circle.dot').first()).toBeVisible();
  for (const name of [/Group comparison/, /Over time/, /Method sensitivity/, /Word shift/]) {
    await expect(page.getByRole('figure', { name })).toBeVisible();
  }
  const show = page.getByRole('button', { name: 'Show data' });
  const charts = await show.count();
  expect(charts).toBeGreaterThanOrEqual(5);
  for (let i = 0; i < charts; i++) await show.first().click();
  await expect(page.getByRole('button', { name: 'Hide data' })).toHaveCount(charts);
  expect(await violations(page)).toEqual([]);
});

test('on a phone, the group legend breaks a group name only between its words', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto('/');
  const names = page.getByRole('group', { name: 'Stakeholder groups' }).locator('.name');
  await expect(names).toHaveCount(demo.groups.length);
  // Each name's box is at least as wide as its longest word set on one line.
  const cramped = await names.evaluateAll((spans) =>
    spans.flatMap((span) => {
      const probe = document.createElement('span');
      probe.style.whiteSpace = 'nowrap';
      span.parentElement!.append(probe);
      const widest = Math.max(...span.textContent!.split(/\s+/).map((word) => ((probe.textContent = word), probe.getBoundingClientRect().width)));
      probe.remove();
      return span.getBoundingClientRect().width + 0.5 < widest ? [span.textContent] : [];
    }),
  );
  expect(cramped).toEqual([]);
});

test('on a phone, every button, menu and labelled box or circle is a target at least 24 px high and wide', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto('/');
  await expect(page.getByRole('figure', { name: /Word shift/ }).locator('.word-label').first()).toBeAttached();
  await expect(page.getByRole('table', { name: /Statements/ }).locator('tbody tr:not(.spacer)').first()).toBeVisible();
  // The marks inside the charts are left out: each statement and group is a row of a table too.
  const small = await page.locator('main').evaluate((main) =>
    [...main.querySelectorAll('button, select, input, textarea')].flatMap((control) => {
      if (control.closest('svg')) return [];
      const target = control.matches('input[type=checkbox], input[type=radio], input[type=file]') ? control.closest('label') ?? control : control;
      const { width, height } = target.getBoundingClientRect();
      if (width === 0 && height === 0) return [];
      return width < 24 || height < 24 ? [`${control.tagName.toLowerCase()} "${target.textContent!.trim().slice(0, 30)}" ${Math.round(width)}×${Math.round(height)}`] : [];
    }),
  );
  expect(small).toEqual([]);
});

test('Escape dismisses the tooltip a hovered statement shows, with the pointer still on it', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/?fit=statements');
  // The last mark is drawn over the others, so nothing covers it.
  await page.getByRole('figure', { name: /Enthusiasm/ }).locator('circle.dot').last().hover();
  const tooltip = page.getByRole('tooltip');
  await expect(tooltip).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(tooltip).toBeHidden();
});
