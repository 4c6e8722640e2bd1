/**
 * A `page` that the next test in the same worker reuses, if it asks for the same browser
 * settings, instead of a new page per test (./fixtures gives it to every e2e test).
 *
 * Why: on this 2-core machine most of a short test's time went into opening its page (a new
 * browser context and renderer process: 1-8 s under load), not into the checks. A reused page
 * starts each test as a fresh one would:
 * - sent to about:blank first (nothing of the last test's pages left, nothing still loading), any
 *   other page of its context closed, the pointer back at the corner (the test server sends every
 *   file with `Cache-Control: no-cache`, and file:// has no cache, so a test's page fetches every
 *   file a fresh page would);
 * - media emulation back to the test's own (screen, its theme, motion, colours), the window back
 *   to its size;
 * - whatever the test added to the page or its context taken off again when it ends (see
 *   `lend`): listeners, init scripts, exposed functions, routes, permissions, cookies, offline.
 * What a page cannot be given back (a fake clock, geolocation, extra headers, credentials, a
 * default timeout, anything left in web storage) makes the page one no later test gets: it is
 * closed and the next test opens its own. Settings are part of the key, so a test with other
 * settings (JavaScript off, touch, reduced motion, …) gets a page opened with them. A test that
 * fails ends its worker (Playwright starts a new one), so a failure never leaks a page into the
 * next test. One page is open at a time per worker.
 */
import type { Browser, BrowserContext, BrowserContextOptions, Disposable, Page } from '@playwright/test';

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

/** The settings that are set (left-out ones take Playwright's defaults). */
export function optionsOf(settings: Settings): BrowserContextOptions {
  return Object.fromEntries(Object.entries(settings).filter(([, value]) => value !== undefined)) as BrowserContextOptions;
}

/**
 * The shared page, reset for a new test, if it was opened with these settings; else a new one
 * (closing the last). Settings left undefined are left out, so Playwright's defaults apply.
 */
export async function reusePage(browser: Browser, shared: SharedPage, settings: Settings): Promise<Page> {
  const options = optionsOf(settings);
  const key = JSON.stringify(options);
  const reusable = shared.key === key && shared.page && !shared.page.isClosed() ? shared.page : null;
  if (!reusable) {
    await shared.page?.context().close();
    const page = await (await browser.newContext(options)).newPage();
    Object.assign(shared, { key, page });
    return page;
  }
  const context = reusable.context();
  for (const other of context.pages()) if (other !== reusable) await other.close();
  await reusable.goto('about:blank');
  await reusable.emulateMedia({
    media: null,
    colorScheme: options.colorScheme ?? 'light',
    reducedMotion: options.reducedMotion ?? 'no-preference',
    forcedColors: options.forcedColors ?? 'none',
    contrast: options.contrast ?? 'no-preference',
  });
  if (options.viewport) await reusable.setViewportSize(options.viewport);
  await reusable.mouse.move(0, 0);
  return reusable;
}

type Emitter = { off(event: string, listener: (...args: unknown[]) => unknown): unknown };

/**
 * Lends the shared page to one test: records what the test adds to the page and its context,
 * and returns the function that takes it all off again when the test ends (or, for what cannot
 * be taken off, closes the page so that no later test gets it).
 */
export function lend(shared: SharedPage, page: Page, options: BrowserContextOptions): () => Promise<void> {
  const context: BrowserContext = page.context();
  const patched: [object, string][] = [];
  const listeners: [Emitter, string, (...args: unknown[]) => unknown][] = [];
  const disposables: Disposable[] = [];
  const toUndo = new Set<'routes' | 'permissions' | 'cookies' | 'offline'>();
  let keep = true;

  const patch = (target: object, name: string, wrap: (original: (...args: unknown[]) => unknown) => (...args: unknown[]) => unknown) => {
    const original = (target as Record<string, unknown>)[name];
    if (typeof original !== 'function') return;
    (target as Record<string, unknown>)[name] = wrap(original.bind(target) as (...args: unknown[]) => unknown);
    patched.push([target, name]);
  };
  for (const target of [page, context]) {
    for (const name of ['on', 'once', 'addListener', 'prependListener', 'prependOnceListener']) {
      patch(target, name, (original) => (event, listener) => {
        listeners.push([target as unknown as Emitter, event as string, listener as (...args: unknown[]) => unknown]);
        return original(event, listener);
      });
    }
    for (const name of ['addInitScript', 'exposeFunction', 'exposeBinding']) {
      patch(target, name, (original) => async (...args) => {
        const disposable = (await original(...args)) as Disposable;
        disposables.push(disposable);
        return disposable;
      });
    }
    for (const name of ['route']) patch(target, name, (original) => (...args) => (toUndo.add('routes'), original(...args)));
    for (const name of ['setGeolocation', 'setExtraHTTPHeaders', 'setHTTPCredentials', 'routeFromHAR', 'routeWebSocket', 'setDefaultTimeout', 'setDefaultNavigationTimeout', 'setStorageState']) {
      patch(target, name, (original) => (...args) => ((keep = false), original(...args)));
    }
  }
  patch(context, 'grantPermissions', (original) => (...args) => (toUndo.add('permissions'), original(...args)));
  patch(context, 'addCookies', (original) => (...args) => (toUndo.add('cookies'), original(...args)));
  patch(context, 'setOffline', (original) => (...args) => (toUndo.add('offline'), original(...args)));
  for (const name of ['install', 'setFixedTime', 'setSystemTime', 'pauseAt']) {
    patch(page.clock, name, (original) => (...args) => ((keep = false), original(...args)));
  }

  return async () => {
    for (const [target, name] of patched.reverse()) delete (target as Record<string, unknown>)[name];
    for (const [target, event, listener] of listeners) target.off(event, listener);
    if (keep && !page.isClosed()) {
      for (const disposable of disposables) await disposable.dispose();
      if (toUndo.has('routes')) {
        await page.unrouteAll({ behavior: 'ignoreErrors' });
        await context.unrouteAll({ behavior: 'ignoreErrors' });
      }
      if (toUndo.has('permissions')) {
        await context.clearPermissions();
        if (options.permissions) await context.grantPermissions(options.permissions);
      }
      if (toUndo.has('cookies')) await context.clearCookies();
      if (toUndo.has('offline')) await context.setOffline(options.offline ?? false);
      // The site keeps nothing in web storage; a test that left something there leaves the page behind.
      if (options.javaScriptEnabled !== false && /^(https?|file):/.test(page.url())) {
        const stored = await page.evaluate(() => localStorage.length + sessionStorage.length).catch(() => 1);
        if (stored > 0) keep = false;
      }
    }
    if (!keep || page.isClosed()) {
      Object.assign(shared, { key: '', page: null });
      await context.close();
    }
  };
}
