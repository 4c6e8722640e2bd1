/**
 * The risk model drawn against the reported prices: the day rate that covers a lender's expected
 * bribe (a line, rising with the chance of being caught), the reader's assumptions as a point on
 * it, and the prices the reports give as a band (report B's range) and a rule (report A's day
 * rate). Pure: (data, options) → <svg>, built on the `document` passed in, so the build (linkedom)
 * and the browser (on every change of a control) draw the same thing. No Plot and no d3-scale
 * here: the browser redraws this chart, and Plot would cost a reader about 120 KB of script,
 * d3-scale about 13 KB, against a 15 KB budget; d3-array's ticks and a linear map suffice.
 */
import { nice, ticks } from 'd3-array';
import { colors } from '../../styles/tokens';
import { makeFocusableMark } from '../svg';
import { breakEvenDayRate, type Assumptions } from './model';
import type { PriceReference, RiskModelData } from './data';

export interface RiskModelOptions {
  assumptions: Assumptions;
  /** Width in px of the drawing; the page ships a narrow and a wide one. */
  width: number;
  document: Document;
  /** ids of the elements that name and describe the chart. */
  labelledBy: string;
  describedBy: string;
  /** id of the frame's source entry for a figure, for the marks' aria-describedby. */
  sourceElementId: (entryId: string) => string;
}


const svgNamespace = 'http://www.w3.org/2000/svg';
const height = 300;
/** Half the height of a focus target around a thin rule (24px in all, WCAG 2.5.8). */
const targetHalfHeight = 12;

/** "30", "7.5", "1,500": a model result is an illustration, so one decimal at most. */
export const formatYuan = (value: number) => value.toLocaleString('en-US', { maximumFractionDigits: value < 10 ? 1 : 0 });

/** What a screen reader and the tooltip say about the reader's point on the model line. */
export function describeAssumptionPoint(assumptions: Assumptions): string {
  const rate = breakEvenDayRate(assumptions);
  return (
    `Model, at your assumptions (${assumptions.catchChance}% chance a month, ${formatYuan(assumptions.bribe)}-yuan bribe, ` +
    `${assumptions.rentalDays} rental days a month): ${formatYuan(rate)} yuan a day covers the expected bribe`
  );
}

/**
 * The top of the price axis: room above the reported prices, and above the reader's point when
 * it is higher, so the point is always on the chart (the line beyond it may be cut).
 */
export function priceDomainTop(data: RiskModelData, assumptions: Assumptions): number {
  return Math.max(Math.max(data.dayRate.high, data.range.high) * 1.25, breakEvenDayRate(assumptions) * 1.2);
}

/** A linear map from a domain to a range, as d3's scaleLinear does without its extras. */
function linear([d0, d1]: [number, number], [r0, r1]: [number, number]): (value: number) => number {
  return (value) => r0 + ((value - d0) / (d1 - d0)) * (r1 - r0);
}

export function riskModelChart(data: RiskModelData, options: RiskModelOptions): SVGSVGElement {
  const { assumptions, width, document, labelledBy, describedBy, sourceElementId } = options;
  const narrow = width < 480;
  const margin = { top: narrow ? 44 : 30, right: narrow ? 20 : 24, bottom: 46, left: narrow ? 40 : 48 };
  const yTicksWanted = narrow ? 4 : 5;
  const [, yTop] = nice(0, priceDomainTop(data, assumptions), yTicksWanted);
  const x = linear([0, 100], [margin.left, width - margin.right]);
  const y = linear([0, yTop], [height - margin.bottom, margin.top]);

  const element = <K extends keyof SVGElementTagNameMap>(name: K, attributes: Record<string, string | number>, parent?: Element) => {
    const node = document.createElementNS(svgNamespace, name) as SVGElementTagNameMap[K];
    for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, String(value));
    parent?.append(node);
    return node;
  };
  const text = (content: string, attributes: Record<string, string | number>, parent: Element) => {
    const node = element('text', attributes, parent);
    node.textContent = content;
    return node;
  };
  // A white halo keeps a label legible where the model line crosses it.
  const halo = { stroke: colors.paper, 'stroke-width': 4, 'stroke-linejoin': 'round', 'paint-order': 'stroke' };
  const labelLines = (reference: PriceReference) => [`Reported: ${narrow ? reference.narrowLines[0] : reference.label}`, ...(narrow ? reference.narrowLines.slice(1) : [])];
  const lineStep = 14;
  /** A reported price's label, on one line, or on two in the narrow drawing; its baseline is the last line's. */
  const label = (reference: PriceReference, baseline: number, attributes: Record<string, string | number>) => {
    const lines = labelLines(reference);
    lines.forEach((line, index) => {
      text(line, { x: width - margin.right - 4, y: baseline - (lines.length - 1 - index) * lineStep, 'text-anchor': 'end', fill: reference.color, ...halo, ...attributes }, labels);
    });
  };
  const focusable = (node: Element, entryId: string, label: string) =>
    makeFocusableMark(node, { figureId: entryId, label, describedBy: sourceElementId(entryId) });

  const svg = element('svg', {
    xmlns: svgNamespace,
    class: 'chart-svg',
    width,
    height,
    viewBox: `0 0 ${width} ${height}`,
    role: 'group',
    'aria-labelledby': labelledBy,
    'aria-describedby': describedBy,
    'font-family': 'system-ui, sans-serif',
    'font-size': 12,
  });

  // Axes and grid: decoration, hidden from screen readers (the description and table say it all).
  const axes = element('g', { 'aria-hidden': 'true', fill: colors.muted }, svg);
  for (const tick of ticks(0, yTop, yTicksWanted)) {
    element('line', { x1: margin.left, x2: width - margin.right, y1: y(tick), y2: y(tick), stroke: colors.grid }, axes);
    text(formatYuan(tick), { x: margin.left - 6, y: y(tick), dy: '0.32em', 'text-anchor': 'end' }, axes);
  }
  for (const tick of [0, 25, 50, 75, 100]) {
    element('line', { x1: x(tick), x2: x(tick), y1: height - margin.bottom, y2: height - margin.bottom + 5, stroke: colors.muted }, axes);
    // The last label ends at its tick, so it never runs off the drawing.
    text(`${tick}%`, { x: x(tick), y: height - margin.bottom + 17, 'text-anchor': tick === 100 ? 'end' : 'middle' }, axes);
  }
  element('line', { x1: margin.left, x2: width - margin.right, y1: y(0), y2: y(0), stroke: colors.muted }, axes);
  text('Chance a lender is caught in a month →', { x: (margin.left + width - margin.right) / 2, y: height - 6, 'text-anchor': 'middle', fill: colors.ink }, axes);
  text('↑ Yuan a day', { x: 4, y: 14, fill: colors.ink }, axes);

  // The reported prices: report B's range as a band, report A's day rate as a rule.
  const reported = element('g', { 'data-layer': 'reported' }, svg);
  // Labels go on top of everything (appended again at the end), so no line runs over them.
  const labels = element('g', { 'data-layer': 'labels', 'aria-hidden': 'true' }, svg);
  const band = (reference: PriceReference, ruleReference: PriceReference) => {
    const top = y(reference.high);
    const bottom = y(reference.low);
    const rect = element('rect', { x: margin.left, y: top, width: width - margin.left - margin.right, height: bottom - top, fill: reference.color, 'fill-opacity': 0.12 }, reported);
    focusable(rect, reference.id, `Reported: ${reference.label}`);
    // Inside the band when it has room below the rule's label; stacked above that label when a
    // high reading squeezes the band thin.
    const room = bottom - y(ruleReference.low) - 6;
    const needed = (labelLines(reference).length + labelLines(ruleReference).length) * lineStep + 8;
    const baseline = room >= needed ? bottom - 6 : y(ruleReference.low) - 6 - labelLines(ruleReference).length * lineStep;
    label(reference, baseline, {});
  };
  const rule = (reference: PriceReference) => {
    const at = y(reference.low);
    element('line', { x1: margin.left, x2: width - margin.right, y1: at, y2: at, stroke: reference.color, 'stroke-width': 2, 'stroke-dasharray': '6,3' }, reported);
    const target = element('rect', { x: margin.left, y: at - targetHalfHeight, width: width - margin.left - margin.right, height: targetHalfHeight * 2, fill: 'transparent' }, reported);
    focusable(target, reference.id, `Reported: ${reference.label}`);
    label(reference, at - 6, { 'font-weight': 700 });
  };
  band(data.range, data.dayRate);
  rule(data.dayRate);

  // The model: r = p × B ÷ d, a straight line in p, cut where it leaves the chart.
  const model = element('g', { 'data-layer': 'model' }, svg);
  const rateAtCertainty = breakEvenDayRate({ ...assumptions, catchChance: 100 });
  const endChance = rateAtCertainty > yTop ? (100 * yTop) / rateAtCertainty : 100;
  const endRate = Math.min(rateAtCertainty, yTop);
  element('line', { x1: x(0), y1: y(0), x2: x(endChance), y2: y(endRate), stroke: colors.ink, 'stroke-width': 2.5, 'aria-hidden': 'true' }, model);
  // Named where the reader's point is not: near the line's end, or a third of the way along
  // when the point sits in the right half.
  const nameAt = assumptions.catchChance > 50 ? endChance * 0.3 : endChance;
  const nameRate = (endRate * nameAt) / endChance || 0;
  text('Model', {
    x: x(nameAt) - 6,
    y: y(nameRate) + (nameRate > yTop * 0.85 ? 16 : -8),
    'text-anchor': 'end',
    fill: colors.ink,
    'font-weight': 700,
    'aria-hidden': 'true',
    ...halo,
  }, model);

  const rate = breakEvenDayRate(assumptions);
  const point = { x: x(assumptions.catchChance), y: y(rate) };
  const dot = element('circle', { cx: point.x, cy: point.y, r: 12, fill: 'transparent' }, model);
  focusable(dot, 'risk-model-assumptions', describeAssumptionPoint(assumptions));
  element('circle', { cx: point.x, cy: point.y, r: 6.5, fill: colors.ink, stroke: colors.paper, 'stroke-width': 2, 'aria-hidden': 'true' }, model);
  const valueLabel = `${formatYuan(rate)} yuan a day`;
  const labelOnLeft = point.x > (margin.left + width - margin.right) / 2;
  text(valueLabel, {
    x: point.x + (labelOnLeft ? -12 : 12),
    y: point.y - 10,
    'text-anchor': labelOnLeft ? 'end' : 'start',
    fill: colors.ink,
    'font-weight': 700,
    'aria-hidden': 'true',
    ...halo,
  }, model);

  svg.append(labels);
  // Said on the drawing itself, so a screenshot cannot lose it.
  text('Illustrative model, not reported data', { x: width - margin.right, y: narrow ? 30 : 14, 'text-anchor': 'end', fill: colors.muted, 'font-style': 'italic', 'aria-hidden': 'true' }, svg);
  return svg;
}
