/**
 * The label check that cannot be fooled: every chart's embed, in every state a reader can put it
 * in (each switch option; the model at its defaults, at each slider's extremes and with every
 * slider at the end that raises the day rate most), at 320, 375, 640, 1024 and 1280 px, with
 * text at 100% and at 200% (browser zoom, as the layout sees it: a window half as wide, pixels
 * twice as dense; chart text is drawn in px, so zoom is how a reader makes it bigger), measured
 * in the browser:
 *
 * - no two SVG text boxes overlap (each line of a multi-line text is its own box);
 * - no text crosses a mark it does not label: a mark is any painted shape (rect, circle, line,
 *   path…) that is not a gridline (Plot's `*-grid`, or a `*-grid` class); opaque filled shapes
 *   count by their area (with the outer half of any outline), translucent ones (fill-opacity under 0.5: a band behind the plot) by
 *   their edges (a text wholly inside is on the band, not across it), outlines and lines by their
 *   painted path, sampled every 2 px. A `<use>` (the map's shared coasts and borders) is measured
 *   by the shapes it draws, as it paints them, and only where its viewport (a nested `<svg>`)
 *   shows them. A text may lie on
 *   the marks it names in `data-labels` (ids, space-separated), matched by a mark's `data-mark`.
 *   A map's ground (a shape marked `data-ground`: land, water) counts by its outline only;
 * - no text lies outside its drawing.
 *
 * Each drawing shown is measured in one page.evaluate, on one page per zoom that is loaded once and
 * resized for each width (that page is the worker's for its zoom, reused from chart to chart:
 * ./shared-page). It prints a count per chart and fails on any, listing every problem.
 */
import { test as guarded, expect } from './fixtures';
import type { Page } from '@playwright/test';
import { chartSlugs } from './charts';
import { reusePage, type SharedPage } from './shared-page';

const widths = [320, 375, 640, 1024, 1280];
const zooms = [1, 2];

/** One page per zoom for the worker, reused by its next chart (opening one cost more than measuring). */
const test = guarded.extend<object, { pagesByZoom: SharedPage[] }>({
  pagesByZoom: [
    async ({}, use) => {
      const slots: SharedPage[] = zooms.map(() => ({ key: '', page: null }));
      await use(slots);
      for (const slot of slots) await slot.page?.context().close();
    },
    { scope: 'worker' },
  ],
});

/**
 * Loads a page until its chart text is drawn in the site's own face. The faces are
 * `font-display: optional`: on a busy machine a face can miss its first 100 ms, and the page then
 * keeps the fallback for its lifetime, with other widths than the ones labels were placed for (a
 * country's name then crept 1 px onto the map's province). Which face drew a text is the
 * browser's own answer (DevTools' platform fonts), not a guess from widths.
 */
async function loadWithSiteFace(page: Page, url: string) {
  const session = await page.context().newCDPSession(page);
  try {
    for (let attempt = 1; ; attempt += 1) {
      await page.goto(url);
      await page.evaluate(() => document.fonts.ready);
      await session.send('DOM.enable');
      await session.send('CSS.enable');
      // A text of the drawing on show (the others are display: none, and so drawn in no face).
      await page.evaluate(() => Array.from(document.querySelectorAll('svg.chart-svg text')).find((text) => text.getClientRects().length > 0)?.setAttribute('data-face-probe', ''));
      const { root } = await session.send('DOM.getDocument', { depth: 0 });
      const { nodeId } = await session.send('DOM.querySelector', { nodeId: root.nodeId, selector: '[data-face-probe]' });
      const { fonts } = await session.send('CSS.getPlatformFontsForNode', { nodeId });
      await page.evaluate(() => document.querySelector('[data-face-probe]')?.removeAttribute('data-face-probe'));
      const families = fonts.map((font) => font.familyName);
      if (families.some((family) => family.startsWith('Source Sans'))) return;
      if (attempt === 8) throw new Error(`${url}: chart text still drawn in ${families.join(', ')} after ${attempt} loads, not the site's face`);
    }
  } finally {
    await session.detach();
  }
}

/** The model's settings, as its address writes them: defaults, each slider's two ends, and the steepest corner. */
const modelStates = ['', 'caught=0', 'caught=100', 'bribe=0', 'bribe=10000', 'days=1', 'days=30', 'caught=100&bribe=10000&days=1'];

/** Puts the model in a state through its sliders, as a reader would (no reload): the defaults, then the state's settings. */
function setSliders(query: string) {
  const settings = new URLSearchParams(query);
  for (const input of Array.from(document.querySelectorAll<HTMLInputElement>('risk-model input[data-param]'))) {
    const value = settings.get(input.dataset['param']!) ?? input.defaultValue;
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }
}

interface Problem {
  kind: 'overlap' | 'crossing' | 'outside' | 'dangling';
  text: string;
  other?: string;
}

/**
 * Runs in the page: every visible chart drawing, measured, unless the drawings shown (each one's
 * layout and width) were measured already in this state: 1024 and 1280 px often show the same
 * drawing at the same size. One call per width, so a state costs one round trip a width.
 */
function measure(seen: string[]): { drawn: string; problems: Problem[] | null } {
  const visible = Array.from(document.querySelectorAll<SVGSVGElement>('svg.chart-svg')).filter((svg) => svg.getBoundingClientRect().width > 0 && getComputedStyle(svg).display !== 'none');
  const drawn = visible.map((svg) => `${svg.getAttribute('data-layout')}@${svg.getBoundingClientRect().width}`).join();
  if (seen.includes(drawn)) return { drawn, problems: null };
  const tolerance = 1;
  const problems: Problem[] = [];
  type Rect = { left: number; right: number; top: number; bottom: number };
  const intersects = (a: Rect, b: Rect, slack = tolerance) =>
    Math.min(a.right, b.right) - Math.max(a.left, b.left) > slack && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > slack;
  const inside = (x: number, y: number, r: Rect) => x > r.left + tolerance && x < r.right - tolerance && y > r.top + tolerance && y < r.bottom - tolerance;
  const transparent = (value: string) => value === 'none' || value === 'transparent' || /rgba\([^)]*,\s*0\)$/.test(value);
  const hiddenCache = new Map<Element, boolean>();
  const hidden = (element: Element | null): boolean => {
    if (!element || element.tagName.toLowerCase() === 'svg') return false;
    const known = hiddenCache.get(element);
    if (known !== undefined) return known;
    const style = getComputedStyle(element);
    const result = style.display === 'none' || style.visibility === 'hidden' || Number(style.opacity) === 0 || hidden(element.parentElement);
    hiddenCache.set(element, result);
    return result;
  };
  const isGrid = (element: Element) => !!element.closest('[data-plot$="grid"], [class*="grid"]');
  const name = (element: Element) => (element.textContent ?? '').trim().slice(0, 40) || `<${element.tagName.toLowerCase()}>`;
  const markName = (element: Element) =>
    `<${element.tagName.toLowerCase()}${element.getAttribute('data-mark') ? ` data-mark="${element.getAttribute('data-mark')}"` : ''}${element.getAttribute('data-figure') ? ` data-figure="${element.getAttribute('data-figure')}"` : ''}${element.getAttribute('class') ? ` class="${element.getAttribute('class')}"` : ''}${element.getAttribute('stroke') ? ` stroke="${element.getAttribute('stroke')}"` : ''}${element.getAttribute('href') ? ` href="${element.getAttribute('href')}"` : ''}>`;

  for (const svg of visible) {
    const frame = svg.getBoundingClientRect();
    const where = (svg.getAttribute('data-layout') ?? '') + ' ';

    // Text: a box per line.
    const texts = Array.from(svg.querySelectorAll('text')).filter((text) => (text.textContent ?? '').trim() !== '' && !hidden(text) && !transparent(getComputedStyle(text).fill));
    const lines = texts.flatMap((text) => {
      const spans = Array.from(text.querySelectorAll('tspan')).filter((span) => (span.textContent ?? '').trim() !== '');
      const labels = new Set((text.closest('[data-labels]')?.getAttribute('data-labels') ?? '').split(/\s+/).filter(Boolean));
      return (spans.length ? spans : [text]).map((line) => ({ text, labels, name: name(line), box: line.getBoundingClientRect() as Rect }));
    });

    for (const line of lines) {
      if (line.box.left < frame.left - tolerance || line.box.right > frame.right + tolerance || line.box.top < frame.top - tolerance || line.box.bottom > frame.bottom + tolerance) {
        problems.push({ kind: 'outside', text: where + line.name });
      }
    }
    for (let i = 0; i < lines.length; i += 1) {
      for (let j = i + 1; j < lines.length; j += 1) {
        const [a, b] = [lines[i]!, lines[j]!];
        if (a.text !== b.text && intersects(a.box, b.box)) problems.push({ kind: 'overlap', text: where + a.name, other: b.name });
      }
    }

    // Marks: painted shapes, by area when filled, by their path when only stroked.
    const shapes = Array.from(svg.querySelectorAll<SVGGraphicsElement>('rect, circle, ellipse, line, path, polygon, polyline, use')).filter((shape) => !hidden(shape) && !isGrid(shape) && !shape.closest('text, clipPath, defs, marker, mask'));
    for (const shape of shapes) {
      // A <use> draws the shapes it refers to (the map's shared coasts), painted as the <use> says.
      const used = shape instanceof SVGUseElement ? document.getElementById((shape.getAttribute('href') ?? shape.getAttribute('xlink:href') ?? '').slice(1)) : null;
      if (shape instanceof SVGUseElement && !used) {
        problems.push({ kind: 'dangling', text: where + `<use href="${shape.getAttribute('href')}">` });
        continue;
      }
      const geometry: SVGGeometryElement[] = !used ? [shape as SVGGeometryElement] : used instanceof SVGGeometryElement ? [used] : Array.from(used.querySelectorAll<SVGGeometryElement>('rect, circle, ellipse, line, path, polygon, polyline'));
      // What a nested <svg> between the shape and the drawing (a map panel's viewport) clips it to, on screen.
      let clip: Rect | undefined;
      for (let viewport = shape.parentElement?.closest('svg'); viewport && viewport !== svg; viewport = viewport.parentElement?.closest('svg')) {
        const outer = (viewport.parentElement as unknown as SVGGraphicsElement).getScreenCTM();
        if (!outer) continue;
        const nested = viewport as SVGSVGElement;
        const [a, b] = [new DOMPoint(nested.x.baseVal.value, nested.y.baseVal.value), new DOMPoint(nested.x.baseVal.value + nested.width.baseVal.value, nested.y.baseVal.value + nested.height.baseVal.value)].map((point) => point.matrixTransform(outer));
        const box = { left: Math.min(a!.x, b!.x), right: Math.max(a!.x, b!.x), top: Math.min(a!.y, b!.y), bottom: Math.max(a!.y, b!.y) };
        clip = clip ? { left: Math.max(clip.left, box.left), right: Math.min(clip.right, box.right), top: Math.max(clip.top, box.top), bottom: Math.min(clip.bottom, box.bottom) } : box;
      }
      const shown = (x: number, y: number) => !clip || (x >= clip.left && x <= clip.right && y >= clip.top && y <= clip.bottom);
      const style = getComputedStyle(shape);
      // A map's ground (land, water: data-ground) is what its labels are written on, as a page is
      // under its text: its fill is no mark, but its outline (a coast, a border between countries)
      // is a line like any other, and labels must keep off it.
      const ground = shape.hasAttribute('data-ground');
      const filled = !ground && !transparent(style.fill) && Number(style.fillOpacity) > 0 && shape.tagName !== 'line' && shape.tagName !== 'polyline';
      const stroked = !transparent(style.stroke) && Number(style.strokeOpacity) > 0 && parseFloat(style.strokeWidth) > 0;
      if (!filled && !stroked) continue;
      const id = shape.closest('[data-mark]')?.getAttribute('data-mark');
      // A filled shape's area with its outline's outer half (a dot's paper-coloured edge paints over text too).
      let box: Rect = shape.getBoundingClientRect();
      if (used) {
        // The shapes a <use> draws, placed where it draws them.
        const matrix = shape.getScreenCTM()!.translate((shape as SVGUseElement).x.baseVal.value, (shape as SVGUseElement).y.baseVal.value);
        const corners = geometry.flatMap((element) => {
          const { x, y, width, height } = element.getBBox();
          return [new DOMPoint(x, y), new DOMPoint(x + width, y), new DOMPoint(x, y + height), new DOMPoint(x + width, y + height)].map((point) => point.matrixTransform(matrix));
        });
        box = { left: Math.min(...corners.map((point) => point.x)), right: Math.max(...corners.map((point) => point.x)), top: Math.min(...corners.map((point) => point.y)), bottom: Math.max(...corners.map((point) => point.y)) };
      }
      if (clip) {
        box = { left: Math.max(box.left, clip.left), right: Math.min(box.right, clip.right), top: Math.max(box.top, clip.top), bottom: Math.min(box.bottom, clip.bottom) };
        // Wholly outside its viewport: not drawn.
        if (box.right < box.left || box.bottom < box.top) continue;
      }
      // Screen px per user unit: the drawing's scale, or for a <use> its own (its viewport scales it).
      const unit = used ? Math.hypot(shape.getScreenCTM()!.a, shape.getScreenCTM()!.b) : frame.width / (svg.viewBox.baseVal?.width || frame.width);
      const edge = filled && stroked ? (parseFloat(style.strokeWidth) / 2) * unit : 0;
      const extent: Rect = { left: box.left - edge, right: box.right + edge, top: box.top - edge, bottom: box.bottom + edge };
      const grown = { left: extent.left - 2, right: extent.right + 2, top: extent.top - 2, bottom: extent.bottom + 2 };
      const near = lines.filter((line) => !(id && line.labels.has(id)) && intersects(line.box, grown, 0));
      if (near.length === 0) continue;
      let hits: (box: Rect) => boolean;
      // A translucent area (a band behind the plot) is crossed where a text straddles its edge; an opaque one wherever a text touches it.
      const translucent = filled && Number(style.fillOpacity) * Number(style.opacity) < 0.5;
      const within = (box: Rect) => box.left >= extent.left && box.right <= extent.right && box.top >= extent.top && box.bottom <= extent.bottom;
      if (filled) hits = (box) => intersects(box, extent) && !(translucent && within(box) && !stroked);
      else {
        const matrix = shape.getScreenCTM();
        if (!matrix) continue;
        const toScreen = (x: number, y: number) => new DOMPoint(x, y).matrixTransform(matrix);
        let samples: DOMPoint[];
        if (shape instanceof SVGLineElement) {
          const [a, b] = [toScreen(shape.x1.baseVal.value, shape.y1.baseVal.value), toScreen(shape.x2.baseVal.value, shape.y2.baseVal.value)];
          const count = Math.max(2, Math.ceil(Math.hypot(b.x - a.x, b.y - a.y) / 2));
          samples = Array.from({ length: count + 1 }, (_, k) => new DOMPoint(a.x + ((b.x - a.x) * k) / count, a.y + ((b.y - a.y) * k) / count));
        } else if (used) {
          // Every 2 px on screen, however far the <use> scales its shapes.
          const drawn = matrix.translate((shape as SVGUseElement).x.baseVal.value, (shape as SVGUseElement).y.baseVal.value);
          const scale = Math.hypot(drawn.a, drawn.b);
          samples = geometry.flatMap((element) => {
            const length = element.getTotalLength();
            const count = Math.min(20_000, Math.max(2, Math.ceil((length * scale) / 2)));
            return Array.from({ length: count + 1 }, (_, k) => element.getPointAtLength((length * k) / count).matrixTransform(drawn));
          });
        } else {
          const path = shape as SVGGeometryElement;
          const length = path.getTotalLength();
          const count = Math.min(1000, Math.max(2, Math.ceil(length / 2)));
          samples = Array.from({ length: count + 1 }, (_, k) => {
            const point = path.getPointAtLength((length * k) / count);
            return toScreen(point.x, point.y);
          });
        }
        samples = samples.filter((point) => shown(point.x, point.y));
        hits = (box) => samples.some((point) => inside(point.x, point.y, box));
      }
      for (const line of near) if (hits(line.box)) problems.push({ kind: 'crossing', text: where + line.name, other: markName(shape) });
    }
  }
  return { drawn, problems };
}

/** The states a reader can put a chart in: the model's settings, or each option of its switch. */
async function statesOf(page: Page, slug: string): Promise<{ name: string; variant?: string; sliders?: string }[]> {
  if (slug === 'risk-model') return modelStates.map((query) => ({ name: query || 'defaults', sliders: query }));
  const variants = await page.locator('fieldset.chart-switch input[type="radio"]').evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
  return variants.length ? variants.map((variant) => ({ name: variant, variant })) : [{ name: 'only' }];
}

test.describe.configure({ mode: 'parallel' });


// No trace: a trace snapshots the whole page at every step, and these pages are measured hundreds
// of times (it made this check several times slower); a failure prints every problem it found.
test.use({ trace: 'off' });

for (const slug of chartSlugs) {
  test(`${slug}: no chart text overlaps other text, crosses a mark it does not label, or leaves its drawing`, async ({ browser, pagesByZoom, baseURL }) => {
    test.setTimeout(120_000);
    const found: string[] = [];
    let measured = 0;
    // One page per zoom, loaded once: every state is set on it as a reader would, and every width
    // is a resize. The two zooms are measured side by side.
    const measureAt = async (zoom: number) => {
      const viewport = { width: Math.round(widths[0]! / zoom), height: 800 };
      const page = await reusePage(browser, pagesByZoom[zooms.indexOf(zoom)]!, { baseURL, viewport, deviceScaleFactor: zoom, locale: 'en-GB', timezoneId: 'UTC' });
      await loadWithSiteFace(page, `embed/${slug}.html`);
      for (const state of await statesOf(page, slug)) {
        if (state.sliders !== undefined) {
          await page.evaluate(setSliders, state.sliders);
          // Drawn from the sliders, not the build: the address says so once the model has redrawn.
          if (state.sliders) await expect(page).toHaveURL(new RegExp(state.sliders.replace(/&/g, '.*')));
        }
        if (state.variant) await page.locator(`fieldset.chart-switch input[type="radio"][value="${state.variant}"]`).check();
        const seen: string[] = [];
        for (const width of widths) {
          await page.setViewportSize({ width: Math.round(width / zoom), height: 800 });
          const { drawn, problems } = await page.evaluate(measure, seen);
          if (!problems) continue;
          seen.push(drawn);
          measured += 1;
          for (const problem of problems) found.push(`${state.name} at ${width}px, text ${zoom * 100}%: ${problem.kind} "${problem.text}"${problem.other ? ` × ${problem.other}` : ''}`);
        }
      }
    };
    await Promise.all(zooms.map(measureAt));
    found.sort();
    console.log(`labels: ${slug}: ${found.length} problem(s) in ${measured} drawings measured`);
    expect(measured).toBeGreaterThan(0);
    expect(found, `${slug}: ${found.length} label problem(s)`).toEqual([]);
  });
}
