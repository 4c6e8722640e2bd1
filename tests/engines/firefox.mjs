/**
 * Firefox, driven by puppeteer-core over WebDriver BiDi (Debian's firefox-esr). The reader's
 * dark theme is a launch preference, so this browser shows every page dark.
 */
import puppeteer from 'puppeteer-core';
import { findFirefox } from '../../scripts/browsers.mjs';
import { isLocal } from './site.mjs';

export async function launchFirefox({ width, height }) {
  const executablePath = findFirefox();
  if (!executablePath) throw new Error('No Firefox: run `node scripts/ensure-browsers.mjs firefox`.');
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    // The system's dark theme, as a reader who chose it has (0 = dark for the content override).
    extraPrefsFirefox: { 'ui.systemUsesDarkTheme': 1, 'layout.css.prefers-color-scheme.content-override': 0 },
  });
  const pid = browser.process()?.pid;
  const page = await browser.newPage();
  await page.setViewport({ width, height });

  // What went wrong on the page being tested, and every URL it requested; reset by open().
  let problems = [];
  let requests = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()} (${request.failure()?.errorText ?? 'no reason given'})`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  page.on('request', (request) => requests.push(request.url()));

  return {
    name: 'Firefox',
    pid,
    async open(url) {
      problems = [];
      requests = [];
      await page.goto(url, { waitUntil: 'load' });
    },
    evaluate: (fn, ...args) => page.evaluate(fn, ...args),
    /** Clicks the index-th radio of readRadios() as a pointer would: scrolled into view, at its centre. */
    async clickRadio(index) {
      const radios = await page.$$('chart-frame input[type=radio]');
      await radios[index].click();
    },
    /** A key pressed on whatever has focus: 'Tab', 'ArrowRight', 'Enter', 'Escape'. */
    async press(key) {
      await page.keyboard.press(key);
    },
    /** A mouse moved to each point in turn (viewport CSS px), in small steps, as a hand would. */
    async hover(...points) {
      for (const { x, y } of points) await page.mouse.move(x, y, { steps: 4 });
    },
    /** A finger's tap at a point of the viewport. */
    async tap({ x, y }) {
      await page.touchscreen.tap(x, y);
    },
    async resize(width, height) {
      await page.setViewport({ width, height });
    },
    async problems(allowed) {
      const elsewhere = requests.filter((url) => !isLocal(url, allowed)).map((url) => `request to another origin: ${url}`);
      return [...problems, ...elsewhere];
    },
    async close() {
      await browser.close().catch(() => {});
      if (pid) {
        try {
          process.kill(pid);
        } catch {
          // Already gone: browser.close() stopped it.
        }
      }
    },
  };
}
