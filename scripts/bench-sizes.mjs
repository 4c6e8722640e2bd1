/**
 * Pure helpers for the benchmark (scripts/bench.mjs): what a page weighs once gzipped, and which
 * performance budgets a page's figures miss. No file system, no browser: unit tested in
 * bench-sizes.test.ts.
 *
 * Every page inlines its CSS and JS, so the gzipped HTML file is the whole page's transfer size;
 * the CSS and JS figures are the gzipped contents of the inline <style> and <script> elements,
 * each kind concatenated in document order and gzipped as one.
 */
import { gzipSync } from 'node:zlib';

/** Bytes per KB in every figure and budget here (Lighthouse also counts in KiB). */
export const KB = 1024;

/** The budgets the site is built to. Sizes are gzip bytes. */
export const budgets = {
  performance: 98, // at least
  accessibility: 100,
  bestPractices: 100,
  seo: 100,
  cls: 0, // at most
  tbtMs: 0, // at most
  jsBytes: 15 * KB, // per page
  storyBytes: 150 * KB, // pages under stories/
  embedBytes: 40 * KB, // pages under embed/
};

/**
 * Gzipped size, in bytes, of a string (UTF-8) at zlib level 9.
 * @param {string} text
 * @returns {number}
 */
export function gzipBytes(text) {
  return gzipSync(Buffer.from(text, 'utf8'), { level: 9 }).length;
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
 * elements, in document order. Scripts with a src have no inline code and are skipped, and so are
 * data blocks (e.g. type="application/json" or "application/ld+json"), which are not JavaScript.
 * HTML comments are skipped. <style> inside inline SVG counts as CSS.
 * @param {string} html
 * @returns {{ styles: string[], scripts: string[] }}
 */
export function inlineAssets(html) {
  /** @type {string[]} */
  const styles = [];
  /** @type {string[]} */
  const scripts = [];
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
    } else if (attribute(attributes, 'src') === null) {
      const type = (attribute(attributes, 'type') ?? '').trim().toLowerCase().split(';')[0]?.trim() ?? '';
      if (javascriptTypes.has(type)) scripts.push(text);
    }
  }
  return { styles, scripts };
}

/**
 * Gzipped bytes of the whole HTML file, of its inline CSS and of its inline JS. Everything is
 * inline, so `total` (the whole transfer) is the gzipped HTML file.
 * @param {string} html
 * @returns {{ html: number, css: number, js: number, total: number }}
 */
export function pageWeights(html) {
  const { styles, scripts } = inlineAssets(html);
  const htmlBytes = gzipBytes(html);
  return {
    html: htmlBytes,
    css: styles.length ? gzipBytes(styles.join('')) : 0,
    js: scripts.length ? gzipBytes(scripts.join('')) : 0,
    total: htmlBytes,
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
 * The total-size budget for a page, from its path under dist/ ("stories/crackdown.html"), or
 * null when its kind has none.
 * @param {string} page
 * @returns {number | null}
 */
export function totalBudgetFor(page) {
  const path = page.replaceAll('\\', '/').replace(/^\/+/, '');
  if (path.startsWith('stories/')) return budgets.storyBytes;
  if (path.startsWith('embed/')) return budgets.embedBytes;
  return null;
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
 * @property {{ html: number, css: number, js: number, total: number }} bytes gzip bytes
 */

/**
 * The budgets a page misses, keyed by figure ("performance", "cls", "js", "total", ...), each with
 * the figure, the limit and a short sentence. A figure Lighthouse could not measure (null) is a
 * miss: nothing shows it is within budget.
 * @param {PageFigures} figures
 * @returns {Record<string, { value: number | null, limit: number, message: string }>}
 */
export function budgetMisses(figures) {
  /** @type {Record<string, { value: number | null, limit: number, message: string }>} */
  const misses = {};
  /** @param {string} key @param {string} label @param {number | null} value @param {number} min */
  const atLeast = (key, label, value, min) => {
    if (value === null || value < min) misses[key] = { value, limit: min, message: `${label} ${value ?? 'n/a'} < ${min}` };
  };
  /** @param {string} key @param {string} label @param {number | null} value @param {number} max @param {(n: number) => string} show */
  const atMost = (key, label, value, max, show) => {
    if (value === null || value > max) misses[key] = { value, limit: max, message: `${label} ${value === null ? 'n/a' : show(value)} > ${show(max)}` };
  };
  atLeast('performance', 'performance', figures.performance, budgets.performance);
  atLeast('accessibility', 'accessibility', figures.accessibility, budgets.accessibility);
  atLeast('bestPractices', 'best-practices', figures.bestPractices, budgets.bestPractices);
  atLeast('seo', 'SEO', figures.seo, budgets.seo);
  atMost('cls', 'CLS', figures.cls, budgets.cls, String);
  // TBT is judged in whole milliseconds, as it is shown.
  atMost('tbtMs', 'TBT', figures.tbtMs === null ? null : Math.round(figures.tbtMs), budgets.tbtMs, (ms) => `${ms} ms`);
  atMost('js', 'JS', figures.bytes.js, budgets.jsBytes, (bytes) => `${formatKB(bytes)} KB`);
  const totalLimit = totalBudgetFor(figures.page);
  if (totalLimit !== null) atMost('total', 'total', figures.bytes.total, totalLimit, (bytes) => `${formatKB(bytes)} KB`);
  return misses;
}
