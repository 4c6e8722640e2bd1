/**
 * Pure helpers for the benchmark (scripts/bench.mjs): what a page weighs, gzipped and raw, how
 * much JavaScript a reader downloads before they can interact, which budgets a page's figures
 * pass or fail, and the markdown table they are printed in. No file system, no browser: unit
 * tested in bench-sizes.test.ts.
 *
 * Every page inlines its CSS and JS, so a page is (today) one request: the HTML file, served
 * gzipped. "Transferred" and "raw" come from Lighthouse's network records (every http(s) request
 * of the page load: bytes on the wire with headers, and decoded bytes). The JavaScript before
 * interaction is every script the HTML itself runs: the inline JavaScript <script> elements
 * (classic or module), concatenated in document order and gzipped as one, plus each external
 * script the HTML names, gzipped on its own as a host would send it. Code fetched later by an
 * import() is not in it (a file:// build cannot have any).
 */
import { gzipSync } from 'node:zlib';

/** Bytes per KB in every figure and budget here (Lighthouse also counts in KiB). */
export const KB = 1024;

/** zlib's default level, as hosts and scripts/serve.mjs --gzip use. */
export const gzipLevel = 6;

/** The budgets the site is built to. Sizes are gzip bytes. */
export const budgets = {
  lighthouse: 100, // at least, in each of performance, accessibility, best-practices and SEO
  tbtMs: 0, // at most, in whole milliseconds
  cls: 0, // at most
  jsBytes: 10 * KB, // JavaScript before interaction, per page and embed page
  heaviestStoryBytes: 60 * KB, // transferred, the heaviest page under stories/
};

/** The Lighthouse categories, by their key in the figures and their id in Lighthouse. */
export const categories = /** @type {const} */ ([
  { key: 'performance', id: 'performance', label: 'performance' },
  { key: 'accessibility', id: 'accessibility', label: 'accessibility' },
  { key: 'bestPractices', id: 'best-practices', label: 'best-practices' },
  { key: 'seo', id: 'seo', label: 'SEO' },
]);

/**
 * Gzipped size, in bytes, of a string (as UTF-8) or of bytes.
 * @param {string | Uint8Array} content
 * @param {number} [level] zlib level, the hosts' default unless given
 * @returns {number}
 */
export function gzipBytes(content, level = gzipLevel) {
  return gzipSync(typeof content === 'string' ? Buffer.from(content, 'utf8') : content, { level }).length;
}

/** Script types that are JavaScript (an absent or empty type is classic JavaScript too). */
const javascriptTypes = new Set([
  '',
  'module',
  'text/javascript',
  'application/javascript',
  'application/ecmascript',
  'text/ecmascript',
  'application/x-javascript',
  'text/x-javascript',
]);

/**
 * Reads an attribute's value from the inside of a start tag (`<script type="module">` → the
 * text between `<script` and `>`). Returns null when absent.
 * @param {string} attributes
 * @param {string} name
 * @returns {string | null}
 */
function attribute(attributes, name) {
  const pattern = new RegExp(`(?:^|\\s)${name}\\s*(?:=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'=<>\`]+)))?(?=\\s|/|$)`, 'i');
  const match = pattern.exec(attributes);
  if (!match) return null;
  return match[1] ?? match[2] ?? match[3] ?? '';
}

/**
 * The raw text of the page's inline <style> elements and of its inline JavaScript <script>
 * elements, and the src of its external JavaScript <script> elements, each in document order.
 * Data blocks (e.g. type="application/json" or "application/ld+json") are not JavaScript and are
 * skipped, and so are HTML comments. <style> inside inline SVG counts as CSS.
 * @param {string} html
 * @returns {{ styles: string[], scripts: string[], scriptSources: string[] }}
 */
export function inlineAssets(html) {
  /** @type {string[]} */
  const styles = [];
  /** @type {string[]} */
  const scripts = [];
  /** @type {string[]} */
  const scriptSources = [];
  // A comment, or a <style>/<script> start tag (attributes may quote ">"), or neither.
  const token = /<!--[\s\S]*?(?:-->|$)|<(style|script)(?=[\s/>])((?:[^>"']|"[^"]*"|'[^']*')*)>/gi;
  let match;
  while ((match = token.exec(html))) {
    const tag = match[1];
    if (!tag) continue; // a comment
    const name = tag.toLowerCase();
    const start = token.lastIndex;
    // Raw text runs to the first matching end tag (case-insensitive), or to the end of the file.
    const end = new RegExp(`</${name}(?=[\\s/>])`, 'gi');
    end.lastIndex = start;
    const found = end.exec(html);
    const stop = found ? found.index : html.length;
    const text = html.slice(start, stop);
    token.lastIndex = stop;
    const attributes = match[2] ?? '';
    if (name === 'style') {
      styles.push(text);
      continue;
    }
    const type = (attribute(attributes, 'type') ?? '').trim().toLowerCase().split(';')[0]?.trim() ?? '';
    if (!javascriptTypes.has(type)) continue;
    const src = attribute(attributes, 'src');
    if (src === null) scripts.push(text);
    else scriptSources.push(src.trim());
  }
  return { styles, scripts, scriptSources };
}

/**
 * @typedef {object} JavaScriptWeight
 * @property {number | null} bytes gzip bytes of all the JavaScript before interaction; null when
 *   an external script could not be read, so the figure is unknown
 * @property {number} inlineBytes gzip bytes of the inline scripts, concatenated
 * @property {number} rawBytes UTF-8 bytes of the inline scripts and the external scripts read
 * @property {number} scripts how many scripts (inline and external)
 * @property {{ src: string, bytes: number | null }[]} external each external script, gzip bytes
 */

/**
 * The JavaScript a reader downloads before interaction: the page's inline scripts, gzipped
 * together, plus each external script, gzipped on its own.
 * @param {string} html
 * @param {(src: string) => string | Uint8Array | null} [readScript] an external script's contents
 *   from its src, or null when it cannot be read (then `bytes` is null)
 * @returns {JavaScriptWeight}
 */
export function javascriptBeforeInteraction(html, readScript = () => null) {
  const { scripts, scriptSources } = inlineAssets(html);
  const inlineText = scripts.join('');
  const inlineBytes = scripts.length ? gzipBytes(inlineText) : 0;
  let rawBytes = Buffer.byteLength(inlineText, 'utf8');
  const external = scriptSources.map((src) => {
    const content = readScript(src);
    if (content === null) return { src, bytes: null };
    rawBytes += typeof content === 'string' ? Buffer.byteLength(content, 'utf8') : content.length;
    return { src, bytes: gzipBytes(content) };
  });
  const unknown = external.some((script) => script.bytes === null);
  const bytes = unknown ? null : external.reduce((sum, script) => sum + (script.bytes ?? 0), inlineBytes);
  return { bytes, inlineBytes, rawBytes, scripts: scripts.length + external.length, external };
}

/**
 * What a page load moved over the network, from Lighthouse's network records (the items of its
 * "network-requests" audit): transferred bytes (compressed bodies plus headers) and raw bytes
 * (decoded bodies). Only http(s) requests count: a data: URL is part of the page that holds it.
 * @param {{ url?: string, transferSize?: number, resourceSize?: number }[] | null | undefined} records
 * @returns {{ requests: number, transferred: number, raw: number } | null} null without records
 */
export function networkBytes(records) {
  if (!records || records.length === 0) return null;
  const fetched = records.filter((record) => /^https?:/i.test(record.url ?? ''));
  if (fetched.length === 0) return null;
  return {
    requests: fetched.length,
    transferred: fetched.reduce((sum, record) => sum + (record.transferSize ?? 0), 0),
    raw: fetched.reduce((sum, record) => sum + (record.resourceSize ?? 0), 0),
  };
}

/**
 * Bytes as KB with one decimal ("12.3").
 * @param {number} bytes
 * @returns {string}
 */
export function formatKB(bytes) {
  return (bytes / KB).toFixed(1);
}

/**
 * A CLS value as shown: "0", three decimals, or an exponent when smaller than that shows.
 * @param {number} cls
 * @returns {string}
 */
export function formatCls(cls) {
  if (cls === 0) return '0';
  return cls < 0.001 ? cls.toExponential(1) : cls.toFixed(3);
}

/**
 * Whether a page (its path under dist/, e.g. "stories/crackdown.html") is a story page.
 * @param {string} page
 * @returns {boolean}
 */
export function isStoryPage(page) {
  return /^stories\/[^/]+\.html$/.test(page.replaceAll('\\', '/').replace(/^\/+/, ''));
}

/**
 * @typedef {object} PageFigures
 * @property {string} page path under dist/, e.g. "stories/crackdown.html"
 * @property {number | null} performance 0–100, null when Lighthouse could not score it
 * @property {number | null} accessibility
 * @property {number | null} bestPractices
 * @property {number | null} seo
 * @property {number | null} lcpMs
 * @property {number | null} cls
 * @property {number | null} tbtMs
 * @property {{ transferred: number | null, raw: number | null, js: number | null }} bytes
 *   transferred and raw: the page load's network bytes; js: gzip bytes of JavaScript before interaction
 */

/**
 * @typedef {object} Check
 * @property {string} key the figure: "performance", "accessibility", "bestPractices", "seo", "tbtMs", "cls", "js", "story"
 * @property {string} label
 * @property {number | null} value
 * @property {number} limit
 * @property {boolean} pass
 * @property {string} message e.g. "TBT 47 ms > 0 ms"
 */

/** @param {number} bytes */
const showKB = (bytes) => `${formatKB(bytes)} KB`;

/**
 * Every budget that applies to a page, passed or failed, keyed by figure. A figure that could not
 * be measured (null) fails: nothing shows it is within budget. Story pages also carry the story
 * size budget ("story"): the heaviest story is within it exactly when every story is.
 * @param {PageFigures} figures
 * @returns {Record<string, Check>}
 */
export function budgetChecks(figures) {
  /** @type {Record<string, Check>} */
  const checks = {};
  /** @param {string} key @param {string} label @param {number | null} value @param {number} min */
  const atLeast = (key, label, value, min) => {
    const pass = value !== null && value >= min;
    checks[key] = { key, label, value, limit: min, pass, message: `${label} ${value ?? 'n/a'} ${pass ? '≥' : '<'} ${min}` };
  };
  /** @param {string} key @param {string} label @param {number | null} value @param {number} max @param {(n: number) => string} show */
  const atMost = (key, label, value, max, show) => {
    const pass = value !== null && value <= max;
    checks[key] = { key, label, value, limit: max, pass, message: `${label} ${value === null ? 'n/a' : show(value)} ${pass ? '≤' : '>'} ${show(max)}` };
  };
  for (const { key, label } of categories) atLeast(key, label, figures[key], budgets.lighthouse);
  // TBT is judged in whole milliseconds, as it is shown.
  atMost('tbtMs', 'TBT', figures.tbtMs === null ? null : Math.round(figures.tbtMs), budgets.tbtMs, (ms) => `${ms} ms`);
  atMost('cls', 'CLS', figures.cls, budgets.cls, formatCls);
  atMost('js', 'JS before interaction', figures.bytes.js, budgets.jsBytes, showKB);
  if (isStoryPage(figures.page)) atMost('story', 'story transferred', figures.bytes.transferred, budgets.heaviestStoryBytes, showKB);
  return checks;
}

/**
 * The budgets a page fails, keyed by figure (see budgetChecks).
 * @param {PageFigures} figures
 * @returns {Record<string, Check>}
 */
export function budgetMisses(figures) {
  return Object.fromEntries(Object.entries(budgetChecks(figures)).filter(([, check]) => !check.pass));
}

/**
 * @typedef {object} SiteBudget
 * @property {string} budget what is limited, e.g. "TBT, every page"
 * @property {string} limit e.g. "0 ms"
 * @property {string} worst the worst value and its page, e.g. "47 ms (index.html)"
 * @property {number} failing how many pages fail it
 * @property {boolean} pass
 */

/**
 * One row per budget across all pages: the limit, the worst figure and where it is, and PASS only
 * when every page is within it. The story budget is judged on the heaviest story page, and fails
 * when there is no story page to judge.
 * @param {PageFigures[]} pages
 * @returns {SiteBudget[]}
 */
export function siteBudgets(pages) {
  const checked = pages.map((figures) => ({ page: figures.page, checks: budgetChecks(figures) }));
  /**
   * @param {string} key
   * @param {string} budget
   * @param {string} limit
   * @param {(a: number, b: number) => number} worse positive when a is worse than b
   * @param {(value: number) => string} show
   * @returns {SiteBudget}
   */
  const row = (key, budget, limit, worse, show) => {
    const applicable = checked.flatMap(({ page, checks }) => (checks[key] ? [{ page, check: checks[key] }] : []));
    const failing = applicable.filter(({ check }) => !check.pass).length;
    // An unmeasured figure is the worst of all; otherwise the one furthest past (or nearest to) the limit.
    const worstOf = applicable.reduce((/** @type {typeof applicable[number] | null} */ worst, candidate) => {
      if (!worst) return candidate;
      if (worst.check.value === null) return worst;
      if (candidate.check.value === null) return candidate;
      return worse(candidate.check.value, worst.check.value) > 0 ? candidate : worst;
    }, null);
    const worst = worstOf ? `${worstOf.check.value === null ? 'n/a' : show(worstOf.check.value)} (${worstOf.page})` : 'no page';
    return { budget, limit, worst, failing, pass: applicable.length > 0 && failing === 0 };
  };
  const lower = (/** @type {number} */ a, /** @type {number} */ b) => b - a;
  const higher = (/** @type {number} */ a, /** @type {number} */ b) => a - b;
  return [
    ...categories.map(({ key, label }) => row(key, `Lighthouse ${label}, every page`, `≥ ${budgets.lighthouse}`, lower, String)),
    row('tbtMs', 'TBT, every page', `${budgets.tbtMs} ms`, higher, (ms) => `${ms} ms`),
    row('cls', 'CLS, every page', `${budgets.cls}`, higher, formatCls),
    row('js', 'JS before interaction (gzip), every page and embed', `≤ ${showKB(budgets.jsBytes)}`, higher, showKB),
    row('story', 'heaviest story page, transferred (gzip)', `≤ ${showKB(budgets.heaviestStoryBytes)}`, higher, showKB),
  ];
}

/**
 * A markdown table, padded so it also reads as plain text. Columns align left unless `right`
 * holds their index; a "|" in a cell is escaped.
 * @param {string[]} header
 * @param {string[][]} rows
 * @param {number[]} [right] indexes of right-aligned columns
 * @returns {string}
 */
export function markdownTable(header, rows, right = []) {
  const escape = (/** @type {string} */ text) => text.replaceAll('|', '\\|');
  const all = [header, ...rows].map((row) => row.map(escape));
  const widths = header.map((_, i) => Math.max(3, ...all.map((row) => [...(row[i] ?? '')].length)));
  const pad = (/** @type {string} */ text, /** @type {number} */ i) => {
    const space = ' '.repeat((widths[i] ?? 0) - [...text].length);
    return right.includes(i) ? space + text : text + space;
  };
  const line = (/** @type {string[]} */ row) => `| ${header.map((_, i) => pad(row[i] ?? '', i)).join(' | ')} |`;
  const rule = `|${widths.map((width, i) => (right.includes(i) ? `${'-'.repeat(width + 1)}:` : `${'-'.repeat(width + 2)}`)).join('|')}|`;
  return [line(all[0] ?? []), rule, ...all.slice(1).map(line)].join('\n');
}
