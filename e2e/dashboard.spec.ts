import type { Page } from '@playwright/test';
import { demo, expect, test } from './harness';

const chart = (page: Page) => page.getByRole('figure', { name: /Enthusiasm/ });
const marks = (page: Page) => chart(page).locator('circle.dot');
const count = (page: Page) => page.getByRole('status').filter({ hasText: /statements?$/ });

async function statementCount(page: Page): Promise<number> {
  const text = (await count(page).textContent()) ?? '';
  return Number(text.replace(/[^0-9]/g, ''));
}

/** The number shown beside a group's checkbox in the legend. */
async function groupCount(page: Page, group: string): Promise<number> {
  const label = page.locator('.group-filter label').filter({ has: page.getByRole('checkbox', { name: group, exact: false }) });
  return Number(await label.locator('.count').first().textContent());
}

test('shows the default statements on the enthusiasm-vs-concern chart', async ({ page }) => {
  await page.goto('/');
  await expect(chart(page)).toBeVisible();
  await expect(count(page)).toHaveText(demo.shown);
  await expect(marks(page)).toHaveCount(demo.statements);
  // Every group has a labelled mean, the quadrants are named, the axes titled.
  await expect(page.locator('.group-filter input[type=checkbox]')).toHaveCount(demo.groups.length);
  await expect(chart(page).locator('.mean-label')).toHaveCount(demo.groups.length);
  for (const name of ['Enthusiastic', 'Concerned', 'Conflicted', 'Reserved']) {
    await expect(chart(page).getByText(name, { exact: true })).toBeVisible();
  }
  await expect(chart(page).getByText(/^Mean concern \(/)).toBeVisible();
  await expect(chart(page).getByText(/^Mean enthusiasm \(/)).toBeVisible();
  await expect(page.getByText(/Demo data, illustrative/)).toBeVisible();
  await page.screenshot({ path: 'e2e/artifacts/dashboard-1280.png', fullPage: true });
});

test('the halo around a chart label covers the space between its words, so no line shows through it', async ({ page }) => {
  await page.goto('/');
  const labels = page.locator('figure .line-label, figure .mean-label');
  await expect(page.locator('figure .line-label').filter({ hasText: ' ' }).first()).toBeVisible();
  const gaps = await labels.evaluateAll((nodes) =>
    (nodes as SVGTextElement[])
      .filter((label) => label.textContent!.includes(' '))
      .map((label) => {
        const space = label.textContent!.indexOf(' ');
        return { label: label.textContent, space: label.getSubStringLength(space, 1), halo: parseFloat(getComputedStyle(label).strokeWidth) };
      }),
  );
  expect(gaps.filter((gap) => gap.halo < gap.space)).toEqual([]);
});

test('the over-time chart names its lines in the text colour, with the group colour in a key beside each name', async ({ page }) => {
  await page.goto('/');
  const timeline = page.getByRole('figure', { name: /Over time/ });
  await expect(timeline.locator('.line-label').first()).toBeVisible();
  const labels = await timeline.locator('.line-label').evaluateAll((nodes) =>
    nodes.map((label) => ({
      name: label.textContent,
      fill: getComputedStyle(label).fill,
      key: getComputedStyle(label.previousElementSibling!).fill,
    })),
  );
  const text = await page.evaluate(() => getComputedStyle(document.body).color);
  const swatches = await timeline.locator('.highlight button[aria-pressed="true"]').evaluateAll((buttons) =>
    Object.fromEntries(buttons.map((b) => [b.textContent!.trim(), getComputedStyle(b.querySelector('.swatch')!).backgroundColor])),
  );
  expect(labels.length).toBeGreaterThan(0);
  expect(labels.map((l) => [l.name, l.fill, l.key])).toEqual(labels.map((l) => [l.name, text, swatches[l.name!]]));
});

test('unchecking a group filters the chart and the URL, and reload restores it', async ({ page }) => {
  await page.goto('/');
  await expect(marks(page).first()).toBeVisible();
  const total = await statementCount(page);
  const actors = await groupCount(page, 'Actors');
  expect(actors).toBeGreaterThan(0);

  await page.getByRole('checkbox', { name: 'Actors' }).uncheck();
  await expect(count(page)).toHaveText(`${total - actors} statements`);
  await expect(marks(page)).toHaveCount(total - actors);
  expect(new URL(page.url()).searchParams.get('groups')?.split(',')).not.toContain('Actors');
  await expect(chart(page).locator('.mean-label', { hasText: /^Actors$/ })).toHaveCount(0);

  await page.reload();
  await expect(page.getByRole('checkbox', { name: 'Actors' })).not.toBeChecked();
  await expect(count(page)).toHaveText(`${total - actors} statements`);

  await page.goBack();
  await expect(page.getByRole('checkbox', { name: 'Actors' })).toBeChecked();
  await expect(count(page)).toHaveText(`${total} statements`);
});

test('with a search, the legend reads each group as "3 of 10", to the eye and to a screen reader', async ({ page }) => {
  await page.goto('/');
  const total = await groupCount(page, 'Actors');
  await page.getByLabel('Search statements').fill('AI');
  await expect(page).toHaveURL(/q=AI/);
  const actors = page.getByRole('checkbox', { name: /^Actors / });
  await expect(actors).toHaveAccessibleName(new RegExp(`^Actors \\d+ of ${total}$`));
  const label = page.locator('.group-filter label').filter({ has: actors });
  await expect(label.locator('.count')).toHaveText(new RegExp(`^\\d+ of ${total}$`));
});

test('a shared link shows exactly the groups it names', async ({ page }) => {
  await page.goto('/?groups=Actors,Screenwriters');
  await expect(marks(page).first()).toBeVisible();
  const expected = (await groupCount(page, 'Actors')) + (await groupCount(page, 'Screenwriters'));
  await expect(count(page)).toHaveText(`${expected} statements`);
  await expect(page.getByRole('checkbox', { name: 'Actors' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Social media' })).not.toBeChecked();
  await expect(marks(page)).toHaveCount(expected);
});

test('an unknown group in the link is ignored with a notice', async ({ page }) => {
  await page.goto('/?groups=Actors,Martians');
  await expect(page.getByText('Ignored unknown group "Martians" in the link.')).toBeVisible();
  await expect(count(page)).toHaveText(`${await groupCount(page, 'Actors')} statements`);
});

/** Index of a mark that no other mark covers, so a pointer can reach it. */
async function uncoveredMark(page: Page): Promise<number> {
  await expect(marks(page).first()).toBeVisible();
  return marks(page).evaluateAll((nodes) =>
    nodes.findIndex((node) => {
      const box = node.getBoundingClientRect();
      return document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2) === node;
    }),
  );
}

test('hover and keyboard focus show the statement, its speaker, group and scores', async ({ page }) => {
  await page.goto('/');
  const index = await uncoveredMark(page);
  expect(index).toBeGreaterThanOrEqual(0);
  await marks(page).nth(index).hover();
  const tooltip = page.getByRole('tooltip');
  await expect(tooltip).toBeVisible();
  await expect(tooltip).toContainText('Enthusiasm');
  await expect(tooltip).toContainText('Concern');
  await page.screenshot({ path: 'e2e/artifacts/tooltip.png' });

  await page.mouse.move(0, 0);
  await expect(tooltip).toBeHidden();
  await marks(page).first().focus();
  await page.keyboard.press('ArrowRight');
  const label = await marks(page).nth(1).getAttribute('aria-label');
  await expect(marks(page).nth(1)).toBeFocused();
  await expect(tooltip).toBeVisible();
  // The tooltip belongs to the focused mark: its group is named in both.
  const group = label!.split(',')[1]!.split(':')[0]!.trim();
  await expect(tooltip.locator('.who')).toContainText(group);
});

test('rows without text or group are skipped and counted, the rest load', async ({ page, context }) => {
  await context.route(/statements.*\.csv$/, (route) =>
    route.fulfill({
      contentType: 'text/csv',
      body: 'text,group\nWe are thrilled,Studios\n,Actors\nNo group here,\nWorried about jobs,Actors\n',
    }),
  );
  await page.goto('/');
  await expect(count(page)).toHaveText('2 statements');
  await expect(page.getByText('2 rows skipped')).toBeVisible();
  await expect(marks(page)).toHaveCount(2);
});

test('reads well on a phone: labels do not overlap and the legend is usable', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/');
  await expect(marks(page).first()).toBeVisible();
  const boxes = await chart(page)
    .locator('.mean-label')
    .evaluateAll((nodes) => nodes.map((n) => n.getBoundingClientRect().toJSON() as DOMRect));
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const [a, b] = [boxes[i]!, boxes[j]!];
      // Half a pixel of tolerance for sub-pixel rounding.
      const overlap = a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
      expect(overlap, `labels ${i} and ${j} overlap: ${JSON.stringify([a, b])}`).toBe(false);
    }
  }
  // Nothing wider than the screen.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.getByRole('checkbox', { name: 'Actors' }).uncheck();
  await expect(page).toHaveURL(/groups=/);
  await page.screenshot({ path: 'e2e/artifacts/dashboard-390.png', fullPage: true });
});

test('the theme follows the system, can be switched, and is remembered', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(await background()).toBe('rgb(18, 24, 32)');
  await page.getByRole('button', { name: /^Theme: system/ }).click();
  await expect(page.getByRole('button', { name: /^Theme: light/ })).toBeVisible();
  expect(await background()).toBe('rgb(255, 255, 255)');
  await page.reload();
  await expect(page.getByRole('button', { name: /^Theme: light/ })).toBeVisible();
  expect(await background()).toBe('rgb(255, 255, 255)');
  await page.getByRole('button', { name: /^Theme: light/ }).click();
  expect(await background()).toBe('rgb(18, 24, 32)');
  await page.screenshot({ path: 'e2e/artifacts/dashboard-dark.png' });
});

test('the dashboard fits every width from a 360 px phone to a 1920 px screen', async ({ page }) => {
  for (const width of [360, 768, 1920]) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/');
    await expect(page.getByRole('figure', { name: /Enthusiasm/ }).locator('circle.dot').first()).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth), `page wider than ${width}px`).toBeLessThanOrEqual(width);
    for (const name of [/Enthusiasm vs concern/, /Group comparison/, /Over time/]) {
      const box = (await page.getByRole('figure', { name }).boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(width);
    }
  }
});
