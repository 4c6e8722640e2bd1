/**
 * The evidence that risk raises the price, in three plain panels in one SVG:
 * 1. the first report's day rate a year earlier (derived: a hollow, dashed column) and at the
 *    report, under a band for the crackdown on calls to China (a cited context fact);
 * 2. the first report's prices by the call, the morning and the day, on the same yuan scale;
 * 3. the second report's range across regions, under its general statement that the price rises
 *    with the danger (no region or level of danger is tied to any price).
 * Columns share one yuan scale and start at zero, so "twice" and "a quarter" can be seen. Each
 * panel is an Observable Plot drawing placed in the outer SVG; Tab follows the panels in order.
 * Pure: (data, options) → <svg>, the same at build time (linkedom) and in a browser.
 */
import * as Plot from '@observablehq/plot';
import { select, type Selection } from 'd3-selection';
import { capitalize, formatFigure, formatNumber } from '../../lib/format';
import { periodLabel } from '../../lib/period';
import { yearLabel } from '../../lib/sources';
import { colors, reportColors } from '../../styles/tokens';
import { layoutWidths, type LayoutName } from '../layouts';
import { focusableMarks, makeFocusableMark } from '../svg';
import { wrapText } from '../text';
import { priceLabel, type PriceDatum, type RiskEvidenceData } from './data';



export interface RiskEvidenceOptions {
  layout: LayoutName;
  /** A DOM document: linkedom's at build time, `window.document` in the browser. */
  document: Document;
  /** The id of the element that holds an entry's quote or citation, for aria-describedby. */
  sourceElementId?: (entryId: string) => string;
}

/** Text sizes: 12px at least, 11px or more even on a 288px-wide phone screen. */
export const sizes = { title: 14, text: 12, lineHeight: 15, columnPlotHeight: 200, rangePlotHeight: 112, panelGap: 28 } as const;

/** Hover and focus targets reach this far above a column, over its value label (and are 24px at least). */
const labelRoom = 34;

const colorOf = (datum: PriceDatum) => reportColors[datum.source.id] ?? colors.ink;

/** What a price's mark announces: "A day, 2019 (inferred): 200 yuan", with ", derived" when it is. */
export function describePrice(datum: PriceDatum): string {
  return `${datum.what}, ${datum.when}: ${formatFigure(datum.figure)}${datum.isDerived ? ', derived' : ''}`;
}

/**
 * The call's mark also says what share of a day it is, and that the share is derived; it cites
 * the derived share's figure, whose entry quotes the call's price and shows the division.
 */
export function describeCall(data: RiskEvidenceData): string {
  const { callShareOfDay } = data.byLength;
  return `${describePrice(data.byLength.perCall)}, ${callShareOfDay.words} of a day (derived: ${callShareOfDay.arithmetic})`;
}

interface PanelText {
  title: string;
  subtitle: string;
}

/** The panels' headings, every number in them from the data. */
export function panelTexts(data: RiskEvidenceData): [PanelText, PanelText, PanelText] {
  const { doubling, byLength, byDanger } = data;
  return [
    {
      title: `A day cost ${formatFigure(doubling.growth)} as much as a year earlier`,
      subtitle: `${capitalize(doubling.day.source.referredToAs)}, ${yearLabel(doubling.day.source)}, as the crackdown on calls went on`,
    },
    {
      title: `A call cost ${byLength.callShareOfDay.words} of a day`,
      subtitle: `${capitalize(byLength.perCall.source.referredToAs)}, ${yearLabel(byLength.perCall.source)}; the share is derived: ${byLength.callShareOfDay.arithmetic} yuan`,
    },
    {
      title: 'Across regions, the price rises with the danger',
      subtitle: `${capitalize(byDanger.range.source.referredToAs)}, ${yearLabel(byDanger.range.source)}: its general statement; it gives no price for any region`,
    },
  ];
}

interface PanelContext {
  document: Document;
  width: number;
  yMax: number;
  describedBy: (entryId: string) => { describedBy?: string };
}

/** The yuan scale every column panel shares, so the same price stands as high in each. */
const yuanAxis = (yMax: number): Plot.ScaleOptions => ({
  domain: [0, yMax],
  ticks: 4,
  tickFormat: formatNumber,
  grid: true,
  label: 'yuan',
  labelArrow: 'none',
});

/** Plot's SVG, which also tells where its scales put a value. */
type PlotSvg = SVGSVGElement & Pick<ReturnType<typeof Plot.plot>, 'scale'>;

/** How a column's mark names itself and which figure's entry it cites: by default its own price. */
interface ColumnMark {
  label: (datum: PriceDatum) => string;
  entryId: (datum: PriceDatum) => string;
}
const priceMark: ColumnMark = { label: describePrice, entryId: (datum) => datum.figure.id };

/** Columns from zero; a derived one hollow and dashed, a range solid to its low end and pale to its high end. */
function columnPanel(columns: PriceDatum[], { document, width, yMax, describedBy }: PanelContext, mark: ColumnMark = priceMark): PlotSvg {
  const reported = columns.filter((datum) => !datum.isDerived);
  const derived = columns.filter((datum) => datum.isDerived);
  const ranges = columns.filter((datum) => datum.isRange);
  return Plot.plot({
    document,
    width,
    height: sizes.columnPlotHeight,
    marginTop: 20,
    marginLeft: 40,
    marginRight: 8,
    marginBottom: 26,
    x: { domain: columns.map((datum) => datum.column), padding: 0.36, label: null, tickSize: 0, tickPadding: 8 },
    y: yuanAxis(yMax),
    marks: [
      Plot.barY(reported, { x: 'column', y: 'low', fill: colorOf }),
      Plot.barY(ranges, { x: 'column', y1: 'low', y2: 'high', fill: colorOf, fillOpacity: 0.35 }),
      Plot.barY(derived, { x: 'column', y: 'low', fill: colors.paper, stroke: colorOf, strokeWidth: 1.5, strokeDasharray: '4,3', inset: 1 }),
      Plot.ruleY([0], { stroke: colors.ink }),
      Plot.text(reported, { x: 'column', y: 'high', text: priceLabel, dy: -8, lineAnchor: 'bottom', fontSize: sizes.text, fontWeight: 'bold', fill: colors.ink }),
      Plot.text(derived, {
        x: 'column',
        y: 'high',
        text: (datum: PriceDatum) => `${formatFigure(datum.figure)}\nderived`,
        dy: -8,
        lineAnchor: 'bottom',
        fontSize: sizes.text,
        fill: colors.muted,
      }),
      // Hover and focus targets, last and in reading order: each column with its label.
      Plot.barY(columns, {
        x: 'column',
        y1: 0,
        y2: 'high',
        insetTop: -labelRoom,
        fill: 'transparent',
        render: focusableMarks(columns, (datum) => ({
          figureId: mark.entryId(datum),
          label: mark.label(datum),
          ...describedBy(mark.entryId(datum)),
        })),
      }),
    ],
  }) as PlotSvg;
}

/** The second report's range, and under it the direction the report says danger moves the price. */
function rangePanel(data: RiskEvidenceData, { document, width, yMax, describedBy }: PanelContext): SVGSVGElement {
  const { range, danger } = data.byDanger;
  const rows = ['range', 'danger'] as const;
  const middle = (range.low + range.high) / 2;
  const arrows = [
    { from: middle, to: range.low },
    { from: middle, to: range.high },
  ];
  const targets = [
    { row: 'range', figureId: range.figure.id, label: `${describePrice(range)}, varying by region` },
    {
      row: 'danger',
      figureId: danger.quote.id,
      label: `${capitalize(danger.source.referredToAs)}’s general statement: the price rises with the danger; it gives no price for any region`,
    },
  ];
  return Plot.plot({
    document,
    width,
    height: sizes.rangePlotHeight,
    marginTop: 22,
    marginLeft: 40,
    marginRight: 16,
    marginBottom: 30,
    x: { ...yuanAxis(yMax), ticks: width < 480 ? 4 : 6, labelAnchor: 'right' },
    y: { domain: [...rows], label: null, axis: null, padding: 0 },
    marks: [
      Plot.barX([range], { x1: 'low', x2: 'high', y: () => 'range', fill: colorOf, insetTop: 8, insetBottom: 8, rx: 4 }),
      Plot.text([range], {
        x: middle,
        y: () => 'range',
        text: (datum: PriceDatum) => `${formatFigure(datum.figure)}, varying by region`,
        dy: -15,
        fontSize: sizes.text,
        fontWeight: 'bold',
        fill: colors.ink,
      }),
      Plot.arrow(arrows, { x1: 'from', x2: 'to', y1: () => 'danger', y2: () => 'danger', dy: -6, stroke: colors.muted, strokeWidth: 1.5, headLength: 7 }),
      Plot.text([range], { x: 'low', y: () => 'danger', text: () => 'less danger', textAnchor: 'start', dy: 9, fontSize: sizes.text, fill: colors.muted }),
      Plot.text([range], { x: 'high', y: () => 'danger', text: () => 'more danger', textAnchor: 'end', dy: 9, fontSize: sizes.text, fill: colors.muted }),
      Plot.barX(targets, {
        x1: () => range.low,
        x2: () => range.high,
        y: 'row',
        insetLeft: -6,
        insetRight: -6,
        fill: 'transparent',
        render: focusableMarks(targets, ({ figureId, label }) => ({ figureId, label, ...describedBy(figureId) })),
      }),
    ],
  }) as SVGSVGElement;
}

/**
 * Plot's drawing as a panel of the outer SVG: placed at (x, y), with text at the site's size
 * (Plot's own 10px would be too small) and labels free to reach past its edges.
 */
function placePanel(panel: SVGSVGElement, x: number, y: number): SVGSVGElement {
  panel.setAttribute('x', String(x));
  panel.setAttribute('y', String(y));
  panel.setAttribute('font-size', String(sizes.text));
  panel.setAttribute('overflow', 'visible');
  return panel;
}

type Svg = Selection<SVGSVGElement, unknown, null, undefined>;

const titleLineHeight = 18;
const headingLines = (text: PanelText, width: number) => ({
  title: wrapText(text.title, width - 4, sizes.title, { bold: true }),
  subtitle: wrapText(text.subtitle, width - 4, sizes.text),
});

/** The height a panel's title and subtitle take at this width. */
function headingHeight(text: PanelText, width: number): number {
  const lines = headingLines(text, width);
  return lines.title.length * titleLineHeight + lines.subtitle.length * sizes.lineHeight + 8;
}

/** A panel's title and its wrapped subtitle, hidden from screen readers (the frame's description says it all). */
function drawHeading(svg: Svg, text: PanelText, x: number, y: number, width: number) {
  const group = svg.append('g').attr('aria-hidden', 'true').attr('data-layer', 'panel-heading');
  const lines = headingLines(text, width);
  lines.title.forEach((line, index) =>
    group.append('text').attr('x', x).attr('y', y + 14 + index * titleLineHeight).attr('font-size', sizes.title).attr('font-weight', 700).attr('fill', colors.ink).text(line),
  );
  const subtitleTop = y + 14 + lines.title.length * titleLineHeight;
  lines.subtitle.forEach((line, index) =>
    group.append('text').attr('x', x).attr('y', subtitleTop + index * sizes.lineHeight).attr('font-size', sizes.text).attr('fill', colors.muted).text(line),
  );
}

/** "Crackdown: near-total block on calls to Chinese networks, 2018 (Radio Free Asia)". */
export function crackdownText({ fact, citations }: RiskEvidenceData['doubling']['crackdown']): string {
  const what = `${fact.measures.charAt(0).toLowerCase()}${fact.measures.slice(1)}`;
  return `Crackdown: ${what}, ${periodLabel(fact.period)} (${citations.map((citation) => citation.publisher).join('; ')})`;
}

/** The cited crackdown as a pale band with its words, itself a focusable mark; returns its height. */
function drawCrackdownBand(
  svg: Svg,
  data: RiskEvidenceData,
  { x, y, width }: { x: number; y: number; width: number },
  describedBy: PanelContext['describedBy'],
): number {
  const text = crackdownText(data.doubling.crackdown);
  const lines = wrapText(text, width - 12, sizes.text);
  const height = Math.max(24, lines.length * sizes.lineHeight + 10);
  const band = svg.append('g').attr('data-layer', 'context');
  band.append('rect').attr('x', x).attr('y', y).attr('width', width).attr('height', height).attr('fill', colors.wash).attr('rx', 3);
  lines.forEach((line, index) =>
    band.append('text').attr('aria-hidden', 'true').attr('x', x + 6).attr('y', y + 17 + index * sizes.lineHeight).attr('font-size', sizes.text).attr('fill', colors.ink).text(line),
  );
  const target = band.append('rect').attr('x', x).attr('y', y).attr('width', width).attr('height', height).attr('rx', 3).attr('fill', 'transparent');
  const factId = data.doubling.crackdown.fact.id;
  makeFocusableMark(target.node()!, { figureId: factId, label: text, ...describedBy(factId) });
  return height;
}

export function riskEvidenceChart(data: RiskEvidenceData, { layout, document, sourceElementId }: RiskEvidenceOptions): SVGSVGElement {
  const width = layoutWidths[layout];
  const sideBySide = layout === 'wide';
  const gap = sizes.panelGap;
  const columnWidth = sideBySide ? (width - gap) / 2 : width;
  const describedBy = (entryId: string) => (sourceElementId ? { describedBy: sourceElementId(entryId) } : {});
  const yMax = Math.max(...[data.doubling.day, data.byLength.perMorning, data.byDanger.range].map((datum) => datum.high)) * 1.15;
  const context = (panelWidth: number): PanelContext => ({ document, width: panelWidth, yMax, describedBy });
  const texts = panelTexts(data);

  const svgElement = document.createElementNS('http://www.w3.org/2000/svg', 'svg') as SVGSVGElement;
  const svg = select(svgElement).attr('font-family', 'system-ui, sans-serif');

  // Panel 1 and 2 side by side share a heading height, so their columns stand on one baseline.
  const [first, second, third] = texts;
  const topHeadings = sideBySide ? Math.max(headingHeight(first, columnWidth), headingHeight(second, columnWidth)) : headingHeight(first, columnWidth);
  const doublingPlot = columnPanel([data.doubling.earlier, data.doubling.day], context(columnWidth));

  // The crackdown band runs from the earlier column to the panel's right edge: over the year the rate doubled.
  const bandStart = (doublingPlot.scale('x')!.apply(data.doubling.earlier.column) as number) - 4;
  drawHeading(svg, first, 0, 0, columnWidth);
  const bandHeight = drawCrackdownBand(svg, data, { x: bandStart, y: topHeadings, width: columnWidth - 8 - bandStart }, describedBy);
  const doublingPlotTop = topHeadings + bandHeight + 10;
  svgElement.appendChild(placePanel(doublingPlot, 0, doublingPlotTop));

  const secondX = sideBySide ? columnWidth + gap : 0;
  const secondTop = sideBySide ? 0 : doublingPlotTop + sizes.columnPlotHeight + gap;
  drawHeading(svg, second, secondX, secondTop, columnWidth);
  const byLength = [data.byLength.perCall, data.byLength.perMorning, data.byLength.day];
  // Side by side, the second panel's columns start level with the first's.
  const byLengthTop = sideBySide ? doublingPlotTop : secondTop + headingHeight(second, columnWidth);
  const isCall = (datum: PriceDatum) => datum === data.byLength.perCall;
  const byLengthMark: ColumnMark = {
    label: (datum) => (isCall(datum) ? describeCall(data) : describePrice(datum)),
    entryId: (datum) => (isCall(datum) ? data.byLength.callShareOfDay.figure.id : datum.figure.id),
  };
  svgElement.appendChild(placePanel(columnPanel(byLength, context(columnWidth), byLengthMark), secondX, byLengthTop));

  const thirdTop = byLengthTop + sizes.columnPlotHeight + gap;
  const thirdHeading = headingHeight(third, width);
  drawHeading(svg, third, 0, thirdTop, width);
  svgElement.appendChild(placePanel(rangePanel(data, context(width)), 0, thirdTop + thirdHeading));

  const height = thirdTop + thirdHeading + sizes.rangePlotHeight;
  svg.attr('viewBox', `0 0 ${width} ${height}`).attr('width', width).attr('height', height);
  return svgElement;
}
