/**
 * The built site as the cross-engine tests see it: its pages, its two addresses (the site's own
 * static server and file://), and what a reader would see on a page, read by functions that run
 * inside the page in any engine (they are sent as source text, so they use nothing from here).
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The build under test: dist/, or another build's folder in ENGINES_DIST (to test an older build). */
export const distDir = resolve(process.env.ENGINES_DIST ?? 'dist');
// ENGINES_PORT lets two checkouts run their suites side by side.
export const port = Number(process.env.ENGINES_PORT ?? 4323);

/** Every built page, e.g. `index.html`, `stories/rentals.html`, `embed/price-tiers.html`. */
export function listPages() {
  if (!existsSync(distDir)) throw new Error(`No build at ${distDir}: run \`npm run build\` first.`);
  return readdirSync(distDir, { recursive: true })
    .map((file) => file.split('\\').join('/'))
    .filter((file) => file.endsWith('.html'))
    .sort();
}

/** The two ways a reader gets the pages, each with the only origin its pages may load from. */
export const origins = [
  { name: 'server', base: `http://127.0.0.1:${port}/`, allowed: `http://127.0.0.1:${port}/` },
  { name: 'file', base: pathToFileURL(distDir).href + '/', allowed: 'file://' },
];

/**
 * Whether a request stays at home. data: and blob: URLs are not requests to any server (the
 * favicon and an inlined font are data: URLs), about: is the blank page before a load.
 */
export function isLocal(url, allowed) {
  return url.startsWith(allowed) || /^(data|blob|about):/.test(url);
}

/** Starts the site's own server, `node scripts/serve.mjs`, over the build; resolves with its process once it listens. */
export async function startServer() {
  const server = spawn(process.execPath, ['scripts/serve.mjs', '--port', String(port), '--root', distDir], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  await new Promise((listening, failed) => {
    server.stdout.on('data', (chunk) => {
      output += chunk;
      if (output.includes('Serving')) listening();
    });
    server.stderr.on('data', (chunk) => (output += chunk));
    server.on('exit', (code) => failed(new Error(`scripts/serve.mjs exited (${code}) before listening:\n${output}`)));
  });
  return server;
}

/** sRGB relative luminance (WCAG) of a computed colour such as `rgb(22, 22, 26)`; null if it is not rgb(). */
export function luminance(color) {
  const match = /^rgba?\(([\d.]+)[ ,]+([\d.]+)[ ,]+([\d.]+)/.exec(color);
  if (!match) return null;
  const [r, g, b] = match.slice(1, 4).map((channel) => {
    const value = Number(channel) / 255;
    return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/**
 * Runs in the page: the theme, every custom element and whether it is defined, and for each
 * `<chart-frame>` which of its chart SVGs a reader can see (by index) and the fills of their text.
 * Each frame is scrolled into view first, as a reader would, and given up to 20 animation frames
 * to show a chart: long pages render their frames only near the viewport (`content-visibility:
 * auto`), and a frame never rendered at the current width has 0×0 charts until then (WebKit
 * after any resize; Firefox for a frame or two after one).
 */
export async function readPage() {
  const shown = (element) => {
    const box = element.getBoundingClientRect();
    return box.width > 0 && box.height > 0 && element.checkVisibility({ visibilityProperty: true, opacityProperty: true });
  };
  const nextFrame = () => new Promise((done) => requestAnimationFrame(() => done()));
  const frames = [];
  for (const frame of document.querySelectorAll('chart-frame')) {
    frame.scrollIntoView({ block: 'start' });
    const svgs = [...frame.querySelectorAll('svg.chart-svg')];
    let visible = [];
    for (let wait = 0; wait < 20 && !visible.length; wait += 1) {
      await nextFrame();
      visible = svgs.filter(shown);
    }
    frames.push({
      slug: frame.getAttribute('data-slug'),
      svgs: svgs.length,
      visible: visible.map((svg) => svgs.indexOf(svg)),
      // How many of the visible charts' text elements have each fill.
      textFills: visible
        .flatMap((svg) => [...svg.querySelectorAll('text')].map((text) => getComputedStyle(text).fill))
        .reduce((counts, fill) => ({ ...counts, [fill]: (counts[fill] ?? 0) + 1 }), {}),
    });
  }
  scrollTo(0, 0);
  const tags = [...new Set([...document.querySelectorAll('*')].map((element) => element.localName))].filter((tag) => tag.includes('-'));
  return {
    url: location.href,
    readyState: document.readyState,
    dark: matchMedia('(prefers-color-scheme: dark)').matches,
    background: [document.body, document.documentElement].map((element) => getComputedStyle(element).backgroundColor),
    // A deferred element's script (src/client/deferred-scripts.ts) waits for the reader's first touch.
    customElements: tags.map((tag) => ({ tag, defined: Boolean(customElements.get(tag)), deferred: Boolean(document.querySelector(`script[type="text/plain"][data-deferred-script="${tag}"]`)), wokenBy: document.querySelector(`script[type="text/plain"][data-deferred-script="${tag}"]`)?.getAttribute('data-ran') ?? null })),
    brokenImages: [...document.images].filter((image) => image.complete && !image.naturalWidth).map((image) => image.getAttribute('src')),
    frames,
    innerWidth,
    scrollWidth: document.documentElement.scrollWidth,
  };
}

/** Runs in the page: every radio button inside a chart frame, with its group and frame. */
/** The keyboard's view of the one chart frame: its drawing's Tab stops and marks, and what has focus. */
export function readKeyboard() {
  const frame = document.querySelector('chart-frame');
  const svg = [...frame.querySelectorAll('svg.chart-svg')].find((each) => each.getBoundingClientRect().width > 0);
  const marks = [...svg.querySelectorAll('.chart-mark')];
  const active = document.activeElement;
  const tooltip = frame.querySelector('.chart-tooltip');
  const box = tooltip.getBoundingClientRect();
  return {
    labels: marks.map((mark) => mark.getAttribute('aria-label')),
    tabStops: marks.filter((mark) => mark.getAttribute('tabindex') === '0').length,
    focused: active?.classList.contains('chart-mark') ? active.getAttribute('aria-label') : (active?.className?.baseVal ?? active?.className ?? active?.tagName ?? ''),
    hint: !frame.querySelector('.chart-hint').hidden,
    tooltip: tooltip.hidden ? null : { text: tooltip.textContent, left: box.left, top: box.top, right: box.right, bottom: box.bottom, innerWidth, innerHeight },
  };
}

/** Focuses the first mark of the visible drawing, as the one Tab stop a reader would reach. */
export function focusFirstMark() {
  const svg = [...document.querySelectorAll('chart-frame svg.chart-svg')].find((each) => each.getBoundingClientRect().width > 0);
  const mark = svg.querySelector('.chart-mark[tabindex="0"]');
  mark.scrollIntoView({ block: 'center' });
  mark.focus();
}

export function readRadios() {
  const frames = [...document.querySelectorAll('chart-frame')];
  return [...document.querySelectorAll('chart-frame input[type=radio]')].map((radio, index) => ({
    index,
    name: radio.name,
    value: radio.value,
    checked: radio.checked,
    frame: frames.indexOf(radio.closest('chart-frame')),
  }));
}

/** Runs in the page: whether the index-th radio of readRadios() is checked. */
export function isRadioChecked(index) {
  return document.querySelectorAll('chart-frame input[type=radio]')[index].checked;
}

/** Runs in the page: the indices of the chart SVGs a reader sees in the index-th frame, once it is in view (as in readPage). */
export async function readVisibleCharts(index) {
  const frame = document.querySelectorAll('chart-frame')[index];
  frame.scrollIntoView({ block: 'start' });
  const svgs = [...frame.querySelectorAll('svg.chart-svg')];
  let visible = [];
  for (let wait = 0; wait < 20 && !visible.length; wait += 1) {
    await new Promise((done) => requestAnimationFrame(() => done()));
    visible = svgs.filter((svg) => {
      const box = svg.getBoundingClientRect();
      return box.width > 0 && box.height > 0 && svg.checkVisibility({ visibilityProperty: true, opacityProperty: true });
    });
  }
  return visible.map((svg) => svgs.indexOf(svg));
}

/** Runs in the page: focuses the first focusable control inside each <tag> (as a reader's Tab would) and says whether <tag> is now defined. */
/** Runs in the page: whether the custom element `tag` is defined (its script has run). */
export function isDefined(tag) {
  return Boolean(customElements.get(tag));
}

export function wakeDeferred(tag) {
  const control = document.querySelector(`${tag} input, ${tag} button, ${tag} [tabindex]`);
  control?.focus();
  return { focused: Boolean(control), defined: Boolean(customElements.get(tag)) };
}

/**
 * Runs in the page: the index-th mark of the one chart frame's visible drawing, scrolled to the
 * middle of the window, with the point a pointer would hover or a finger tap (its centre), and a
 * point of the page well away from every mark and the tooltip (for "elsewhere").
 */
export function markPoint(index) {
  const svg = [...document.querySelectorAll('chart-frame svg.chart-svg')].find((each) => each.getBoundingClientRect().width > 0);
  const mark = svg.querySelectorAll('.chart-mark')[index];
  mark.scrollIntoView({ block: 'center' });
  const box = mark.getBoundingClientRect();
  const title = document.querySelector('chart-frame .chart-title').getBoundingClientRect();
  return {
    label: mark.getAttribute('aria-label'),
    x: Math.round(box.left + box.width / 2),
    y: Math.round(box.top + box.height / 2),
    // The chart's title, or the window's top left corner when the title has scrolled away.
    away: title.bottom > 4 ? { x: Math.round(title.left + 4), y: Math.round(Math.max(title.top, 0) + 4) } : { x: 4, y: 4 },
  };
}

/** Runs in the page: the tooltip as a reader sees it: shown or not, whose it is, and its box (with the point at its centre). */
export function readTooltip(point) {
  const tooltip = document.querySelector('chart-frame .chart-tooltip');
  const box = tooltip.getBoundingClientRect();
  return {
    // Whether the given point of the window is on the tooltip (that the pointer there is on it).
    under: point ? tooltip.contains(document.elementFromPoint(point.x, point.y)) : null,
    shown: !tooltip.hidden && box.width > 0,
    headline: tooltip.querySelector('strong')?.textContent ?? null,
    text: tooltip.textContent,
    centre: { x: Math.round(box.left + box.width / 2), y: Math.round(box.top + box.height / 2) },
    box: { left: box.left, top: box.top, right: box.right, bottom: box.bottom },
  };
}

/**
 * Runs in the page: each mark of the visible drawing brought into the window and given focus (as
 * the keyboard or a hover would show its tooltip); the tooltips that were not wholly inside the
 * window, or that covered the mark they belong to, with where they were.
 */
export async function tooltipsOutsideWindow() {
  // Two frames for the new window size to settle (a drawing chosen for the width, the risk model's redraw).
  for (let frame = 0; frame < 2; frame += 1) await new Promise((done) => requestAnimationFrame(() => done()));
  const svg = [...document.querySelectorAll('chart-frame svg.chart-svg')].find((each) => each.getBoundingClientRect().width > 0);
  const tooltip = document.querySelector('chart-frame .chart-tooltip');
  const outside = [];
  const marks = [...svg.querySelectorAll('.chart-mark')];
  for (const mark of marks) {
    mark.scrollIntoView({ block: 'center' });
    mark.focus();
    const box = tooltip.getBoundingClientRect();
    const inside = !tooltip.hidden && box.left >= 0 && box.top >= 0 && box.right <= innerWidth && box.bottom <= innerHeight;
    if (!inside) outside.push(`${mark.getAttribute('aria-label')}: ${tooltip.hidden ? 'no tooltip' : `${Math.round(box.left)},${Math.round(box.top)}–${Math.round(box.right)},${Math.round(box.bottom)}`} in ${innerWidth}×${innerHeight}`);
  }
  document.activeElement?.blur();
  return { marks: marks.length, outside };
}
