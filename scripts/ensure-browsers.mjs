#!/usr/bin/env node
/**
 * Makes sure the browsers the tests need exist before they run:
 *
 *   node scripts/ensure-browsers.mjs [chromium] [firefox] [webkit] [fonts]     (none named: all)
 *
 * - chromium: the end-to-end tests' Chromium (scripts/chromium.mjs: $CHROMIUM_PATH or
 *   $CHROME_PATH, /usr/bin/chromium, or Playwright's own);
 * - firefox: Firefox for tests/engines/ ($FIREFOX_PATH, /usr/bin/firefox-esr);
 * - webkit: WebKitGTK's WebKitWebDriver and MiniBrowser, and Xvfb to give MiniBrowser a screen.
 *
 * When anything is missing and this runs as root on Debian (as CI does), it installs every
 * missing browser's Debian package, whether or not this caller needs it, with one `apt-get
 * update` and one `apt-get install`: on a fresh machine the first test step prepares the
 * machine for the rest. It then fails only if a browser the caller named is still missing, and
 * says exactly what to install.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findFirefox, findMiniBrowser, findWebKitDriver, findXvfb } from './browsers.mjs';
import { findChromium } from './chromium.mjs';

const dejaVuSans = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf';
const liberationSans = '/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf';

/** Each browser: the programs it needs, each with its finder and the Debian package that provides it. */
const browsers = {
  chromium: {
    programs: [{ name: 'Chromium', find: findChromium, pkg: 'chromium' }],
    help: [
      'No Chromium found for the end-to-end tests.',
      'Install one of:',
      '  - Debian/Ubuntu: sudo apt-get install chromium   (gives /usr/bin/chromium)',
      '  - any Chromium or Chrome, then set CHROMIUM_PATH=/path/to/chromium',
      '  - Playwright’s own, where the network allows it: npx playwright install chromium',
    ],
  },
  firefox: {
    programs: [{ name: 'Firefox', find: findFirefox, pkg: 'firefox-esr' }],
    help: [
      'No Firefox found for the cross-engine tests.',
      'Install one of:',
      '  - Debian/Ubuntu: sudo apt-get install firefox-esr   (gives /usr/bin/firefox-esr)',
      '  - any Firefox recent enough for WebDriver BiDi (128 or later), then set FIREFOX_PATH=/path/to/firefox',
    ],
  },
  // Not browsers, but Debian packages the same way.
  // - DejaVu Sans: the face the browsers under test fall back to for system-ui, the widest the chart
  //   labels' width estimate (src/charts/text.ts) allows for, so the label checks see the worst case
  //   a Linux reader gets.
  // - Liberation: drawn to Arial's and Times New Roman's widths, as a reader's Windows or Mac
  //   fallback is. The site's fallback faces (src/styles/fonts.ts) scale them to take the room the
  //   web faces take. The web faces are `font-display: optional`, and on a busy machine a page can
  //   miss them and keep its fallback. Without Liberation that fallback was DejaVu, 10% wider:
  //   it pushed the phone navigation to 379 px in 343 and grew an embed by 100 px, and layout
  //   tests failed by chance. With it, a page that misses its faces lays out as a reader's would.
  fonts: {
    programs: [
      { name: 'DejaVu Sans', find: () => (existsSync(dejaVuSans) ? dejaVuSans : null), pkg: 'fonts-dejavu-core' },
      { name: 'Liberation Sans', find: () => (existsSync(liberationSans) ? liberationSans : null), pkg: 'fonts-liberation2' },
    ],
    help: ['No DejaVu Sans or Liberation fonts for the browsers under test.', 'Install:', '  - Debian/Ubuntu: sudo apt-get install fonts-dejavu-core fonts-liberation2'],
  },
  webkit: {
    programs: [
      { name: 'WebKitWebDriver', find: findWebKitDriver, pkg: 'webkit2gtk-driver' },
      { name: 'MiniBrowser', find: findMiniBrowser, pkg: 'webkit2gtk-driver' },
      { name: 'Xvfb', find: findXvfb, pkg: 'xvfb' },
    ],
    help: [
      'WebKit (WebKitGTK’s WebKitWebDriver and MiniBrowser, and Xvfb) is incomplete for the cross-engine tests.',
      'Install:',
      '  - Debian/Ubuntu: sudo apt-get install webkit2gtk-driver xvfb',
      '    (gives /usr/bin/WebKitWebDriver, /usr/lib/<arch>/webkit2gtk-4.1/MiniBrowser and /usr/bin/Xvfb)',
      '  - elsewhere, set WEBKIT_WEBDRIVER_PATH and MINIBROWSER_PATH, and put Xvfb on the PATH',
    ],
  },
};

const wanted = process.argv.slice(2);
for (const name of wanted) {
  if (!(name in browsers)) {
    console.error(`Unknown browser "${name}": choose from ${Object.keys(browsers).join(', ')}.`);
    process.exit(2);
  }
}
const needed = wanted.length ? wanted : Object.keys(browsers);
const allPrograms = Object.values(browsers).flatMap((browser) => browser.programs);
const missing = () => allPrograms.filter((program) => !program.find());

const absent = missing();
const isRoot = process.getuid?.() === 0;
const isDebian = existsSync('/etc/debian_version');
if (absent.length && isRoot && isDebian) {
  const packages = [...new Set(absent.map((program) => program.pkg))];
  const names = absent.map((program) => program.name).join(', ');
  console.log(`No ${names} found: installing Debian’s ${packages.join(', ')} package${packages.length > 1 ? 's' : ''} (apt-get)…`);
  const apt = (...args) => execFileSync('apt-get', args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  try {
    apt('update');
    apt('install', '-y', '--no-install-recommends', ...packages);
  } catch (error) {
    console.error(`apt-get failed: ${error.message}`);
  }
}

let failed = false;
for (const name of needed) {
  const { programs, help } = browsers[name];
  const found = programs.map((program) => [program.name, program.find()]);
  if (found.every(([, path]) => path)) {
    for (const [program, path] of found) console.log(`${program}: ${path}`);
  } else {
    failed = true;
    const gone = found.filter(([, path]) => !path).map(([program]) => program);
    console.error([...help, `Missing: ${gone.join(', ')}.`].join('\n'));
  }
}
process.exit(failed ? 1 : 0);
