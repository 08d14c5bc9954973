/**
 * Ways in and nothing lost: a user's own file, as it comes out of the tool that made it, loads
 * through the UI with every row and every column it can, and comes back out in the downloads.
 * Fixtures: fixtures/ways-in/ (made by generate.mjs there).
 */
import { readFileSync } from 'node:fs';
import type { Download, Page } from '@playwright/test';
import { expect, test } from './harness';

const fixture = (name: string) => new URL(`./fixtures/ways-in/${name}`, import.meta.url).pathname;
const count = (page: Page) => page.getByRole('status').filter({ hasText: /statements?$/ });
const marks = (page: Page) => page.getByRole('figure', { name: /Enthusiasm/ }).locator('circle.dot');
const loadInput = (page: Page) => page.getByLabel('Load statements');
const picker = (page: Page) => page.getByRole('dialog', { name: 'Which columns hold the statements?' });

async function openDemo(page: Page) {
  await page.goto('/');
  await expect(marks(page).first()).toBeVisible({ timeout: 15_000 });
}

async function downloaded(page: Page, button: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  return readFileSync(await (file as Download).path(), 'utf8');
}

test('a stray quote costs its own row only: 3 statements, 1 row skipped, row 2 named', async ({ page }) => {
  await openDemo(page);
  await loadInput(page).setInputFiles(fixture('stray-quote.csv'));
  await expect(count(page)).toHaveText('3 statements');
  const skipped = page.locator('details', { hasText: 'skipped' });
  await expect(skipped.locator('summary')).toHaveText('1 row skipped');
  await skipped.locator('summary').click();
  await expect(skipped.getByText(/^Row 2: a quote \("\) inside a quoted field is not doubled; skipped\./)).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'actors' })).toBeVisible();
});

test('a media-monitoring export loads without the picker, draws its timeline, and its own columns come back in the CSV', async ({
  page,
}) => {
  await openDemo(page);
  await loadInput(page).setInputFiles(fixture('monitoring-export.csv'));
  await expect(count(page)).toHaveText('60 statements');
  await expect(picker(page)).toBeHidden();
  // No group column: the kind of source is the group.
  for (const group of ['News', 'Blogs', 'Social', 'Podcasts']) await expect(page.getByRole('checkbox', { name: group })).toBeVisible();
  await expect(page.getByText("No group column was found: the groups are the file's “Source Type” column.")).toBeVisible();
  await expect(page.getByText(/could not be read/)).toBeHidden();
  const timeline = page.getByRole('figure', { name: /^Over time: / });
  await expect(timeline.locator('circle.time-dot').first()).toBeVisible();
  await expect(timeline.getByText('These statements have no dates')).toBeHidden();

  const csv = (await downloaded(page, 'Download CSV')).trim().split('\r\n');
  expect(csv[1]).toMatch(/^id,group,speaker,source,date,url,provenance,label,text,.*,explanation,Headline,Reach,Sentiment,Country$/);
  const first = csv.find((line) => line.includes('(1)"') || line.includes('(1),'))!;
  expect(first).toContain(',News,Reporter 1,Daily Ledger,2024-04-01,https://news.example/m/1,');
  expect(first).toMatch(/,Headline 1: studios say,"1,000",Positive,US$/);

  const json = JSON.parse(await downloaded(page, 'Download JSON'));
  expect(json.statements[0]).toMatchObject({ Headline: 'Headline 1: studios say', Reach: '1,000', Sentiment: 'Positive', Country: 'US' });
  await page.screenshot({ path: 'e2e/artifacts/monitoring-export.png', fullPage: true });
});

test('German headers and day-first dates load without the picker', async ({ page }) => {
  await openDemo(page);
  await loadInput(page).setInputFiles(fixture('deutsch.csv'));
  await expect(count(page)).toHaveText('2 statements');
  await expect(picker(page)).toBeHidden();
  await expect(page.getByRole('checkbox', { name: 'Autoren' })).toBeVisible();
  await expect(page.getByText(/could not be read/)).toBeHidden();
});

test('the column picker maps every field, with its guesses chosen, and loads with the picks', async ({ page }) => {
  await openDemo(page);
  await loadInput(page).setInputFiles({
    name: 'survey.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('Answer,Team,Date,Author,Outlet,Link\nGreat tools,Studios,2024-03-01,Ann,Blog,https://a.example\nWe worry,Writers,2024-03-02,Bob,Paper,\n'),
  });
  const dialog = picker(page);
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel('Text column')).toHaveValue('');
  await expect(dialog.getByLabel('Date column')).toHaveValue('Date');
  await expect(dialog.getByLabel('Speaker column')).toHaveValue('Author');
  await expect(dialog.getByLabel('Source column')).toHaveValue('Outlet');
  await expect(dialog.getByLabel('Link column')).toHaveValue('Link');
  await expect(dialog.getByLabel('Your label column')).toHaveValue('');
  await dialog.getByLabel('Text column').selectOption('Answer');
  await dialog.getByLabel('Group column').selectOption('Team');
  await dialog.getByLabel('Source column').selectOption('');
  await page.screenshot({ path: 'e2e/artifacts/column-picker.png' });
  await dialog.getByRole('button', { name: 'Load with these columns' }).click();
  await expect(count(page)).toHaveText('2 statements');
  // The source set to none is not guessed again: it comes back as a column of the file's own.
  const csv = (await downloaded(page, 'Download CSV')).trim().split('\r\n');
  expect(csv[1]).toMatch(/,explanation,Outlet$/);
  expect(csv[2]).toMatch(/^row-1,Studios,Ann,,2024-03-01,https:\/\/a\.example,.*,Blog$/);
});

test('an SVG download stays XML when statements and groups hold markup, ]]> and control characters', async ({ page }) => {
  await openDemo(page);
  await loadInput(page).setInputFiles(fixture('svg-hostile.csv'));
  await expect(count(page)).toHaveText('2 statements');
  const svg = await downloaded(page, 'Download SVG');
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    return { error: doc.querySelector('parsererror')?.textContent ?? '', texts: [...doc.querySelectorAll('text')].map((t) => t.textContent) };
  }, svg);
  expect(parsed.error).toBe('');
  expect(parsed.texts).toContain('A&B <x> ]]>\uFFFD');
});

test.describe('Excel workbooks', () => {
  test('an .xlsx loads from its first sheet, formulas as their saved values, dates read', async ({ page }) => {
    await openDemo(page);
    await loadInput(page).setInputFiles(fixture('statements.xlsx'));
    await expect(count(page)).toHaveText('3 statements');
    await expect(page.getByText('statements.xlsx', { exact: true })).toBeVisible();
    for (const group of ['Studios', 'Writers', 'Fans']) await expect(page.getByRole('checkbox', { name: group })).toBeVisible();
    await expect(page.getByRole('figure', { name: /^Over time: / }).locator('circle.time-dot').first()).toBeVisible();
    const csv = (await downloaded(page, 'Download CSV')).trim().split('\r\n');
    expect(csv[1]).toMatch(/,explanation,Reach$/);
    expect(csv.find((line) => line.includes('Fans love the demo'))).toMatch(/^row-3,Fans,A fan,,2024-03-29,.*,1600$/);
  });

  /** The two-sheet workbook loaded from its sheet "Statements", picked in the dialog it asks with; that dialog. */
  async function loadStatementsSheet(page: Page) {
    await openDemo(page);
    await loadInput(page).setInputFiles(fixture('two-sheets.xlsx'));
    const dialog = page.getByRole('dialog', { name: 'Which sheet holds the statements?' });
    await dialog.getByRole('radio', { name: 'Statements' }).check();
    await dialog.getByRole('button', { name: 'Load this sheet' }).click();
    await expect(count(page)).toHaveText('2 statements');
    return dialog;
  }

  test('a workbook with several sheets asks which one, and loads it', async ({ page }) => {
    await openDemo(page);
    await loadInput(page).setInputFiles(fixture('two-sheets.xlsx'));
    const dialog = page.getByRole('dialog', { name: 'Which sheet holds the statements?' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('radio', { name: 'Read me' })).toBeChecked();
    await dialog.getByRole('radio', { name: 'Statements' }).check();
    await dialog.getByRole('button', { name: 'Load this sheet' }).click();
    await expect(count(page)).toHaveText('2 statements');
    await expect(page.getByRole('checkbox', { name: 'Actors' })).toBeVisible();
  });

  test('the embed preview of a workbook shows the sheet picked', async ({ page }) => {
    await loadStatementsSheet(page);
    await page.getByRole('button', { name: 'Embed' }).click();
    // The preview reads the copy this browser keeps: from the sheet picked, or it would wait for a choice it cannot ask for.
    await expect(page.getByTitle('Preview of the embedded chart').contentFrame().getByText(/2 statements · two-sheets\.xlsx/)).toBeVisible();
  });

  test('the sheet picked is kept: a reload opens the same sheet without asking', async ({ page }) => {
    const dialog = await loadStatementsSheet(page);
    await expect(page).toHaveURL(/dataset=two-sheets\.xlsx~/);
    await page.reload();
    await expect(count(page)).toHaveText('2 statements', { timeout: 15_000 });
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('checkbox', { name: 'Actors' })).toBeVisible();
  });

  for (const [what, file, message] of [
    ['a corrupt workbook', 'corrupt.xlsx', /This workbook is damaged \(its ZIP archive cannot be read\)/],
    ['a ZIP bomb', 'zip-bomb.xlsx', /holds more than its directory says, as a ZIP bomb would/],
    ['a sheet of a million rows', 'million-rows.xlsx', /This sheet has more than 500,000 rows/],
  ] as const) {
    test(`${what} gives a message and keeps what was on screen`, async ({ page }) => {
      await openDemo(page);
      const before = await count(page).textContent();
      await loadInput(page).setInputFiles(fixture(file));
      const alert = page.getByRole('alert');
      await expect(alert).toContainText(message, { timeout: 20_000 });
      await expect(alert).toContainText('The statements on screen are unchanged.');
      await expect(count(page)).toHaveText(before!);
      await expect(page.getByText(/Demo data, illustrative/)).toBeVisible();
    });
  }
});

test.describe('pasting onto the page', () => {
  /** Puts text on the clipboard and pastes it with the keyboard, on the page outside any field, as a user does. */
  async function paste(page: Page, text: string) {
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.evaluate((t) => navigator.clipboard.writeText(t), text);
    await page.locator('h1').click();
    await page.keyboard.press('ControlOrMeta+V');
  }

  test('a table copied from a spreadsheet loads', async ({ page }) => {
    await openDemo(page);
    await paste(page, 'Statement\tStakeholder\tReach\nWe love these new tools\tStudios\t5000\n"Two lines,\nboth worried"\tWriters\t12\n');
    await expect(count(page)).toHaveText('2 statements');
    await expect(page.getByText('Pasted table.tsv', { exact: true })).toBeVisible();
    await expect(page.getByRole('checkbox', { name: 'Writers' })).toBeVisible();
  });

  test('plain lines load as one statement each, in the group asked for', async ({ page }) => {
    await openDemo(page);
    await paste(page, 'This is a great step forward\n\nWe are worried about consent\nNobody asked us\n');
    const dialog = page.getByRole('dialog', { name: 'Load 3 pasted statements' });
    await expect(dialog).toBeVisible();
    await dialog.getByLabel('Which stakeholder group are they from?').fill('Screenwriters');
    await dialog.getByRole('button', { name: 'Load statements' }).click();
    await expect(count(page)).toHaveText('3 statements');
    await expect(page.getByRole('checkbox', { name: 'Screenwriters' })).toBeVisible();
  });

  test('a paste into the search field stays there', async ({ page }) => {
    await openDemo(page);
    const dataName = page.getByRole('banner').locator('.name');
    const before = await dataName.textContent();
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.evaluate(() => navigator.clipboard.writeText('jobs'));
    await page.getByLabel('Search statements').click();
    await page.keyboard.press('ControlOrMeta+V');
    await expect(page.getByLabel('Search statements')).toHaveValue('jobs');
    // It searches the data on screen (the count follows the search) and loads nothing.
    await expect(page).toHaveURL(/[?&]q=jobs/);
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expect(dataName).toHaveText(before!);
  });
});
