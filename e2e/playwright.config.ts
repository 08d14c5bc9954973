import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../src/cli/chromium';

const port = Number(process.env.PORT || 4173);

export default defineConfig({
  testDir: '.',
  outputDir: 'artifacts/results',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  // Waits sized for a machine whose cores are busy with other work: a test waits on what the page
  // shows, never on a clock, and a slow page only makes it wait longer.
  timeout: 90_000,
  expect: { timeout: 20_000 },
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    timezoneId: 'UTC',
    locale: 'en-US',
    viewport: { width: 1280, height: 800 },
    // The system Chromium (see ensure-chromium.mjs); Playwright's own download is never used.
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
  },
  // The built app under `vite preview`, so the tests see the production bundle and its CSP.
  webServer: {
    command: `npm run --silent build -- --logLevel warn && npx vite preview --port ${port} --strictPort`,
    cwd: fileURLToPath(new URL('..', import.meta.url)),
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
  },
});
