/**
 * The evidence that risk raises the price, in three plain panels in one SVG:
 * 1. the first report's day rate a year earlier (derived: a hollow, dashed column) and at the
 *    report, under a band for the crackdown on calls to China (a cited context fact);
 * 2. the first report's prices by the call, the morning and the day, on the same yuan scale;
 * 3. the second report's range across regions, under its general statement that the price rises
 *    with the danger (no region or level of danger is tied to any price).
 * Columns share one yuan scale and start at zero, so "twice" and "a quarter" can be seen. Each
 * panel is an Observable Plot drawing moved into a group of the outer SVG; headings and the
 * crackdown band are d3-selection. Every label is laid out from its measured, wrapped text, so
 * longer words and a reader's text spacing push the layout apart instead of into each other.
 * Side by side (wide) the first two panels share a row; narrower, the panels stack. Tab follows
 * the panels in order. Pure: (data, target) → <svg>, the same at build time and in a browser.
 */
import * as Plot from '@observablehq/plot';
import { ticks } from 'd3-array';
import { creator, select, type Selection } from 'd3-selection';
import { periodBounds } from '../../lib/period';
import type { Locale } from '../../lib/locale';
import { colors, reportColors } from '../../styles/tokens';
import type { ContextSource } from '../../data/requirements';
import type { DrawTarget, SwatchStyle } from '../definition';
import { minimumTextSize } from '../layouts';
import { focusableMarks, makeFocusableMark, type MarkDescription } from '../svg';
import { textWidth, wrapText } from '../text';
import { fittingTicks } from '../ticks';
import type { PriceDatum, RiskEvidenceData, Share } from './data';
import type { RiskEvidenceWords } from './messages';

type Words = RiskEvidenceWords;

/** Text sizes and spacing: nothing below the site's 12px. */
const text = { size: minimumTextSize, lineHeight: 15, titleSize: 14, titleLineHeight: 18 } as const;
/** Between panels, across and down. */
const panelGap = 28;
/** The height of the column panels' plotting area: one yuan is as tall in both. */
const columnHeight = 140;
/** A column's width as a share of its step, the rest being the gap between columns. */
const columnPadding = 0.36;
/** How far a value label sits above its column, and a tick label below the axis. */
const labelGap = 8;
/** Plot's y axis: tick length plus padding before the numbers. */
const yTickRoom = 9;
/** Hover and focus targets are 24px at least (WCAG 2.5.8). */
const minimumTarget = 24;

/** A derived column's outline, and how pale the top of a range is. */
const derivedOutline = { fill: colors.paper, strokeWidth: 1.5, strokeDasharray: '4,3' } as const;
const rangeTopOpacity = 0.35;

/** The marks' styles, which the legend draws with too. */
export const markStyles = {
  reported: (color: string): SwatchStyle => ({ shape: 'bar', fill: color }),
  derived: (color: string): SwatchStyle => ({ shape: 'bar', stroke: color, ...derivedOutline }),
  /** The part of a range's column above its low end. */
  rangeTop: (color: string): SwatchStyle => ({ shape: 'bar', fill: color, fillOpacity: rangeTopOpacity }),
};

export const colorOf = (datum: PriceDatum) => reportColors[datum.source.id] ?? colors.ink;

/** "2019 (inferred)", or "a year before 2019 (inferred)": when a price held. */
export function whenOf(datum: PriceDatum, t: Words, locale: Locale): string {
  const year = locale.reportYear(datum.source);
  return datum.yearBefore ? t.yearBefore(year) : year;
}

/** 0.25 → "a quarter"; 0.3 → "30%". */
export function shareWords(share: Pick<Share, 'value'>, t: Words, locale: Locale): string {
  return locale.unitFraction(share.value) ?? t.percent(locale.number(Math.round(share.value * 1000) / 10));
}

/** "50 ÷ 200": the division the share's figure is derived by, with the prices it divides. */
export function arithmeticOf(share: Share, t: Words, locale: Locale): string {
  return t.division(locale.number(share.dividend), locale.number(share.divisor));
}

/** A context fact's period in the locale's words: "2018", "March 2020", "January 2020–February 2020". */
export function periodWords(period: string, locale: Locale): string {
  const parts = { year: { year: 'numeric' }, month: { month: 'long', year: 'numeric' }, day: { day: 'numeric', month: 'long', year: 'numeric' } } as const;
  return period
    .split('/')
    .map((point) => {
      const { start, precision } = periodBounds(point);
      return locale.date(start, parts[precision]);
    })
    .join('–');
}

/** The crackdown band's words: what, when and who reported it. */
export function crackdownText({ fact, citations }: ContextSource, t: Words, locale: Locale): string {
  return t.crackdownBand({ measures: fact.measures, period: periodWords(fact.period, locale), publishers: citations.map((citation) => citation.publisher).join('; ') });
}

/** What a price's mark announces: "A day, 2019 (inferred): 200 yuan", with ", derived" when it is. */
export function describePrice(datum: PriceDatum, t: Words, locale: Locale): string {
  return t.markLabel({ rental: t.rental[datum.rental], when: whenOf(datum, t, locale), price: locale.figure(datum.figure), derived: datum.isDerived });
}

/**
 * The call's mark also says what share of a day it is, and that the share is derived; it cites
 * the derived share's figure, whose entry quotes the call's price and shows the division.
 */
export function describeCall(data: RiskEvidenceData, t: Words, locale: Locale): string {
  const share = data.byLength.callShareOfDay;
  return t.callMarkLabel({ price: describePrice(data.byLength.perCall, t, locale), share: shareWords(share, t, locale), arithmetic: arithmeticOf(share, t, locale) });
}

export interface PanelText {
  title: string;
  subtitle: string;
}

/** The panels' headings, every number in them from the data. */
export function panelTexts(data: RiskEvidenceData, t: Words, locale: Locale): [PanelText, PanelText, PanelText] {
  const { doubling, byLength, byDanger } = data;
  const report = (datum: PriceDatum) => ({ report: locale.capitalize(datum.source.referredToAs), year: locale.reportYear(datum.source) });
  const share = byLength.callShareOfDay;
  return [
    { title: t.panels.doubling.title(locale.figure(doubling.growth)), subtitle: t.panels.doubling.subtitle(report(doubling.day)) },
    {
      title: t.panels.byLength.title(shareWords(share, t, locale)),
      subtitle: t.panels.byLength.subtitle({ ...report(byLength.perCall), arithmetic: arithmeticOf(share, t, locale), currency: locale.currencyName('CNY', 'short') }),
    },
    { title: t.panels.byDanger.title, subtitle: t.panels.byDanger.subtitle(report(byDanger.range)) },
  ];
}

type Svg = Selection<SVGSVGElement, unknown, null, undefined>;

/** A column's label under the axis: the report's own year, or what the column is. */
function columnLabel(datum: PriceDatum, t: Words, locale: Locale): string {
  const { column } = datum;
  return column === 'reportYear' || column === 'regions' ? locale.reportYear(datum.source) : t.column[column];
}

/** A value label's lines: the price, and under a derived one, the word "derived". */
function valueLines(datum: PriceDatum, width: number, t: Words, locale: Locale): string[] {
  const price = wrapText(locale.figure(datum.figure), width, text.size, { bold: !datum.isDerived, balanced: true });
  return datum.isDerived ? [...price, ...wrapText(t.derived, width, text.size)] : price;
}

/** Where a column panel's columns stand: Plot's band scale, made before the plot to size the labels by. */
function columnScale(columns: readonly PriceDatum[], width: number, marginLeft: number) {
  return Plot.scale({ x: { type: 'band', domain: columns.map((datum) => datum.column), range: [marginLeft, width - 8], padding: columnPadding } });
}

interface ColumnPanel {
  columns: PriceDatum[];
  /** How a column's mark names itself and which entry it cites: by default its own price. */
  describe: (datum: PriceDatum) => MarkDescription;
}

/** A column's label under the axis: its wrapped lines, and its tier (1: staggered below the others). */
interface ColumnLabel {
  lines: string[];
  tier: 0 | 1;
}

interface ColumnLayout {
  width: number;
  yMax: number;
  yTicks: number[];
  marginLeft: number;
  marginTop: number;
  marginBottom: number;
  columnLabel: (datum: PriceDatum) => ColumnLabel;
  /** How far below the first tier of column labels the second starts. */
  secondTier: (columns: readonly PriceDatum[]) => number;
  valueLines: (datum: PriceDatum) => string[];
}

/**
 * One layout for every column panel, so one yuan stands as high in each and side-by-side panels
 * share a baseline: the left margin from the widest tick number, the top from the tallest value
 * label, the bottom from the most lines the columns' labels take. A label wraps to its column's
 * step; when a word is wider than that, every other label drops below the others, so each has
 * two steps of room.
 */
function columnLayout(panels: readonly PriceDatum[][], width: number, yMax: number, t: Words, locale: Locale): ColumnLayout {
  const yTicks = ticks(0, yMax, 4);
  const marginLeft = Math.ceil(Math.max(...yTicks.map((tick) => textWidth(locale.number(tick), text.size)))) + yTickRoom + 6;
  const labelsOf = new Map<PriceDatum, ColumnLabel>();
  const valuesOf = new Map<PriceDatum, string[]>();
  const linesIn = (labels: ColumnLabel[]) => Math.max(0, ...labels.map((label) => label.lines.length)) * text.lineHeight;
  const secondTier = (columns: readonly PriceDatum[]) => linesIn(columns.map((datum) => labelsOf.get(datum)!).filter((label) => label.tier === 0)) + 4;
  let bottom = 0;
  for (const columns of panels) {
    const scale = columnScale(columns, width, marginLeft);
    const step = scale.step!;
    const words = columns.map((datum) => columnLabel(datum, t, locale));
    // A label is centred on its column and stays inside the panel.
    const centre = (datum: PriceDatum) => (scale.apply(datum.column) as number) + scale.bandwidth! / 2;
    const roomFor = (datum: PriceDatum, shared: number) => Math.min(shared, 2 * Math.min(centre(datum), width - centre(datum)) - 2);
    const fits = (shared: number) =>
      columns.every((datum, index) => wrapText(words[index]!, roomFor(datum, shared), text.size).every((line) => textWidth(line, text.size) <= roomFor(datum, shared)));
    const staggered = !fits(step - 6);
    const shared = (staggered ? 2 * step : step) - 6;
    columns.forEach((datum, index) => {
      labelsOf.set(datum, { lines: wrapText(words[index]!, roomFor(datum, shared), text.size, { balanced: true }), tier: staggered ? ((index % 2) as 0 | 1) : 0 });
      valuesOf.set(datum, valueLines(datum, step - 6, t, locale));
    });
    const labels = columns.map((datum) => labelsOf.get(datum)!);
    const height = staggered ? secondTier(columns) + linesIn(labels.filter((label) => label.tier === 1)) : linesIn(labels);
    bottom = Math.max(bottom, height);
  }
  const most = (lines: Map<PriceDatum, string[]>) => Math.max(...[...lines.values()].map((list) => list.length));
  // The y axis's unit sits in the top-left corner, above the highest tick.
  const unitRoom = text.lineHeight + 12;
  return {
    width,
    yMax,
    yTicks,
    marginLeft,
    marginTop: Math.max(unitRoom, labelGap + most(valuesOf) * text.lineHeight + 4),
    marginBottom: labelGap + bottom + 4,
    columnLabel: (datum) => labelsOf.get(datum)!,
    secondTier,
    valueLines: (datum) => valuesOf.get(datum) ?? [],
  };
}

/** Columns from zero; a derived one hollow and dashed, a range solid to its low end and pale to its high end. */
function columnPanel({ columns, describe }: ColumnPanel, layout: ColumnLayout, { document, locale }: DrawTarget<Words>) {
  const reported = columns.filter((datum) => !datum.isDerived);
  const derived = columns.filter((datum) => datum.isDerived);
  const ranges = columns.filter((datum) => datum.isRange);
  const tier = (index: 0 | 1) => columns.filter((datum) => layout.columnLabel(datum).tier === index);
  const columnText = (datum: PriceDatum) => layout.columnLabel(datum).lines.join('\n');
  // Each target reaches over its column's value label: as far as the panel's tallest label block.
  const labelRoom = labelGap + Math.max(...columns.map((datum) => layout.valueLines(datum).length)) * text.lineHeight;
  return Plot.plot({
    document,
    width: layout.width,
    height: layout.marginTop + columnHeight + layout.marginBottom,
    marginTop: layout.marginTop,
    marginLeft: layout.marginLeft,
    marginRight: 8,
    marginBottom: layout.marginBottom,
    x: { domain: columns.map((datum) => datum.column), padding: columnPadding, axis: null },
    y: { domain: [0, layout.yMax], ticks: layout.yTicks, tickFormat: locale.number, grid: true, label: locale.currencyName('CNY', 'short'), labelArrow: 'none' },
    marks: [
      Plot.barY(reported, { x: 'column', y: 'low', fill: colorOf }),
      Plot.barY(ranges, { x: 'column', y1: 'low', y2: 'high', fill: colorOf, fillOpacity: rangeTopOpacity }),
      Plot.barY(derived, { x: 'column', y: 'low', stroke: colorOf, ...derivedOutline, inset: 1 }),
      Plot.ruleY([0], { stroke: colors.ink }),
      // The columns' labels under the axis, in one tier or, when a word is too wide, two.
      Plot.text(tier(0), { x: 'column', frameAnchor: 'bottom', text: columnText, lineAnchor: 'top', dy: labelGap, fill: colors.ink }),
      Plot.text(tier(1), { x: 'column', frameAnchor: 'bottom', text: columnText, lineAnchor: 'top', dy: labelGap + layout.secondTier(columns), fill: colors.ink }),
      Plot.text(reported, { x: 'column', y: 'high', text: (datum: PriceDatum) => layout.valueLines(datum).join('\n'), dy: -labelGap, lineAnchor: 'bottom', fontWeight: 'bold', fill: colors.ink }),
      Plot.text(derived, { x: 'column', y: 'high', text: (datum: PriceDatum) => layout.valueLines(datum).join('\n'), dy: -labelGap, lineAnchor: 'bottom', fill: colors.muted }),
      // Hover and focus targets, last and in reading order: each column with its label.
      Plot.barY(columns, {
        x: 'column',
        y1: 0,
        y2: 'high',
        insetTop: -labelRoom,
        fill: 'transparent',
        render: focusableMarks(columns, describe),
      }),
    ],
  }) as SVGSVGElement & Pick<ReturnType<typeof Plot.plot>, 'scale'>;
}

/** The second report's range, and under it the direction the report says danger moves the price. */
function rangePanel(data: RiskEvidenceData, width: number, yMax: number, { document, ids, t, locale }: DrawTarget<Words>): SVGSVGElement {
  const { range, danger } = data.byDanger;
  const format = (value: number) => locale.number(value);
  const marginLeft = 12;
  // As many ticks as fit across the plot (less a guess at the right margin, which holds the last tick's half).
  const xTicks = fittingTicks(0, yMax, width - marginLeft - 24, format, text.size, { most: 6, gap: 12 });
  // The last tick's number is centred on the plot's right edge: the margin holds its half.
  const marginRight = Math.ceil(textWidth(format(xTicks.at(-1)!), text.size) / 2) + 4;
  const plotWidth = width - marginLeft - marginRight;
  const scaleX = Plot.scale({ x: { domain: [0, yMax], range: [marginLeft, width - marginRight] } });
  const x = (value: number) => scaleX.apply(value) as number;

  // The range's label, centred over the bar as far as the drawing allows.
  const rangeLines = wrapText(t.varyingByRegion(locale.figure(range.figure)), plotWidth, text.size, { bold: true, balanced: true });
  const rangeLabelWidth = Math.max(...rangeLines.map((line) => textWidth(line, text.size, { bold: true })));
  const rangeLabelX = Math.min(Math.max(x((range.low + range.high) / 2), marginLeft + rangeLabelWidth / 2), width - marginRight - rangeLabelWidth / 2);
  // "less danger" and "more danger" each take at most half the bar, from its two ends.
  const half = (x(range.high) - x(range.low)) / 2 - 6;
  const lessLines = wrapText(t.lessDanger, half, text.size, { balanced: true });
  const moreLines = wrapText(t.moreDanger, half, text.size, { balanced: true });

  const barTop = 4 + rangeLines.length * text.lineHeight + 6;
  const bar = { top: barTop, bottom: barTop + 12 };
  const arrowY = bar.bottom + 14;
  const dangerTop = arrowY + 8;
  const dangerBottom = dangerTop + Math.max(lessLines.length, moreLines.length) * text.lineHeight;
  const plotBottom = dangerBottom + 6;
  const marginBottom = 34;

  const targets = [
    { figureId: range.figure.id, label: t.varyingByRegion(describePrice(range, t, locale)), y1: 0, y2: Math.max(bar.bottom + 2, minimumTarget) },
    {
      figureId: danger.quote.id,
      label: t.dangerMarkLabel(locale.capitalize(danger.source.referredToAs)),
      y1: Math.max(bar.bottom + 2, minimumTarget),
      y2: Math.max(plotBottom, Math.max(bar.bottom + 2, minimumTarget) + minimumTarget),
    },
  ];
  return Plot.plot({
    document,
    width,
    height: plotBottom + marginBottom,
    marginTop: 0,
    marginLeft,
    marginRight,
    marginBottom,
    x: { domain: [0, yMax], ticks: xTicks, tickFormat: format, grid: true, label: locale.currencyName('CNY', 'short'), labelAnchor: 'right', labelArrow: 'none' },
    // Rows are laid out in pixels from the measured labels above.
    y: { type: 'identity', axis: null },
    marks: [
      Plot.rect([range], { x1: 'low', x2: 'high', y1: () => bar.top, y2: () => bar.bottom, fill: colorOf, rx: 4 }),
      Plot.text([range], { x: () => scaleX.invert!(rangeLabelX), y: () => bar.top - 6, text: () => rangeLines.join('\n'), lineAnchor: 'bottom', fontWeight: 'bold', fill: colors.ink }),
      Plot.arrow(
        [
          { from: (range.low + range.high) / 2, to: range.low },
          { from: (range.low + range.high) / 2, to: range.high },
        ],
        { x1: 'from', x2: 'to', y1: () => arrowY, y2: () => arrowY, stroke: colors.muted, strokeWidth: 1.5, headLength: 7 },
      ),
      Plot.text([range], { x: 'low', y: () => dangerTop, text: () => lessLines.join('\n'), textAnchor: 'start', lineAnchor: 'top', fill: colors.muted }),
      Plot.text([range], { x: 'high', y: () => dangerTop, text: () => moreLines.join('\n'), textAnchor: 'end', lineAnchor: 'top', fill: colors.muted }),
      Plot.rect(targets, {
        x1: () => range.low,
        x2: () => range.high,
        y1: 'y1',
        y2: 'y2',
        insetLeft: -6,
        insetRight: -6,
        fill: 'transparent',
        render: focusableMarks(targets, ({ figureId, label }) => ({ figureId, label, describedBy: ids.source(figureId) })),
      }),
    ],
  }) as SVGSVGElement;
}

/**
 * Plot's drawing as a panel of the outer SVG: its contents moved into a group at (x, y), with
 * Plot's paint and text defaults, at the site's text size (Plot's own 10px would be too small).
 */
function placePanel(svg: Svg, panel: SVGSVGElement, x: number, y: number): void {
  const group = svg
    .append('g')
    .attr('data-layer', 'panel')
    .attr('transform', `translate(${x},${y})`)
    .attr('fill', panel.getAttribute('fill'))
    .attr('text-anchor', panel.getAttribute('text-anchor'))
    .attr('font-size', text.size);
  for (const child of Array.from(panel.children)) if (child.tagName.toLowerCase() !== 'style') group.append(() => child);
}

const headingLines = (heading: PanelText, width: number) => ({
  title: wrapText(heading.title, width, text.titleSize, { bold: true, balanced: true }),
  subtitle: wrapText(heading.subtitle, width, text.size),
});

/** The height a panel's title and subtitle take at this width. */
function headingHeight(heading: PanelText, width: number): number {
  const lines = headingLines(heading, width);
  return lines.title.length * text.titleLineHeight + lines.subtitle.length * text.lineHeight + 8;
}

/** A panel's title and its wrapped subtitle, hidden from screen readers (the frame's description says it all). */
function drawHeading(svg: Svg, heading: PanelText, x: number, y: number, width: number): void {
  const group = svg.append('g').attr('aria-hidden', 'true').attr('data-layer', 'panel-heading');
  const lines = headingLines(heading, width);
  lines.title.forEach((line, index) =>
    group.append('text').attr('x', x).attr('y', y + 14 + index * text.titleLineHeight).attr('font-size', text.titleSize).attr('font-weight', 700).attr('fill', colors.ink).text(line),
  );
  const subtitleTop = y + 14 + lines.title.length * text.titleLineHeight;
  lines.subtitle.forEach((line, index) =>
    group.append('text').attr('x', x).attr('y', subtitleTop + index * text.lineHeight).attr('fill', colors.muted).text(line),
  );
}

/** The band's wrapped lines and height at this width. */
function crackdownBand(data: RiskEvidenceData, width: number, t: Words, locale: Locale) {
  const words = crackdownText(data.doubling.crackdown, t, locale);
  const lines = wrapText(words, width - 12, text.size, { balanced: true });
  return { words, lines, height: Math.max(minimumTarget, lines.length * text.lineHeight + 10) };
}

/** The cited crackdown as a pale band with its words, itself a focusable mark. */
function drawCrackdownBand(svg: Svg, data: RiskEvidenceData, band: ReturnType<typeof crackdownBand>, { x, y, width }: { x: number; y: number; width: number }, { ids }: DrawTarget<Words>): void {
  const group = svg.append('g').attr('data-layer', 'context');
  group.append('rect').attr('x', x).attr('y', y).attr('width', width).attr('height', band.height).attr('fill', colors.wash).attr('rx', 3);
  band.lines.forEach((line, index) =>
    group.append('text').attr('aria-hidden', 'true').attr('x', x + 6).attr('y', y + 17 + index * text.lineHeight).attr('fill', colors.ink).text(line),
  );
  const target = group.append('rect').attr('x', x).attr('y', y).attr('width', width).attr('height', band.height).attr('rx', 3).attr('fill', 'transparent');
  const factId = data.doubling.crackdown.fact.id;
  makeFocusableMark(target.node()!, { figureId: factId, label: band.words, describedBy: ids.source(factId) });
}

export function riskEvidenceChart(data: RiskEvidenceData, target: DrawTarget<Words>): SVGSVGElement {
  const { layout, width, document, ids, t, locale } = target;
  const sideBySide = layout === 'wide';
  const panelWidth = sideBySide ? (width - panelGap) / 2 : width;
  const yMax = Math.max(...[data.doubling.day, data.byLength.perMorning, data.byDanger.range].map((datum) => datum.high));
  const [firstText, secondText, thirdText] = panelTexts(data, t, locale);

  const describedByOwnPrice = (datum: PriceDatum): MarkDescription => ({ figureId: datum.figure.id, label: describePrice(datum, t, locale), describedBy: ids.source(datum.figure.id) });
  const share = data.byLength.callShareOfDay.figure.id;
  const doubling: ColumnPanel = { columns: [data.doubling.earlier, data.doubling.day], describe: describedByOwnPrice };
  const byLength: ColumnPanel = {
    columns: [data.byLength.perCall, data.byLength.perMorning, data.byLength.day],
    // The call's column cites the derived share: its entry quotes the call's price and shows the division.
    describe: (datum) => (datum === data.byLength.perCall ? { figureId: share, label: describeCall(data, t, locale), describedBy: ids.source(share) } : describedByOwnPrice(datum)),
  };
  const columns = columnLayout([doubling.columns, byLength.columns], panelWidth, yMax, t, locale);
  const columnPlotHeight = columns.marginTop + columnHeight + columns.marginBottom;

  const svg: Svg = select(creator('svg').call(document.documentElement) as SVGSVGElement).attr('font-family', 'system-ui, sans-serif');

  // Panel 1: heading, then the crackdown band from the earlier column to the panel's right edge
  // (over the year the rate doubled), then the columns.
  const doublingPlot = columnPanel(doubling, columns, target);
  const bandX = (doublingPlot.scale('x')!.apply(data.doubling.earlier.column) as number) - 4;
  const bandWidth = panelWidth - 8 - bandX;
  const band = crackdownBand(data, bandWidth, t, locale);
  const firstHeading = headingHeight(firstText, panelWidth);
  // Side by side, the second panel's columns start level with the first's, below the taller heading.
  const plotsTop = sideBySide ? Math.max(firstHeading + band.height + 10, headingHeight(secondText, panelWidth)) : firstHeading + band.height + 10;
  drawHeading(svg, firstText, 0, 0, panelWidth);
  drawCrackdownBand(svg, data, band, { x: bandX, y: plotsTop - 10 - band.height, width: bandWidth }, target);
  placePanel(svg, doublingPlot, 0, plotsTop);

  // Panel 2: beside the first, or under it.
  const secondX = sideBySide ? panelWidth + panelGap : 0;
  const secondTop = sideBySide ? 0 : plotsTop + columnPlotHeight + panelGap;
  drawHeading(svg, secondText, secondX, secondTop, panelWidth);
  const byLengthTop = sideBySide ? plotsTop : secondTop + headingHeight(secondText, panelWidth);
  placePanel(svg, columnPanel(byLength, columns, target), secondX, byLengthTop);

  // Panel 3: the whole width.
  const thirdTop = byLengthTop + columnPlotHeight + panelGap;
  const thirdHeading = headingHeight(thirdText, width);
  drawHeading(svg, thirdText, 0, thirdTop, width);
  const rangePlot = rangePanel(data, width, yMax, target);
  placePanel(svg, rangePlot, 0, thirdTop + thirdHeading);

  const height = thirdTop + thirdHeading + Number(rangePlot.getAttribute('height'));
  return svg.attr('viewBox', `0 0 ${width} ${height}`).attr('width', width).attr('height', height).node()!;
}
