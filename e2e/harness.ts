/**
 * The `test` every spec uses. It fails a test on any page error, console
 * error, dialog, Content-Security-Policy violation, or request to another
 * origin: no statement text may ever run or call out.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { test as base, expect, type Page } from '@playwright/test';
import Papa from 'papaparse';

export const test = base.extend<{ problems: string[]; endlessStatements: (url: RegExp) => Promise<EndlessFile> }>({
  problems: [
    async ({ page, baseURL }, use) => {
      const problems: string[] = [];
      const origin = new URL(baseURL!).origin;
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline code'}`);
        });
      });
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
      });
      page.on('dialog', (dialog) => {
        problems.push(`dialog: ${dialog.message()}`);
        void dialog.dismiss();
      });
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (url.origin !== origin && url.protocol !== 'data:' && url.protocol !== 'blob:') {
          problems.push(`request to another origin: ${request.url()}`);
        }
      });
      await use(problems);
      expect(problems, 'the page reported errors').toEqual([]);
    },
    { auto: true },
  ],
  endlessStatements: async ({ page }, use) => {
    const files: EndlessFile[] = [];
    await use(async (url) => {
      const file = await serveEndless(page, url);
      files.push(file);
      return file;
    });
    await Promise.all(files.map((file) => file.close()));
  },
});

export { expect };

/**
 * What the demo data holds, read from data/statements.csv itself, so the specs follow the demo when
 * it changes: how many statements it loads as (rows with text and a group), in which groups.
 */
export const demo = (() => {
  const { data } = Papa.parse<Record<string, string>>(readFileSync(new URL('../data/statements.csv', import.meta.url), 'utf8'), {
    header: true,
    skipEmptyLines: true,
  });
  const rows = data.filter((row) => row.text?.trim() && row.group?.trim());
  const groups = [...new Set(rows.map((row) => row.group!.trim()))];
  return {
    statements: rows.length,
    groups,
    /** The statement count as the page shows it, e.g. "1,234 statements". */
    shown: `${rows.length.toLocaleString('en-US')} statements`,
  };
})();

/** A statements file that is still arriving, for as long as the test wants. */
export interface EndlessFile {
  /** Whether the browser has stopped reading it (the load was cancelled, or the page left). */
  readonly abandoned: boolean;
  close(): Promise<void>;
}

/**
 * The `endlessStatements` fixture: from now on, requests from `page` (its worker's included) for a
 * URL matching `url` get a CSV whose rows never stop coming, so a load of it is under way until
 * the test ends it, however fast or slow the machine. The page still sees its own origin; the rows
 * come from a server of the test's, closed when the test ends.
 */
async function serveEndless(page: Page, url: RegExp): Promise<EndlessFile> {
  let abandoned = false;
  const server = createServer((_, response) => {
    response.on('close', () => (abandoned = true));
    response.writeHead(200, { 'content-type': 'text/csv' });
    response.write('text,group\n');
    let row = 0;
    // A few thousand rows at a time, each batch once the last one is sent, with a pause between so
    // the page is not buried under millions of them.
    const more = () => {
      if (response.destroyed) return;
      const rows = Array.from({ length: 2000 }, () => `Statement ${++row} keeps coming,Stream ${row % 3}`);
      response.write(`${rows.join('\n')}\n`, () => setTimeout(more, 20));
    };
    more();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const target = `http://127.0.0.1:${(server.address() as AddressInfo).port}/endless.csv`;
  await page.route(url, (route) => route.continue({ url: target }));
  return {
    get abandoned() {
      return abandoned;
    },
    close: () => {
      server.closeAllConnections();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
