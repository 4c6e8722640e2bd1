/**
 * Where the browsers of the cross-engine tests are (tests/engines/), next to scripts/chromium.mjs
 * for Chromium. Each finder returns a path, or null when the program is missing, and names the
 * Debian package that provides it (scripts/ensure-browsers.mjs installs those).
 */
import { existsSync, readdirSync } from 'node:fs';
import { delimiter, join } from 'node:path';

const firstExisting = (candidates) => candidates.find((path) => path && existsSync(path)) ?? null;

/** A program on $PATH, as `which` would find it. */
function onPath(name) {
  return firstExisting((process.env.PATH ?? '').split(delimiter).filter(Boolean).map((folder) => join(folder, name)));
}

/** Firefox (Debian: firefox-esr), driven by puppeteer-core over WebDriver BiDi. */
export function findFirefox() {
  return firstExisting([process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox']);
}

/** WebKitGTK's WebDriver server (Debian: webkit2gtk-driver). */
export function findWebKitDriver() {
  return firstExisting([process.env.WEBKIT_WEBDRIVER_PATH, onPath('WebKitWebDriver')]);
}

/**
 * WebKitGTK's MiniBrowser, the browser WebKitWebDriver starts (Debian: libwebkit2gtk-4.1-0, which
 * webkit2gtk-driver depends on). It lives in the architecture's library folder. The GTK 3 build
 * (webkit2gtk-4.1) is the one the tests' window-size setting is written for.
 */
export function findMiniBrowser() {
  if (process.env.MINIBROWSER_PATH) return firstExisting([process.env.MINIBROWSER_PATH]);
  let architectures = [];
  try {
    architectures = readdirSync('/usr/lib').filter((name) => name.endsWith('-linux-gnu'));
  } catch {
    // No /usr/lib (not Linux): no MiniBrowser.
  }
  return firstExisting(architectures.map((triple) => `/usr/lib/${triple}/webkit2gtk-4.1/MiniBrowser`));
}

/** The virtual X server MiniBrowser draws into (it has no headless mode). */
export function findXvfb() {
  return firstExisting([onPath('Xvfb')]);
}
