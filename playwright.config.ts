import { defineConfig } from '@playwright/test';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { chromiumArgs, findChromium } from './scripts/chromium.mjs';

// E2E_PORT lets two checkouts run their suites side by side.
const port = Number(process.env['E2E_PORT'] ?? 4322);
const chromium = findChromium();
export const subPath = '/news/graphics/explainer/';
const server = `http://127.0.0.1:${port}`;

/**
 * The same built site, three ways a reader may get it: from a server's root, from a sub-path of
 * someone else's site, and opened straight from the folder (file://).
 *
 * Every test runs at the root. Only tests tagged `@hosting` run in the other two: those whose
 * outcome can depend on where the files are served from (links and navigation, downloads, the
 * embed's messages to its parent page and its embed code, the risk model's address, pages
 * loading with no failed request, drawings with JavaScript off). Charts, content, accessibility
 * and reader settings are the same bytes wherever they are served, so they are checked once.
 */
const hostingOnly = /@hosting/;
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  // Axe over a whole story and the print checks take 10-20 s each on this 2-core machine; 30 s left no margin.
  timeout: 60_000,
  workers: 2,
  forbidOnly: !!process.env['CI'],
  retries: 0,
  reporter: [['list']],
  use: {
    locale: 'en-GB',
    timezoneId: 'UTC',
    launchOptions: { args: chromiumArgs, ...(chromium ? { executablePath: chromium } : {}) },
    // No trace: recording one (DOM snapshots and a screencast of every action) roughly doubled the
    // time of every test, passing or not. To see why a test fails, run it again with
    // `npx playwright test <file> -g "<title>" --trace retain-on-failure` (or `--trace on`).
    trace: 'off',
  },
  projects: [
    { name: 'root', use: { baseURL: `${server}/` } },
    { name: 'sub-path', grep: hostingOnly, use: { baseURL: `${server}${subPath}` } },
    { name: 'file', grep: hostingOnly, use: { baseURL: pathToFileURL(resolve('dist')).href + '/' } },
  ],
  webServer: {
    command: `node scripts/serve.mjs --port ${port} --also-at ${subPath} --mount /__fixtures__/=tests/e2e/fixtures`,
    url: `${server}/index.html`,
    // Never test whatever else may be listening on the port: a stale server would hide this build.
    reuseExistingServer: false,
  },
});
