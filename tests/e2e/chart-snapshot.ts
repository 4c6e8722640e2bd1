/**
 * What a reader's settings can change about the charts on a page, measured in the browser:
 * every drawn svg in every chart frame with its box, its texts (box, fill, opacity, font size)
 * and its shapes (fill, stroke; a `<use>` is a shape, painted as it says), plus the page's background, focus colour and width. The checks
 * in reader-settings.spec.ts read this plain data; nothing here decides what passes.
 *
 * const snapshot = await page.evaluate(snapshotCharts);
 */

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** One run of text with its own paint: a `text` or a `tspan` with text of its own. */
export interface TextRun {
  text: string;
  /** Index of its `text` element in the svg's `texts`. */
  group: number;
  /** Computed fill, e.g. "rgb(27, 27, 31)" or "none". */
  fill: string;
  /** fill-opacity × the opacity of the element and every ancestor. */
  alpha: number;
  /** Computed font size in CSS px, before the svg's scaling. */
  fontSize: number;
  /** What is right behind the text, when not the page: its halo, or a filled shape it sits on. */
  backdrop: Backdrop | null;
}

export interface Backdrop {
  /** "halo", or the shape's description. */
  what: string;
  /** Computed paint, e.g. "rgb(255, 255, 255)". */
  paint: string;
  alpha: number;
}

/** One `text` element as laid out, tspans and all. */
export interface TextBox {
  text: string;
  box: Box;
}

export interface Shape {
  /** Position among the svg's shapes: the same element under another setting. */
  id: number;
  tag: string;
  /** A short description: tag, class, data attributes. */
  label: string;
  box: Box;
  fill: string;
  stroke: string;
  strokeWidth: number;
  /** fill-opacity (or stroke-opacity) × the opacity of the element and every ancestor. */
  fillAlpha: number;
  strokeAlpha: number;
  /** A hover and focus target (class chart-mark), meant to be invisible until active. */
  isMark: boolean;
}

export interface DrawnSvg {
  /** Position among all svgs in chart frames: the same svg under another setting. */
  index: number;
  slug: string;
  /** "chart" for a chart's drawing (svg.chart-svg), "key" for a legend swatch or other small svg. */
  kind: 'chart' | 'key';
  layout: string | null;
  box: Box;
  viewBoxWidth: number | null;
  texts: TextBox[];
  runs: TextRun[];
  shapes: Shape[];
}

export interface ChartsSnapshot {
  /** The colour behind the page: the body's background, else the root's, else the canvas. */
  background: string;
  /** `--color-focus` as a computed colour. */
  focus: string;
  scrollWidth: number;
  clientWidth: number;
  /** When the page scrolls sideways: the first elements (innermost) that reach past its right edge. */
  overflowing: string[];
  frames: { slug: string; drawn: number }[];
  svgs: DrawnSvg[];
}

/** Runs in the page: keep it self-contained (no imports, no outer names). */
export function snapshotCharts(): ChartsSnapshot {
  const boxOf = (element: Element): Box => {
    const { left, top, right, bottom } = element.getBoundingClientRect();
    return { left, top, right, bottom };
  };
  const isRendered = (element: Element) => {
    const rect = element.getBoundingClientRect();
    return element.getClientRects().length > 0 && rect.width + rect.height > 0 && getComputedStyle(element).visibility !== 'hidden';
  };
  const opacityChain = (element: Element) => {
    let alpha = 1;
    for (let node: Element | null = element; node; node = node.parentElement) alpha *= Number(getComputedStyle(node).opacity);
    return alpha;
  };
  const probe = (property: 'color' | 'backgroundColor', value: string) => {
    const element = document.createElement('div');
    element.style[property] = value;
    document.body.append(element);
    const computed = getComputedStyle(element)[property];
    element.remove();
    return computed;
  };
  const transparent = (colour: string) => colour === 'transparent' || /^rgba\(.*,\s*0\)$/.test(colour);
  const bodyBackground = getComputedStyle(document.body).backgroundColor;
  const rootBackground = getComputedStyle(document.documentElement).backgroundColor;
  const background = !transparent(bodyBackground) ? bodyBackground : !transparent(rootBackground) ? rootBackground : probe('backgroundColor', 'Canvas');

  const describe = (element: Element) => {
    const classes = element.getAttribute('class');
    const data = [...element.attributes].filter((attribute) => attribute.name.startsWith('data-')).map((attribute) => `[${attribute.name}="${attribute.value}"]`);
    return `${element.tagName.toLowerCase()}${classes ? `.${classes.trim().split(/\s+/).join('.')}` : ''}${data.join('')}`;
  };

  // "line in g[data-plot="x-grid"]": the element, and the nearest group that says what it belongs to.
  const labelOf = (shape: Element) => {
    const group = shape.parentElement?.closest('g[class], g[data-plot], g[data-figure], g[data-layer]');
    return group && group.closest('svg') === shape.closest('svg') ? `${describe(shape)} in ${describe(group)}` : describe(shape);
  };
  const paints = (paint: string, alpha: number) => paint !== 'none' && !paint.startsWith('url(') && !transparent(paint) && alpha > 0;
  /**
   * What a text is read against: its halo (a stroke painted under the fill), else the last
   * filled shape drawn before it under its centre, else the page (null).
   */
  /**
   * Whether a shape fills a point on screen; a `<use>` (the map's shared coasts) by the shapes it
   * refers to, placed where it draws them.
   */
  const fillsPoint = (shape: SVGGraphicsElement, point: DOMPoint) => {
    const used = shape instanceof SVGUseElement ? document.getElementById((shape.getAttribute('href') ?? '').slice(1)) : shape;
    const parts = !used ? [] : used instanceof SVGGeometryElement ? [used] : [...used.querySelectorAll<SVGGeometryElement>('path, circle, ellipse, rect, polygon, polyline')];
    const matrix = shape instanceof SVGUseElement ? shape.getScreenCTM()?.translate(shape.x.baseVal.value, shape.y.baseVal.value) : shape.getScreenCTM();
    const toUser = matrix?.inverse();
    return !!toUser && parts.some((part) => part.isPointInFill(point.matrixTransform(toUser)));
  };
  const backdropOf = (run: Element, text: Element, shapes: SVGGraphicsElement[]): Backdrop | null => {
    const style = getComputedStyle(run);
    const strokeAlpha = Number(style.strokeOpacity) * opacityChain(run);
    if (paints(style.stroke, strokeAlpha) && parseFloat(style.strokeWidth) >= 2 && style.paintOrder.startsWith('stroke')) {
      return { what: 'halo', paint: style.stroke, alpha: strokeAlpha };
    }
    const { left, top, width, height } = run.getBoundingClientRect();
    const centre = new DOMPoint(left + width / 2, top + height / 2);
    for (const shape of [...shapes].reverse()) {
      if (!(shape.compareDocumentPosition(text) & Node.DOCUMENT_POSITION_FOLLOWING)) continue;
      const shapeStyle = getComputedStyle(shape);
      const alpha = Number(shapeStyle.fillOpacity) * opacityChain(shape);
      if (!paints(shapeStyle.fill, alpha) || !fillsPoint(shape, centre)) continue;
      return { what: describe(shape), paint: shapeStyle.fill, alpha };
    }
    return null;
  };

  const svgs: DrawnSvg[] = [];
  const frames: { slug: string; drawn: number }[] = [];
  const allSvgs = [...document.querySelectorAll('chart-frame svg')].filter((svg) => !svg.parentElement?.closest('svg'));
  for (const frame of document.querySelectorAll('chart-frame')) {
    const slug = frame.getAttribute('data-slug') ?? '(no slug)';
    let drawn = 0;
    for (const svg of frame.querySelectorAll('svg')) {
      if (svg.parentElement?.closest('svg') || !isRendered(svg)) continue;
      const kind = svg.classList.contains('chart-svg') ? 'chart' : 'key';
      if (kind === 'chart') drawn += 1;
      const textElements = [...svg.querySelectorAll('text')].filter(isRendered);
      const runs: TextRun[] = [];
      const geometry = [...svg.querySelectorAll<SVGGraphicsElement>('path, circle, ellipse, rect, polygon, polyline, use')].filter(
        (shape) => !shape.closest('defs, clipPath, mask, marker, pattern, symbol') && isRendered(shape),
      );
      textElements.forEach((text, group) => {
        for (const run of [text, ...text.querySelectorAll('tspan, textPath')]) {
          const own = [...run.childNodes].filter((node) => node.nodeType === Node.TEXT_NODE).map((node) => node.textContent ?? '').join('').trim();
          if (!own || !isRendered(run)) continue;
          const style = getComputedStyle(run);
          runs.push({
            text: own,
            group,
            fill: style.fill,
            alpha: Number(style.fillOpacity) * opacityChain(run),
            fontSize: parseFloat(style.fontSize),
            backdrop: backdropOf(run, text, geometry),
          });
        }
      });
      // A label's lines are tspans: "Per call / 2019 (inferred)".
      const texts = textElements.map((text, group) => ({
        text: runs.filter((run) => run.group === group).map((run) => run.text).join(' / ') || (text.textContent ?? '').trim(),
        box: boxOf(text),
      }));
      const shapes: Shape[] = [];
      [...svg.querySelectorAll('line, path, circle, ellipse, rect, polygon, polyline, use')].forEach((shape, id) => {
        if (shape.closest('defs, clipPath, mask, marker, pattern, symbol') || !isRendered(shape)) return;
        const style = getComputedStyle(shape);
        const chain = opacityChain(shape);
        shapes.push({
          id,
          tag: shape.tagName.toLowerCase(),
          label: labelOf(shape),
          box: boxOf(shape),
          fill: style.fill,
          stroke: style.stroke,
          strokeWidth: parseFloat(style.strokeWidth),
          fillAlpha: Number(style.fillOpacity) * chain,
          strokeAlpha: Number(style.strokeOpacity) * chain,
          isMark: shape.closest('.chart-mark') !== null,
        });
      });
      const viewBox = svg.viewBox.baseVal;
      svgs.push({
        index: allSvgs.indexOf(svg),
        slug,
        kind,
        layout: svg.getAttribute('data-layout'),
        box: boxOf(svg),
        viewBoxWidth: viewBox && viewBox.width > 0 ? viewBox.width : null,
        texts,
        runs,
        shapes,
      });
    }
    frames.push({ slug, drawn });
  }

  const root = document.documentElement;
  const overflowing: string[] = [];
  if (root.scrollWidth > root.clientWidth) {
    for (const element of document.body.querySelectorAll('*')) {
      if (element.getBoundingClientRect().right <= root.clientWidth + 1) continue;
      if ([...element.children].some((child) => child.getBoundingClientRect().right > root.clientWidth + 1)) continue;
      overflowing.push(`${describe(element)} (right edge at ${Math.round(element.getBoundingClientRect().right)}px)`);
      if (overflowing.length === 5) break;
    }
  }
  return { background, focus: probe('color', 'var(--color-focus)'), scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, overflowing, frames, svgs };
}
