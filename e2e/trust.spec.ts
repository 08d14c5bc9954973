/** Issue #8: every number defensible — receipts, uncertainty, flips, labels, method sensitivity, method card, word shift. */
import { readFileSync } from 'node:fs';
import type { Download, Page } from '@playwright/test';
import Papa from 'papaparse';
import { demo, expect, test } from './harness';

const count = (page: Page) => page.getByRole('status').filter({ hasText: /statements?$/ });
const table = (page: Page) => page.getByRole('table', { name: /Statements/ });
const rows = (page: Page) => table(page).locator('tbody tr:not(.spacer)');

async function downloaded(page: Page, button: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  return readFileSync((await (file as Download).path())!, 'utf8');
}

test('a statement’s receipt lists its scored words, their weights and rules, and the share of words scored', async ({ page }) => {
  await page.goto('/?q=My%20biggest%20fear');
  await rows(page).first().click();
  const receipt = page.getByRole('region', { name: 'Selected statement' }).getByRole('group', { name: 'Score receipt' });
  await expect(receipt).toContainText(/^\s*3 of \d+ words scored \(\d+%\)\./);
  await expect(receipt.getByRole('listitem')).toHaveText([
    /^fear\s*−2\.4\s*AFINN and VADER \(mean\)$/,
    /^losing\s*0\s*AFINN and VADER \(mean\), negated$/,
    /^agreed\s*−0\.9\s*AFINN and VADER \(mean\), negated$/,
  ]);
  await expect(receipt).not.toContainText('Insufficient evidence');
  await expect(rows(page).first().locator('td.evidence')).toHaveText(/^3\/24 words\s*13%$/);
  // "isn't losing" adds no concern: its word is marked as read, not as concern.
  const marks = rows(page).first().locator('mark');
  await expect(marks.filter({ hasText: 'losing' })).toHaveClass(/\bzero\b/);
  await expect(marks.filter({ hasText: 'fear' })).toHaveClass(/\bdown\b/);

  // Hovering its mark shows the same receipt in the tooltip.
  await page.getByRole('button', { name: 'Actor, Actors: enthusiasm 0, concern 3.3', exact: true }).hover();
  await expect(page.getByRole('tooltip').getByRole('group', { name: 'Score receipt' })).toContainText('3 of');
});

test('a receipt tells a word weighed down before "but" from one weighed up after it', async ({ page }) => {
  await page.goto('/');
  await page.getByLabel('Load statements').setInputFiles({
    name: 'contrast.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('text,group\nGood but terrible,Writers\nAlthough it looks great the physics are wrong,Writers\n'),
  });
  await expect(count(page)).toHaveText('2 statements');
  const receipt = page.getByRole('region', { name: 'Selected statement' }).getByRole('group', { name: 'Score receipt' });
  await rows(page).filter({ hasText: 'Good but terrible' }).click();
  await expect(receipt.getByRole('listitem')).toHaveText([
    /^good\s*\+1\.3\s*AFINN and VADER \(mean\), before a contrast, or conceded$/,
    /^terrible\s*−4\.2\s*AFINN and VADER \(mean\), after a contrast$/,
  ]);
  // Each marked word says the same on hover, in the same words.
  const marks = rows(page).filter({ hasText: 'Good but terrible' }).locator('mark');
  await expect(marks.first()).toHaveAttribute('title', '+1.3 · AFINN and VADER (mean), before a contrast, or conceded');
  await expect(marks.last()).toHaveAttribute('title', '−4.2 · AFINN and VADER (mean), after a contrast');
  await rows(page).filter({ hasText: 'Although' }).click();
  await expect(receipt.getByRole('listitem').first()).toHaveText(/^great\s*\+1\.7\s*AFINN and VADER \(mean\), before a contrast, or conceded$/);
});

test('statements with too few scored words say so, and can be dimmed or hidden through the URL', async ({ page }) => {
  await page.goto('/?q=Several%20publishers');
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page).first().locator('td.evidence')).toContainText('Insufficient');
  await rows(page).first().click();
  await expect(page.getByRole('region', { name: 'Selected statement' })).toContainText(
    /Insufficient evidence\s*0 of 21 words scored \(0%\): no word this lexicon knows/,
  );
  const mark = page.getByRole('button', { name: /insufficient evidence$/ });
  await expect(mark).toHaveAttribute('fill', 'none');

  await page.goto('/');
  await expect(count(page)).toHaveText(demo.shown);
  // How many the scorer leaves without evidence is the scorer's business (see its tests); the views must agree on it.
  const evidence = page.getByLabel(/^Insufficient evidence \(\d+\)/);
  const insufficient = Number((await page.locator('label', { has: evidence }).textContent())!.match(/\((\d+)\)/)![1]);
  expect(insufficient).toBeGreaterThan(0);
  await evidence.selectOption('dim');
  await expect(page).toHaveURL(/evidence=dim/);
  await expect(count(page)).toHaveText(demo.shown);
  await expect(page.locator('circle.dot.dim')).toHaveCount(insufficient);
  await evidence.selectOption('hide');
  await expect(page).toHaveURL(/evidence=hide/);
  const sufficient = `${demo.statements - insufficient} statements`;
  await expect(count(page)).toHaveText(sufficient);
  await expect(page.locator('circle.dot.insufficient')).toHaveCount(0);
  await page.reload();
  await expect(count(page)).toHaveText(sufficient);
  await expect(page.getByRole('region', { name: 'Method card' }).first()).toContainText('insufficient evidence hidden');
});

test('the group comparison shows small samples and never ranks overlapping groups apart', async ({ page }) => {
  await page.goto('/');
  const comparison = page.getByRole('figure', { name: /Group comparison/ });
  await expect(comparison.getByRole('button', { name: /^Talent agencies \(9, small sample\): 9 statements,/ })).toBeVisible();
  await expect(comparison.getByRole('button', { name: /^Actors \(10\): 10 statements,/ })).toBeVisible();

  // Two groups saying the same things share their places; a group far below them has its own.
  const same = ['This is good', 'This is great', 'This is wonderful', 'This is fine', 'This is nice'];
  const rows = [
    ...same.flatMap((text) => [`${text},Fans`, `${text},Critics`]),
    ...['This is terrible', 'This is awful', 'This is horrible', 'This is bad', 'This is dreadful'].map((text) => `${text},Pickets`),
  ];
  await page.getByLabel('Load statements').setInputFiles({ name: 'ranks.csv', mimeType: 'text/csv', buffer: Buffer.from(`text,group\n${rows.join('\n')}\n`) });
  await expect(count(page)).toHaveText('15 statements');
  await expect(comparison.getByRole('button', { name: /^(Fans|Critics) .* rank 1–2 by mean polarity$/ })).toHaveCount(2);
  await expect(comparison.getByRole('button', { name: /^Pickets .* rank 3 by mean polarity$/ })).toHaveCount(1);
  await expect(comparison.locator('#comparison-summary')).toContainText('their 95% intervals do not overlap.');
});

test('groups of one statement have no interval: no range in the data, no whiskers, no claim that they differ', async ({ page }) => {
  await page.goto('/');
  await page.getByLabel('Load statements').setInputFiles({ name: 'solo.csv', mimeType: 'text/csv', buffer: Buffer.from('text,group\nThis is wonderful and great,Fans\nThis is awful,Critics\n') });
  await expect(count(page)).toHaveText('2 statements');
  for (const [name, summary] of [
    [/^Enthusiasm vs concern/, '#quadrant-summary'],
    [/^Group comparison/, '#comparison-summary'],
  ] as const) {
    const chart = page.getByRole('figure', { name });
    const said = chart.locator(summary);
    await expect(said).toContainText('Fans and Critics have too few statements for a 95% interval, so no difference between them can be claimed.');
    await expect(said).not.toContainText('overlap');
    await chart.getByRole('button', { name: 'Show data' }).click();
    const fans = chart.locator('.data-scroll tbody tr', { hasText: 'Fans' });
    await expect(fans).toContainText('(n too small)');
    await expect(fans).not.toContainText(/\d to [+−]?\d/);
  }
  await expect(page.getByRole('figure', { name: /^Group comparison/ }).locator('line.whisker')).toHaveCount(0);
  await expect(page.getByRole('figure', { name: /^Enthusiasm vs concern/ }).locator('line.ci')).toHaveCount(0);
});

test('the group comparison’s data gives a group’s mean net as the main chart’s does, signed with a minus', async ({ page }) => {
  await page.goto('/');
  const cells = async (name: RegExp, column: string) => {
    const chart = page.getByRole('figure', { name });
    await chart.getByRole('button', { name: 'Show data' }).click();
    const data = chart.locator('.data-scroll table');
    const headers = await data.locator('thead th').allTextContents();
    const row = data.locator('tbody tr', { hasText: 'Actors' });
    return (await row.locator('th, td').nth(headers.indexOf(column)).textContent())!.trim();
  };
  const main = await cells(/^Enthusiasm vs concern/, 'Mean net');
  const comparison = await cells(/^Group comparison/, 'Mean net');
  expect(main).toMatch(/^−\d/);
  expect(comparison.startsWith(`${main} (`)).toBe(true);
  expect(comparison).not.toContain('-');
});

test('after a lexicon edit, the statements that moved are listed and each one selects its statement', async ({ page }) => {
  await page.goto('/');
  await expect(count(page)).toHaveText(demo.shown);
  const lexicon = page.getByRole('region', { name: 'Lexicon' });
  await lexicon.getByLabel('Word').fill('sora');
  await lexicon.getByLabel('Weight', { exact: true }).fill('3');
  await lexicon.getByRole('button', { name: 'Add word' }).click();
  const flips = page.getByRole('region', { name: 'What the last edit changed' });
  await expect(flips.getByRole('status')).toHaveText(/^\d+ statements moved: \d+ reserved → enthusiastic/);
  const first = flips.getByRole('listitem').first();
  await expect(first).toContainText(/→/);
  const text = (await first.textContent())!;
  await first.getByRole('button').click();
  const card = page.getByRole('region', { name: 'Selected statement' });
  await expect(card).toContainText(text.split(': ')[1]!.slice(0, 30));
  await expect(card.getByRole('group', { name: 'Score receipt' })).toContainText(/sora\s*\+3\s*domain lexicon/);
});

test('a keyboard review of a sample gives agreement, a confusion matrix and the words behind disagreements; labels persist and export', async ({ page }) => {
  await page.goto('/');
  const check = page.getByRole('region', { name: 'Check against your labels' });
  await expect(check.getByRole('status')).toHaveText('No statement in the selection has a label yet.');
  await check.getByRole('button', { name: 'Label 20 statements' }).click();
  const dialog = page.getByRole('dialog', { name: 'Label statements' });
  await expect(dialog.getByRole('status')).toHaveText('Statement 1 of 20 · 0 labelled');
  // Scores are hidden in the review.
  await expect(dialog).not.toContainText(/Enthusiasm|Net/);
  for (let i = 0; i < 20; i++) await page.keyboard.press(['1', '2', '3', 'n'][i % 4]!);
  await expect(dialog.getByRole('status')).toHaveText('Done: 20 of 20 statements labelled.');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  await expect(check.locator('.agreement-summary')).toHaveText(/agrees with your label on \d+ of 20 labelled\s+statements \(\d+%\)/);
  const matrix = check.getByRole('table', { name: /Confusion matrix/ });
  const cells = (await matrix.locator('tbody td').allTextContents()).map(Number);
  expect(cells).toHaveLength(16);
  expect(cells.reduce((a, b) => a + b, 0)).toBe(20);
  // Five of each label given, by rows.
  for (let row = 0; row < 4; row++) expect(cells.slice(row * 4, row * 4 + 4).reduce((a, b) => a + b, 0)).toBe(5);
  await expect(check.getByRole('table', { name: 'Agreement per group' }).locator('tbody tr')).not.toHaveCount(0);
  await expect(check.locator('.disagreement-words')).toContainText('Words behind the disagreements');

  await page.reload();
  await expect(check.locator('.agreement-summary')).toHaveText(/of 20 labelled\s+statements/);
  const csv = await downloaded(page, 'Download CSV');
  const { data } = Papa.parse<Record<string, string>>(csv, { header: true, comments: '# ', skipEmptyLines: true });
  expect(data.filter((row) => row.label)).toHaveLength(20);
});

test('a file with a label column is checked without a review', async ({ page }) => {
  await page.goto('/');
  await page.getByLabel('Load statements').setInputFiles({
    name: 'coded.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(
      'text,group,label\n' +
        'This is wonderful and exciting,A,positive\n' +
        'A terrible and frightening threat,A,negative\n' +
        'The meeting is on Tuesday,B,neutral\n' +
        'Great tool but it will destroy jobs,B,positive\n',
    ),
  });
  await expect(count(page)).toHaveText('4 statements');
  const check = page.getByRole('region', { name: 'Check against your labels' });
  await expect(check.locator('.agreement-summary')).toHaveText(/agrees with your label on 3 of 4 labelled\s+statements \(75%\)/);
  // The one disagreement ("positive", scored mixed): both its scored words are named.
  await expect(check.locator('.disagreement-words')).toContainText('destroy');
  await expect(check.locator('.disagreement-words')).toContainText('great');
});

test('the method sensitivity chart scores the selection three ways, with a row and a table line per group', async ({ page }) => {
  await page.goto('/');
  const figure = page.getByRole('figure', { name: /Method sensitivity/ });
  await expect(figure.getByRole('img', { name: /^Actors: plain AFINN [+−]?[\d.]+, our full model/ })).toBeVisible();
  await figure.getByRole('button', { name: 'Show data' }).click();
  await expect(figure.getByRole('columnheader')).toHaveText(['Group', 'Statements', 'plain AFINN', 'our full model', 'our model without the domain lexicon']);
  await expect(figure.locator('tbody tr')).toHaveCount(demo.groups.length);
});

test('the method sensitivity chart says when the order of groups holds across methods, and names the pair that swaps when not', async ({ page }) => {
  const load = async (name: string, rows: string[]) => {
    await page.getByLabel('Load statements').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(`text,group\n${rows.join('\n')}\n`) });
    await expect(count(page)).toHaveText(`${rows.length} statements`);
  };
  const summary = page.getByRole('figure', { name: /Method sensitivity/ }).locator('#sensitivity-summary');
  await page.goto('/');
  // Words every method knows, and weighs alike.
  await load('alike.csv', ['This is wonderful and great,Fans', 'This is terrible and awful,Critics']);
  await expect(summary).toHaveText(
    'The order of the 2 groups by mean polarity is the same under plain AFINN, our full model and our model without the domain lexicon.',
  );
  // "replace" is a concern only in the domain lexicon: without it, Studio's statement scores 0, above Press's "bad".
  await load('domain.csv', ['The studio will replace writers and replace actors and replace crews,Studio', 'That is bad.,Press']);
  await expect(summary).toHaveText(
    'The order of groups by mean polarity changes with the method: plain AFINN puts Studio above Press; ' +
      'our model without the domain lexicon puts Studio above Press (the full model has each pair the other way round).',
  );
});

test('every export, the embed and print carry the method card', async ({ page }) => {
  await page.goto('/?groups=Actors,Screenwriters');
  await expect(count(page)).toHaveText('20 statements');
  const svg = await downloaded(page, 'Download SVG');
  expect(svg).toContain('Lexicon: default domain lexicon');
  expect(svg).toContain('Filters: groups: Actors, Screenwriters');
  expect(svg).toContain('Statements: 20 from Sora in Hollywood (demo data)');
  expect(svg).toMatch(/Model: Stakeholder Sentiment scorer 2\.1/);

  const lexicon = page.getByRole('region', { name: 'Lexicon' });
  await lexicon.getByLabel('Word').fill('sora');
  await lexicon.getByLabel('Weight', { exact: true }).fill('1');
  await lexicon.getByRole('button', { name: 'Add word' }).click();
  await expect(page.getByRole('region', { name: 'Method card' })).toContainText(/edited domain lexicon \(1 word changed, #[0-9a-f]{8}\)/);
  const csv = await downloaded(page, 'Download CSV');
  expect(csv.split('\r\n')[0]).toMatch(/^# Stakeholder Sentiment method card \| .*Lexicon: edited domain lexicon \(1 word changed \/ #[0-9a-f]{8}\)/);
  const json = JSON.parse(await downloaded(page, 'Download JSON'));
  expect(json.method).toMatchObject({ statements: 20, filters: 'groups: Actors, Screenwriters' });
  expect(json.method.lexicon).toMatch(/^edited domain lexicon/);

  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('region', { name: 'Method card' })).toBeVisible();

  await page.goto('/?embed=groups&groups=Actors');
  await expect(page.getByRole('region', { name: 'Method card' })).toContainText('Filters: groups: Actors');
  await expect(page.getByRole('region', { name: 'Method card' })).toContainText('default domain lexicon');
});

test('word shift shows the words behind the difference between two groups, or two periods', async ({ page }) => {
  await page.goto('/');
  const figure = page.getByRole('figure', { name: /Word shift/ });
  await figure.getByLabel('First group').selectOption('AI company');
  await figure.getByLabel('Second group').selectOption('Screenwriters');
  await expect(figure.locator('#word-shift-summary')).toHaveText(
    /^Mean net [+−]?[\d.]+ for AI company \(10\) and [+−]?[\d.]+ for Screenwriters \(10\)\. The words that make most of the difference: /,
  );
  const bars = figure.getByRole('img', { name: /scored \d+ times in AI company and \d+ in Screenwriters/ });
  expect(await bars.count()).toBeGreaterThan(3);
  await figure.getByLabel('Compare').selectOption('periods');
  await expect(figure.locator('#word-shift-summary')).toHaveText(/for before 2024-\d\d-\d\d \(\d+\) and .* for from 2024-/);
});

test('word shift: the two means in its sentence differ by the difference its bars add up to', async ({ page }) => {
  await page.goto('/');
  const figure = page.getByRole('figure', { name: /Word shift/ });
  await figure.getByLabel('First group').selectOption('Screenwriters');
  await figure.getByLabel('Second group').selectOption('Actors');
  const number = (text: string) => Number(text.replace('−', '-'));
  const sentence = (await figure.locator('#word-shift-summary').textContent())!;
  const [, a, b] = sentence.match(/^Mean net ([+−]?[\d.]+) for Screenwriters \(\d+\) and ([+−]?[\d.]+) for Actors/)!;
  const [, total] = (await figure.getByText(/add up to the difference in mean net/).textContent())!.match(/difference in mean net \(([+−]?[\d.]+)\)/)!;
  expect(Math.abs(number(a!) - number(b!) - number(total!))).toBeLessThanOrEqual(0.011);
});

test('word shift with one group shown draws nothing and asks for a second group', async ({ page }) => {
  await page.goto('/?groups=Actors');
  const figure = page.getByRole('figure', { name: /Word shift/ });
  await expect(figure.locator('#word-shift-summary')).toHaveText(
    'Word shift compares two groups, and only Actors is shown: show another group to compare their words, or compare two periods.',
  );
  await expect(figure.getByRole('img')).toHaveCount(0);
  await expect(figure.getByLabel('Second group')).toHaveCount(0);
  await expect(figure.getByRole('button', { name: 'Show data' })).toHaveCount(0);
  await expect(figure).not.toContainText(' in .');

  // Two periods of that one group still compare.
  await figure.getByLabel('Compare').selectOption('periods');
  await expect(figure.locator('#word-shift-summary')).toHaveText(/^Mean net .* for before 2024-\d\d-\d\d \(\d+\) and .* for from 2024-/);
  await expect(figure.getByRole('img', { name: /scored \d+ times in before/ }).first()).toBeVisible();
});
