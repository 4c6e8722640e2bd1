#!/usr/bin/env node
/**
 * Makes sure a Chromium exists before the end-to-end tests. When none is found and this runs as
 * root on Debian (as CI does), it installs Debian's `chromium`; otherwise it stops and says
 * exactly what to install.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './chromium.mjs';

const found = findChromium();
if (found) {
  console.log(`Chromium: ${found}`);
  process.exit(0);
}

const isRoot = process.getuid?.() === 0;
const isDebian = existsSync('/etc/debian_version');
if (isRoot && isDebian) {
  console.log('No Chromium found: installing Debian’s chromium package (apt-get)…');
  const apt = (...args) => execFileSync('apt-get', args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  apt('update');
  apt('install', '-y', '--no-install-recommends', 'chromium');
  const installed = findChromium();
  if (installed) {
    console.log(`Chromium: ${installed}`);
    process.exit(0);
  }
}

console.error(
  [
    'No Chromium found for the end-to-end tests.',
    'Install one of:',
    '  - Debian/Ubuntu: sudo apt-get install chromium   (gives /usr/bin/chromium)',
    '  - any Chromium or Chrome, then set CHROMIUM_PATH=/path/to/chromium',
    '  - Playwright’s own, where the network allows it: npx playwright install chromium',
  ].join('\n'),
);
process.exit(1);
