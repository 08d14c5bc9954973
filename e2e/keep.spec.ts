/** The user's data stays in this browser across reloads until they forget it; a full store says so and loses nothing on screen. */
import { demo, expect, test } from './harness';
import { count, loadOwn, marks, openDemo, ownCsv } from './own-data';

const demoNotice = (page: import('@playwright/test').Page) => page.getByText(/Demo data, illustrative/);

test('reloading after loading a file keeps it, with its filters', async ({ page }) => {
  await openDemo(page);
  await loadOwn(page);
  await page.getByRole('checkbox', { name: 'Investors' }).uncheck();
  await expect(count(page)).toHaveText('150 statements');
  await expect(page).toHaveURL(/dataset=survey\.csv~[0-9a-f]{8}/);
  await page.reload();
  await expect(count(page)).toHaveText('150 statements');
  await expect(page.getByText('survey.csv', { exact: true })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'Investors' })).not.toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Farmers' })).toBeChecked();
  await expect(demoNotice(page)).toBeHidden();
});

test('"Forget this data" returns to the demo, and a reload stays there', async ({ page }) => {
  await openDemo(page);
  const demoCount = (await count(page).textContent())!;
  await loadOwn(page);
  await page.getByRole('button', { name: 'Forget this data' }).click();
  await expect(demoNotice(page)).toBeVisible();
  await expect(count(page)).toHaveText(demoCount);
  await expect(page).not.toHaveURL(/dataset=/);
  await page.reload();
  await expect(marks(page).first()).toBeVisible({ timeout: 15_000 });
  await expect(demoNotice(page)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Forget this data' })).toBeHidden();
});

test('lexicon edits are kept too, and forgotten with the file', async ({ page }) => {
  await openDemo(page);
  await loadOwn(page);
  const word = (p: typeof page) => p.getByRole('region', { name: 'Lexicon' }).getByRole('rowheader', { name: /^survey/ });
  const lexicon = page.getByRole('region', { name: 'Lexicon' });
  await lexicon.getByLabel('Word').fill('survey');
  await lexicon.getByLabel('Weight', { exact: true }).fill('3');
  await lexicon.getByRole('button', { name: 'Add word' }).click();
  await expect(word(page)).toContainText('added');
  await page.reload();
  await expect(count(page)).toHaveText('200 statements');
  await expect(word(page)).toBeVisible();
  await page.getByRole('button', { name: 'Forget this data' }).click();
  await expect(demoNotice(page)).toBeVisible();
  await expect(page.getByRole('region', { name: 'Lexicon' }).getByRole('rowheader', { name: 'replace', exact: true })).toBeVisible();
  await expect(word(page)).toBeHidden();
});

test('a full store says so and keeps what is on screen', async ({ page }) => {
  // Every write to IndexedDB fails as it does when the site's quota is used up.
  await page.addInitScript(() => {
    IDBObjectStore.prototype.put = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await openDemo(page);
  await loadOwn(page);
  await expect(page.getByRole('alert')).toContainText(
    'storage for this site is full, so your file "survey.csv" could not be kept: it stays on screen',
  );
  await expect(count(page)).toHaveText('200 statements');
  await expect(page.getByRole('checkbox', { name: 'Residents' })).toBeChecked();
  await expect(marks(page)).toHaveCount(200);
  await page.screenshot({ path: 'e2e/artifacts/store-full.png' });
});

test('a link made on a file this browser does not hold says so, and shows every group of the demo', async ({ page }) => {
  await openDemo(page, '/?groups=Farmers,Investors&dataset=survey.csv~1a2b3c4d');
  await expect(page.getByText(/This link was made on "survey\.csv" \(fingerprint 1a2b3c4d\), which is not loaded in this browser/)).toBeVisible();
  await expect(page.getByText('None of the groups named in the link is in this data, so every group is shown.')).toBeVisible();
  await expect(count(page)).toHaveText(demo.shown);
  await expect(page.getByRole('status').filter({ hasText: /^0 statements of/ })).toHaveCount(0);
  await page.screenshot({ path: 'e2e/artifacts/link-made-elsewhere.png' });
});

test('a link made on a file shows the view as shared once its reader loads that same file', async ({ page, browser }) => {
  await openDemo(page);
  await loadOwn(page);
  for (const group of ['Regulators', 'Investors', 'Residents']) await page.getByRole('checkbox', { name: group }).uncheck();
  await expect(count(page)).toHaveText('50 statements');
  const link = page.url();
  expect(link).toMatch(/groups=Farmers/);

  // The reader's browser holds none of the sender's data: a context of its own.
  const reader = await browser.newContext();
  const other = await reader.newPage();
  await openDemo(other, link);
  await expect(other.getByText(/This link was made on "survey\.csv" .* Load "survey\.csv" to see the view as it was shared\./)).toBeVisible();
  await other.getByLabel('Load statements').setInputFiles({ name: 'survey.csv', mimeType: 'text/csv', buffer: Buffer.from(ownCsv()) });
  await expect(other.getByText('survey.csv', { exact: true })).toBeVisible();
  await expect(count(other)).toHaveText('50 statements');
  await expect(other.getByRole('checkbox', { name: 'Farmers' })).toBeChecked();
  await expect(other.getByRole('checkbox', { name: 'Investors' })).not.toBeChecked();
  await expect(other).toHaveURL(/groups=Farmers/);
  await expect(other.getByText(/This link was made on/)).toBeHidden();

  // Any other file is other data: the link's groups go, as before.
  await other.getByLabel('Load statements').setInputFiles({ name: 'survey.csv', mimeType: 'text/csv', buffer: Buffer.from(ownCsv(100)) });
  await expect(count(other)).toHaveText('100 statements');
  await expect(other).not.toHaveURL(/groups=/);
  await reader.close();
});
