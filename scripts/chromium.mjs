/**
 * Where the tests' and benchmark's Chromium is. Playwright cannot download its own browser on
 * an offline machine, so this looks, in order, at: $CHROMIUM_PATH or $CHROME_PATH, Debian's
 * /usr/bin/chromium, and Playwright's own download if one is present.
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  // Without these Chromium keeps trying to reach Google's services, which an offline machine refuses.
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function findChromium() {
  const candidates = [process.env.CHROMIUM_PATH, process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  try {
    candidates.push(chromium.executablePath());
  } catch {
    // Playwright has no browser of its own here: fine, the others may exist.
  }
  return candidates.find((path) => path && existsSync(path)) ?? null;
}
