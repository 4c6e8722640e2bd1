/**
 * "What the price means": a stack of small panels, one per equivalence of the same 200 yuan,
 * each on its own scale because their units differ (kilograms, a share of a month's earnings,
 * months, days). Each panel has a headline built from its fact, a drawing, and a "how" line
 * with the arithmetic. Results are derived, so they are drawn tinted with a dashed outline;
 * what a result is measured against (a month's earnings, a handset's price) is a plain outline.
 *
 * Each panel's drawing is an Observable Plot plot whose contents are moved into one <svg>, so
 * the result marks go through `focusableMarks` like every other chart's. Pure: (data, options)
 * → <svg>, the same at build time (linkedom) and in a browser.
 */
import * as Plot from '@observablehq/plot';
import { formatContextFact, formatNumber } from '../../lib/format';
import { colors, reportColors } from '../../styles/tokens';
import { focusableMarks } from '../svg';
import { wrapText } from '../text';
import type { MeaningDatum } from './data';

export interface PriceMeaningOptions {
  /** Width in px of the drawing; the component draws a narrow and a wide version. */
  width: number;
  /** A DOM document: linkedom's at build time, `window.document` in the browser. */
  document: Document;
  /** The id of the element that holds a fact's citation and derivation, for aria-describedby. */
  sourceElementId?: (factId: string) => string;
}


const svgNamespace = 'http://www.w3.org/2000/svg';

/** Type sizes in px; the narrow drawing is shown at about its own size, so nothing is under 11px. */
const typeSizes = (width: number) => (width < 480 ? { headline: 14, how: 11, label: 12 } : { headline: 15, how: 12, label: 12 });

/** Vertical rhythm of a panel, in px. */
const space = {
  /** Above each panel after the first, with a hairline in the middle. */
  between: 22,
  /** From the headline to the drawing, and from the drawing to the "how" line. */
  afterHeadline: 4,
  afterPlot: 4,
  /** Room above the bar for an outline's label. */
  labelRoom: 20,
  /** The bar's band: tall enough for a 24px focus target with room to spare. */
  band: 28,
  /** The x axis under the band. */
  axis: 24,
};
const margin = { left: 8, right: 40 };

/** Where each unit's ticks fall: whole years for months, tens of kilograms, quarters of 100%. */
const tickStep: Record<string, number> = { kilograms: 10, percent: 25, months: 12, days: 5 };

function textBlock(document: Document, lines: string[], options: { y: number; size: number; lineHeight: number; fill: string; bold?: boolean }) {
  const text = document.createElementNS(svgNamespace, 'text');
  text.setAttribute('text-anchor', 'start');
  text.setAttribute('font-size', String(options.size));
  text.setAttribute('fill', options.fill);
  if (options.bold) text.setAttribute('font-weight', 'bold');
  lines.forEach((line, index) => {
    const span = document.createElementNS(svgNamespace, 'tspan');
    span.setAttribute('x', '0');
    span.setAttribute('y', String(options.y + index * options.lineHeight));
    span.textContent = line;
    text.appendChild(span);
  });
  return text;
}

/** The top of the x scale: the next tick step past the result (and past 100% for a share). */
function domainMax(datum: MeaningDatum): number {
  const step = tickStep[datum.fact.unit ?? ''] ?? 10;
  const floor = datum.fact.unit === 'percent' ? 100 : 0;
  return Math.max(floor, Math.ceil((datum.high * 1.1) / step) * step);
}

/** "A day’s rental: about 43 kg of rice, derived": what a screen reader hears, and the tooltip's headline. */
export function describeDatum(datum: MeaningDatum): string {
  return `${datum.subject}: ${datum.prose}, ${datum.fact.kind}`;
}

/** One panel's drawing: a Plot plot on the panel's own scale. */
function panelPlot(datum: MeaningDatum, { width, document, sourceElementId }: PriceMeaningOptions): SVGSVGElement {
  const color = reportColors[datum.report.id] ?? colors.ink;
  const max = domainMax(datum);
  const step = tickStep[datum.fact.unit ?? ''] ?? 10;
  const ticks = Array.from({ length: Math.round(max / step) + 1 }, (_, index) => index * step);
  // The last tick carries the unit, written as the fact writes it: "50 kg", "100%", "60 months".
  const tickFormat = (value: number) =>
    value === max ? formatContextFact({ ...datum.fact, value, low: undefined, high: undefined, approximate: false }) : formatNumber(value);
  const result = [{ x1: datum.isRange ? datum.low : 0, x2: datum.high }];
  const derivedBar = { fill: color, fillOpacity: 0.3, stroke: color, strokeWidth: 1.5, strokeDasharray: '4,3', rx: 3 };
  const bandInset = (height: number) => (space.band - height) / 2;
  const whole = datum.whole;
  // Only an outline has a label over the band; without one the room is not kept.
  const labelRoom = whole ? space.labelRoom : 6;
  const marks: Plot.Markish[] = [];

  // What the result is measured against, named above the band: "One handset: 3,500 yuan".
  const wholeLabel = (prefix: string) =>
    Plot.text([whole], {
      x: () => 0,
      frameAnchor: 'top',
      textAnchor: 'start',
      lineAnchor: 'bottom',
      dy: -5,
      fontSize: typeSizes(width).label,
      fill: colors.ink,
      text: (input) => `${prefix}${input!.text}`,
    });

  if (datum.panel === 'handset' && whole) {
    // The handset's price as 200-yuan days: one block per day, the last one cut short.
    const days = Array.from({ length: Math.ceil(datum.high) }, (_, day) => ({ x1: day, x2: Math.min(day + 1, datum.high) }));
    marks.push(
      Plot.barX(days, { x1: 'x1', x2: 'x2', fill: color, fillOpacity: 0.3, insetLeft: 1, insetRight: 1, insetTop: bandInset(24), insetBottom: bandInset(24) }),
      Plot.barX(result, { x1: 'x1', x2: 'x2', ...derivedBar, fill: 'none', insetTop: bandInset(24), insetBottom: bandInset(24) }),
      wholeLabel('One handset: '),
    );
  } else {
    if (whole) {
      // A share is drawn inside its whole: the month's earnings as an outline at 100%.
      marks.push(
        Plot.barX([{ x1: 0, x2: 100 }], { x1: 'x1', x2: 'x2', fill: 'none', stroke: colors.muted, strokeWidth: 1.5, rx: 3, insetTop: bandInset(24), insetBottom: bandInset(24) }),
        wholeLabel('100% = '),
      );
    }
    marks.push(Plot.barX(result, { x1: 'x1', x2: 'x2', ...derivedBar, insetTop: bandInset(24), insetBottom: bandInset(24) }));
  }

  marks.push(
    Plot.ruleX([0], { stroke: colors.muted }),
    // The hover and focus target, drawn last: transparent, the band's full height (28px).
    Plot.barX(result, {
      x1: 'x1',
      x2: 'x2',
      insetLeft: -4,
      insetRight: -4,
      fill: 'transparent',
      rx: 4,
      render: focusableMarks(result, () => ({
        figureId: datum.fact.id,
        label: describeDatum(datum),
        ...(sourceElementId && { describedBy: sourceElementId(datum.fact.id) }),
      })),
    }),
  );

  return Plot.plot({
    document,
    width,
    height: labelRoom + space.band + space.axis,
    marginTop: labelRoom,
    marginBottom: space.axis,
    marginLeft: margin.left,
    marginRight: margin.right,
    x: { domain: [0, max], ticks, tickFormat, tickSize: 4, label: null, grid: true },
    marks,
  }) as SVGSVGElement;
}

export function priceMeaningChart(data: MeaningDatum[], options: PriceMeaningOptions): SVGSVGElement {
  const { width, document } = options;
  const sizes = typeSizes(width);
  const lineHeight = { headline: Math.round(sizes.headline * 1.3), how: Math.round(sizes.how * 1.4) };
  const svg = document.createElementNS(svgNamespace, 'svg') as SVGSVGElement;
  let top = 0;

  data.forEach((datum, index) => {
    if (index > 0) {
      const rule = document.createElementNS(svgNamespace, 'line');
      const y = String(top + space.between / 2);
      for (const [name, value] of [['x1', '0'], ['x2', String(width)], ['y1', y], ['y2', y], ['stroke', colors.grid]]) rule.setAttribute(name!, value!);
      svg.appendChild(rule);
      top += space.between;
    }
    const panel = document.createElementNS(svgNamespace, 'g');
    panel.setAttribute('transform', `translate(0,${top})`);
    panel.setAttribute('data-panel', datum.panel);

    const headline = wrapText(datum.headline, width, sizes.headline, { bold: true });
    panel.appendChild(textBlock(document, headline, { y: sizes.headline, size: sizes.headline, lineHeight: lineHeight.headline, fill: colors.ink, bold: true }));
    let y = sizes.headline + (headline.length - 1) * lineHeight.headline + space.afterHeadline;

    // Plot draws into its own <svg>; its contents move into this panel, moved down to their place.
    const plot = panelPlot(datum, options);
    const drawing = document.createElementNS(svgNamespace, 'g');
    drawing.setAttribute('transform', `translate(0,${y})`);
    for (const child of Array.from(plot.childNodes)) drawing.appendChild(child);
    panel.appendChild(drawing);
    y += Number(plot.getAttribute('height')) + space.afterPlot;

    const how = wrapText(datum.how, width, sizes.how);
    panel.appendChild(textBlock(document, how, { y: y + sizes.how, size: sizes.how, lineHeight: lineHeight.how, fill: colors.muted }));
    y += sizes.how + (how.length - 1) * lineHeight.how + 4;

    svg.appendChild(panel);
    top += y;
  });

  const height = Math.ceil(top);
  for (const [name, value] of Object.entries({
    width: String(width),
    height: String(height),
    viewBox: `0 0 ${width} ${height}`,
    fill: 'currentColor',
    'font-family': 'system-ui, sans-serif',
    'font-size': '12',
    'text-anchor': 'middle',
  })) {
    svg.setAttribute(name, value);
  }
  return svg;
}
