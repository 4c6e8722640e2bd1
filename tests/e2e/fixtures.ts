/**
 * The e2e `test`, with a guard on every page a test opens: no console error, no uncaught
 * exception, no failed request, and no request to any other origin. It works the same for the
 * three hosting modes (root, sub-path, file://) that playwright.config.ts defines.
 */
import { test as base, expect, type ConsoleMessage, type Page, type Request } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { lend, optionsOf, reusePage, sharedPageFixture, type Settings, type SharedPage } from './shared-page';

export interface Guard {
  problems: string[];
}

function isOwnOrigin(url: string, baseURL: string): boolean {
  const { protocol, origin } = new URL(url);
  if (protocol === 'data:' || protocol === 'about:') return true;
  if (baseURL.startsWith('file:')) return protocol === 'file:';
  return origin === new URL(baseURL).origin;
}

/** How Chromium, Firefox and WebKit name a request that was cancelled rather than refused. */
const abortErrors = /^(net::ERR_ABORTED|NS_BINDING_ABORTED|cancelled)$/i;

/** Puts the guard on a page; returns how to take it off again (for a page a later test reuses). */
export function watch(page: Page, baseURL: string, problems: string[]): () => void {
  const onConsole = (message: ConsoleMessage) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  };
  const onPageError = (error: Error) => problems.push(`uncaught: ${error.message}`);
  // A request the page's own next navigation cancelled (a deferred script still loading when the
  // test, like a reader, goes on to another page) is not a failure; any other failure, an abort
  // included, still is.
  let navigations = 0;
  const navigationsWhenIssued = new WeakMap<Request, number>();
  const onFailed = (request: Request) => {
    const errorText = request.failure()?.errorText ?? '';
    const cancelledByNavigation = abortErrors.test(errorText) && navigations > (navigationsWhenIssued.get(request) ?? navigations);
    if (!cancelledByNavigation) problems.push(`failed request: ${request.url()} (${errorText})`);
  };
  const onRequest = (request: Request) => {
    navigationsWhenIssued.set(request, navigations);
    if (request.isNavigationRequest() && request.frame() === page.mainFrame()) navigations += 1;
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

/**
 * The guard rides on the `page` fixture itself, so a test that opens no page (one that reads
 * dist/ from disk) costs no browser context; every test that does is guarded, as before.
 *
 * The `page` is the worker's shared one (./shared-page): reused by the next test in the same
 * worker if that test asks for the same browser settings, reset in between as a fresh page would
 * be, and left behind if a test changed something a page cannot be given back. The guard is put
 * on it for the test's time only. `context` is the page's own context (Playwright's would be
 * another one), so a test that grants its page a permission grants it to that page.
 */
export const test = base.extend<{ guard: Guard }, { sharedPage: SharedPage }>({
  guard: async ({}, use) => {
    await use({ problems: [] });
  },
  sharedPage: sharedPageFixture,
  page: async (
    { browser, sharedPage, guard, baseURL, colorScheme, viewport, deviceScaleFactor, bypassCSP, locale, timezoneId, javaScriptEnabled, reducedMotion, forcedColors, contrast, hasTouch, isMobile, offline, permissions, userAgent, extraHTTPHeaders, geolocation, httpCredentials, ignoreHTTPSErrors, acceptDownloads, serviceWorkers, storageState, screen, contextOptions },
    use,
  ) => {
    const settings: Settings = {
      ...contextOptions,
      ...optionsOf({ baseURL, colorScheme, viewport, deviceScaleFactor, bypassCSP, locale, timezoneId, javaScriptEnabled, reducedMotion, forcedColors, contrast, hasTouch, isMobile, offline, permissions, userAgent, extraHTTPHeaders, geolocation, httpCredentials, ignoreHTTPSErrors, acceptDownloads, serviceWorkers, screen }),
      ...(storageState === undefined ? {} : { storageState }),
    };
    const page = await reusePage(browser, sharedPage, settings);
    const unwatch = watch(page, baseURL!, guard.problems);
    const giveBack = lend(sharedPage, page, optionsOf(settings));
    await use(page);
    unwatch();
    await giveBack();
    expect(guard.problems, 'console errors, failed requests or requests to other origins').toEqual([]);
  },
  context: async ({ page }, use) => {
    await use(page.context());
  },
});

export { expect };

/** The test parent page, served by the test server or, for file://, from the repository. */
export function parentPageUrl(baseURL: string, embedRoute: string, childId = 'chart-1'): string {
  const embed = new URL(embedRoute, baseURL).href;
  const parent = baseURL.startsWith('file:')
    ? pathToFileURL(resolve('tests/e2e/fixtures/parent.html')).href
    : new URL('/__fixtures__/parent.html', baseURL).href;
  return `${parent}?src=${encodeURIComponent(embed)}&childId=${childId}`;
}

/** The text of a built file at a URL, whichever way the site is hosted. */
export async function fetchText(page: Page, url: string): Promise<string> {
  if (url.startsWith('file:')) {
    const path = fileURLToPath(url);
    expect(existsSync(path), `${url} exists`).toBe(true);
    return readFileSync(path, 'utf8');
  }
  const response = await page.request.get(url);
  expect(response.status(), url).toBe(200);
  return response.text();
}
