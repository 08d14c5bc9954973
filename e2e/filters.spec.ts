import type { Page } from '@playwright/test';
import { demo, expect, test } from './harness';

const count = (page: Page) => page.getByRole('status').filter({ hasText: /statements?$/ });
const table = (page: Page) => page.getByRole('table', { name: /Statements/ });

test('search, source and dates filter the chart and the table, live in the URL and survive reload', async ({ page }) => {
  await page.goto('/');
  await expect(count(page)).toHaveText(demo.shown);
  await page.getByLabel('Search statements').fill('union');
  await expect(page).toHaveURL(/q=union/);
  const searched = Number((await count(page).textContent())!.replace(/\D/g, ''));
  expect(searched).toBeGreaterThan(0);
  expect(searched).toBeLessThan(demo.statements);
  // Every row shown holds the word in its text, speaker or source.
  const rows = table(page).locator('tbody tr:not(.spacer)');
  await expect(rows.first()).toBeVisible();
  for (const text of await rows.allTextContents()) expect(text.toLowerCase()).toContain('union');

  await page.getByLabel('From').fill('2024-03-01');
  await page.getByLabel('From').dispatchEvent('change');
  await page.getByRole('checkbox', { name: 'Actors' }).uncheck();
  await expect(page).toHaveURL(/from=2024-03-01/);
  const url = page.url();
  const narrowed = await count(page).textContent();

  await page.reload();
  await expect(count(page)).toHaveText(narrowed!);
  await expect(page.getByLabel('Search statements')).toHaveValue('union');
  await expect(page.getByLabel('From')).toHaveValue('2024-03-01');
  await expect(page.getByRole('checkbox', { name: 'Actors' })).not.toBeChecked();
  expect(page.url()).toBe(url);

  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(count(page)).toHaveText(demo.shown);
  await expect(page).not.toHaveURL(/q=|from=|groups=/);
});

test('a link with every filter set reproduces the same selection', async ({ page, context }) => {
  await page.goto('/?groups=Screenwriters,Actors,Social%20media&q=AI&source=Social%20media%20post&from=2024-02-01&to=2024-04-30');
  await expect(page.getByRole('figure', { name: /Enthusiasm/ })).toBeVisible();
  const first = await count(page).textContent();
  expect(Number(first!.replace(/\D/g, ''))).toBeGreaterThan(0);
  // The table follows the chart once the page is idle: wait for its rows.
  const rows = table(page).locator('tbody tr:not(.spacer)');
  await expect(rows.first()).toBeVisible();
  const texts = await rows.allTextContents();
  const again = await context.newPage();
  await again.goto(page.url());
  await expect(again.getByRole('figure', { name: /Enthusiasm/ })).toBeVisible();
  await expect(count(again)).toHaveText(first!);
  await expect(table(again).locator('tbody tr:not(.spacer)')).toHaveText(texts);
  await again.close();
});

test('the table sorts by any column, and selecting a row selects its mark', async ({ page }) => {
  await page.goto('/');
  const header = table(page).getByRole('columnheader', { name: 'Concern' });
  await header.getByRole('button').click();
  await expect(header).toHaveAttribute('aria-sort', 'descending');
  const concerns = await table(page).locator('tbody tr:not(.spacer) td:nth-child(7)').allTextContents();
  const values = concerns.map(Number);
  expect(values).toEqual([...values].sort((a, b) => b - a));

  const row = table(page).locator('tbody tr:not(.spacer)').first();
  await row.click();
  await expect(row).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('figure', { name: /Enthusiasm/ }).locator('circle.dot.selected')).toHaveCount(1);
  await expect(page.getByRole('region', { name: 'Selected statement' })).toBeVisible();

  // And the reverse: a mark selected on the chart marks its row.
  await page.getByRole('button', { name: 'Close the selected statement' }).click();
  const mark = page.getByRole('figure', { name: /Enthusiasm/ }).locator('circle.dot').last();
  await mark.focus();
  await page.keyboard.press('Enter');
  await expect(table(page).locator('tbody tr[aria-selected="true"]')).toHaveCount(1);
});

test('the table is readable from a 375 px phone to a 1366 px screen and in a 600 px embed', async ({ page }) => {
  for (const [path, width] of [['/', 1366], ['/', 375], ['/?embed=table', 600]] as const) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto(path);
    const shown = table(page);
    await expect(shown.locator('tbody tr:not(.spacer)').first()).toBeVisible();
    const layout = await shown.evaluate((t) => {
      const visible = (cells: Element[]) => cells.filter((c) => c.getBoundingClientRect().width > 0);
      const heads = visible([...t.querySelectorAll('thead th')]);
      const cells = visible([...t.querySelectorAll('tbody tr:not(.spacer)')[0]!.children]);
      return {
        // Each heading's words fit its cell, so none is cut ("Enthusi") or runs into the next.
        cut: heads.filter((th) => th.querySelector('button')!.scrollWidth > th.clientWidth).map((th) => th.textContent),
        heads: heads.map((th) => [th.textContent!.trim(), Math.round(th.getBoundingClientRect().left), Math.round(th.getBoundingClientRect().width)] as const),
        cells: cells.map((td) => [Math.round(td.getBoundingClientRect().left), Math.round(td.getBoundingClientRect().width)] as const),
        scrolls: t.parentElement!.scrollWidth > t.parentElement!.clientWidth,
      };
    });
    expect(layout.cut, `headings cut at ${width}px`).toEqual([]);
    // Headings stand over their own column.
    expect(layout.heads.map(([, left, w]) => [left, w])).toEqual(layout.cells);
    for (const [name, , w] of layout.heads) expect(w, `${name} at ${width}px`).toBeGreaterThanOrEqual(48);
    // The statement keeps room to be read; the scores are always there.
    expect(layout.heads[0]![2]).toBeGreaterThanOrEqual(width < 500 ? 120 : 180);
    for (const column of ['Enthusiasm', 'Concern', 'Net']) expect(layout.heads.map(([name]) => name)).toContain(column);
    // On the dashboard's wide screen every column fits without scrolling sideways.
    if (width === 1366) expect(layout.scrolls).toBe(false);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
  }
});

test('the table stays small in the page with 100,000 statements', async ({ page }) => {
  await page.goto('/');
  const lines = ['text,group'];
  for (let i = 0; i < 100_000; i++) lines.push(`Statement ${i} is great,G${i % 3}`);
  await page.getByLabel('Load statements').setInputFiles({ name: 'big.csv', mimeType: 'text/csv', buffer: Buffer.from(lines.join('\n')) });
  await expect(count(page)).toHaveText('100,000 statements');
  await expect(table(page)).toHaveAttribute('aria-rowcount', '100001');
  expect(await table(page).locator('tbody tr:not(.spacer)').count()).toBeLessThan(40);
  await page.locator('.table-scroll').evaluate((el) => (el.scrollTop = 64 * 50_000));
  await expect(table(page).getByText('Statement 50000 is great', { exact: true })).toBeVisible();
});

test('the group comparison shows every group with counts, and clicking isolates or adds a group', async ({ page }) => {
  await page.goto('/');
  const comparison = page.getByRole('figure', { name: /Group comparison/ });
  const rows = comparison.getByRole('button', { name: /\): \d+ statements, mean concern/ });
  await expect(rows).toHaveCount(8);
  await expect(comparison.getByText(/^Sorted by mean polarity: /)).toBeVisible();
  await rows.filter({ hasText: 'Actors' }).first().click();
  await expect(count(page)).toHaveText('10 statements');
  await expect(page).toHaveURL(/groups=Actors$/);
  // The other groups stay, faded, so shift-click can build a selection from them.
  await expect(rows).toHaveCount(8);
  await rows.filter({ hasText: 'Screenwriters' }).first().click({ modifiers: ['Shift'] });
  await expect(count(page)).toHaveText('20 statements');
  await expect(page.getByRole('checkbox', { name: 'Screenwriters' })).toBeChecked();
  await rows.filter({ hasText: 'Screenwriters' }).first().click({ modifiers: ['Shift'] });
  await expect(count(page)).toHaveText('10 statements');
  await expect(page.getByRole('checkbox', { name: 'Screenwriters' })).not.toBeChecked();
  // A plain click on the one group shown shows every group again.
  await rows.filter({ hasText: 'Actors' }).first().click();
  await expect(count(page)).toHaveText(demo.shown);
});

test('over time: polarity per group by period, switchable, and a drag sets the date filter', async ({ page }) => {
  await page.goto('/');
  const chart = page.getByRole('figure', { name: /Over time/ });
  await expect(chart.getByText(/^Mean polarity by week from /)).toBeVisible();
  await expect(chart.getByRole('radio', { name: 'Auto (week)' })).toBeChecked();
  const weekly = await chart.locator('circle.time-dot').count();
  await chart.getByRole('radio', { name: 'month' }).check();
  await expect(chart.getByText(/^Mean polarity by month from /)).toBeVisible();
  const monthly = await chart.locator('circle.time-dot').count();
  expect(monthly).toBeLessThan(weekly);

  const area = (await chart.locator('.brush-area').boundingBox())!;
  await page.mouse.move(area.x + area.width * 0.3, area.y + area.height / 2);
  await page.mouse.down();
  await page.mouse.move(area.x + area.width * 0.6, area.y + area.height / 2, { steps: 5 });
  await page.mouse.up();
  await expect(page).toHaveURL(/from=2024-\d\d-\d\d&to=2024-\d\d-\d\d/);
  const url = new URL(page.url());
  expect(url.searchParams.get('from')! < url.searchParams.get('to')!).toBe(true);
  await expect(page.getByLabel('From')).toHaveValue(url.searchParams.get('from')!);
  expect(Number((await count(page).textContent())!.replace(/\D/g, ''))).toBeLessThan(demo.statements);
  // The timeline keeps the whole span, the dates picked shown as a band, so it can be dragged again.
  await expect(chart.locator('.date-band')).toHaveCount(1);
  await expect(chart.locator('circle.time-dot')).toHaveCount(monthly);
  await chart.getByRole('button', { name: 'Clear dates' }).click();
  await expect(count(page)).toHaveText(demo.shown);
});

test('over time is replaced by a short note when the statements have no dates', async ({ page }) => {
  await page.goto('/');
  await page.getByLabel('Load statements').setInputFiles({ name: 'undated.csv', mimeType: 'text/csv', buffer: Buffer.from('text,group\nGreat,A\nBad,B\n') });
  await expect(count(page)).toHaveText('2 statements');
  await expect(page.getByText('These statements have no dates, so there is nothing to show over time.')).toBeVisible();
});

test('with every group hidden, each view says no statements are selected and how to get some back', async ({ page }) => {
  await page.goto('/');
  await expect(count(page)).toHaveText(demo.shown);
  await page.getByRole('button', { name: 'Hide all' }).click();
  await expect(count(page)).toHaveText('0 statements');
  const none = 'No statements are selected. Show at least one group, or clear the filters, to see some.';
  for (const name of [/^Enthusiasm vs concern/, /^Group comparison/, /^Over time/, /^Method sensitivity/, /^Word shift/]) {
    await expect(page.getByRole('figure', { name })).toContainText(none);
  }
  // The demo is dated: over time must not blame the dates.
  await expect(page.getByRole('figure', { name: /^Over time/ })).not.toContainText('no dates');
  const statements = page.getByRole('region', { name: /^Statements/ });
  await expect(statements).toContainText(none);
  await expect(statements.getByRole('table')).toHaveCount(0);

  await page.getByRole('button', { name: 'Show all' }).click();
  await expect(count(page)).toHaveText(demo.shown);
  await expect(table(page).locator('tbody tr:not(.spacer)').first()).toBeVisible();
  await expect(page.getByRole('figure', { name: /^Over time/ })).not.toContainText(none);
});

test('each chart shows its numbers as a table on request', async ({ page }) => {
  await page.goto('/');
  for (const [name, rows] of [
    [/Enthusiasm vs concern/, 8],
    [/Group comparison/, 8],
    [/Over time/, 0],
  ] as const) {
    const chart = page.getByRole('figure', { name });
    const toggle = chart.getByRole('button', { name: 'Show data' });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await toggle.click();
    await expect(chart.getByRole('button', { name: 'Hide data' })).toHaveAttribute('aria-expanded', 'true');
    const body = chart.locator('.data-scroll tbody tr');
    if (rows) await expect(body).toHaveCount(rows);
    else expect(await body.count()).toBeGreaterThan(8);
  }
  await expect(page.getByRole('figure', { name: /Group comparison/ }).locator('.data-scroll')).toContainText('Screenwriters');
});

test('dragging across the enthusiasm-vs-concern plot keeps that region, in the URL', async ({ page }) => {
  await page.goto('/');
  const chart = page.getByRole('figure', { name: /Enthusiasm vs concern/ });
  await expect(chart.locator('circle.dot').first()).toBeVisible();
  const area = (await chart.locator('.plot-brush').boundingBox())!;
  // From the plot's left edge to 40% across, over its whole height: the low-concern statements.
  await page.mouse.move(area.x + 2, area.y + 2);
  await page.mouse.down();
  await page.mouse.move(area.x + area.width * 0.4, area.y + area.height - 2, { steps: 6 });
  await page.mouse.up();
  await expect(page).toHaveURL(/region=[\d.]+,[\d.]+,[\d.]+,[\d.]+/);
  const kept = Number((await count(page).textContent())!.replace(/\D/g, ''));
  expect(kept).toBeGreaterThan(0);
  expect(kept).toBeLessThan(demo.statements);
  await expect(chart.locator('rect.region')).toHaveCount(1);

  await page.reload();
  await expect(count(page)).toHaveText(`${kept} statements`);
  await chart.getByRole('button', { name: 'Clear region' }).click();
  await expect(count(page)).toHaveText(demo.shown);
  await expect(page).not.toHaveURL(/region=/);
});

test('a selected statement lists each scored word with its weight and rules, for keyboard readers', async ({ page }) => {
  await page.goto('/?q=My%20biggest%20fear');
  const row = page.getByRole('table', { name: /Statements/ }).locator('tbody tr:not(.spacer)').first();
  await row.focus();
  await page.keyboard.press('Enter');
  const card = page.getByRole('region', { name: 'Selected statement' });
  const receipt = card.getByRole('group', { name: 'Score receipt' });
  await expect(receipt.getByRole('listitem').first()).toHaveText(/^fear\s*−2\.4\s*AFINN and VADER \(mean\)$/);
  await expect(receipt.getByRole('listitem').nth(1)).toHaveText(/^losing\s*0\s*AFINN and VADER \(mean\), negated$/);
});

test('a search typed with a pause after a space keeps the space', async ({ page }) => {
  await page.goto('/');
  await expect(count(page)).toHaveText(demo.shown);
  const box = page.getByLabel('Search statements');
  await box.pressSequentially('fair ');
  // The search reaches the URL (trimmed) while the reader pauses; the space typed stays in the box.
  await expect(page).toHaveURL(/q=fair(&|$)/);
  await expect(box).toHaveValue('fair ');
  await box.pressSequentially('pay');
  await expect(page).toHaveURL(/q=fair%20pay/);
  await expect(box).toHaveValue('fair pay');
});

test('a date typed into To while From is set keeps From, and is one step in history', async ({ page }) => {
  await page.goto('/?from=2024-03-01');
  await expect(count(page)).not.toHaveText(demo.shown);
  const before = await page.evaluate(() => history.length);
  const to = page.getByRole('textbox', { name: 'To', exact: true });
  await to.focus();
  // Typed as a reader types it: each digit of the year gives the field a date (0002, 0020, 0202, 2024).
  await page.keyboard.type('04012024');
  await expect(page).toHaveURL(/\?from=2024-03-01&to=2024-04-01$/);
  await expect(page.getByRole('textbox', { name: 'From', exact: true })).toHaveValue('2024-03-01');
  expect(await page.evaluate(() => history.length)).toBe(before + 1);
});

test('From after To keeps both dates on screen and in the URL, and says why nothing is selected', async ({ page }) => {
  await page.goto('/?to=2024-02-10');
  await page.getByRole('textbox', { name: 'From', exact: true }).fill('2024-03-01');
  await expect(page).toHaveURL(/from=2024-03-01&to=2024-02-10/);
  await expect(count(page)).toHaveText('0 statements');
  await expect(page.getByRole('textbox', { name: 'To', exact: true })).toHaveValue('2024-02-10');
  await expect(page.getByText('"from" (2024-03-01) is after "to" (2024-02-10). Change one of the dates, or clear them.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Clear filters' })).toBeEnabled();
  // A copy of the link opens on the same, empty, view.
  await page.reload();
  await expect(count(page)).toHaveText('0 statements');
});

test('a search that finds nothing says which filters leave no statement, and Clear filters brings them back', async ({ page }) => {
  await page.goto('/?groups=Actors');
  await page.getByLabel('Search statements').fill('zzzqqq');
  await expect(count(page)).toHaveText('0 statements');
  await expect(page.getByText('No statement passes the filters (groups: Actors; search: "zzzqqq"): change them, or Clear filters to see every statement.')).toBeVisible();
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(count(page)).toHaveText(demo.shown);
  await expect(page.getByText('No statement passes the filters')).toHaveCount(0);
});

test('a search pasted longer than a link carries is cut in the box as typed, with no notice about a link', async ({ page }) => {
  await page.goto('/');
  await expect(count(page)).toHaveText(demo.shown);
  const box = page.getByLabel('Search statements');
  await box.fill('jobs '.repeat(60));
  await expect(page).toHaveURL(/q=jobs/);
  expect((await box.inputValue()).length).toBe(200);
  await expect(page.getByText('Shortened the search in the link')).toHaveCount(0);
});
