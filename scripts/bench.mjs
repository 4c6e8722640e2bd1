#!/usr/bin/env node
/**
 * The benchmark: builds the site, serves it gzipped (scripts/serve.mjs --gzip, as a real host
 * does), runs Lighthouse (mobile, its default config) on every page and embed page in dist/, one
 * after another in one Chromium, and checks each page against the budgets (bench-sizes.mjs), set
 * by issue 7 and by issue 8 (which added self-hosted fonts and the locator map, and set its
 * budgets "with fonts and the map included"):
 *
 *   - Lighthouse 100 in performance, accessibility, best-practices and SEO (issues 7 and 8);
 *   - TBT 0 ms and CLS 0 on every page (issues 7 and 8);
 *   - LCP ≤ 1000 ms on every page (issue 8);
 *   - JavaScript before interaction ≤ 10 KB gzipped on every page and embed page (issue 7);
 *   - every embed page (embed/*.html) ≤ 30 KB transferred, gzipped, fonts included (issue 8);
 *   - the heaviest story page (stories/*.html) ≤ 60 KB transferred, gzipped (issue 7), and
 *     ≤ 100 KB transferred in all (issue 8): both judge everything the page transfers, fonts too.
 *
 * It also measures a floor page three times: index.html cut after its lede, with the same head
 * and fonts. No page can read a lower LCP than it; its TBT spread is this machine's noise.
 *
 * It prints a markdown table of pages (scores, TBT, CLS, LCP, JS, transferred bytes and the fonts
 * among them, raw bytes, each budgeted figure marked PASS or FAIL) and one of budgets, then writes
 * them to bench-results/latest.md and every figure to bench-results/latest.json. The story line
 * under them also gives the heaviest story without its fonts, as information (issue 7's 60 KB was
 * set before there were fonts), never as a pass of that budget.
 *
 *   npm run bench                          # build, then measure dist/
 *   npm run bench -- --no-build            # measure the dist/ that is there
 *   npm run bench -- --dist /tmp/site      # measure another build folder (never builds)
 *
 * Exit status: 0 when every budget passes; 1 when a budget fails, or when it could not measure
 * (build failed, no Chromium, the server did not gzip, Lighthouse could not load a page). The
 * last line says which.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { get } from 'node:http';
import { availableParallelism, loadavg } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import {
  budgetChecks,
  budgets,
  categories,
  floorPage,
  formatCls,
  formatKB,
  gzipLevel,
  heaviestStoryLine,
  isEmbedPage,
  javascriptBeforeInteraction,
  KB,
  markdownTable,
  networkBytes,
  siteBudgets,
} from './bench-sizes.mjs';
import { chromiumArgs, findChromium } from './chromium.mjs';
import { startServer } from './serve.mjs';

const root = resolve(import.meta.dirname, '..');
const resultsDir = join(root, 'bench-results');

const { values: options } = parseArgs({
  options: {
    build: { type: 'boolean', default: true },
    dist: { type: 'string' },
  },
  allowNegative: true,
});
// A folder given with --dist is measured as it is: the build only ever writes dist/.
const distDir = options.dist ? resolve(options.dist) : join(root, 'dist');
const build = options.build && !options.dist;

/** Stops with a message and a non-zero exit: the benchmark could not run. */
function fail(message) {
  console.error(`bench: ${message}`);
  process.exit(1);
}

/** The same Chromium the tests use (scripts/chromium.mjs); `npm run test:e2e` installs one on Debian. */
function chromePath() {
  return (
    findChromium() ??
    fail('no Chromium found. Install one (Debian: `apt-get install chromium`) or set CHROMIUM_PATH=/path/to/chromium.')
  );
}

/** Every .html file under a folder, as paths relative to it with forward slashes, sorted. */
async function findPages(dir) {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort((a, b) => a.split('/').length - b.split('/').length || a.localeCompare(b));
}

/**
 * An external script's contents, from its src as written in a page (relative to the page or to
 * the site's root), or null when it is not a file of the build (another origin, or missing).
 */
function readScriptFor(page) {
  const pageUrl = pathToFileURL(join(distDir, page));
  return (src) => {
    let url;
    try {
      url = src.startsWith('/') && !src.startsWith('//') ? pathToFileURL(join(distDir, src)) : new URL(src, pageUrl);
    } catch {
      return null;
    }
    if (url.protocol !== 'file:') return null;
    const file = fileURLToPath(url);
    if (!file.startsWith(distDir + sep) || !existsSync(file)) return null;
    return readFileSync(file);
  };
}

/**
 * Fetches a URL the way a browser asks for it (Accept-Encoding: gzip) without decoding the
 * answer: its status, Content-Encoding, Vary and body bytes as sent.
 * @returns {Promise<{ status: number | undefined, encoding: string | null, vary: string | null, bytes: number }>}
 */
function fetchAsSent(url) {
  return new Promise((done, reject) => {
    get(url, { headers: { 'Accept-Encoding': 'gzip, deflate, br, zstd' } }, (response) => {
      let bytes = 0;
      response.on('data', (chunk) => (bytes += chunk.length));
      response.on('end', () =>
        done({
          status: response.statusCode,
          encoding: response.headers['content-encoding'] ?? null,
          vary: response.headers.vary ?? null,
          bytes,
        }),
      );
      response.on('error', reject);
    }).on('error', reject);
  });
}

const executable = chromePath();

// 1. Build.
if (build) {
  const run = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  if (run.status !== 0) fail(`the build failed (${run.error?.message ?? `exit code ${run.status}`}).`);
}
if (!existsSync(distDir)) fail(`there is no ${relative(root, distDir) || distDir}/ to measure: run \`npm run build\` first, or drop --no-build.`);
const pages = await findPages(distDir);
if (pages.length === 0) fail(`${distDir} holds no .html pages.`);

// 2. Serve the build gzipped and run Lighthouse on each page, one at a time, in one Chrome.
// Simulated throttling scales the CPU time it observes, so a busy machine inflates TBT and lowers
// the performance score: the load is recorded with the figures.
const cpus = availableParallelism();
const loadAtStart = loadavg()[0];
const server = await startServer({ port: 0, root: distDir, gzip: true });
const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
const origin = `http://127.0.0.1:${port}`;

/**
 * The floor: index.html cut after its lede (bench-sizes.mjs floorPage), with the site's fonts,
 * served the same way and measured `floorRuns` times. No page of the site can load faster, so its
 * LCP is the least any page could read; the spread of its TBT is what this machine reads for a
 * page with nothing after its first screen.
 * @param {number} chromePort
 */
async function measureFloor(chromePort) {
  const folder = await mkdtemp(join(tmpdir(), 'bench-floor-'));
  const floorServer = await startServer({ port: 0, root: folder, gzip: true });
  try {
    await writeFile(join(folder, 'index.html'), floorPage(await readFile(join(distDir, 'index.html'), 'utf8')));
    await cp(join(distDir, 'fonts'), join(folder, 'fonts'), { recursive: true });
    const { port: floorPort } = /** @type {import('node:net').AddressInfo} */ (floorServer.address());
    const runs = [];
    for (let run = 0; run < floorRuns; run += 1) {
      process.stderr.write(`Lighthouse floor ${run + 1}/${floorRuns}\n`);
      const runner = await lighthouse(`http://127.0.0.1:${floorPort}/index.html`, { port: chromePort, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
      const audits = runner?.lhr.audits;
      if (!audits) throw new Error('Lighthouse returned no result for the floor page');
      runs.push({
        lcpMs: audits['largest-contentful-paint']?.numericValue ?? null,
        tbtMs: audits['total-blocking-time']?.numericValue ?? null,
        transferred: networkBytes(audits['network-requests']?.details?.items ?? [])?.transferred ?? null,
      });
    }
    return runs;
  } finally {
    await new Promise((done) => floorServer.close(done));
    await rm(folder, { recursive: true, force: true });
  }
}
const floorRuns = 3;

/** @type {import('chrome-launcher').LaunchedChrome | undefined} */
let chrome;
/** @type {{ lcpMs: number | null, tbtMs: number | null, transferred: number | null }[]} */
let floor = [];
const results = [];
/** @type {string | null} why the benchmark stopped before measuring every page */
let stopped = null;
try {
  chrome = await chromeLauncher.launch({
    chromePath: executable,
    chromeFlags: ['--headless=new', ...chromiumArgs],
    logLevel: 'silent',
  });
  for (const [index, page] of pages.entries()) {
    const url = `${origin}/${page}`;
    process.stderr.write(`Lighthouse ${index + 1}/${pages.length}: ${page}\n`);
    const html = await readFile(join(distDir, page), 'utf8');
    const javascript = javascriptBeforeInteraction(html, readScriptFor(page));
    // The document as the server sends it to a browser: it must come gzipped, or the figures
    // below would not be what a host transfers.
    const document = await fetchAsSent(url);
    if (document.status !== 200 || document.encoding !== 'gzip' || !/accept-encoding/i.test(document.vary ?? '')) {
      throw new Error(`${url} came back with status ${document.status}, Content-Encoding ${document.encoding}, Vary ${document.vary}: not served gzipped`);
    }
    const runner = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: categories.map((c) => c.id) });
    const lhr = runner?.lhr;
    if (!lhr) throw new Error(`Lighthouse returned no result for ${url}`);
    const score = (id) => {
      const value = lhr.categories[id]?.score;
      return typeof value === 'number' ? Math.round(value * 100) : null;
    };
    const metric = (id) => {
      const value = lhr.audits[id]?.numericValue;
      return typeof value === 'number' ? value : null;
    };
    const records = lhr.audits['network-requests']?.details?.items ?? [];
    const network = networkBytes(records);
    // Audits below 1 that cost points: every one in accessibility, best-practices and SEO, and the
    // weighted metrics of performance. What to fix for a 100.
    const failedAudits = [];
    for (const { id } of categories) {
      for (const ref of lhr.categories[id]?.auditRefs ?? []) {
        const audit = lhr.audits[ref.id];
        if (id === 'performance' && !ref.weight) continue;
        if (audit && typeof audit.score === 'number' && audit.score < 1) {
          failedAudits.push({ category: id, id: audit.id, title: audit.title, score: audit.score, weight: ref.weight, displayValue: audit.displayValue ?? null, explanation: audit.explanation ?? audit.errorMessage ?? null });
        }
      }
    }
    const figures = {
      page,
      url,
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      seo: score('seo'),
      lcpMs: metric('largest-contentful-paint'),
      cls: metric('cumulative-layout-shift'),
      tbtMs: metric('total-blocking-time'),
      fcpMs: metric('first-contentful-paint'),
      bytes: { transferred: network?.transferred ?? null, fonts: network?.fonts ?? null, raw: network?.raw ?? null, js: javascript.bytes },
    };
    results.push({
      ...figures,
      checks: budgetChecks(figures),
      requests: network?.requests ?? 0,
      javascript,
      // The HTML file: on disk, and its body as the server sent it (gzip, without headers).
      document: { rawBytes: Buffer.byteLength(html, 'utf8'), sentBytes: document.bytes, encoding: document.encoding, vary: document.vary },
      networkRecords: records.map(({ url: recordUrl, resourceType, mimeType, statusCode, transferSize, resourceSize }) => ({ url: recordUrl, resourceType, mimeType, statusCode, transferSize, resourceSize })),
      failedAudits,
      // What the main thread spent its time on, to act on a TBT miss.
      longTasks: lhr.audits['long-tasks']?.details?.items ?? [],
      mainThreadWork: lhr.audits['mainthread-work-breakdown']?.details?.items ?? [],
      runtimeError: lhr.runtimeError ? { code: lhr.runtimeError.code, message: lhr.runtimeError.message } : null,
      runWarnings: lhr.runWarnings ?? [],
      lighthouseVersion: lhr.lighthouseVersion,
      benchmarkIndex: lhr.environment.benchmarkIndex,
      formFactor: lhr.configSettings.formFactor,
      throttlingMethod: lhr.configSettings.throttlingMethod,
      throttling: lhr.configSettings.throttling,
    });
  }
  floor = await measureFloor(chrome.port);
} catch (error) {
  console.error(error);
  stopped = `could not run Lighthouse: ${error instanceof Error ? error.message : error}`;
} finally {
  // Stop our own Chrome and server before any exit, so nothing is left running.
  chrome?.kill();
  await new Promise((done) => server.close(done));
}
if (stopped) fail(stopped);

// 3. The tables.
const check = (r, key, text) => {
  const c = r.checks[key];
  return c ? `${text} ${c.pass ? 'PASS' : 'FAIL'}` : text;
};
const na = (value, show = String) => (value === null ? 'n/a' : show(value));
const kb = (bytes) => formatKB(bytes);
// The transferred size carries up to two budgets (a story's 60 and 100 KB), so each mark names
// its limit: "74.0 (> 60 FAIL, ≤ 100 PASS)", "28.3 (≤ 30 PASS)"; and, when one decimal hides
// that a size is over, by how much: "30.0 (> 30 FAIL by 34 bytes)".
const sizeChecks = (r, text) => {
  const marks = ['embed', 'story', 'storyInAll']
    .map((key) => r.checks[key])
    .filter(Boolean)
    .map((c) => {
      const hidden = !c.pass && c.value !== null && formatKB(c.value) === formatKB(c.limit) ? ` by ${c.value - c.limit} bytes` : '';
      return `${c.pass ? '≤' : '>'} ${Math.round(c.limit / KB)} ${c.pass ? 'PASS' : 'FAIL'}${hidden}`;
    });
  return marks.length ? `${text} (${marks.join(', ')})` : text;
};
const pageHeader = ['page', 'perf', 'a11y', 'best-pr.', 'SEO', 'TBT ms', 'CLS', 'LCP ms', 'JS before interaction, gz KB', 'transferred KB', 'of which fonts KB', 'raw KB', 'budgets'];
const pageRows = results.map((r) => {
  const failing = Object.values(r.checks).filter((c) => !c.pass).length;
  return [
    r.page,
    ...categories.map(({ key }) => check(r, key, na(r[key]))),
    check(r, 'tbtMs', na(r.tbtMs, (ms) => String(Math.round(ms)))),
    check(r, 'cls', na(r.cls, formatCls)),
    check(r, 'lcpMs', na(r.lcpMs, (ms) => String(Math.round(ms)))),
    check(r, 'js', na(r.bytes.js, kb)),
    sizeChecks(r, na(r.bytes.transferred, kb)),
    na(r.bytes.fonts, kb),
    na(r.bytes.raw, kb),
    failing === 0 ? 'PASS' : `FAIL (${failing})`,
  ];
});
const site = siteBudgets(results);
const siteTable = markdownTable(
  ['budget', 'limit', 'worst (page)', 'pages failing', 'result'],
  site.map((b) => [b.budget, b.limit, b.worst, String(b.failing), b.pass ? 'PASS' : 'FAIL']),
  [3],
);

const first = results[0];
const loadAtEnd = loadavg()[0];
const benchmarkIndexes = results.map((r) => Math.round(r.benchmarkIndex));
const stories = results.filter((r) => r.checks.story);
const embeds = results.filter((r) => isEmbedPage(r.page));
const notes = [
  `Lighthouse ${first.lighthouseVersion}, ${first.formFactor}, ${first.throttlingMethod} throttling, served with gzip (level ${gzipLevel}); ${results.length} pages.`,
  `Machine: ${cpus} CPUs, load average ${loadAtStart.toFixed(1)} at start and ${loadAtEnd.toFixed(1)} at end; Lighthouse CPU benchmark index ${Math.min(...benchmarkIndexes)}–${Math.max(...benchmarkIndexes)}.`,
  ...(Math.max(loadAtStart, loadAtEnd) > cpus ? ['Note: the machine was busy, so timings (performance, LCP, TBT) may read worse than on an idle one.'] : []),
  `KB = ${1024} bytes. Transferred: every request of the page load as Lighthouse recorded it (gzipped bodies and headers), fonts included; ` +
    `of which fonts: the requests Lighthouse typed Font (the self-hosted woff2 files); raw: the same requests decoded. ` +
    `JS before interaction: the page's inline scripts gzipped together, plus any external script gzipped on its own. ` +
    `The transferred column marks each size budget with its limit in KB: embed pages ${kb(budgets.embedBytes)} (issue 8), story pages ${kb(budgets.heaviestStoryBytes)} (issue 7) and ${kb(budgets.heaviestStoryInAllBytes)} (issue 8).`,
];
/** "a–b", or "a" when every run read the same; n/a when a run has no figure. */
const spread = (values) => (values.some((v) => v === null) ? 'n/a' : Math.round(Math.min(...values)) === Math.round(Math.max(...values)) ? String(Math.round(values[0])) : `${Math.round(Math.min(...values))}–${Math.round(Math.max(...values))}`);
const network = first.throttling ?? {};
const floorLine =
  `Floor: index.html cut after its lede (its whole head, fonts included, and the first screen's words only; ${na(floor[0]?.transferred ?? null, kb)} KB transferred), measured ${floor.length} times: ` +
  `LCP ${spread(floor.map((run) => run.lcpMs))} ms, TBT ${spread(floor.map((run) => run.tbtMs))} ms. No page of the site can read a lower LCP; ` +
  `Lighthouse simulates a ${network.rttMs ?? '?'} ms round trip at ${network.throughputKbps ? (network.throughputKbps / 1024).toFixed(1) : '?'} Mbit/s, and a page whose gzipped HTML needs more round trips than the floor page's waits that much longer.`;
const report = [
  ...notes,
  '',
  markdownTable(pageHeader, pageRows, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]),
  '',
  siteTable,
  '',
  heaviestStoryLine(results),
  '',
  floorLine,
].join('\n');
console.log('');
console.log(report);

// 4. Budget failures, one line each.
const failures = results.flatMap((r) => Object.values(r.checks).filter((c) => !c.pass).map((c) => `${r.page}: ${c.message}`));
if (stories.length === 0) failures.push('no story page to judge the story budgets on');
if (embeds.length === 0) failures.push('no embed page to judge the embed budget on');
console.log('');
if (failures.length === 0) {
  console.log(`Budget failures: none (${results.length} pages).`);
} else {
  console.log(`Budget failures: ${failures.length}:`);
  for (const failure of failures) console.log(`  FAIL ${failure}`);
}

// 5. Audits to act on.
const withFailedAudits = results.filter((r) => r.failedAudits.length);
console.log('');
if (withFailedAudits.length === 0) {
  console.log('Lighthouse audits costing points: none.');
} else {
  console.log('Lighthouse audits costing points (accessibility, best-practices, SEO; performance metrics):');
  for (const r of withFailedAudits) {
    console.log(`  ${r.page}`);
    for (const audit of r.failedAudits) {
      const detail = audit.displayValue ? ` (${audit.displayValue})` : '';
      const weight = audit.weight === 0 ? ', weight 0: does not lower the score' : '';
      console.log(`    [${audit.category}] ${audit.id}: ${audit.title}${detail} — score ${audit.score}${weight}`);
      if (audit.explanation) console.log(`      ${audit.explanation.replace(/\s+/g, ' ').trim()}`);
    }
  }
}
const errored = results.filter((r) => r.runtimeError);
for (const r of errored) console.log(`Lighthouse could not measure ${r.page}: ${r.runtimeError.code}: ${r.runtimeError.message}`);
for (const r of results) for (const warning of r.runWarnings) console.log(`Lighthouse warning on ${r.page}: ${warning}`);

await mkdir(resultsDir, { recursive: true });
const date = new Date().toISOString();
await writeFile(join(resultsDir, 'latest.md'), `Benchmark of ${options.dist ? distDir : 'dist'}/, ${date}\n\n${report}\n`);
await writeFile(
  join(resultsDir, 'latest.json'),
  JSON.stringify({ date, dist: distDir, machine: { cpus, loadAtStart, loadAtEnd }, budgets, site, floor, pages: results }, null, 2) + '\n',
);
console.log('');
console.log(`Tables: ${relative(process.cwd(), join(resultsDir, 'latest.md'))}; every figure: ${relative(process.cwd(), join(resultsDir, 'latest.json'))}`);
if (errored.length) fail(`Lighthouse could not measure ${errored.length} page(s).`);
if (failures.length) {
  console.log(`bench: FAIL, ${failures.length} budget failure(s).`);
  process.exit(1);
}
console.log('bench: PASS, every budget met.');
