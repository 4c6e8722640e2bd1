/**
 * Helpers every chart shares, in the build and in the browser alike: making a mark's elements
 * focusable and labelled, and the final clean-up that makes Plot's SVG accessible and safe under
 * the site's Content-Security-Policy. (Build-time drawing is in build-time.ts: it needs linkedom,
 * which a page's script must never carry.)
 */
import type { RenderFunction } from '@observablehq/plot';
import { creator, select, type Selection } from 'd3-selection';
import { minimumTextSize, type DrawingLayout } from './layouts';

export interface MarkDescription {
  /** The figure the element shows; the frame finds its quote by this id. */
  figureId: string;
  /** What a screen reader announces and the tooltip headline: "Per day, 2019 (inferred): 200 yuan". */
  label: string;
  /**
   * id of the frame's source entry for the figure (`ids.source(…)`), written as `data-source`: the
   * chart frame shows that entry's quote, citation or derivation when the mark is hovered or
   * focused, and hands it to a screen reader on Enter. Not an aria-describedby: the entry lives in
   * the closed "Notes and sources" disclosure, which browsers do not expose.
   */
  describedBy?: string;
  /**
   * The mark's group for the arrow keys (a row, a series, an arrow of a diagram): ↑ and ↓ move
   * between groups. Without it, the marks drawn by one Plot mark or in one SVG group are a group.
   */
  group?: string;
}

/**
 * Makes one element a keyboard stop with a name, the id of its source entry, and a
 * `data-figure` that the chart frame's script uses to show the quote behind it. Plot marks get
 * this through `focusableMarks`; charts drawn with d3 call it on each mark they append.
 */
export function makeFocusableMark(element: Element, { figureId, label, describedBy, group }: MarkDescription): void {
  element.setAttribute('tabindex', '0');
  element.setAttribute('role', 'img');
  element.setAttribute('aria-label', label);
  if (describedBy) element.setAttribute('data-source', describedBy);
  if (group) element.setAttribute('data-group', group);
  element.setAttribute('data-figure', figureId);
  element.setAttribute('class', 'chart-mark');
}

/** A Plot render transform: each element the mark draws becomes a focusable mark (see makeFocusableMark). */
export function focusableMarks<T>(data: readonly T[], describe: (datum: T) => MarkDescription): RenderFunction {
  return (index, scales, values, dimensions, context, next) => {
    const group = next!(index, scales, values, dimensions, context);
    if (!group) return null;
    const elements = Array.from(group.children);
    index.forEach((dataIndex, position) => {
      const element = elements[position];
      const datum = data[dataIndex];
      if (!element || datum === undefined) return;
      makeFocusableMark(element, describe(datum));
    });
    return group;
  };
}

export interface FinishOptions {
  /**
   * Unused: the chart's title and description are exposed once, as the frame's heading and its
   * text, not again as the drawing's name and description. Kept so callers need not change.
   */
  labelledBy?: string;
  describedBy?: string;
  /** Which of the page's drawings this is; the frame's CSS shows the one that fits. */
  layout?: DrawingLayout;
}

/**
 * Plot's own output is not quite right for this site, so this tidies it:
 * - Plot labels its <g> groups with aria-label, which is prohibited on a role-less <g> (axe:
 *   aria-prohibited-attr); axes and decorations become aria-hidden instead, leaving the
 *   focusable marks as the only things a screen reader meets inside the chart;
 * - Plot adds a <style> element and inline style attributes, which the CSP would block; the
 *   site's stylesheet styles `.chart-svg` instead;
 * - the svg becomes a group (not role="img", whose children are presentational and so could not
 *   hold focusable marks), with no name or description of its own: the frame's heading and
 *   description say them once.
 */
export function finishSvg(svg: SVGSVGElement, { layout }: FinishOptions = {}): string {
  for (const style of Array.from(svg.querySelectorAll('style'))) style.remove();
  for (const element of [svg, ...Array.from(svg.querySelectorAll('[style]'))]) element.removeAttribute('style');
  for (const group of Array.from(svg.querySelectorAll('g[aria-label]'))) {
    group.setAttribute('data-plot', group.getAttribute('aria-label') ?? '');
    group.removeAttribute('aria-label');
    if (!group.querySelector('.chart-mark')) group.setAttribute('aria-hidden', 'true');
  }
  svg.removeAttribute('aria-label');
  // The size the page's CSS gives chart text, stated on the drawing too, so it reads the same alone.
  svg.setAttribute('font-size', String(minimumTextSize));
  svg.setAttribute('class', 'chart-svg');
  svg.setAttribute('role', 'group');
  if (layout) svg.setAttribute('data-layout', layout);
  roundGeometry(svg);
  return svg.outerHTML;
}

/**
 * The shapes a chart's drawings share (ChartDefinition.shared), tidied like a drawing: an `<svg>`
 * of `<defs>` that takes no room and that assistive technology skips (the drawings that `<use>`
 * its shapes are what a reader meets), its numbers rounded.
 */
export function finishSharedSvg(svg: SVGSVGElement): string {
  for (const element of [svg, ...Array.from(svg.querySelectorAll('[style]'))]) element.removeAttribute('style');
  svg.setAttribute('class', 'chart-shared');
  svg.setAttribute('width', '0');
  svg.setAttribute('height', '0');
  svg.setAttribute('aria-hidden', 'true');
  roundGeometry(svg);
  return svg.outerHTML;
}

/** The attributes whose numbers place and size things, in user units (CSS px at the drawn size). */
const geometryAttributes = ['x', 'y', 'x1', 'x2', 'y1', 'y2', 'cx', 'cy', 'r', 'rx', 'ry', 'dx', 'dy', 'width', 'height', 'd', 'points', 'transform', 'viewBox'];

/** A number written with at most two decimals, without trailing zeros ("193.06981519507187" → "193.07", "-0.001" → "0"). */
export function roundNumber(written: string): string {
  const rounded = Math.round(Number(written) * 100) / 100;
  return String(Object.is(rounded, -0) ? 0 : rounded);
}

/**
 * Scales and layouts leave coordinates like x="193.06981519507187"; a hundredth of a pixel is far
 * below what a screen or printer shows, so each is written to two decimals. The digits past them
 * were a tenth of a story's drawings' bytes, and random digits are what gzip cannot shrink.
 * finishSvg does it, so a drawing the browser redraws (the risk model's) is the same as the build's.
 */
export function roundGeometry(svg: Element): void {
  for (const element of [svg, ...Array.from(svg.querySelectorAll('*'))]) {
    for (const name of geometryAttributes) {
      const value = element.getAttribute(name);
      if (value === null || !/\d\.\d{3}/.test(value)) continue;
      element.setAttribute(name, value.replace(/-?\d*\.\d{3,}(?:e-?\d+)?/g, roundNumber));
    }
  }
}

/**
 * An empty chart SVG of the given size, as a d3 selection: d3.create in the document given
 * (linkedom's at build time, the page's in a browser).
 */
export function createChartSvg(document: Document, width: number, height: number): Selection<SVGSVGElement, unknown, null, undefined> {
  const element = creator('svg').call(document.documentElement) as SVGSVGElement;
  return select(element).attr('xmlns', 'http://www.w3.org/2000/svg').attr('width', width).attr('height', height).attr('viewBox', `0 0 ${width} ${height}`);
}
