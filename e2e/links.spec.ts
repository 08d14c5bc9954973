/** What a link asks for is what the page shows: the chart's fit travels with it, and what a link gets wrong is said. */
import type { Locator, Page } from '@playwright/test';
import { demo, expect, test } from './harness';

const count = (page: Page) => page.getByRole('status').filter({ hasText: /statements?$/ });
const chart = (scope: Page | ReturnType<Page['frameLocator']>) => scope.getByRole('figure', { name: /Enthusiasm/ });
/** The axis title of the chart fitted to all statements (square-root scale); the group map's says "Mean concern". */
const statementsAxis = (figure: Locator) => figure.getByText(/^Concern \(.*√ scale\) →$/);
/** A group's box in the legend, named by the group and its count. */
const groupBox = (page: Page, group: string) =>
  page.getByRole('checkbox', { name: new RegExp(`^${group.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\d`) });
const groupMapAxis = (figure: Locator) => figure.getByText(/^Mean concern \(.*\) →$/);

test('the chart’s fit lives in the URL: reload, back and forward, the embed code and its preview show it', async ({ page }) => {
  await page.goto('/?groups=Actors,Screenwriters');
  const figure = chart(page);
  await expect(groupMapAxis(figure)).toBeVisible();
  await expect(page).not.toHaveURL(/fit=/);
  await figure.getByRole('button', { name: 'All statements' }).click();
  await expect(page).toHaveURL(/\?groups=Actors,Screenwriters&fit=statements$/);
  await expect(statementsAxis(figure)).toBeVisible();

  await page.reload();
  await expect(figure.getByRole('button', { name: 'All statements' })).toHaveAttribute('aria-pressed', 'true');
  await expect(statementsAxis(figure)).toBeVisible();
  await expect(count(page)).toHaveText('20 statements');

  await page.getByRole('button', { name: 'Embed' }).click();
  const dialog = page.getByRole('dialog', { name: 'Embed this chart' });
  expect(await dialog.getByLabel('Embed code').inputValue()).toContain('?embed=quadrant&amp;groups=Actors,Screenwriters&amp;fit=statements"');
  const preview = chart(page.frameLocator('iframe.embed-preview'));
  await expect(statementsAxis(preview)).toBeVisible();
  // An embed cannot switch: it shows the fit its link gives.
  await expect(preview.getByRole('button', { name: 'Group map' })).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Close' }).click();

  await page.goBack();
  await expect(page).toHaveURL(/\?groups=Actors,Screenwriters$/);
  await expect(figure.getByRole('button', { name: 'Group map' })).toHaveAttribute('aria-pressed', 'true');
  await expect(groupMapAxis(figure)).toBeVisible();
  await page.goForward();
  await expect(statementsAxis(figure)).toBeVisible();
  await figure.getByRole('button', { name: 'Group map' }).click();
  await expect(page).toHaveURL(/\?groups=Actors,Screenwriters$/);
});

test('an embed opens on the fit of its link, and the group map without one', async ({ page }) => {
  await page.goto('/?embed=quadrant&fit=statements');
  await expect(statementsAxis(chart(page))).toBeVisible();
  await page.goto('/?embed=quadrant');
  await expect(groupMapAxis(chart(page))).toBeVisible();
});

test('a fit the app does not know shows the group map and says so', async ({ page }) => {
  await page.goto('/?fit=wide');
  await expect(page.getByText('Ignored "fit" in the link: "wide" is neither "groups" nor "statements", so the chart shows the group map.')).toBeVisible();
  await expect(groupMapAxis(chart(page))).toBeVisible();
  await expect(chart(page).getByRole('button', { name: 'Group map' })).toHaveAttribute('aria-pressed', 'true');
});

for (const groups of ['%ZZ', '%E0%A4%A']) {
  test(`a link whose only group name cannot be read (${groups}) shows every group, as one naming missing groups does`, async ({ page }) => {
    await page.goto(`/?groups=${groups}`);
    await expect(count(page)).toHaveText(demo.shown);
    await expect(page.getByText('Ignored an unreadable group name in the link.')).toBeVisible();
    await expect(page.getByText('None of the group names in the link can be used here, so every group is shown.')).toBeVisible();
    for (const group of demo.groups) await expect(groupBox(page, group)).toBeChecked();
  });
}

for (const dataset of ['foo~zzzzzzzz', '~1234abcd']) {
  test(`a link naming its data unreadably (dataset=${dataset}) says so once the data is on screen`, async ({ page }) => {
    await page.goto(`/?dataset=${dataset}`);
    await expect(chart(page).locator('circle.dot').first()).toBeVisible();
    // The app takes the parameter out of the address, and the notice stays.
    await expect(page).not.toHaveURL(/dataset=/);
    await expect(page.getByText('Ignored "dataset" in the link: it should be a data name, "~" and eight hex digits.')).toBeVisible();
  });
}

test('a search in the link that cannot be read is ignored with a notice', async ({ page }) => {
  await page.goto('/?q=%E0%A4%A');
  await expect(count(page)).toHaveText(demo.shown);
  await expect(page.getByText('Ignored the search in the link: it is not readable text.')).toBeVisible();
  await expect(page.getByLabel('Search statements')).toHaveValue('');
});

test('a parameter given twice: the first is used, and the page says so', async ({ page }) => {
  await page.goto('/?groups=Actors&groups=Screenwriters');
  await expect(count(page)).toHaveText('10 statements');
  await expect(page.getByText('The link gives "groups" 2 times: used the first and ignored the rest.')).toBeVisible();
  await expect(groupBox(page, 'Actors')).toBeChecked();
  await expect(groupBox(page, 'Screenwriters')).not.toBeChecked();
});

test('a link with a parameter name that cannot be read still lets a file load and take over the address', async ({ page }) => {
  await page.goto('/?%ZZ=1&groups=Actors');
  await expect(count(page)).toHaveText(/^10 statements/);
  await page.getByLabel('Load statements').setInputFiles({ name: 'mine.csv', mimeType: 'text/csv', buffer: Buffer.from('text,group\nGreat,A\nAwful,B\n') });
  await expect(count(page)).toHaveText('2 statements');
  // The load names the file in the address and drops the old data's groups, as after any load.
  await expect(page).toHaveURL(/dataset=mine\.csv~/);
  await expect(page).not.toHaveURL(/groups=/);
});

test('an embed whose link keeps no statement says why, as its reader has no filters to change', async ({ page }) => {
  await page.goto('/?embed=quadrant&from=2024-04-01&to=2024-03-01');
  await expect(page.getByRole('status').filter({ hasText: '"from" (2024-04-01) is after "to" (2024-03-01)' })).toBeVisible();
  await page.goto('/?embed=quadrant&q=zzzqqq');
  await expect(page.getByRole('status').filter({ hasText: 'No statement passes the filters this chart was made with (search: "zzzqqq").' })).toBeVisible();
});
