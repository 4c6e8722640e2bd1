/**
 * The e2e `test` of ./fixtures, with one difference: the `page` a test gets is reused by the next
 * test in the same worker if that one asks for the same browser settings (theme, window, pixel
 * density, CSP bypass): see ./shared-page. The tests of one describe block share their settings
 * and run one after another, so each worker opens one page per block.
 *
 * The guard is the one ./fixtures puts on every page, attached for the test's time only: no
 * console error, no uncaught exception, no failed request, no request to another origin.
 */
import { test as guarded, expect, watch } from './fixtures';
import { reusePage, sharedPageFixture, type SharedPage } from './shared-page';

export const test = guarded.extend<object, { sharedPage: SharedPage }>({
  sharedPage: sharedPageFixture,
  page: async ({ browser, sharedPage, guard, baseURL, colorScheme, viewport, deviceScaleFactor, bypassCSP, locale, timezoneId }, use) => {
    const page = await reusePage(browser, sharedPage, { baseURL, colorScheme, viewport, deviceScaleFactor, bypassCSP, locale, timezoneId });
    const unwatch = watch(page, baseURL!, guard.problems);
    await use(page);
    unwatch();
    expect(guard.problems, 'console errors, failed requests or requests to other origins').toEqual([]);
  },
});

export { expect };
