/**
 * The e2e `test` of ./fixtures, with one difference: the `page` a test gets is reused by the next
 * test in the same worker if that one asks for the same browser settings (theme, window, pixel
 * density, CSP bypass), instead of a new page per test. The tests of one describe block share
 * their settings and run one after another, so each worker opens one page per block; it keeps
 * one page open at a time.
 *
 * Why: on this 2-core machine most of a short test's time went into opening its page (a new
 * renderer process: 1-8 s under load), not into the page or the checks. A reused page starts
 * each test as a fresh one would: media emulation back to the settings' own (screen, their
 * theme, no forced colours), the window back to their size, nothing of the last page left
 * (it is first sent to about:blank, which also drops anything still loading from it).
 *
 * The guard is the one ./fixtures puts on every page, attached for the test's time only: no
 * console error, no uncaught exception, no failed request, no request to another origin. A test
 * that fails ends its worker (Playwright starts a new one), so a failure never leaks a page
 * into the next test.
 */
import type { BrowserContextOptions, Page, Request, ConsoleMessage } from '@playwright/test';
import { test as guarded, expect } from './fixtures';

function isOwnOrigin(url: string, baseURL: string): boolean {
  const { protocol, origin } = new URL(url);
  if (protocol === 'data:' || protocol === 'about:') return true;
  if (baseURL.startsWith('file:')) return protocol === 'file:';
  return origin === new URL(baseURL).origin;
}

/** The same guard as ./fixtures' watch(), and a way to take it off again. */
function watch(page: Page, baseURL: string, problems: string[]): () => void {
  const onConsole = (message: ConsoleMessage) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  };
  const onPageError = (error: Error) => problems.push(`uncaught: ${error.message}`);
  const onFailed = (request: Request) => problems.push(`failed request: ${request.url()} (${request.failure()?.errorText})`);
  const onRequest = (request: Request) => {
    if (!isOwnOrigin(request.url(), baseURL)) problems.push(`request to another origin: ${request.url()}`);
  };
  page.on('console', onConsole);
  page.on('pageerror', onPageError);
  page.on('requestfailed', onFailed);
  page.on('request', onRequest);
  return () => {
    page.off('console', onConsole);
    page.off('pageerror', onPageError);
    page.off('requestfailed', onFailed);
    page.off('request', onRequest);
  };
}

/** The page this worker's tests share, and the settings it was opened with. */
interface SharedPage {
  key: string;
  page: Page | null;
}

export const test = guarded.extend<object, { sharedPage: SharedPage }>({
  sharedPage: [
    async ({}, use) => {
      const shared: SharedPage = { key: '', page: null };
      await use(shared);
      await shared.page?.context().close();
    },
    { scope: 'worker' },
  ],
  page: async ({ browser, sharedPage, guard, baseURL, colorScheme, viewport, deviceScaleFactor, bypassCSP, locale, timezoneId }, use) => {
    // The test's own settings, those it left unset left out (so Playwright's defaults apply).
    const options = Object.fromEntries(Object.entries({ baseURL, colorScheme, viewport, deviceScaleFactor, bypassCSP, locale, timezoneId }).filter(([, value]) => value !== undefined)) as BrowserContextOptions;
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
    const unwatch = watch(page, baseURL!, guard.problems);
    await use(page);
    unwatch();
    expect(guard.problems, 'console errors, failed requests or requests to other origins').toEqual([]);
  },
});

export { expect };
