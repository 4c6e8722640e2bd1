/**
 * The shared page (./shared-page), which every e2e test gets from ./fixtures: the next test in the
 * worker gets the same page with nothing of the last test left on it, a page with state it cannot
 * be given back is never reused, and the guard still fails a test on a reused page. Serial: each
 * test checks what the one before it left.
 */
import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';

test.describe.configure({ mode: 'serial' });

let last: Page | undefined;
const fontRequests = (page: Page) => {
  const urls: string[] = [];
  page.on('request', (request) => void (request.url().endsWith('.woff2') && urls.push(request.url())));
  return urls;
};

test('a test that routes, adds an init script, a listener and a permission, and moves the pointer', async ({ page, context }) => {
  last = page;
  await page.route('**/index.html', (route) => route.fulfill({ contentType: 'text/html', body: '<p>routed</p>' }));
  await page.addInitScript(() => ((window as unknown as { injected: number }).injected = 1));
  await context.grantPermissions(['clipboard-read']);
  page.on('console', () => {
    throw new Error('a listener of the last test');
  });
  await page.goto('index.html');
  await expect(page.locator('p')).toHaveText('routed');
  expect(await page.evaluate(() => (window as unknown as { injected?: number }).injected)).toBe(1);
  await page.mouse.move(300, 300);
});

test('leaves the next test the same page with none of it', async ({ page }) => {
  expect(page).toBe(last);
  const fonts = fontRequests(page);
  await page.goto('index.html');
  await expect(page.locator('h1')).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { injected?: number }).injected)).toBeUndefined();
  expect(await page.evaluate(async () => (await navigator.permissions.query({ name: 'clipboard-read' as PermissionName })).state)).toBe('prompt');
  await page.evaluate(() => console.log('heard by no listener of the last test'));
  // Its own listeners hear the page as on a fresh one.
  await page.evaluate(() => document.fonts.ready);
  expect(fonts.length).toBeGreaterThan(0);
});

test('a test that installs a fake clock', async ({ page }) => {
  expect(page).toBe(last);
  await page.clock.install();
});

test('leaves its page behind: the next test gets a new one', async ({ page }) => {
  expect(last!.isClosed()).toBe(true);
  expect(page).not.toBe(last);
  last = page;
});

test('a test that leaves something in web storage', async ({ page }) => {
  expect(page).toBe(last);
  await page.goto('index.html');
  await page.evaluate(() => localStorage.setItem('left', 'behind'));
});

test('leaves its page behind too: the next test gets a new one, storage empty', async ({ page }) => {
  expect(page).not.toBe(last);
  await page.goto('index.html');
  expect(await page.evaluate(() => localStorage.length)).toBe(0);
});

test('the guard fails a test on a reused page (a console error)', async ({ page }) => {
  test.fail();
  await page.goto('index.html');
  await page.evaluate(() => console.error('an error the guard must catch'));
});

test('the guard lets pass a request cancelled by the page’s next navigation (like a deferred script still loading)', async ({ page }) => {
  let held = false;
  await page.route('**/held.txt', () => void (held = true)); // never answered: still loading when the page moves on
  await page.goto('index.html');
  const cancelled = page.waitForEvent('requestfailed', (request) => request.url().endsWith('/held.txt'));
  await page.evaluate(() => void fetch('held.txt').catch(() => {}));
  await expect.poll(() => held).toBe(true);
  await page.goto('methods.html');
  expect((await cancelled).failure()?.errorText).toMatch(/abort|cancel/i);
});

test('the guard fails a test on an aborted request with no navigation behind it', async ({ page }) => {
  test.fail();
  await page.route('**/refused.txt', (route) => route.abort('aborted'));
  await page.goto('index.html');
  const refused = page.waitForEvent('requestfailed', (request) => request.url().endsWith('/refused.txt'));
  await page.evaluate(() => void fetch('refused.txt').catch(() => {}));
  await refused;
});
