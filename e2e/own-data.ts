/** A user's own file of 200 statements in four groups none of which the demo has, for the specs that keep and publish it. */
import type { Page } from '@playwright/test';
import { expect } from './harness';

export const OWN_GROUPS = ['Farmers', 'Regulators', 'Investors', 'Residents'] as const;

const WORDS = ['great progress', 'a serious worry', 'fair and helpful', 'we fear job losses', 'an excellent partner', 'unclear and risky'];

export function ownCsv(rows = 200): string {
  const lines = ['id,text,group,date'];
  for (let i = 0; i < rows; i++) {
    const group = OWN_GROUPS[i % OWN_GROUPS.length];
    lines.push(`r${i},"Statement ${i} from the survey: ${WORDS[i % WORDS.length]}",${group},2025-0${1 + (i % 6)}-1${i % 10}`);
  }
  return lines.join('\n') + '\n';
}

export const count = (page: Page) => page.getByRole('status').filter({ hasText: /statements?$/ });
export const marks = (page: Page) => page.getByRole('figure', { name: /Enthusiasm/ }).locator('circle.dot');

/** Opens the dashboard and waits for the demo to be drawn. */
export async function openDemo(page: Page, path = '/') {
  await page.goto(path);
  await expect(marks(page).first()).toBeVisible({ timeout: 15_000 });
}

/** Loads the 200-statement file through the file input, as a user picks it. */
export async function loadOwn(page: Page, name = 'survey.csv') {
  await page.getByLabel('Load statements').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(ownCsv()) });
  await expect(count(page)).toHaveText('200 statements');
  await expect(page.getByText(name, { exact: true })).toBeVisible();
}
