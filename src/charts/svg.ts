/**
 * Helpers every chart shares, in the build and in the browser alike: making a mark's elements
 * focusable and labelled, and the final clean-up that makes Plot's SVG accessible and safe under
 * the site's Content-Security-Policy. (Build-time drawing is in build-time.ts: it needs linkedom,
 * which a page's script must never carry.)
 */
import type { RenderFunction } from '@observablehq/plot';
import { minimumTextSize, type DrawingLayout } from './layouts';

export interface MarkDescription {
  /** The figure the element shows; the frame finds its quote by this id. */
  figureId: string;
  /** What a screen reader announces and the tooltip headline: "Per day, 2019 (inferred): 200 yuan". */
  label: string;
  /** id of the element holding the figure's quote and source, read as the mark's description. */
  describedBy?: string;
}

/**
 * Makes one element a keyboard stop with a name, its source as description, and a
 * `data-figure` that the chart frame's script uses to show the quote behind it. Plot marks get
 * this through `focusableMarks`; charts drawn with d3 call it on each mark they append.
 */
export function makeFocusableMark(element: Element, { figureId, label, describedBy }: MarkDescription): void {
  element.setAttribute('tabindex', '0');
  element.setAttribute('role', 'img');
  element.setAttribute('aria-label', label);
  if (describedBy) element.setAttribute('aria-describedby', describedBy);
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
  /** id of the element that names the chart (its title in the frame). */
  labelledBy: string;
  /** id of the element that describes it in words. */
  describedBy: string;
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
 * - the svg becomes a labelled group (not role="img", whose children are presentational and so
 *   could not hold focusable marks).
 */
export function finishSvg(svg: SVGSVGElement, { labelledBy, describedBy, layout }: FinishOptions): string {
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
  svg.setAttribute('aria-labelledby', labelledBy);
  svg.setAttribute('aria-describedby', describedBy);
  if (layout) svg.setAttribute('data-layout', layout);
  return svg.outerHTML;
}
