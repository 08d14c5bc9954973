/**
 * The `test` every spec uses. It fails a test on any page error, console
 * error, dialog, Content-Security-Policy violation, or request to another
 * origin: no statement text may ever run or call out.
 */
import { readFileSync } from 'node:fs';
import { test as base, expect } from '@playwright/test';
import Papa from 'papaparse';

export const test = base.extend<{ problems: string[] }>({
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
