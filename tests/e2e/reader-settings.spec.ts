/**
 * Every chart follows the reader's settings: a dark theme, forced colours (Windows High
 * Contrast), print, WCAG 1.4.12 text spacing, zoom to 200% and 400%, and text big enough to read
 * on a phone. Checked on every page that shows a chart. None of this depends on how the site is
 * hosted, so these run in the 'root' project only (see playwright.config.ts).
 *
 * Each test collects every problem on its page and fails once, listing them all: page, chart
 * (its data-slug, and the drawing's layout), the text or element, and the numbers.
 */
import type { Page } from '@playwright/test';
// The guarded test of ./fixtures, with one page per browser setting reused from test to test.
import { test, expect } from './reader-shared-page';
import { embedPages } from './charts';
import { snapshotCharts, type ChartsSnapshot, type DrawnSvg, type Shape } from './chart-snapshot';
import { contrastRatio, formatColor, luminance, over, parseColor, type Rgba } from './contrast';
import { pdfPageFills, pdfPageRules, pdfPageTexts, squeeze } from './pdf-text';
import { blockForWebFaces } from '../../scripts/web-faces.mjs';

/** Every page that shows a chart: the landing page, the stories, and each chart's embed page. */
const chartPages = ['index.html', 'stories/crackdown.html', 'stories/rentals.html', ...embedPages];

const needed = {
  /** WCAG 1.4.3: text against its background. */
  textContrast: 4.5,
  /** WCAG 1.4.11: marks, lines and the focus ring against the background. */
  graphicsContrast: 3,
  /** The smallest chart text, in CSS px as shown, on a phone. */
  fontPx: 12,
  /** Rounding slack for boxes, in CSS px. */
  slackPx: 1,
  /** The risk model's sliders, so that one step is a finger's movement, not a twitch. */
  sliderPx: 120,
};

// ——— Reading a snapshot ———

const where = (path: string, svg: DrawnSvg) => `${path} › ${svg.slug}${svg.layout ? ` (${svg.layout})` : svg.kind === 'key' ? ' (key)' : ''}`;
const px = (value: number) => `${value.toFixed(1)}px`;
const ratio = (value: number) => `${value.toFixed(2)}:1`;
const quoted = (texts: string[], max = 6) => texts.slice(0, max).map((text) => `"${text}"`).join(', ') + (texts.length > max ? ` and ${texts.length - max} more` : '');

function backgroundOf(snapshot: ChartsSnapshot): Rgba {
  const colour = parseColor(snapshot.background);
  if (!colour) throw new Error(`cannot read the page background "${snapshot.background}"`);
  // A translucent background lies over the canvas; white is close enough for a light page and
  // makes a "dark" page that is really see-through fail, as it should.
  return colour.a < 1 ? over(colour, { r: 255, g: 255, b: 255, a: 1 }) : colour;
}

/**
 * Chart text under `minimum` contrast with what it is read against: the page's background, or
 * its halo, or a filled shape it sits on (a letter in a badge). Grouped by drawing and colours.
 */
function textContrastProblems(path: string, snapshot: ChartsSnapshot, minimum: number): string[] {
  const page = backgroundOf(snapshot);
  const groups = new Map<string, string[]>();
  for (const svg of snapshot.svgs) {
    for (const run of svg.runs) {
      const paint = parseColor(run.fill);
      if (!paint) {
        if (run.fill !== 'none') groups.set(`${where(path, svg)}: text painted with ${run.fill}, not a colour`, [run.text]);
        continue;
      }
      const backdrop = run.backdrop && parseColor(run.backdrop.paint);
      const background = backdrop ? over(backdrop, page, run.backdrop!.alpha) : page;
      const seen = over(paint, background, run.alpha);
      const contrast = contrastRatio(seen, background);
      if (contrast >= minimum) continue;
      const behind = run.backdrop ? (run.backdrop.what === 'halo' ? 'its halo' : run.backdrop.what) : 'the page';
      const key = `${where(path, svg)}: text in ${formatColor(seen)} on ${behind}, ${formatColor(background)}, is ${ratio(contrast)}, under ${minimum}:1`;
      groups.set(key, [...(groups.get(key) ?? []), run.text]);
    }
  }
  return [...groups].map(([key, texts]) => `${key}: ${quoted(texts)}`);
}

/** The side a text sticks out of its drawing the most, and by how much. */
function overhang(text: DrawnSvg['texts'][number], svg: DrawnSvg): [string, number] {
  const sides: [string, number][] = [
    ['left', svg.box.left - text.box.left],
    ['right', text.box.right - svg.box.right],
    ['top', svg.box.top - text.box.top],
    ['bottom', text.box.bottom - svg.box.bottom],
  ];
  return sides.reduce((worst, side) => (side[1] > worst[1] ? side : worst));
}

/**
 * Chart text that is cut or collides: a `text` sticking out of its svg or past the window's
 * edge, or two `text` elements overlapping (tspans of one `text` are one label; a label drawn
 * twice in the same place, a halo under its text, is one label too).
 */
function textLayoutProblems(path: string, snapshot: ChartsSnapshot): string[] {
  const problems: string[] = [];
  for (const svg of snapshot.svgs.filter((drawn) => drawn.kind === 'chart')) {
    const at = where(path, svg);
    for (const text of svg.texts) {
      const [side, by] = overhang(text, svg);
      const cut = text.box.left < -needed.slackPx || text.box.right > snapshot.clientWidth + needed.slackPx;
      if (by > needed.slackPx || cut) {
        problems.push(
          `${at}: "${text.text}" ` +
            (by > needed.slackPx ? `sticks out of the drawing by ${px(by)} on the ${side}` : 'stays in the drawing') +
            (cut ? ` and is cut by the window's edge (it spans ${px(text.box.left)} to ${px(text.box.right)} of ${snapshot.clientWidth}px)` : ''),
        );
      }
    }
    svg.texts.forEach((a, i) => {
      for (const b of svg.texts.slice(i + 1)) {
        const width = Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left);
        const height = Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top);
        if (width <= needed.slackPx || height <= needed.slackPx) continue;
        const sameBox = (['left', 'top', 'right', 'bottom'] as const).every((edge) => Math.abs(a.box[edge] - b.box[edge]) <= needed.slackPx);
        if (sameBox && a.text === b.text) continue;
        problems.push(`${at}: "${a.text}" and "${b.text}" overlap by ${px(width)} × ${px(height)}`);
      }
    });
  }
  return problems;
}

function sidewaysProblems(path: string, snapshot: ChartsSnapshot): string[] {
  if (snapshot.scrollWidth <= snapshot.clientWidth) return [];
  return [`${path}: scrolls sideways, ${snapshot.scrollWidth}px of page in a ${snapshot.clientWidth}px window; past the edge: ${snapshot.overflowing.join('; ')}`];
}

/** Chart text smaller than `needed.fontPx` as drawn: its font size times the drawing's scale. */
function fontSizeProblems(path: string, snapshot: ChartsSnapshot): string[] {
  const problems: string[] = [];
  for (const svg of snapshot.svgs.filter((drawn) => drawn.kind === 'chart')) {
    const scale = svg.viewBoxWidth ? (svg.box.right - svg.box.left) / svg.viewBoxWidth : 1;
    const small = new Map<string, number>();
    for (const run of svg.runs) {
      const shown = run.fontSize * scale;
      if (shown < needed.fontPx - 0.05) small.set(run.text, Math.min(shown, small.get(run.text) ?? Infinity));
    }
    if (small.size === 0) continue;
    const sizes = [...small].sort((a, b) => a[1] - b[1]);
    problems.push(
      `${where(path, svg)}: drawn ${px(svg.box.right - svg.box.left)} wide for a ${svg.viewBoxWidth}-unit viewBox (×${scale.toFixed(3)}), ` +
        `${small.size} texts under ${needed.fontPx}px, smallest ${px(sizes[0]![1])}: ` +
        sizes.slice(0, 8).map(([text, size]) => `"${text}" ${px(size)}`).join(', ') +
        (sizes.length > 8 ? ` and ${sizes.length - 8} more` : ''),
    );
  }
  return problems;
}

interface Paint {
  which: 'fill' | 'stroke';
  css: string;
  /** Contrast with the background, NaN for a url() paint (a gradient or pattern). */
  contrast: number;
}

/**
 * The paints that make a shape visible: a fill or a stroke that is neither none nor transparent.
 * A fill counts only where there is an area to fill: never on a `line`, nor on a path or
 * polyline that is flat (a tick), whatever fill they inherit.
 */
function paintsOf(shape: Shape, background: Rgba): Paint[] {
  const paints: Paint[] = [];
  const add = (which: Paint['which'], css: string, alpha: number) => {
    const colour = parseColor(css);
    if (css.startsWith('url(')) paints.push({ which, css, contrast: NaN });
    else if (colour && colour.a * alpha > 0) paints.push({ which, css: formatColor(over(colour, background, alpha)), contrast: contrastRatio(over(colour, background, alpha), background) });
  };
  const hasArea = shape.tag !== 'line' && shape.box.right - shape.box.left > 0 && shape.box.bottom - shape.box.top > 0;
  if (hasArea) add('fill', shape.fill, shape.fillAlpha);
  if (shape.strokeWidth > 0) add('stroke', shape.stroke, shape.strokeAlpha);
  return paints;
}

const bestContrast = (paints: Paint[]) => Math.max(...paints.map((paint) => (Number.isNaN(paint.contrast) ? Infinity : paint.contrast)));
const describePaints = (paints: Paint[]) => paints.map((paint) => `${paint.which} ${paint.css} ${Number.isNaN(paint.contrast) ? '' : ratio(paint.contrast)}`.trim()).join(', ') || 'nothing';
/** Shapes that draw a line or a dot: they must stay visible, whatever they were (a `<use>`: the map's shared coasts and borders). */
const lineOrDot = new Set(['line', 'path', 'circle', 'ellipse', 'polyline', 'polygon', 'use']);

/**
 * Under forced colours, nothing that was drawn may vanish: every shape visible in the normal
 * view (hover targets aside) still has a fill or stroke, lines and dots at 3:1 or more, and a
 * rect that stood out at 3:1 (a bar, not a tinted panel) still does. Knockouts (lines in the
 * page's own colour that cut gaps into other marks) may stay in the page's colour.
 */
function vanishedProblems(path: string, normal: ChartsSnapshot, forced: ChartsSnapshot): string[] {
  const normalBackground = backgroundOf(normal);
  const forcedBackground = backgroundOf(forced);
  const forcedSvgs = new Map(forced.svgs.map((svg) => [svg.index, svg]));
  const counted = new Map<string, number>();
  const add = (problem: string) => counted.set(problem, (counted.get(problem) ?? 0) + 1);
  for (const svg of normal.svgs) {
    const at = where(path, svg);
    const after = forcedSvgs.get(svg.index);
    const forcedShapes = new Map(after?.shapes.map((shape) => [shape.id, shape]));
    for (const shape of svg.shapes) {
      if (shape.isMark) continue;
      const before = paintsOf(shape, normalBackground);
      if (before.length === 0) continue;
      const now = forcedShapes.get(shape.id);
      if (!now) {
        add(`${at}: ${shape.label} is no longer drawn under forced colours`);
        continue;
      }
      const paints = paintsOf(now, forcedBackground);
      if (paints.length === 0) {
        add(`${at}: ${shape.label} vanishes under forced colours: fill ${now.fill} and stroke ${now.stroke} (was ${describePaints(before)})`);
        continue;
      }
      const was = bestContrast(before);
      // A knockout, painted in the page's own colour to cut a gap into other marks, stays one.
      const knockout = was < 1.1;
      const required = !knockout && (lineOrDot.has(shape.tag) || was >= needed.graphicsContrast) ? needed.graphicsContrast : 0;
      if (bestContrast(paints) < required) {
        add(`${at}: ${shape.label} is ${describePaints(paints)} on ${formatColor(forcedBackground)} under forced colours, under ${required}:1 (was ${describePaints(before)})`);
      }
    }
  }
  return [...counted].map(([problem, count]) => (count > 1 ? `${problem} (×${count})` : problem));
}

// ——— The checks ———

// The failures are the report: a trace of each would add minutes and nothing to read.
test.use({ trace: 'off' });

test.describe('in a dark theme', () => {
  test.use({ colorScheme: 'dark' });

  for (const path of chartPages) {
    test(`${path}: a dark page, chart text at 4.5:1, a focus ring at 3:1, and charts drawn differently from the light theme`, async ({ page }) => {
      test.slow(); // two screenshots of every chart
      await page.goto(path);
      const snapshot = await page.evaluate(snapshotCharts);
      const background = backgroundOf(snapshot);
      const problems: string[] = [];
      if (luminance(background) > 0.1) problems.push(`${path}: the background ${formatColor(background)} is not dark (luminance ${luminance(background).toFixed(3)})`);
      problems.push(...textContrastProblems(path, snapshot, needed.textContrast));

      const focus = parseColor(snapshot.focus);
      const focusContrast = focus ? contrastRatio(over(focus, background), background) : 0;
      if (focusContrast < needed.graphicsContrast) problems.push(`${path}: --color-focus ${snapshot.focus} on ${formatColor(background)} is ${ratio(focusContrast)}, under 3:1`);

      // Light and dark drawings of each chart must differ: the charts paint with the theme's colours.
      const slugs = snapshot.frames.map((frame) => frame.slug);
      const drawing = (slug: string) => page.locator(`chart-frame[data-slug="${slug}"] svg.chart-svg:visible`).first();
      const dark = new Map<string, Buffer>();
      for (const slug of slugs) dark.set(slug, await drawing(slug).screenshot());
      await page.emulateMedia({ colorScheme: 'light' });
      for (const slug of slugs) {
        if ((await drawing(slug).screenshot()).equals(dark.get(slug)!)) problems.push(`${path} › ${slug}: the dark drawing is pixel for pixel the light one`);
      }
      await page.emulateMedia({ colorScheme: 'dark' });

      // The ring as drawn: focus each chart's first mark and read the stroke it gets.
      const rings = await page.locator('chart-frame').evaluateAll((frames) =>
        frames.map((frame) => {
          const slug = frame.getAttribute('data-slug') ?? '';
          const mark = [...frame.querySelectorAll<SVGElement>('svg.chart-svg .chart-mark')].find((element) => element.getClientRects().length > 0);
          if (!mark) return { slug, stroke: null, width: 0, focusVisible: false };
          mark.focus();
          const style = getComputedStyle(mark);
          const ring = { slug, stroke: style.stroke, width: parseFloat(style.strokeWidth), focusVisible: mark.matches(':focus-visible') };
          mark.blur();
          return ring;
        }),
      );
      for (const ring of rings) {
        const colour = ring.stroke ? parseColor(ring.stroke) : null;
        const contrast = colour ? contrastRatio(over(colour, background), background) : 0;
        if (!ring.stroke) problems.push(`${path} › ${ring.slug}: no visible mark to focus`);
        else if (!ring.focusVisible) problems.push(`${path} › ${ring.slug}: a focused mark does not match :focus-visible`);
        else if (contrast < needed.graphicsContrast || ring.width < 2) {
          problems.push(`${path} › ${ring.slug}: the focus ring is ${ring.stroke}, ${px(ring.width)} wide, ${ratio(contrast)} on ${formatColor(background)} (needs 3:1 and 2px)`);
        }
      }
      expect(problems, `${path} in a dark theme`).toEqual([]);
    });
  }
});

test.describe('under forced colours', () => {
  for (const path of chartPages) {
    test(`${path}: chart text at 4.5:1, and no line, dot or bar vanishes`, async ({ page }) => {
      await page.goto(path);
      const normal = await page.evaluate(snapshotCharts);
      await page.emulateMedia({ forcedColors: 'active', colorScheme: 'dark' });
      const forced = await page.evaluate(snapshotCharts);
      expect(forced.background, 'forced colours are in effect').not.toBe(normal.background);
      const drawnShapes = normal.svgs.flatMap((svg) => svg.shapes).filter((shape) => !shape.isMark && paintsOf(shape, backgroundOf(normal)).length > 0);
      expect(drawnShapes.length, 'shapes to compare').toBeGreaterThan(0);
      const problems = [...textContrastProblems(path, forced, needed.textContrast), ...vanishedProblems(path, normal, forced)];
      expect(problems, `${path} under forced colours`).toEqual([]);
    });
  }

  test("a tint (the map's province) is drawn solid, and its key's swatch with it", async ({ page }) => {
    await page.goto('embed/locator-map.html');
    await page.emulateMedia({ forcedColors: 'active', colorScheme: 'dark' });
    const opacities = await page.evaluate(() => ({
      drawn: [...document.querySelectorAll('.chart-svg [data-tint]')].map((element) => getComputedStyle(element).fillOpacity),
      key: [...document.querySelectorAll('.legend-swatch [data-tint]')].map((element) => getComputedStyle(element).fillOpacity),
    }));
    expect(opacities.drawn.length, 'tinted marks').toBeGreaterThan(0);
    expect(opacities.key, 'the province in the key').toEqual(['1']);
    expect(new Set(opacities.drawn)).toEqual(new Set(['1']));
  });

  test('the navigation still marks the current page (a box shadow would be dropped)', async ({ page }) => {
    await page.goto('stories/crackdown.html');
    await page.emulateMedia({ forcedColors: 'active', colorScheme: 'dark' });
    const marks = await page.locator('.site-header a').evaluateAll((links) =>
      links.map((link) => {
        const style = getComputedStyle(link);
        return { current: link.getAttribute('aria-current') === 'page', underline: style.borderBottomStyle !== 'none' && parseFloat(style.borderBottomWidth) >= 2, shadow: style.boxShadow };
      }),
    );
    expect(marks.filter((mark) => mark.current)).toEqual([{ current: true, underline: true, shadow: 'none' }]);
    expect(marks.filter((mark) => !mark.current && mark.underline)).toEqual([]);
  });
});

/** WCAG 1.4.12's test: the reader's own style sheet spaces text out; nothing may be cut or overlap. */
const textSpacing = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
p { margin-bottom: 2em !important; }`;

test.describe('with text spacing increased (WCAG 1.4.12)', () => {
  // The pages allow only their own hashed styles; a reader's style sheet is not subject to that.
  test.use({ bypassCSP: true });

  for (const path of chartPages) {
    test(`${path}: chart text neither cut nor overlapping, wide and at 320px, and no sideways scroll`, async ({ page }) => {
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(path);
      await page.addStyleTag({ content: textSpacing });
      const spacing = await page.locator('svg.chart-svg text').first().evaluate((text) => getComputedStyle(text).letterSpacing);
      expect(spacing, 'the spacing style sheet applies to chart text').not.toBe('normal');
      const problems = textLayoutProblems(`${path} at 1280px`, await page.evaluate(snapshotCharts));
      await page.setViewportSize({ width: 320, height: 700 });
      const narrow = await page.evaluate(snapshotCharts);
      problems.push(...textLayoutProblems(`${path} at 320px`, narrow), ...sidewaysProblems(`${path} at 320px`, narrow));
      expect(problems, `${path} with text spacing`).toEqual([]);
    });
  }
});

/** Browser zoom as the layout sees it: the window's CSS width shrinks, pixels get denser. */
const zooms = [
  { name: '200% on a 375 × 667 phone', viewport: { width: 188, height: 334 }, deviceScaleFactor: 2 },
  { name: '400% on a 1280 × 1024 screen', viewport: { width: 320, height: 256 }, deviceScaleFactor: 4 },
];

for (const zoom of zooms) {
  test.describe(`zoomed to ${zoom.name}`, () => {
    test.use({ viewport: zoom.viewport, deviceScaleFactor: zoom.deviceScaleFactor });

    for (const path of chartPages) {
      test(`${path}: no sideways scroll, chart text neither cut nor overlapping, sliders wide enough`, async ({ page }) => {
        await page.goto(path);
        const at = `${path} at ${zoom.viewport.width}px`;
        const snapshot = await page.evaluate(snapshotCharts);
        const problems = [...sidewaysProblems(at, snapshot), ...textLayoutProblems(at, snapshot)];
        if ((await page.locator('risk-model').count()) > 0) {
          await expect(page.locator('risk-model .model-controls')).toBeVisible();
          const sliders = await page.locator('risk-model input[type="range"]').evaluateAll((inputs) =>
            inputs.map((input) => ({ name: input.getAttribute('name') ?? input.id, width: input.getBoundingClientRect().width })),
          );
          expect(sliders.length, 'the risk model has sliders').toBeGreaterThan(0);
          for (const slider of sliders) {
            if (slider.width < needed.sliderPx) problems.push(`${at} › risk-model: the "${slider.name}" slider is ${px(slider.width)} wide, under ${needed.sliderPx}px`);
          }
        }
        expect(problems, `${path} zoomed to ${zoom.name}`).toEqual([]);
      });
    }
  });
}

// Both phone widths in one page: loaded at the first width, then the window narrowed, as the
// text-spacing check does (a page per width cost more than the measuring).
test.describe('on a phone', () => {
  const widths = [375, 320];
  test.use({ viewport: { width: widths[0]!, height: 700 } });

  for (const path of chartPages) {
    test(`${path}: chart text is at least ${needed.fontPx}px as shown, on a 375px and a 320px phone`, async ({ page }) => {
      await page.goto(path);
      for (const width of widths) {
        await page.setViewportSize({ width, height: 700 });
        expect(fontSizeProblems(`${path} at ${width}px`, await page.evaluate(snapshotCharts)), `${path} on a ${width}px phone`).toEqual([]);
      }
    });
  }
});

// ——— Print ———

/** What print.css's A4 page leaves for the page's content: 210 mm less two 15 mm margins, in CSS px. */
const printWidth = Math.floor(((210 - 2 * 15) / 25.4) * 96);

/** Words of the on-screen controls: none may reach paper. */
const controlTexts = ['Show prices in', 'Show trade', 'Embed this chart', 'Copy embed code', 'Skip to content', 'Your assumptions', 'Reset to the defaults', 'Link to this view', 'Data table', 'Notes and sources'];

/** Controls that must not print (they may be absent from a page). */
const controlSelectors = [
  '.skip-link',
  '.site-header nav',
  'chart-frame fieldset',
  'chart-frame .copy-button',
  'chart-frame .chart-embed',
  'details.chart-table > summary',
  'details.chart-about > summary',
  '.model-controls',
];

interface PrintedFrame {
  slug: string;
  title: string;
  sourceLine: string | null;
  drawn: number;
  /** The texts of the drawing(s) shown, topmost first. */
  drawingTexts: string[];
  caption: string;
  rows: number;
  /** The credit line under the drawing, as printed (the default view's, for a switched chart). */
  credit: string;
  /** A short table's caption and its rows (each row's cells, in order), which print on one sheet; empty for a longer table, which may run on. */
  wholeTable: string[];
}

interface PrintLayout {
  frames: PrintedFrame[];
  headings: string[];
  /** Web addresses of the links in chart sources and bylines. */
  addresses: string[];
  /** Links that are not black and underlined. */
  plainLinks: string[];
  /** Elements that content-visibility could leave blank. */
  skipped: string[];
  /** Controls that would print. */
  controls: string[];
}

/** Runs in the page: how it is laid out for print (call under print media). Self-contained. */
function printLayout(controlSelectors: string[]): PrintLayout {
  const rendered = (element: Element) => element.getClientRects().length > 0 && getComputedStyle(element).visibility !== 'hidden';
  const text = (element: Element | null | undefined) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
  const frames = [...document.querySelectorAll('chart-frame')].map((frame) => {
    const drawings = [...frame.querySelectorAll('svg.chart-svg')].filter(rendered);
    const texts = drawings
      .flatMap((svg) => [...svg.querySelectorAll('text, tspan')])
      .filter((element) => rendered(element) && [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim()))
      .map((element) => ({ text: [...element.childNodes].filter((node) => node.nodeType === Node.TEXT_NODE).map((node) => node.textContent).join('').trim(), top: element.getBoundingClientRect().top }))
      .sort((a, b) => a.top - b.top)
      .map((entry) => entry.text);
    const sourceLine = [...frame.querySelectorAll('.embed-source-line, .chart-source-line')].find(rendered);
    return {
      slug: frame.getAttribute('data-slug') ?? '',
      title: text(frame.querySelector('.chart-title')),
      sourceLine: sourceLine ? text(sourceLine) : null,
      drawn: drawings.length,
      drawingTexts: texts,
      caption: text(frame.querySelector('.chart-table caption')),
      rows: [...frame.querySelectorAll('.chart-table tbody tr')].filter(rendered).length,
      credit: (frame.querySelector<HTMLElement>('.chart-credit')?.innerText ?? '').replace(/\s+/g, ' ').trim(),
      wholeTable: [...frame.querySelectorAll('.chart-table table[data-print-whole]')].flatMap((table) => [text(table.querySelector('caption')), ...[...table.querySelectorAll<HTMLTableRowElement>('tbody tr')].map((row) => [...row.cells].map((cell) => text(cell)).join(' '))]),
    };
  });
  const links = [...document.querySelectorAll('a[href]')].filter(rendered);
  return {
    frames,
    headings: [...document.querySelectorAll('h1, h2, h3')].filter(rendered).map((heading) => text(heading)),
    addresses: links.filter((link) => /^https?:/.test(link.getAttribute('href')!) && link.closest('.chart-sources, .byline')).map((link) => link.getAttribute('href')!),
    plainLinks: links
      .filter((link) => {
        const style = getComputedStyle(link);
        return style.color !== 'rgb(0, 0, 0)' || !style.textDecorationLine.includes('underline');
      })
      .map((link) => `"${text(link)}" (${getComputedStyle(link).color}, ${getComputedStyle(link).textDecorationLine})`),
    skipped: [...document.querySelectorAll('*')]
      .filter((element) => getComputedStyle(element).contentVisibility !== 'visible')
      .map((element) => `${element.tagName.toLowerCase()}.${element.className} (content-visibility: ${getComputedStyle(element).contentVisibility})`),
    controls: controlSelectors.flatMap((selector) => [...document.querySelectorAll(selector)].filter(rendered).map(() => selector)),
  };
}

/** The text of each chart's shown drawing, by slug. */
async function drawnTexts(page: Page): Promise<Record<string, string[]>> {
  const layout = await page.evaluate(printLayout, controlSelectors);
  return Object.fromEntries(layout.frames.map((frame) => [frame.slug, frame.drawingTexts]));
}

/** The least a sheet other than the last may be filled, down to its lowest line: a chart kept whole used to jump to the next sheet and leave the one before it half blank. */
const leastSheetFill = 0.6;
/** print.css's @page margin. */
const printMarginMm = 15;
const isStory = (path: string) => path.startsWith('stories/');
/** The pages of several sheets whose fill is checked: the stories and the landing page. */
const isLongRead = (path: string) => isStory(path) || path === 'index.html';
const percent = (fill: number) => `${Math.round(fill * 100)}%`;

/** Every sheet but the last filled to at least `leastSheetFill`. */
function sheetFillProblems(path: string, fills: number[]): string[] {
  return fills.slice(0, -1).flatMap((fill, index) => (fill < leastSheetFill ? [`${path}: sheet ${index + 1} of ${fills.length} is filled to ${percent(fill)} (sheets: ${fills.map(percent).join(', ')})`] : []));
}

/** A short table's caption and rows on one sheet: a table of a few rows split over two sheets was hard to read. */
function splitTableProblems(path: string, frames: PrintedFrame[], pages: string[]): string[] {
  return frames.flatMap((frame) => {
    if (frame.wholeTable.length === 0) return [];
    const parts = frame.wholeTable.map(squeeze);
    const on = (part: string) => pages.flatMap((pageText, index) => (pageText.includes(part) ? [index + 1] : []));
    return pages.some((pageText) => parts.every((part) => pageText.includes(part))) ? [] : [`${path} › ${frame.slug}: its short table (${parts.length - 1} rows) is split: caption on sheet ${on(parts[0]!).join('/')}, last row on sheet ${on(parts.at(-1)!).join('/')}`];
  });
}

/** The footer on one sheet: its last line once printed alone, on a sheet of its own (Letter). */
function splitFooterProblems(path: string, footers: string[], pages: string[]): string[] {
  return footers.flatMap((footer) => (pages.some((pageText) => pageText.includes(squeeze(footer))) ? [] : [`${path}: the footer "${footer.slice(0, 40)}…" is split across sheets`]));
}

/**
 * No sheet ends with a rule: a chart's top rule belongs above its title, and the key facts' above
 * the facts. A rule with nothing printed below it on its sheet was left behind by what it heads.
 */
async function strandedRuleProblems(path: string, pdf: Uint8Array): Promise<string[]> {
  const rules = await pdfPageRules(pdf, printMarginMm);
  const texts = await pdfPageTexts(pdf);
  return rules.flatMap((onSheet, index) =>
    onSheet
      .filter((rule) => !rule.textBelow)
      .map((rule) => `${path}: sheet ${index + 1} of ${rules.length} ends with a rule (${percent(rule.at)} down), nothing printed below it; the next sheet opens "${(texts[index + 1] ?? '').replace(/\s+/g, ' ').trim().slice(0, 60)}"`),
  );
}

/**
 * The page, set in its web fonts (scripts/web-faces.mjs: its faces are `font-display: optional`,
 * and CI once printed the landing page in the fallback faces, its faces reported "loaded" all the
 * same). Sheet fills depend on the face. The describe blocks that call this bypass the page's
 * Content-Security-Policy, which hashes the style rewritten there.
 */
async function openWithWebFonts(page: Page, path: string): Promise<void> {
  await blockForWebFaces(page);
  await page.goto(path);
  const faces = await page.evaluate(async () => {
    await document.fonts.ready;
    // The site's own faces, not the metric-matched local() stand-ins declared beside them.
    return [...document.fonts].filter((face) => !/fallback/i.test(face.family)).map((face) => `${face.family} ${face.weight}: ${face.status}`);
  });
  expect(faces.length, 'web fonts on the page').toBeGreaterThan(0);
  expect(faces.filter((face) => !face.endsWith(': loaded')), 'web fonts not loaded').toEqual([]);
}

/** The same labels, whatever their order: two labels a fraction of a pixel apart may swap places as the page scrolls. */
const sameLabels = (a: string[] = [], b: string[] = []) => JSON.stringify([...a].sort()) === JSON.stringify([...b].sort());

test.describe('printed', () => {
  // openWithWebFonts rewrites the page's inline styles, which its Content-Security-Policy hashes.
  test.use({ bypassCSP: true });
  for (const path of chartPages) {
    test(`${path}: each chart with its title, drawing, credit and source on one page, its table and addresses printed, no controls, no blank page, no rule left at a sheet's foot, a short table on one sheet${isLongRead(path) ? `, every sheet but the last at least ${leastSheetFill * 100}% filled` : ''}`, async ({ page }) => {
      test.slow(); // a long page to print and read back
      await page.setViewportSize({ width: printWidth, height: 1000 });
      await openWithWebFonts(page, path);

      // A reader who switched a chart to another view still prints its default one.
      await page.emulateMedia({ media: 'print' });
      const defaults = await drawnTexts(page);
      await page.emulateMedia({ media: 'screen' });
      const switches = page.locator('chart-frame fieldset');
      for (let index = 0; index < (await switches.count()); index += 1) await switches.nth(index).locator('input[type="radio"]').last().check();
      const chosen = await drawnTexts(page);
      await page.emulateMedia({ media: 'print' });
      const layout = await page.evaluate(printLayout, controlSelectors);
      const pdf = await page.pdf({ format: 'A4' });
      const pages = (await pdfPageTexts(pdf)).map(squeeze);
      const whole = pages.join('');
      const problems: string[] = [];
      const pagesWith = (text: string) => pages.flatMap((pageText, index) => (pageText.includes(squeeze(text)) ? [index] : []));

      pages.forEach((pageText, index) => {
        if (pageText.length === 0) problems.push(`${path}: PDF page ${index + 1} of ${pages.length} is blank`);
      });
      if (isLongRead(path)) problems.push(...sheetFillProblems(path, await pdfPageFills(pdf, printMarginMm)));
      problems.push(...(await strandedRuleProblems(path, pdf)), ...splitTableProblems(path, layout.frames, pages));
      for (const control of controlTexts) {
        const on = pagesWith(control);
        if (on.length > 0) problems.push(`${path}: the control text "${control}" is printed, on PDF page ${on.map((index) => index + 1).join(', ')}`);
      }
      for (const selector of new Set(layout.controls)) problems.push(`${path}: ${selector} is laid out in print`);
      for (const element of layout.skipped) problems.push(`${path}: ${element} in print`);
      if (layout.plainLinks.length > 0) problems.push(`${path}: ${layout.plainLinks.length} links print in colour or without underline: ${layout.plainLinks.slice(0, 5).join('; ')}`);
      for (const address of new Set(layout.addresses)) {
        if (!whole.includes(squeeze(address))) problems.push(`${path}: the source address ${address} is not printed`);
      }

      for (const frame of layout.frames) {
        const at = `${path} › ${frame.slug}`;
        if (frame.drawn !== 1) problems.push(`${at}: ${frame.drawn} drawings print, not one`);
        if (!sameLabels(frame.drawingTexts, defaults[frame.slug])) {
          const switched = sameLabels(chosen[frame.slug], frame.drawingTexts);
          problems.push(`${at}: prints ${switched ? 'the view chosen on screen' : 'a drawing'}, not the default view`);
        }

        const titlePages = pagesWith(frame.title);
        if (titlePages.length === 0) {
          problems.push(`${at}: the title "${frame.title}" is on no single PDF page`);
          continue;
        }
        const onTitlePage = (text: string) => titlePages.some((index) => pages[index]!.includes(squeeze(text)));
        const shown = (indexes: number[]) => (indexes.length ? `PDF page ${indexes.map((index) => index + 1).join(', ')}` : 'no single PDF page');
        if (frame.sourceLine !== null) {
          if (!onTitlePage(frame.sourceLine)) problems.push(`${at}: the title is on ${shown(titlePages)} but the source line "${frame.sourceLine}" on ${shown(pagesWith(frame.sourceLine))}`);
        }
        if (frame.credit === '') problems.push(`${at}: no credit line prints`);
        else if (!onTitlePage(frame.credit)) problems.push(`${at}: the title is on ${shown(titlePages)} but the credit "${frame.credit}" on ${shown(pagesWith(frame.credit))}`);
        // With no source line of its own, the whole drawing (its top and bottom labels) goes with the title.
        const labels = frame.drawingTexts.filter((label) => squeeze(label).length >= 3);
        for (const label of new Set([labels[0], labels.at(-1)])) {
          if (label !== undefined && !onTitlePage(label)) problems.push(`${at}: the title is on ${shown(titlePages)} but the drawing's label "${label}" on ${shown(pagesWith(label))}`);
        }
        if (labels.length === 0) problems.push(`${at}: the printed drawing has no text`);
        if (frame.rows === 0 || !whole.includes(squeeze(frame.caption))) problems.push(`${at}: the data table "${frame.caption}" is not printed (${frame.rows} rows laid out)`);
      }

      problems.push(...splitFooterProblems(path, await page.locator('.site-footer').allInnerTexts(), pages));

      // A heading must have something after it on its page, unless the document ends there.
      for (const heading of layout.headings) {
        const key = squeeze(heading);
        pages.forEach((pageText, index) => {
          const at = pageText.lastIndexOf(key);
          if (at >= 0 && at + key.length === pageText.length && index < pages.length - 1) problems.push(`${path}: the heading "${heading}" is the last thing on PDF page ${index + 1}`);
        });
      }
      expect(problems, `${path} printed (${pages.length} A4 pages)`).toEqual([]);
    });
  }
});

// A4 is checked with everything else above; Letter's taller, narrower sheet breaks elsewhere.
test.describe('printed on Letter', () => {
  test.use({ bypassCSP: true }); // as above
  for (const path of chartPages.filter(isLongRead)) {
    test(`${path}: every sheet but the last at least ${leastSheetFill * 100}% filled, each chart's title, drawing and credit on one sheet, no rule left at a sheet's foot, a short table on one sheet`, async ({ page }) => {
      test.slow(); // a long page to print and read back
      await page.setViewportSize({ width: printWidth, height: 1000 });
      await openWithWebFonts(page, path);
      await page.emulateMedia({ media: 'print' });
      const layout = await page.evaluate(printLayout, controlSelectors);
      const pdf = await page.pdf({ format: 'Letter' });
      const pages = (await pdfPageTexts(pdf)).map(squeeze);
      const problems = [
        ...sheetFillProblems(path, await pdfPageFills(pdf, printMarginMm)),
        ...(await strandedRuleProblems(path, pdf)),
        ...splitTableProblems(path, layout.frames, pages),
        ...splitFooterProblems(path, await page.locator('.site-footer').allInnerTexts(), pages),
      ];
      for (const frame of layout.frames) {
        const parts = [frame.title, ...new Set([frame.drawingTexts.find((label) => squeeze(label).length >= 3), frame.drawingTexts.findLast((label) => squeeze(label).length >= 3)]), frame.credit];
        const together = pages.some((pageText) => parts.every((part) => part !== undefined && pageText.includes(squeeze(part))));
        if (!together || frame.credit === '') problems.push(`${path} › ${frame.slug}: its title, drawing and credit ("${frame.credit}") are not on one sheet`);
      }
      expect(problems, `${path} printed on Letter`).toEqual([]);
    });
  }
});
