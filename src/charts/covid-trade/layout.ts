/**
 * Where the COVID-trade drawing puts things, from measured text (text.ts). Top to bottom:
 *
 * 1. the title, which names the unit (US$ bn by year, US$ m by month);
 * 2. the reports' strip: each report's interview date on a line of its own, its leader running
 *    down to a marker just over the value label of the bar the date falls in, so the dates are
 *    marked without a rule through bars or labels;
 * 3. the bars on a true time axis, each with its value over it and its period under it; no value
 *    axis, since every bar carries its value. By month, a trailing run of months nobody reported
 *    is one narrow empty column ("No figure found", just over a dotted baseline) beside the axis,
 *    not months of empty width and never a box that could read as a value; a figure for
 *    several months together is drawn at its monthly average across them, marked as such;
 * 4. a compact strip of border and crackdown events on the same time axis, packed into as few
 *    rows as their labels allow.
 *
 * Pure geometry, exported so tests can check marks against the time axis; chart.ts draws it.
 */
import * as Plot from '@observablehq/plot';
import type { LayoutName } from '../layouts';
import { minimumTextSize } from '../layouts';
import { lineSpacing, textWidth, wrapText } from '../text';
import type { Gap, ReportMarker, TimelineEvent, TradeDatum, ViewData } from './data';
import { dayText, eventLabel, periodText, reportName, spanText, unbroken, valueLabel, type Context, type PeriodStyle } from './words';

export const fontSize = minimumTextSize;
/** The distance between lines, in px, of every label: room for each line's whole box (text.ts). */
export const lineStep = lineSpacing(fontSize);

/** The bars' height: on a phone, at least as tall as the events' strip, whose dated labels take four rows there. */
const barsHeights: Record<LayoutName, number> = { narrow: 160, medium: 140, wide: 150 };

/** Keyboard and pointer targets are at least this tall and wide (WCAG 2.5.8). */
export const minTarget = 24;
/** Diameter of an event's dot, and the height of a span's bar. */
export const markerSize = 10;
/** Between a marker and its label. */
const labelGap = 5;
/** Between the drawing's edge and any text. */
export const edgePad = 3;
/** Between a bar's top and its label, and between the baseline and a period label. */
export const labelLift = 3;
export const periodLabelDrop = 5;
/** Above and below the labels of a row of events, together. */
const rowPad = 6;
/** The least space between two labels side by side. */
const labelSpacing = 4;
/** A bar is this much narrower than its period on each side, so neighbours stay apart. */
export const barInset = 1;
/** Hover and focus targets cover nearly the whole period, so neighbouring targets leave no gap. */
export const targetInset = 0.25;
/** The height of a report's marker (a triangle pointing down at its date). */
export const reportMarkerHeight = 7;
/** Between a report's marker and the value label under it. */
export const reportTipGap = 2;

export interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

const overlaps = (a: Box, b: Box, spacing = labelSpacing) =>
  a.left < b.right + spacing && b.left < a.right + spacing && a.top < b.bottom && b.top < a.bottom;

/** The centre that keeps a label `halfWidth` either side of it inside [left, right]. */
const clamp = (centre: number, halfWidth: number, [left, right]: [number, number]) => Math.min(Math.max(centre, left + halfWidth), right - halfWidth);

const middleOf = ({ start, end }: { start: Date; end: Date }) => new Date((start.getTime() + end.getTime()) / 2);

const widest = (lines: readonly string[], bold = false) => Math.max(0, ...lines.map((line) => textWidth(line, fontSize, { bold })));

/** The lines of a label, one box per line, centred on `x` with the top of its first line at `top`. */
function lineBoxes(lines: readonly string[], x: number, top: number, { bold = false } = {}): Box[] {
  return lines.map((line, index) => {
    const half = textWidth(line, fontSize, { bold }) / 2;
    return { left: x - half, right: x + half, top: top + index * lineStep, bottom: top + (index + 1) * lineStep };
  });
}

export interface ValueLabel {
  datum: TradeDatum;
  lines: string[];
  /** Centre of the label (clamped inside the drawing), in px. */
  x: number;
  /** The top of its first line, in px. */
  top: number;
  bold: boolean;
}

/** One line of the words under a bar or the gap: its period, or "average" below it. */
export interface PeriodLabel {
  item: TradeDatum | Gap;
  text: string;
  /** 0 for the period, 1 for the line under it. */
  line: number;
  /** Centre of the line (clamped inside the drawing), in px. */
  x: number;
}

/** A bar in px: its period's extent, and the value it stands at (a monthly average for several months). */
export interface Bar {
  datum: TradeDatum;
  x1: number;
  x2: number;
  /** The value drawn: the figure, or its average over the months it covers. */
  drawn: number;
  averaged: boolean;
  focus: boolean;
}

export interface ReportMark {
  report: ReportMarker;
  x: number;
  /** Its label: on its own line of the strip. */
  lines: string[];
  textX: number;
  textAnchor: 'start' | 'end';
  textTop: number;
  /** Where its leader runs down from the label to the marker. */
  leaderTop: number;
  /** The marker's point: just over the value label of the bar its date falls in, else over the bars. */
  tip: number;
}

export interface EventMark {
  event: TimelineEvent;
  shape: 'dot' | 'span';
  x1: number;
  x2: number;
  /** The marker's vertical centre. */
  y: number;
  lines: string[];
  textX: number;
  textAnchor: 'start' | 'end';
  textTop: number;
  /** The focus target: marker and label together. */
  target: Box;
}

export interface CovidTradeLayout {
  width: number;
  height: number;
  title: string[];
  reports: ReportMark[];
  /** The foot of the reports' strip (their labels and markers); short bars may rise beside its labels, never into them. */
  reportsBaseline: number;
  /** The bars' area: its top (the tallest bar's top) and the baseline. */
  plotTop: number;
  baseline: number;
  /** Time → px (Plot's scale, the same the drawing uses), and US$ → px. */
  x: Plot.Scale;
  y: (value: number) => number;
  bars: Bar[];
  /** Months nobody reported: on the time axis, or the trailing run as one column beside it. */
  gaps: { gap: Gap; x1: number; x2: number; lines: string[]; textTop: number }[];
  valueLabels: ValueLabel[];
  periodLabels: PeriodLabel[];
  /** The bottom of the period labels. */
  periodsBottom: number;
  events: EventMark[];
  /** The line the events sit on, and its extent. */
  eventsTop: number;
  /** The top of each bar's focus target, in px: above its label, and at least 24 px tall. */
  targetTop: Map<TradeDatum, number>;
}

/** The value each view writes its figures in: billions by year, millions by month. */
export const viewUnit = (view: ViewData) => (view.unit === 'year' ? 'bn' : 'm') as 'bn' | 'm';

/** The report's label on the strip: "The first report, 27 May 2019 (year inferred)": a year shown is said to be inferred where it is shown. */
export function reportText(report: ReportMarker, context: Context): string {
  return context.t.reportMark({ report: reportName(report.source, context), date: unbroken(dayText(report.date, context)), yearInferred: report.source.year.inferred });
}

/**
 * The reports' strip: earliest on top, each label beside its date on the side with room, and a
 * leader from it down to the marker. A leader passes only lines below its own label, so it is
 * kept clear of the later reports' labels (they are tried on either side). A later report shares
 * the line of the one before when its label fits there clear of that label and of every leader,
 * which keeps the strip short on a phone; otherwise it takes a line of its own.
 */
function layoutReports(reports: ReportMarker[], px: (date: Date) => number, top: number, width: number, context: Context): { marks: ReportMark[]; bottom: number } {
  const marks: ReportMark[] = [];
  const leaders: number[] = [];
  // The line being filled: its top, its tallest label's lines, and the extents of its labels.
  let row = { top, lines: 0, boxes: [] as { left: number; right: number }[] };
  for (const report of [...reports].sort((a, b) => a.date.getTime() - b.date.getTime())) {
    const x = px(report.date);
    const text = reportText(report, context);
    const room = { right: width - edgePad - (x + labelGap), left: x - labelGap - edgePad };
    const crossesLeader = (left: number, right: number) => leaders.some((leader) => leader > left - labelSpacing && leader < right + labelSpacing);
    const sides = (['right', 'left'] as const).map((side) => {
      const lines = wrapText(text, Math.max(room[side], 40), fontSize, { bold: true, balanced: true });
      const textWidthPx = widest(lines, true);
      const [left, right] = side === 'right' ? [x + labelGap, x + labelGap + textWidthPx] : [x - labelGap - textWidthPx, x - labelGap];
      const fits = left >= edgePad - 0.5 && right <= width - edgePad + 0.5;
      return { side, lines, left, right, fits, crosses: crossesLeader(left, right), score: (fits ? 0 : 1000) + (crossesLeader(left, right) ? 100 : 0) + lines.length };
    });
    // On the line being filled: beside the labels already there, crossing no leader, and no label there over its own leader.
    const shared = sides
      .filter(({ fits, crosses, left, right }) => row.boxes.length > 0 && fits && !crosses && row.boxes.every((box) => right + labelSpacing * 2 < box.left || left > box.right + labelSpacing * 2) && row.boxes.every((box) => x < box.left - labelSpacing || x > box.right + labelSpacing))
      .reduce<(typeof sides)[number] | null>((best, side) => (!best || side.lines.length < best.lines.length ? side : best), null);
    const best = shared ?? sides.reduce((a, b) => (b.score < a.score ? b : a));
    if (!shared && row.boxes.length > 0) row = { top: row.top + row.lines * lineStep + 2, lines: 0, boxes: [] };
    marks.push({
      report,
      x,
      lines: best.lines,
      textX: best.side === 'right' ? best.left : best.right,
      textAnchor: best.side === 'right' ? 'start' : 'end',
      textTop: row.top,
      leaderTop: row.top + lineStep / 2,
      tip: 0,
    });
    leaders.push(x);
    row.lines = Math.max(row.lines, best.lines.length);
    row.boxes.push({ left: best.left, right: best.right });
  }
  const bottom = row.boxes.length > 0 ? row.top + row.lines * lineStep + 2 : top;
  return { marks, bottom: bottom + reportMarkerHeight };
}

/**
 * The events, each a marker on the time axis with its date and short name beside it, packed into
 * the shortest strip that keeps every label clear of the others: each label may go on either
 * side, on one line or wrapped. Rows are at least 24 px tall (focus targets).
 */
function layoutEvents(events: TimelineEvent[], px: (date: Date) => number, top: number, width: number, unit: 'year' | 'month', context: Context): { marks: EventMark[]; bottom: number } {
  const maxLabel = Math.max(110, Math.min(200, width * 0.5));
  type Placed = Omit<EventMark, 'y' | 'textTop' | 'target'> & { height: number; under: boolean };
  type Option = { extent: Box; mark: Placed };
  const rowHeight = (marks: Placed[]) => Math.max(minTarget + 2, ...marks.map((mark) => mark.height + rowPad));
  const options = events.map((event): Option[] => {
    const [start, end] = [px(event.start), px(event.end)];
    const span = end - start > markerSize;
    const [x1, x2] = span ? [start, end] : [(start + end) / 2 - markerSize / 2, (start + end) / 2 + markerSize / 2];
    const text = eventLabel(event, context, unit);
    const room = { right: width - edgePad - (x2 + labelGap), left: x1 - labelGap - edgePad };
    const oneLine = textWidth(text, fontSize);
    const option = (lines: string[], side: 'right' | 'left', under = false): Option => {
      const anchor: 'start' | 'end' = under || side === 'right' ? 'start' : 'end';
      const textX = under ? clamp(x1, 0, [edgePad, width - edgePad - widest(lines)]) : side === 'right' ? x2 + labelGap : x1 - labelGap;
      const [textLeft, textRight] = anchor === 'start' ? [textX, textX + widest(lines)] : [textX - widest(lines), textX];
      const extent = { left: Math.min(x1, textLeft), right: Math.max(x2, textRight), top: 0, bottom: 1 };
      return { extent, mark: { event, shape: span ? 'span' : 'dot', x1, x2, lines, textX, textAnchor: anchor, height: (lines.length + (under ? 1 : 0)) * lineStep, under } };
    };
    // Its label on one line beside the marker, or wrapped beside it (as wide as the room, or in
    // two balanced lines), on either side; a word too long for either side (a longer language's)
    // puts the label under its marker, across the drawing.
    const found: Option[] = [];
    for (const side of ['right', 'left'] as const) {
      for (const lines of [[text], wrapText(text, Math.min(maxLabel, Math.max(room[side], 40)), fontSize, { balanced: true }), wrapText(text, Math.max(oneLine * 0.6, 40), fontSize, { balanced: true })]) {
        const fits = widest(lines) <= room[side] + 0.5 && lines.length <= 3;
        if (fits && !found.some(({ mark }) => mark.textAnchor === (side === 'right' ? 'start' : 'end') && mark.lines.join('\n') === lines.join('\n'))) found.push(option(lines, side));
      }
    }
    return found.length > 0 ? found : [option(wrapText(text, width - 2 * edgePad, fontSize, { balanced: true }), 'right', true)];
  });
  // Each choice of options packed into rows (an event takes the first row where it overlaps
  // nothing already there); the shortest strip wins, then the fewest lines. Few events are
  // marked, so every choice is tried while there are few, else each event's first option.
  const pack = (choice: Option[]) => {
    const placed: (Option & { row: number })[] = [];
    for (const item of choice) {
      let row = 0;
      while (placed.some((other) => other.row === row && overlaps(other.extent, item.extent, 10))) row += 1;
      placed.push({ ...item, row });
    }
    const rows = Math.max(0, ...placed.map(({ row }) => row + 1));
    const height = Array.from({ length: rows }, (_, row) => rowHeight(placed.filter((item) => item.row === row).map(({ mark }) => mark))).reduce((sum, value) => sum + value, 0);
    const lines = placed.reduce((sum, { mark }) => sum + mark.lines.length, 0);
    return { placed, score: height * 100 + lines };
  };
  const choices = options.reduce((count, list) => count * list.length, 1) <= 4096
    ? options.reduce<Option[][]>((sofar, list) => sofar.flatMap((choice) => list.map((item) => [...choice, item])), [[]])
    : [options.map((list) => list[0]!)];
  const { placed } = choices.map(pack).reduce((best, candidate) => (candidate.score < best.score ? candidate : best));
  const rowCount = Math.max(0, ...placed.map(({ row }) => row + 1));
  const rowHeights = Array.from({ length: rowCount }, (_, row) => rowHeight(placed.filter((item) => item.row === row).map(({ mark }) => mark)));
  const rowTops = rowHeights.map((_, row) => top + rowHeights.slice(0, row).reduce((sum, height) => sum + height, 0));
  const marks = placed.map(({ row, extent, mark }): EventMark => {
    const rowTop = rowTops[row]!;
    const rowHeight = rowHeights[row]!;
    const markTop = rowTop + (rowHeight - mark.height) / 2;
    const { height: _height, under, ...rest } = mark;
    const textTop = markTop + (under ? lineStep : 0);
    return {
      ...rest,
      y: markTop + lineStep / 2,
      textTop,
      target: { left: extent.left - 2, right: extent.right + 2, top: rowTop + 1, bottom: rowTop + rowHeight - 1 },
    };
  });
  return { marks, bottom: top + rowHeights.reduce((sum, height) => sum + height, 0) };
}

/**
 * The periods under the bars, in the longest style in which no two touch ("2017", then "’17"),
 * each line centred under its bar or gap but kept inside the drawing on its own.
 */
function layoutPeriodLabels(items: { item: TradeDatum | Gap; centre: number; averaged: boolean }[], area: [number, number], context: Context): PeriodLabel[] {
  const styles: PeriodStyle[] = ['tick', 'narrowTick'];
  let labels: (PeriodLabel & { box: Box })[] = [];
  for (const style of styles) {
    labels = items.flatMap(({ item, centre, averaged }) => {
      const period = 'fact' in item ? item.fact.period : item.period;
      const lines = [periodText(period, style, context), ...(averaged ? [context.t.averaged] : [])];
      return lines.map((text, line) => {
        const x = clamp(centre, textWidth(text, fontSize) / 2, area);
        return { item, text, line, x, box: lineBoxes([text], x, line * lineStep)[0]! };
      });
    });
    const collide = labels.some((label, index) => labels.slice(index + 1).some((other) => other.item !== label.item && overlaps(label.box, other.box, 0)));
    if (!collide) break;
  }
  return labels.map(({ item, text, line, x }) => ({ item, text, line, x }));
}

/** True when a datum is the view's focus: 2020 by year, the year the border closed. */
export const isFocus = (datum: TradeDatum, focusYear: number) => datum.view === 'yearly' && datum.start.getUTCFullYear() === focusYear;

export function covidTradeLayout(view: ViewData, layout: LayoutName, width: number, context: Context, { focusYear = 2020 } = {}): CovidTradeLayout {
  const { t } = context;
  const barsHeight = barsHeights[layout];
  const area: [number, number] = [edgePad, width - edgePad];

  // A trailing run of unknown months is one column beside the time axis, as wide as its words need.
  const trailing = view.gaps.find((gap) => gap.end.getTime() >= view.domain[1].getTime());
  // On a phone its words take three short lines, keeping the column narrow and the months wide enough to touch.
  const gapWords = trailing ? wrapText(t.noFigure, layout === 'narrow' ? 48 : 80, fontSize, { balanced: true }) : [];
  const slots = view.unit === 'month' ? 12 : 8;
  const gapColumn = trailing ? Math.ceil(Math.max(widest(gapWords) + 8, widest([periodText(trailing.period, 'narrowTick', context)]) + 4, (width - 2 * edgePad) / slots)) : 0;
  const timeEnd = trailing ? trailing.start : view.domain[1];
  const timeRight = width - edgePad - (trailing ? gapColumn + 6 : 0);
  const x = Plot.scale({ x: { type: 'utc', domain: [view.domain[0], timeEnd], range: [edgePad, timeRight] } });
  const px = (date: Date) => Math.min(timeRight, Math.max(edgePad, x.apply(date) as number));

  // Title, then the reports' strip.
  const title = wrapText(t.panelTitle[view.view](spanText(view.domain, context)), width - 2 * edgePad, fontSize, { bold: true, balanced: true });
  const titleBottom = 2 + title.length * lineStep;
  const reportsInView = view.timeline.filter((item): item is ReportMarker => item.kind === 'report' && item.date < timeEnd);
  const strip = layoutReports(reportsInView, px, titleBottom + 6, width, context);

  // Bars: each figure across its period; several months together at their monthly average.
  const bars: Bar[] = view.trade.map((datum) => ({
    datum,
    x1: px(datum.start) + barInset,
    x2: px(datum.end) - barInset,
    drawn: datum.value / datum.units,
    averaged: datum.units > 1,
    focus: isFocus(datum, focusYear),
  }));
  const top = Math.max(...bars.map((bar) => bar.drawn));

  // Values over the bars: on one line, or wrapped to the bar's width ("≈" over "2.8").
  const unit = viewUnit(view);
  const labelled = bars.map((bar) => {
    const text = bar.averaged ? t.averageValue(valueLabel(bar.datum, context, unit, bar.drawn)) : valueLabel(bar.datum, context, unit);
    const oneLine = [text];
    const room = bar.x2 - bar.x1 + 2;
    const lines = textWidth(text, fontSize, { bold: bar.focus }) <= room ? oneLine : wrapText(text, room, fontSize, { balanced: true, bold: bar.focus });
    return { bar, lines };
  });
  // The bars rise as high as they can: each value label (and its bar) stays under the title and
  // under every report's label above it, and the bar a report's date falls in leaves room over its
  // value for the report's marker. Reports' labels sit over the short bars, not over a strip of
  // their own above the tallest: on a phone that saves the height of the labels.
  const reportBoxes = strip.marks.map((mark) => {
    const half = widest(mark.lines, true);
    const [left, right] = mark.textAnchor === 'start' ? [mark.textX, mark.textX + half] : [mark.textX - half, mark.textX];
    return { mark, left, right, bottom: mark.textTop + mark.lines.length * lineStep };
  });
  const plotTop = Math.ceil(
    Math.max(
      ...labelled.map(({ bar, lines }) => {
        const offset = barsHeight * (1 - bar.drawn / top) - labelLift - lines.length * lineStep;
        const labelHalf = widest(lines, bar.focus) / 2;
        const labelX = clamp((bar.x1 + bar.x2) / 2, labelHalf, area);
        const [left, right] = [Math.min(bar.x1, labelX - labelHalf), Math.max(bar.x2, labelX + labelHalf)];
        const floors = [titleBottom + 4, strip.marks.length ? titleBottom + 6 : 0];
        for (const box of reportBoxes) if (box.left < right + labelSpacing && left < box.right + labelSpacing) floors.push(box.bottom + 4);
        // A report whose date falls in this bar: its marker sits just over the value, below its own label (beside which it would touch the words) and clear of the other labels.
        for (const { mark } of reportBoxes.filter(({ mark }) => bar.datum.start <= mark.report.date && mark.report.date < bar.datum.end)) {
          const room = reportMarkerHeight + reportTipGap;
          for (const box of reportBoxes) if (box.left < mark.x + 5 + labelSpacing && mark.x - 5 < box.right + labelSpacing) floors.push(box.bottom + room + 1);
        }
        return Math.max(...floors) - offset;
      }),
      // With no report in a bar, a marker has the strip's foot to end at.
      ...(strip.marks.some((mark) => !view.trade.some((datum) => datum.start <= mark.report.date && mark.report.date < datum.end)) ? [strip.bottom + 4 + lineStep] : []),
    ),
  );
  const baseline = plotTop + barsHeight;
  const y = (value: number) => baseline - (value / top) * barsHeight;
  const valueLabels: ValueLabel[] = labelled.map(({ bar, lines }) => ({
    datum: bar.datum,
    lines,
    x: clamp((bar.x1 + bar.x2) / 2, widest(lines, bar.focus) / 2, area),
    top: y(bar.drawn) - labelLift - lines.length * lineStep,
    bold: bar.focus,
  }));

  // Each report's arrow ends just over the value of the bar its date falls in (the leader runs down
  // its own column, which holds only that bar and its label); over a gap, at the strip's foot.
  const reports = strip.marks.map((mark) => {
    const label = valueLabels.find(({ datum }) => datum.start <= mark.report.date && mark.report.date < datum.end);
    return { ...mark, tip: label ? Math.floor(label.top - reportTipGap) : strip.bottom };
  });

  const gaps = view.gaps.map((gap) => {
    const [x1, x2] = gap === trailing ? [width - edgePad - gapColumn, width - edgePad] : [px(gap.start) + barInset, px(gap.end) - barInset];
    const lines = gap === trailing ? gapWords : wrapText(t.noFigure, x2 - x1 - 4, fontSize, { balanced: true });
    // Its words sit low, just over the baseline: nothing rises above where a small bar would, so the gap never reads as a value.
    return { gap, x1, x2, lines, textTop: baseline - labelLift - lines.length * lineStep };
  });

  const periodLabels = layoutPeriodLabels(
    [
      ...bars.map((bar) => ({ item: bar.datum, centre: (bar.x1 + bar.x2) / 2, averaged: bar.averaged })),
      ...gaps.map(({ gap, x1, x2 }) => ({ item: gap, centre: (x1 + x2) / 2, averaged: false })),
    ],
    area,
    context,
  );
  const periodLines = Math.max(1, ...periodLabels.map((label) => label.line + 1));
  const periodsBottom = baseline + periodLabelDrop + periodLines * lineStep;

  const eventsInView = view.timeline.filter((item): item is TimelineEvent => item.kind === 'event' && item.start < timeEnd);
  const eventsTop = periodsBottom + 8;
  const events = layoutEvents(eventsInView, px, eventsTop, width, view.unit, context);

  const targetTop = new Map(valueLabels.map((label) => [label.datum, Math.min(label.top - 2, baseline - minTarget)] as const));

  return {
    width,
    height: Math.ceil(events.bottom + 4),
    title,
    reports,
    reportsBaseline: strip.bottom,
    plotTop,
    baseline,
    x,
    y,
    bars,
    gaps,
    valueLabels,
    periodLabels,
    periodsBottom,
    events: events.marks,
    eventsTop,
    targetTop,
  };
}

export { middleOf };
