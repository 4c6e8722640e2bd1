#!/usr/bin/env node
/**
 * The benchmark: builds the site, runs Lighthouse (mobile, its default config) on every page in
 * dist/ and measures each page's gzipped weight, then prints one row per page with the budget
 * misses marked ✗, and writes everything to bench-results/latest.json.
 *
 *   npm run bench                 # build, then measure
 *   npm run bench -- --no-build   # measure the dist/ that is there
 *
 * It prints figures; it is not a test. It exits 0 even when budgets are missed, and non-zero only
 * when it could not measure (build failed, no Chromium, Lighthouse could not load a page).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { availableParallelism, loadavg } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { budgetMisses, budgets, formatKB, pageWeights, totalBudgetFor } from './bench-sizes.mjs';
import { chromiumArgs, findChromium } from './chromium.mjs';
import { startServer } from './serve.mjs';

const root = resolve(import.meta.dirname, '..');
const distDir = join(root, 'dist');
const resultsFile = join(root, 'bench-results', 'latest.json');
const categories = ['performance', 'accessibility', 'best-practices', 'seo'];

const { values: options } = parseArgs({ options: { build: { type: 'boolean', default: true } }, allowNegative: true });

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

/** Every .html file under dist/, as paths relative to dist/ with forward slashes, sorted. */
async function findPages(dir) {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort((a, b) => a.split('/').length - b.split('/').length || a.localeCompare(b));
}

const executable = chromePath();

// 1. Build.
if (options.build) {
  const build = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) fail(`the build failed (${build.error?.message ?? `exit code ${build.status}`}).`);
}
if (!existsSync(distDir)) fail('there is no dist/ to measure: run `npm run build` first, or drop --no-build.');
const pages = await findPages(distDir);
if (pages.length === 0) fail('dist/ holds no .html pages.');

// 2. Serve dist/ and run Lighthouse on each page, in one Chrome.
// Simulated throttling scales the CPU time it observes, so a busy machine inflates TBT and lowers
// the performance score: the load is recorded with the figures.
const cpus = availableParallelism();
const loadAtStart = loadavg()[0];
const server = await startServer({ port: 0, root: distDir });
const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
const origin = `http://127.0.0.1:${port}`;

/** @type {import('chrome-launcher').LaunchedChrome | undefined} */
let chrome;
const results = [];
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
    const bytes = pageWeights(html);
    const runner = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: categories });
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
    // Audits of the non-performance categories that scored below 1: what to fix for a 100.
    const failedAudits = [];
    for (const id of ['accessibility', 'best-practices', 'seo']) {
      for (const ref of lhr.categories[id]?.auditRefs ?? []) {
        const audit = lhr.audits[ref.id];
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
      bytes,
    };
    results.push({
      ...figures,
      misses: budgetMisses(figures),
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
    });
  }
} catch (error) {
  console.error(error);
  fail(`could not run Lighthouse: ${error instanceof Error ? error.message : error}`);
} finally {
  chrome?.kill();
  await new Promise((done) => server.close(done));
}

// 3. The table.
const bad = ' ✗';
const columns = [
  { title: 'page', align: 'left', cell: (r) => r.page },
  { title: 'perf', cell: (r) => show(r.performance, r.misses.performance) },
  { title: 'a11y', cell: (r) => show(r.accessibility, r.misses.accessibility) },
  { title: 'b-p', cell: (r) => show(r.bestPractices, r.misses.bestPractices) },
  { title: 'SEO', cell: (r) => show(r.seo, r.misses.seo) },
  { title: 'LCP ms', cell: (r) => show(r.lcpMs === null ? null : Math.round(r.lcpMs)) },
  { title: 'CLS', cell: (r) => show(r.cls === null ? null : formatCls(r.cls), r.misses.cls) },
  { title: 'TBT ms', cell: (r) => show(r.tbtMs === null ? null : Math.round(r.tbtMs), r.misses.tbtMs) },
  { title: 'HTML KB', cell: (r) => formatKB(r.bytes.html) },
  { title: 'CSS KB', cell: (r) => formatKB(r.bytes.css) },
  { title: 'JS KB', cell: (r) => show(formatKB(r.bytes.js), r.misses.js) },
  { title: 'total KB', cell: (r) => show(formatKB(r.bytes.total), r.misses.total) },
];
function show(value, miss) {
  return `${value ?? 'n/a'}${miss ? bad : ''}`;
}
function formatCls(cls) {
  if (cls === 0) return '0';
  return cls < 0.001 ? cls.toExponential(1) : cls.toFixed(3);
}
const rows = [columns.map((c) => c.title), ...results.map((r) => columns.map((c) => String(c.cell(r))))];
const widths = columns.map((_, i) => Math.max(...rows.map((row) => [...row[i]].length)));
const line = (row) =>
  row
    .map((text, i) => {
      const pad = ' '.repeat(widths[i] - [...text].length);
      return columns[i].align === 'left' ? text + pad : pad + text;
    })
    .join('  ')
    .trimEnd();
const first = results[0];
const loadAtEnd = loadavg()[0];
const benchmarkIndexes = results.map((r) => Math.round(r.benchmarkIndex));
console.log('');
console.log(`Lighthouse ${first.lighthouseVersion}, ${first.formFactor}, ${first.throttlingMethod} throttling; sizes are gzip -9 bytes, KB = ${1024} bytes; total = the gzipped HTML file (CSS and JS are inline).`);
console.log(`Machine: ${cpus} CPUs, load average ${loadAtStart.toFixed(1)} at start and ${loadAtEnd.toFixed(1)} at end; Lighthouse CPU benchmark index ${Math.min(...benchmarkIndexes)}–${Math.max(...benchmarkIndexes)}.`);
if (Math.max(loadAtStart, loadAtEnd) > cpus) console.log('Note: the machine was busy, so timings (performance, LCP, TBT) may read worse than on an idle one.');
console.log(line(rows[0]));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const row of rows.slice(1)) console.log(line(row));

// 4. Budget misses.
const kb = (bytes) => `${bytes / 1024} KB`;
console.log('');
console.log(
  `Budgets: performance ≥ ${budgets.performance}; accessibility, best-practices, SEO = 100; CLS = ${budgets.cls}; TBT = ${budgets.tbtMs} ms; ` +
    `JS ≤ ${kb(budgets.jsBytes)} a page; stories/ ≤ ${kb(budgets.storyBytes)} in all; embed/ ≤ ${kb(budgets.embedBytes)} in all.`,
);
const allMisses = results.flatMap((r) => Object.values(r.misses).map((miss) => `${r.page}: ${miss.message}`));
if (allMisses.length === 0) {
  console.log(`Budget misses: none (${results.length} pages).`);
} else {
  console.log(`Budget misses: ${allMisses.length} on ${results.filter((r) => Object.keys(r.misses).length).length} of ${results.length} pages:`);
  for (const miss of allMisses) console.log(`  ✗ ${miss}`);
}
const unbudgeted = results.filter((r) => totalBudgetFor(r.page) === null).map((r) => r.page);
if (unbudgeted.length) console.log(`(No total-size budget for: ${unbudgeted.join(', ')}.)`);

// 5. Audits to act on.
const withFailedAudits = results.filter((r) => r.failedAudits.length);
console.log('');
if (withFailedAudits.length === 0) {
  console.log('Accessibility, best-practices and SEO audits below 1: none.');
} else {
  console.log('Accessibility, best-practices and SEO audits below 1:');
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

await mkdir(join(root, 'bench-results'), { recursive: true });
await writeFile(
  resultsFile,
  JSON.stringify({ date: new Date().toISOString(), machine: { cpus, loadAtStart, loadAtEnd }, budgets, pages: results }, null, 2) + '\n',
);
console.log('');
console.log(`Full results: ${relative(process.cwd(), resultsFile) || resultsFile}`);
if (errored.length) process.exit(1);
