/**
 * Playwright's `test`, with the `page` reused by the next test in the same worker if it asks for
 * the same browser settings (./shared-page), and a `pageErrors` list that collects the page's
 * errors (parent or embed) for the test's time.
 */
import { test as base, expect, type ConsoleMessage } from '@playwright/test';
import { lend, optionsOf, reusePage, sharedPageFixture, type SharedPage } from './shared-page';

export const test = base.extend<{ pageErrors: string[] }, { sharedPage: SharedPage }>({
  sharedPage: sharedPageFixture,
  page: async ({ browser, sharedPage, baseURL, colorScheme, viewport, deviceScaleFactor, locale, timezoneId }, use) => {
    const settings = { baseURL, colorScheme, viewport, deviceScaleFactor, locale, timezoneId };
    const page = await reusePage(browser, sharedPage, settings);
    // What the test adds to the page is taken off again when it ends, as for every e2e test (./fixtures).
    const giveBack = lend(sharedPage, page, optionsOf(settings));
    await use(page);
    await giveBack();
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
