/**
 * The COVID-trade chart: China–North Korea trade as bars on a time axis (by year, or 2020 by
 * month), and below it, on the same axis, one row per border or crackdown event, report and
 * statement of a report, in time order. Each report is a vertical rule in its colour through
 * both panels; its statements sit on it (or before it, or in the span it names).
 *
 * Bars, not a line: each figure is a total over its period, so a bar spans exactly that period.
 * January–February 2020 is one figure for two months: it spans both, but as a dotted outline
 * with no fill, since a two-month total at full height across two month-widths would read as
 * twice the trade; it is labelled as the two months together. Months nobody reported are a
 * shaded gap labelled "Not known", and nothing is drawn across them.
 *
 * Rows, not labels crowded onto one strip: at 320px a row per item keeps every label legible
 * and every focus target 24px tall without overlap, and top to bottom is time order, which is
 * also the keyboard order. Text is wrapped here (estimated widths), so the layout is the same at
 * build time and in a browser.
 *
 * Pure: (data, options) → <svg>. Plot draws; positions are computed here in pixels (identity
 * scales) because the rows' layout depends on the text they hold, and months are drawn equal.
 */
import * as Plot from '@observablehq/plot';
import { capitalize, formatContextFact, formatLargeDollars } from '../../lib/format';
import { periodLabel, shortPeriodLabel } from '../../lib/period';
import { interviewDateLabel } from '../../lib/sources';
import { colors, reportColors } from '../../styles/tokens';
import { focusableMarks, type MarkDescription } from '../svg';
import { textWidth, wrapText } from '../text';
import type { Source } from '../../data/schema';
import type { Annotation, Gap, ReportMarker, TimelineEvent, TimelineItem, TradeDatum, ViewData } from './data';

export interface CovidTradeOptions {
  /** Width in px of the drawing; the component draws a narrow and a wide version of each view. */
  width: number;
  /** A DOM document: linkedom's at build time, `window.document` in the browser. */
  document: Document;
  /** The id of the frame's source entry for a context fact or quotation, for aria-describedby. */
  sourceElementId?: (entryId: string) => string;
}


interface Sizes {
  /** Row labels. */
  font: number;
  /** Ticks, value labels, axis labels: never under 11px at the narrow width. */
  small: number;
  /** The least room left of the bars: widened to fit the value axis's widest tick label. */
  marginLeft: number;
  marginRight: number;
  /** Height of the bars' area. */
  barsHeight: number;
  /** Length of the arrow that says "before this report". */
  beforeArrow: number;
}

// The narrow drawing gives the bars all the width it can: twelve months must be 24px each to
// keep the monthly focus targets 24px wide (320 − 28 − 2 = 290 > 12 × 24). The tick labels may
// widen the left margin ("3 bn" needs more than "250"); a test checks the months stay 24px.
const narrowSizes: Sizes = { font: 12, small: 11, marginLeft: 28, marginRight: 2, barsHeight: 130, beforeArrow: 30 };
// The wide drawing is shown from 520px, scaled down to 0.81: 13px text still reads at 10.6px.
const wideSizes: Sizes = { font: 14, small: 13, marginLeft: 44, marginRight: 16, barsHeight: 170, beforeArrow: 44 };
const sizesFor = (width: number) => (width < 480 ? narrowSizes : wideSizes);

/** Line height, in ems, of every multi-line label. */
const lineHeight = 1.2;
/** Keyboard and pointer targets are at least this tall and wide (WCAG 2.5.8). */
const minTarget = 24;
/** Diameter of an event's dot, and the height of a span's bar. */
const markerSize = 10;
/** Gap between a marker and its label, and between the drawing's edge and any text. */
const labelGap = 6;
const edgePad = 3;
/** Space between two rows' focus targets. */
const rowGap = 3;

/* Numbers: always through formatLargeDollars, split into the figure and its unit for labels. */

/** "US$2.79 bn" → { number: "2.79", unit: "bn" }; "US$0" → { number: "0", unit: "" }. */
export function dollarParts(value: number): { number: string; unit: string } {
  const match = /^US\$(\S+)(?: (\w+))?$/.exec(formatLargeDollars(value));
  if (!match) throw new Error(`covid-trade: cannot split "${formatLargeDollars(value)}" into a number and a unit`);
  return { number: match[1]!, unit: match[2] ?? '' };
}

/** The unit every value of a view shares ("m" for 2020 by month), or null when they differ. */
export function sharedUnit(trade: readonly TradeDatum[]): string | null {
  const units = new Set(trade.map((datum) => dollarParts(datum.value).unit));
  return units.size === 1 ? [...units][0]! : null;
}

/** A value-axis tick: "250" when the axis title carries the shared unit, else with its own: "3 bn". */
export function tickLabel(value: number, unit: string | null): string {
  const parts = dollarParts(value);
  return unit === null && parts.unit ? `${parts.number} ${parts.unit}` : parts.number;
}

/** Between a tick label's end and the bars. */
const tickGap = 4;

/** The label over a bar: "≈2.79\nbn", or "≈24" when the axis title carries the shared unit. */
export function valueLabel(datum: TradeDatum, unit: string | null): string {
  const { number, unit: own } = dollarParts(datum.value);
  const about = datum.approximate ? '≈' : '';
  return unit === null ? `${about}${number}\n${own}` : `${about}${number}`;
}

/** Round steps for the value axis: at most about five intervals, from zero past the largest value. */
export function valueTicks(max: number): number[] {
  const rough = max / 5;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 2.5, 5, 10].map((multiple) => multiple * power).find((candidate) => candidate >= rough)!;
  return Array.from({ length: Math.ceil(max / step) + 1 }, (_, index) => index * step);
}

/* What each mark says, to a screen reader and in its tooltip headline. */

/** "Trade, 2019: about US$2.79 bn"; derived, combined months and less certain values say so. */
export function describeTrade(datum: TradeDatum): string {
  const together = datum.units > 1 ? ' together' : '';
  const derived = datum.derived ? ', derived' : '';
  const lessCertain = datum.caveats.length > 0 ? ', less certain' : '';
  return `China–North Korea trade, ${periodLabel(datum.fact.period)}${together}: ${formatContextFact(datum.fact)}${derived}${lessCertain}`;
}

export function describeEvent(event: TimelineEvent): string {
  return `${periodLabel(event.fact.period)}: ${event.fact.measures}`;
}

/** When an annotation's words apply, in words: "before its interview of 27 May 2019 (year inferred)". */
export function annotationWhen(annotation: Annotation): string {
  const interview = `its interview of ${interviewDateLabel(annotation.source)}`;
  if (annotation.placement === 'before') return `before ${interview}`;
  if (annotation.placement === 'at') return `at ${interview}`;
  const after = annotation.after ? `${annotation.after.words} (${periodLabel(annotation.after.event.fact.period)})` : 'its start';
  return `between ${after} and ${interview}`;
}

export function describeAnnotation(annotation: Annotation): string {
  return `${capitalize(annotation.source.referredToAs)} on the rental business, ${annotationWhen(annotation)}`;
}

/** A date that wraps as one word. */
const unbroken = (text: string) => text.replace(/ /g, '\u00a0');

/** "First report": how a row names a report, its full name ("the first report") without the article. */
const reportName = (source: Source) => capitalize(source.referredToAs.replace(/^the /, ''));

/** What a row writes beside its marker: short, since the mark's aria-label and tooltip say it in full. */
function rowText(item: TimelineItem): string {
  if (item.kind === 'event') return `${item.label}, ${unbroken(shortPeriodLabel(item.fact.period))}`;
  if (item.kind === 'report') {
    // "27 May 2019" and "(year inferred)" each stay whole.
    const [date, inferred = ''] = interviewDateLabel(item.source).split(/ (?=\()/);
    return `${reportName(item.source)}: ${unbroken(date!)} ${unbroken(inferred)}`.trim();
  }
  const quoted = `“${item.quote.text}”`;
  if (item.placement === 'before') return `Before this report: ${quoted}`;
  if (item.placement === 'between') return `After the closure: ${quoted}`;
  return quoted;
}

/* Layout. */

type Shape = 'span' | 'dot' | 'before' | 'between' | 'none';

export interface Row {
  item: TimelineItem;
  shape: Shape;
  /** The marker's horizontal extent and the centre of its first text line. */
  x1: number;
  x2: number;
  y: number;
  top: number;
  bottom: number;
  lines: string[];
  textX: number;
  textAnchor: 'start' | 'end';
  textTop: number;
  /** The focus target: marker and label together. */
  targetX1: number;
  targetX2: number;
  color: string;
  bold: boolean;
}

const itemColor = (item: TimelineItem) => (item.kind === 'event' ? colors.ink : (reportColors[item.source.id] ?? colors.ink));

function layoutRows(timeline: readonly TimelineItem[], x: (date: Date) => number, width: number, top: number, sizes: Sizes): Row[] {
  const rows: Row[] = [];
  let rowTop = top;
  const lineStep = sizes.font * lineHeight;
  for (const item of timeline) {
    let shape: Shape;
    let x1: number;
    let x2: number;
    if (item.kind === 'report') {
      shape = 'none';
      x1 = x2 = x(item.date);
    } else if (item.kind === 'event') {
      x1 = x(item.start);
      x2 = x(item.end);
      shape = x2 - x1 > markerSize ? 'span' : 'dot';
      if (shape === 'dot') [x1, x2] = [(x1 + x2) / 2 - markerSize / 2, (x1 + x2) / 2 + markerSize / 2];
    } else if (item.placement === 'before') {
      shape = 'before';
      x2 = x(item.end);
      x1 = x2 - sizes.beforeArrow;
    } else if (item.placement === 'between' && item.start) {
      shape = 'between';
      x1 = x(item.start);
      x2 = x(item.end);
    } else {
      shape = 'dot';
      x1 = x(item.end) - markerSize / 2 - 1;
      x2 = x(item.end) + markerSize / 2 + 1;
    }
    const bold = item.kind === 'report';
    const text = rowText(item);
    const oneLine = textWidth(text, sizes.font, { bold });
    const roomRight = width - edgePad - (x2 + labelGap);
    const roomLeft = x1 - labelGap - edgePad;
    const right = oneLine <= roomRight || (oneLine > roomLeft && roomRight >= roomLeft);
    const lines = wrapText(text, right ? roomRight : roomLeft, sizes.font, { bold, balanced: true });
    const textWidthPx = Math.max(...lines.map((line) => textWidth(line, sizes.font, { bold })));
    const height = Math.max(minTarget + rowGap, lines.length * lineStep + rowGap + 4);
    const textTop = rowTop + (height - lines.length * lineStep) / 2;
    const textX = right ? x2 + labelGap : x1 - labelGap;
    rows.push({
      item,
      shape,
      x1,
      x2,
      y: textTop + lineStep / 2,
      top: rowTop,
      bottom: rowTop + height,
      lines,
      textX,
      textAnchor: right ? 'start' : 'end',
      textTop,
      targetX1: Math.min(x1, right ? x1 : textX - textWidthPx) - 3,
      targetX2: Math.max(x2, right ? textX + textWidthPx : x2) + 3,
      color: itemColor(item),
      bold,
    });
    rowTop += height;
  }
  return rows;
}

/**
 * A time axis on which every calendar month (or year) has the same width, and a day sits at its
 * place within its month: each bar is a month's or a year's total, so equal periods get equal
 * bars, and the shortest month is as wide as the rest (24px at 320px, the least a focus target
 * may be).
 */
export function calendarScale(domain: [Date, Date], unit: 'month' | 'year', [left, right]: [number, number]): (date: Date) => number {
  const position = (date: Date) => {
    const year = date.getUTCFullYear();
    if (unit === 'year') {
      const start = Date.UTC(year, 0, 1);
      return year + (date.getTime() - start) / (Date.UTC(year + 1, 0, 1) - start);
    }
    const month = date.getUTCMonth();
    const start = Date.UTC(year, month, 1);
    return year * 12 + month + (date.getTime() - start) / (Date.UTC(year, month + 1, 1) - start);
  };
  const [first, last] = domain.map(position) as [number, number];
  return (date) => left + ((position(date) - first) / (last - first)) * (right - left);
}

/** A value over its bar: horizontal when the labels of a view fit side by side, else all turned upright. */
export interface ValueLabel {
  datum: TradeDatum;
  text: string;
  x: number;
  /** Where the label starts: just above the bar's top. */
  y: number;
  rotated: boolean;
  /** How far the label reaches up from `y`. */
  extent: number;
}

/** Where the drawing puts things, exported so tests can check marks against the time axis. */
export interface CovidTradeLayout {
  width: number;
  height: number;
  /** Where the bars start: room for the value axis's tick labels. */
  marginLeft: number;
  x: (date: Date) => number;
  /** Top of the bars' area and the bars' baseline. */
  barsTop: number;
  baseline: number;
  y: (value: number) => number;
  ticks: number[];
  /** The unit every value shares, given once in the title, or null when each label carries its own. */
  unit: string | null;
  valueLabels: ValueLabel[];
  rows: Row[];
}

/** The gap between a bar's top and its label. */
const labelLift = 3;
/** The least horizontal space between two neighbouring value labels at the same height. */
const labelSpacing = 4;

export function covidTradeLayout(view: ViewData, width: number): CovidTradeLayout {
  const sizes = sizesFor(width);
  const unit = sharedUnit(view.trade);
  const ticks = valueTicks(Math.max(...view.trade.map((datum) => datum.value)));
  const top = ticks.at(-1)!;
  // Wide enough that no tick label reaches past the drawing's left edge.
  const widestTick = Math.max(...ticks.map((tick) => textWidth(tickLabel(tick, unit), sizes.small)));
  const marginLeft = Math.max(sizes.marginLeft, Math.ceil(edgePad + widestTick + tickGap));
  const x = calendarScale(view.domain, view.view === 'monthly' ? 'month' : 'year', [marginLeft, width - sizes.marginRight]);
  // How far below the top of the bars' area each bar's top sits: fixed by the data, whatever
  // room is left above for the labels.
  const depth = (datum: TradeDatum) => sizes.barsHeight * (1 - datum.value / top);

  const lineStep = sizes.small * lineHeight;
  const labels = view.trade.map((datum) => {
    const lines = valueLabel(datum, unit).split('\n');
    const middle = (x(datum.start) + x(datum.end)) / 2;
    const bottom = depth(datum) - labelLift;
    // One box per line (from the bottom line up), measured from the top of the bars' area.
    const boxes = lines.map((line, index) => {
      const half = textWidth(line, sizes.small) / 2;
      const lineBottom = bottom - (lines.length - 1 - index) * lineStep;
      return { x1: middle - half, x2: middle + half, y1: lineBottom - lineStep, y2: lineBottom };
    });
    return { datum, lines, middle, bottom, boxes, height: lines.length * lineStep };
  });
  // Side by side unless two neighbours' labels would come within `labelSpacing` of each other
  // (2020's months at 320px): then every label of the drawing turns upright, one line each,
  // inside its own column.
  const collide = labels.some((label, index) =>
    (labels[index + 1]?.boxes ?? []).some((next) =>
      label.boxes.some((box) => next.x1 - box.x2 < labelSpacing && box.x1 - next.x2 < labelSpacing && next.y1 < box.y2 && box.y1 < next.y2),
    ),
  );
  const extents = labels.map((label) => (collide ? textWidth(label.lines.join(' '), sizes.small) : label.height));
  const headroom = Math.max(0, ...labels.map((label, index) => extents[index]! - label.bottom));

  const titleBottom = 4 + sizes.small * lineHeight;
  const barsTop = titleBottom + headroom + 4;
  const baseline = barsTop + sizes.barsHeight;
  const y = (value: number) => baseline - (value / top) * sizes.barsHeight;
  const valueLabels = labels.map((label, index) => ({
    datum: label.datum,
    text: label.lines.join(collide ? ' ' : '\n'),
    x: label.middle,
    y: barsTop + label.bottom,
    rotated: collide,
    extent: extents[index]!,
  }));
  const axisLabelsBottom = baseline + 6 + 2 * sizes.small * lineHeight;
  const rows = layoutRows(view.timeline, x, width, axisLabelsBottom + 10, sizes);
  const height = (rows.at(-1)?.bottom ?? axisLabelsBottom) + 8;
  return { width, height, marginLeft, x, barsTop, baseline, y, ticks, unit, valueLabels, rows };
}

/* Drawing. */

/** "2017", "Jan–Feb": the period under a bar, without the year the view's title gives. */
function periodTick(period: string, view: ViewData): string {
  const label = shortPeriodLabel(period);
  return view.view === 'monthly' ? label.replace(/ \d{4}$/, '') : label;
}

export function covidTradeChart(view: ViewData, { width, document, sourceElementId }: CovidTradeOptions): SVGSVGElement {
  const sizes = sizesFor(width);
  const { x, y, barsTop, baseline, rows, height, marginLeft, ticks, unit, valueLabels } = covidTradeLayout(view, width);
  const describedBy = (entryId: string) => (sourceElementId ? { describedBy: sourceElementId(entryId) } : {});

  const year = view.domain[0].getUTCFullYear();
  const title =
    view.view === 'monthly' ? `China–North Korea trade in ${year}, US$${unit ? ` ${unit}` : ''}` : `China–North Korea trade by year, US$${unit ? ` ${unit}` : ''}`;

  const lessCertain = (datum: TradeDatum) => datum.caveats.length > 0;
  // A figure for several periods together is drawn apart, whatever else it is (see below).
  const single = view.trade.filter((datum) => datum.units === 1);
  const reported = single.filter((datum) => !datum.derived && !lessCertain(datum));
  const derived = single.filter((datum) => datum.derived);
  const uncertain = single.filter((datum) => !datum.derived && lessCertain(datum));
  const combined = view.trade.filter((datum) => datum.units > 1);
  const barTop = (datum: TradeDatum) => y(datum.value);
  const labelOf = new Map(valueLabels.map((label) => [label.datum, label]));
  const labelTop = (datum: TradeDatum) => barTop(datum) - labelLift - (labelOf.get(datum)?.extent ?? 0);
  const middle = (datum: { start: Date; end: Date }) => (x(datum.start) + x(datum.end)) / 2;
  const barInset = 1.5;
  const bar = (data: TradeDatum[], style: Plot.RectOptions) =>
    Plot.rect(data, {
      x1: (datum: TradeDatum) => x(datum.start) + barInset,
      x2: (datum: TradeDatum) => x(datum.end) - barInset,
      y1: baseline,
      y2: barTop,
      className: 'covid-trade-bar',
      ...style,
    });

  const reports = rows.flatMap((row) => (row.item.kind === 'report' ? [row.item] : []));
  const reportRuleTop = barsTop - 4;
  const reportRuleBottom = height - 4;
  const events = rows.filter((row) => row.item.kind === 'event');
  const dots = rows.filter((row) => row.shape === 'dot' && row.item.kind === 'annotation');
  const focusRows = rows.filter((row) => row.item.kind !== 'report');
  const halo = { stroke: colors.paper, strokeWidth: 3, paintOrder: 'stroke' } as const;
  const boundaries = [...new Set(view.trade.flatMap((datum) => [datum.start.getTime(), datum.end.getTime()]))].map((time) => new Date(time));
  const rowsTop = rows[0]?.top ?? baseline;

  const svg = Plot.plot({
    document,
    width,
    height,
    margin: 0,
    x: { type: 'identity', axis: null },
    y: { type: 'identity', axis: null },
    marks: [
      // Title of the value axis, ticks and horizontal grid.
      Plot.text([title], { x: edgePad, y: 4, text: (text: string) => text, textAnchor: 'start', lineAnchor: 'top', fontSize: sizes.small, fill: colors.ink, fontWeight: 'bold' }),
      Plot.ruleY(ticks, { y, x1: marginLeft, x2: width - sizes.marginRight, stroke: colors.grid, className: 'covid-trade-grid' }),
      Plot.text(ticks, { x: marginLeft - tickGap, y, text: (tick: number) => tickLabel(tick, unit), textAnchor: 'end', fontSize: sizes.small, fill: colors.muted }),
      // Period boundaries, carried down through the rows so a row's marker can be read against them.
      Plot.ruleX(boundaries, { x, y1: rowsTop, y2: height - 4, stroke: colors.grid, className: 'covid-trade-grid' }),
      // Months nobody reported: a shaded gap that says so. Nothing else is drawn across it.
      Plot.rect(view.gaps, {
        x1: (gap: Gap) => x(gap.start) + barInset,
        x2: (gap: Gap) => x(gap.end) - barInset,
        y1: baseline,
        y2: barsTop,
        fill: colors.wash,
        stroke: colors.rule,
        strokeDasharray: '4,3',
        className: 'covid-trade-gap',
      }),
      Plot.text(view.gaps, { x: middle, y: (baseline + barsTop) / 2, text: () => 'Not known', fontSize: sizes.small, fill: colors.muted, className: 'covid-trade-gap' }),
      // Reported totals solid; derived sums hollow (as on every chart of the site); less certain dashed.
      bar(reported, { fill: colors.muted }),
      bar(derived, { fill: colors.paper, stroke: colors.muted, strokeWidth: 1.5 }),
      bar(uncertain, { fill: colors.rule, stroke: colors.muted, strokeWidth: 1.5, strokeDasharray: '4,3' }),
      // Several months' total, not on the per-month scale: an outline only, dotted, with no fill,
      // so it does not stand as a mass twice a month's width beside the single months.
      bar(combined, { fill: 'none', stroke: colors.muted, strokeWidth: 2, strokeDasharray: '0.5,3.5', strokeLinecap: 'round' }),
      Plot.ruleY([baseline], { x1: marginLeft, x2: width - sizes.marginRight, stroke: colors.ink, className: 'covid-trade-axis' }),
      // Each report's date, through both panels, with a halo where it crosses a bar.
      Plot.ruleX(reports, { x: (report: ReportMarker) => x(report.date), y1: reportRuleTop, y2: reportRuleBottom, stroke: colors.paper, strokeWidth: 4 }),
      Plot.ruleX(reports, {
        x: (report: ReportMarker) => x(report.date),
        y1: reportRuleTop,
        y2: reportRuleBottom,
        stroke: (report: ReportMarker) => reportColors[report.source.id] ?? colors.ink,
        strokeWidth: 1.5,
        className: 'covid-trade-report',
      }),
      Plot.text(
        valueLabels.filter((label) => !label.rotated),
        { x: 'x', y: 'y', text: 'text', lineAnchor: 'bottom', lineHeight, fontSize: sizes.small, fill: colors.ink, className: 'covid-trade-value', ...halo },
      ),
      Plot.text(
        valueLabels.filter((label) => label.rotated),
        { x: 'x', y: 'y', text: 'text', rotate: -90, textAnchor: 'start', lineAnchor: 'middle', fontSize: sizes.small, fill: colors.ink, className: 'covid-trade-value', ...halo },
      ),
      Plot.text([...view.trade, ...view.gaps], {
        x: middle,
        y: baseline + 6,
        text: (datum: TradeDatum | Gap) =>
          'fact' in datum ? `${periodTick(datum.fact.period, view)}${datum.units > 1 && view.view === 'monthly' ? '\ntogether' : ''}` : periodTick(datum.period, view),
        lineAnchor: 'top',
        lineHeight,
        fontSize: sizes.small,
        fill: colors.ink,
      }),
      // The rows: events in ink, the reports' words in the report's colour.
      Plot.rect(
        events.filter((row) => row.shape === 'span'),
        { x1: 'x1', x2: 'x2', y1: (row: Row) => row.y - markerSize / 2, y2: (row: Row) => row.y + markerSize / 2, rx: markerSize / 2, fill: colors.ink, className: 'covid-trade-event' },
      ),
      Plot.dot(
        events.filter((row) => row.shape === 'dot'),
        { x: (row: Row) => (row.x1 + row.x2) / 2, y: 'y', r: markerSize / 2, fill: colors.ink, className: 'covid-trade-event' },
      ),
      Plot.dot(dots, { x: (row: Row) => (row.x1 + row.x2) / 2, y: 'y', r: markerSize / 2 + 1, fill: 'color', stroke: colors.paper, strokeWidth: 1.5, className: 'covid-trade-annotation' }),
      Plot.rect(
        rows.filter((row) => row.shape === 'between'),
        {
          x1: 'x1',
          x2: 'x2',
          y1: (row: Row) => row.y - markerSize / 2,
          y2: (row: Row) => row.y + markerSize / 2,
          rx: markerSize / 2,
          fill: colors.paper,
          stroke: 'color',
          strokeWidth: 1.5,
          strokeDasharray: '4,3',
          className: 'covid-trade-annotation',
        },
      ),
      Plot.arrow(
        rows.filter((row) => row.shape === 'before'),
        { x1: 'x2', x2: 'x1', y1: 'y', y2: 'y', stroke: 'color', strokeWidth: 1.5, strokeDasharray: '4,3', headLength: 8, className: 'covid-trade-annotation' },
      ),
      // Plot takes text anchor and weight per mark, not per row: one text mark for each pairing.
      ...(['start', 'end'] as const).flatMap((anchor) =>
        [false, true].map((bold) =>
          Plot.text(
            rows.filter((row) => row.textAnchor === anchor && row.bold === bold),
            {
              x: 'textX',
              y: 'textTop',
              text: (row: Row) => row.lines.join('\n'),
              textAnchor: anchor,
              lineAnchor: 'top',
              lineHeight,
              fontSize: sizes.font,
              fill: 'color',
              fontWeight: bold ? 'bold' : 'normal',
              className: 'covid-trade-row-label',
              ...halo,
            },
          ),
        ),
      ),
      // Hover and focus targets, last and in reading order: the bars left to right, then the rows
      // top to bottom (time order in both).
      Plot.rect(view.trade, {
        x1: (datum: TradeDatum) => x(datum.start),
        x2: (datum: TradeDatum) => x(datum.end),
        y1: baseline,
        y2: (datum: TradeDatum) => Math.min(labelTop(datum) - 2, baseline - minTarget),
        fill: 'transparent',
        className: 'covid-trade-target',
        render: focusableMarks(view.trade, (datum): MarkDescription => ({
          figureId: datum.fact.id,
          label: describeTrade(datum),
          ...describedBy(datum.fact.id),
        })),
      }),
      Plot.rect(focusRows, {
        x1: 'targetX1',
        x2: 'targetX2',
        y1: (row: Row) => row.top + rowGap / 2,
        y2: (row: Row) => row.bottom - rowGap / 2,
        rx: 4,
        fill: 'transparent',
        className: 'covid-trade-target',
        render: focusableMarks(focusRows, (row): MarkDescription => {
          const item = row.item as TimelineEvent | Annotation;
          return item.kind === 'event'
            ? { figureId: item.fact.id, label: describeEvent(item), ...describedBy(item.fact.id) }
            : { figureId: item.quote.id, label: describeAnnotation(item), ...describedBy(item.quote.id) };
        }),
      }),
    ],
  }) as SVGSVGElement;
  // Every text sets its own size; the root's own (Plot's 10px) is set to the smallest used, so
  // no text could inherit a size under 11px at the narrow width.
  svg.setAttribute('font-size', String(sizes.small));
  return svg;
}
