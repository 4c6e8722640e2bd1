/**
 * A `page` that the next test in the same worker reuses, if it asks for the same browser
 * settings, instead of a new page per test (reader-settings and embed-parents use it).
 *
 * Why: on this 2-core machine most of a short test's time went into opening its page (a new
 * renderer process: 1-8 s under load), not into the checks. A reused page starts each test as a
 * fresh one would: sent to about:blank first (nothing of the last test's pages left, nothing
 * still loading), media emulation back to the test's own (screen, its theme, no forced colours),
 * the window back to its size. A test that fails ends its worker (Playwright starts a new one),
 * so a failure never leaks a page into the next test. A test that must change something a page
 * cannot undo (a fake clock) opens its own page. One page is open at a time per worker.
 */
import type { Browser, BrowserContextOptions, Page } from '@playwright/test';

/** The page a worker's tests share, and the settings it was opened with. */
export interface SharedPage {
  key: string;
  page: Page | null;
}

/** The worker-scoped fixture that holds the shared page and closes it when the worker ends. */
export const sharedPageFixture: [(args: object, use: (shared: SharedPage) => Promise<void>) => Promise<void>, { scope: 'worker' }] = [
  async ({}, use) => {
    const shared: SharedPage = { key: '', page: null };
    await use(shared);
    await shared.page?.context().close();
  },
  { scope: 'worker' },
];

/** A test's browser settings as its fixtures give them, any of them possibly unset. */
export type Settings = { [Key in keyof BrowserContextOptions]?: BrowserContextOptions[Key] | undefined };

/**
 * The shared page, reset for a new test, if it was opened with these settings; else a new one
 * (closing the last). Settings left undefined are left out, so Playwright's defaults apply.
 */
export async function reusePage(browser: Browser, shared: SharedPage, settings: Settings): Promise<Page> {
  const options = Object.fromEntries(Object.entries(settings).filter(([, value]) => value !== undefined)) as BrowserContextOptions;
  const key = JSON.stringify(options);
  const reusable = shared.key === key && shared.page && !shared.page.isClosed() ? shared.page : null;
  if (!reusable) {
    await shared.page?.context().close();
    const page = await (await browser.newContext(options)).newPage();
    Object.assign(shared, { key, page });
    return page;
  }
  await reusable.goto('about:blank');
  await reusable.emulateMedia({ media: null, colorScheme: options.colorScheme ?? 'light', forcedColors: 'none' });
  if (options.viewport) await reusable.setViewportSize(options.viewport);
  return reusable;
}
