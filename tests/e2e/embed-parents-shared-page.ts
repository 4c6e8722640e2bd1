/**
 * Playwright's `test`, with the `page` reused by the next test in the same worker (if it asks
 * for the same browser settings) instead of a new page per test, and a `pageErrors` list that
 * collects the page's errors for the test's time.
 *
 * Why: on this 2-core machine most of a short test's time went into opening its page (a new
 * renderer process: 1-8 s under load), not into the checks. A reused page starts each test as a
 * fresh one would: sent to about:blank first (nothing of the last test's pages left, nothing
 * still loading), media emulation back to the defaults, the window back to its default size.
 * A test that fails ends its worker (Playwright starts a new one), so a failure never leaks a
 * page into the next test. A test that must change something a page cannot undo (a fake clock)
 * opens its own page.
 */
import { test as base, expect, type BrowserContextOptions, type ConsoleMessage, type Page } from '@playwright/test';

/** The page this worker's tests share, and the settings it was opened with. */
interface SharedPage {
  key: string;
  page: Page | null;
}

export const test = base.extend<{ pageErrors: string[] }, { sharedPage: SharedPage }>({
  sharedPage: [
    async ({}, use) => {
      const shared: SharedPage = { key: '', page: null };
      await use(shared);
      await shared.page?.context().close();
    },
    { scope: 'worker' },
  ],
  page: async ({ browser, sharedPage, baseURL, colorScheme, viewport, deviceScaleFactor, locale, timezoneId }, use) => {
    // The test's own settings, those it left unset left out (so Playwright's defaults apply).
    const options = Object.fromEntries(Object.entries({ baseURL, colorScheme, viewport, deviceScaleFactor, locale, timezoneId }).filter(([, value]) => value !== undefined)) as BrowserContextOptions;
    const key = JSON.stringify(options);
    let page = sharedPage.key === key ? sharedPage.page : null;
    if (!page || page.isClosed()) {
      // One page open at a time: a test with other settings closes the last one.
      await sharedPage.page?.context().close();
      page = await (await browser.newContext(options)).newPage();
      Object.assign(sharedPage, { key, page });
    } else {
      await page.goto('about:blank');
      await page.emulateMedia({ media: null, colorScheme: colorScheme ?? 'light', forcedColors: 'none' });
      if (viewport) await page.setViewportSize(viewport);
    }
    await use(page);
  },
  /** Page errors and console errors anywhere (parent or embed), while the test runs. */
  pageErrors: async ({ page }, use) => {
    const problems: string[] = [];
    const onPageError = (error: Error) => problems.push(`uncaught: ${error.message}`);
    const onConsole = (message: ConsoleMessage) => {
      if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
    };
    page.on('pageerror', onPageError);
    page.on('console', onConsole);
    await use(problems);
    page.off('pageerror', onPageError);
    page.off('console', onConsole);
  },
});

export { expect };
