import { readFileSync, readdirSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { expect, test } from './harness';

const root = new URL('..', import.meta.url).pathname;

/**
 * A site that copied the element's bundle, as its README says, with `extra` files beside it (path ->
 * [type, bytes]) and `html` as /report.html; resolves to the site's address and a function that stops it.
 */
async function elementSite(extra: [string, [string, Buffer]][], html: string): Promise<{ site: string; close: () => void }> {
  const files = new Map<string, [string, Buffer]>(extra);
  const elementDir = join(root, 'dist/element');
  files.set('/element/stakeholder-sentiment-chart.js', ['text/javascript', readFileSync(join(elementDir, 'stakeholder-sentiment-chart.js'))]);
  for (const name of readdirSync(join(elementDir, 'assets'))) {
    files.set(`/element/assets/${name}`, ['text/javascript', readFileSync(join(elementDir, 'assets', name))]);
  }
  files.set('/report.html', ['text/html', Buffer.from(html)]);
  const server = createServer((request, response) => {
    const file = files.get(new URL(request.url!, 'http://x').pathname);
    if (!file) return void response.writeHead(request.url === '/favicon.ico' ? 204 : 404).end();
    response.writeHead(200, { 'content-type': file[0] }).end(file[1]);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { site: `http://localhost:${(server.address() as AddressInfo).port}`, close: () => server.close() };
}

test('the custom element renders the chart inside a page of its own', async ({ page, problems }) => {
  const { site, close } = await elementSite(
    [['/quotes.csv', ['text/csv', readFileSync(join(root, 'data/statements.csv'))]]],
    `<!doctype html><html><head><style>circle { fill: red !important } h1 { color: green }</style></head><body>
      <h1>Quarterly report</h1>
      <stakeholder-sentiment-chart src="quotes.csv" view="quadrant" groups="Actors,Screenwriters"></stakeholder-sentiment-chart>
      <stakeholder-sentiment-chart id="spread" src="quotes.csv" view="quadrant" fit="statements"></stakeholder-sentiment-chart>
      <script type="module" src="/element/stakeholder-sentiment-chart.js"></script></body></html>`,
  );

  await page.goto(`${site}/report.html`);
  const element = page.locator('stakeholder-sentiment-chart').first();
  await expect(element.getByRole('figure', { name: /Enthusiasm/ })).toBeVisible();
  await expect(element.locator('circle.dot')).toHaveCount(20);
  await expect(element.getByText(/^20 statements · quotes\.csv/)).toBeVisible();
  // Its styles stay inside: the page's red circles rule does not reach the marks.
  const fill = await element.locator('circle.dot').first().evaluate((c) => getComputedStyle(c).fill);
  expect(fill).not.toBe('rgb(255, 0, 0)');
  // The group map unless the fit attribute asks for every statement, as a link's fit does.
  await expect(element.getByText(/^Mean concern \(.*\) →$/)).toBeVisible();
  const spread = page.locator('#spread');
  await expect(spread.getByText(/^Concern \(.*√ scale\) →$/)).toBeVisible();
  await spread.evaluate((el) => el.setAttribute('fit', 'groups'));
  await expect(spread.getByText(/^Mean concern \(.*\) →$/)).toBeVisible();
  await page.screenshot({ path: 'e2e/artifacts/element.png' });
  close();
  problems.splice(0, problems.length, ...problems.filter((p) => !p.startsWith(`request to another origin: ${site}/`)));
});

test('the custom element says what to change in a file whose sheet or columns it cannot ask about', async ({ page, problems }) => {
  const { site, close } = await elementSite(
    [
      ['/book.xlsx', ['application/octet-stream', readFileSync(join(root, 'e2e/fixtures/ways-in/two-sheets.xlsx'))]],
      ['/odd.csv', ['text/csv', Buffer.from('who,what\nStudios,Great news\nWriters,We worry\n')]],
    ],
    `<!doctype html><html><body>
      <stakeholder-sentiment-chart id="book" src="book.xlsx" view="quadrant"></stakeholder-sentiment-chart>
      <stakeholder-sentiment-chart id="odd" src="odd.csv" view="quadrant"></stakeholder-sentiment-chart>
      <script type="module" src="/element/stakeholder-sentiment-chart.js"></script></body></html>`,
  );
  await page.goto(`${site}/report.html`);
  // The dashboard would ask which sheet, and which columns; here nobody can answer, so it must not wait for ever.
  await expect(page.locator('#book').getByRole('alert')).toHaveText(
    /^This workbook has 2 sheets, and a chart set into a page cannot ask which one holds the statements\. Save that sheet on its own/,
  );
  await expect(page.locator('#odd').getByRole('alert')).toHaveText(/could not be recognised, .* Name those columns "text" and "group"/);
  await expect(page.getByText('Loading statements…')).toHaveCount(0);
  close();
  problems.splice(0, problems.length, ...problems.filter((p) => !p.startsWith(`request to another origin: ${site}/`)));
});
