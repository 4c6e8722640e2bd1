/**
 * Where the COVID-trade drawing puts things, from measured text: the value axis (Plot's scales,
 * d3-array's ticks), the labels over and under the bars, and the rows of events and report
 * statements below them. Pure geometry, exported so tests can check marks against the time axis;
 * chart.ts draws it.
 *
 * Bars, not a line: each figure is a total over its period, so a bar spans exactly that period
 * on a true time axis (a 30-day month is a little narrower than a 31-day one). The value axis is
 * drawn only where it leaves every period at least a 24 px target; where it would not (2020's
 * months at 288 px), every bar carries its value and the axis gives way.
 *
 * Rows, not labels crowded onto one strip: a row per event or statement keeps every label
 * legible and every focus target 24 px tall without overlap, and top to bottom is time order,
 * which is also the keyboard order.
 */
import * as Plot from '@observablehq/plot';
import { nice, ticks as tickValues } from 'd3-array';
import { colors, reportColors } from '../../styles/tokens';
import type { LayoutName } from '../layouts';
import { minimumTextSize } from '../layouts';
import { textWidth, wrapText } from '../text';
import type { Gap, TimelineItem, TradeDatum, ViewData } from './data';
import { dayText, periodText, reportName, spanText, unbroken, valueLabel, type Context, type PeriodStyle } from './words';

export const fontSize = minimumTextSize;
/** Line height, in ems, of every multi-line label. */
export const lineHeight = 1.2;
export const lineStep = fontSize * lineHeight;

const layoutSizes: Record<LayoutName, { barsHeight: number; beforeArrow: number; tickCount: number }> = {
  narrow: { barsHeight: 130, beforeArrow: 30, tickCount: 4 },
  medium: { barsHeight: 150, beforeArrow: 36, tickCount: 5 },
  wide: { barsHeight: 170, beforeArrow: 44, tickCount: 5 },
};

/** Keyboard and pointer targets are at least this tall and wide (WCAG 2.5.8). */
export const minTarget = 24;
/** Diameter of an event's dot, and the height of a span's bar. */
export const markerSize = 10;
/** Between a marker and its label. */
const labelGap = 6;
/** Between the drawing's edge and any text. */
export const edgePad = 3;
/** Space between two rows' focus targets. */
export const rowGap = 3;
/** Between a tick label's end and the bars. */
export const tickPadding = 5;
/** Between a bar's top and its label, and between the baseline and a period label (clear of the "0" beside it). */
export const labelLift = 3;
export const periodLabelDrop = 8;
/**
 * The least space between two labels. Words under neighbouring bars, in one row, may come as
 * close as the width estimate allows: it already leaves room for a reader's text spacing.
 */
const labelSpacing = 4;
const periodLabelSpacing = 0;
/** A bar is this much narrower than its period on each side, so neighbours stay apart. */
export const barInset = 1.5;
/** A bar's focus target is its period's whole column, but for this sliver on each side, so no two targets touch. */
export const targetInset = 0.25;

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

const overlaps = (a: Box, b: Box, spacing = labelSpacing) =>
  a.left < b.right + spacing && b.left < a.right + spacing && a.top < b.bottom + spacing && b.top < a.bottom + spacing;

/** Labels collide when any line of one touches any line of another; lines of one item (`of`) never do. */
const collide = (labels: { boxes: Box[]; item?: unknown }[], spacing = labelSpacing) =>
  labels.some((label, index) =>
    labels
      .slice(index + 1)
      .some((other) => (label.item === undefined || label.item !== other.item) && label.boxes.some((box) => other.boxes.some((next) => overlaps(box, next, spacing)))),
  );

/** The centre that keeps a label `halfWidth` either side of it inside [left, right]. */
const clamp = (centre: number, halfWidth: number, [left, right]: [number, number]) => Math.min(Math.max(centre, left + halfWidth), right - halfWidth);

const middle = ({ start, end }: { start: Date; end: Date }) => new Date((start.getTime() + end.getTime()) / 2);

/** The lines of a label, one box per line, centred on `x` with the top of its first line at `top`. */
function lineBoxes(lines: string[], x: number, top: number, { bold = false } = {}): Box[] {
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
  rotated: boolean;
  /** How far the label reaches up from just above its bar. */
  extent: number;
}

/** One line of the words under a bar or a gap: its period, or "together" below it. */
export interface PeriodLabel {
  /** The trade figure or the gap under which it sits. */
  item: TradeDatum | Gap;
  text: string;
  /** 0 for the period, 1 for the line under it. */
  line: number;
  /** Centre of the line (clamped inside the drawing), in px. */
  x: number;
}

type Shape = 'span' | 'dot' | 'before' | 'between' | 'none';

export interface Row {
  item: TimelineItem;
  shape: Shape;
  /** The marker's horizontal extent, in px. */
  x1: number;
  x2: number;
  /** The centre of the first text line, where the marker sits. */
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

export interface CovidTradeLayout {
  width: number;
  /** The bars' panel: its height and margins (Plot's), and whether it draws the value axis. */
  barsPanelHeight: number;
  margin: { top: number; right: number; bottom: number; left: number };
  barsHeight: number;
  showAxis: boolean;
  ticks: number[];
  /** The top of the value axis. */
  top: number;
  tickLabels: string[];
  /** Time → px, and US$ → px in the bars' panel: Plot's scales, the same the drawing uses. */
  x: Plot.Scale;
  y: Plot.Scale;
  title: string[];
  valueLabels: ValueLabel[];
  periodLabels: PeriodLabel[];
  gapLabels: { gap: Gap; lines: string[] }[];
  /** The top of each bar's focus target, in px: above its label, and at least 24 px tall. */
  targetTop: Map<TradeDatum, number>;
  /** The rows below, in the rows' panel (its own top at 0). */
  rows: Row[];
  rowsHeight: number;
  height: number;
}

const itemColor = (item: TimelineItem) => (item.kind === 'event' ? colors.ink : (reportColors[item.source.id] ?? colors.ink));

/** What a row writes beside its marker: short, since the mark's name and tooltip say it in full. */
export function rowText(item: TimelineItem, context: Context): string {
  const { t } = context;
  if (item.kind === 'event') return t.eventRow({ name: t.eventName[item.id], when: unbroken(periodText(item.fact.period, 'short', context)) });
  if (item.kind === 'report') {
    // The date and "(year inferred)" each stay whole.
    return t.reportRow({
      report: reportName(item.source, context),
      date: unbroken(dayText(item.date, context)),
      yearInferred: item.source.year.inferred ? unbroken(t.yearInferred) : null,
    });
  }
  const quoted = t.quoted(item.quote.text);
  if (item.placement === 'before') return t.beforeRow(quoted);
  if (item.placement === 'between' && item.after) return t.afterEvent[item.after.id].row(quoted);
  return quoted;
}

function markerExtent(item: TimelineItem, x: (date: Date) => number, beforeArrow: number): { shape: Shape; x1: number; x2: number } {
  if (item.kind === 'report') return { shape: 'none', x1: x(item.date), x2: x(item.date) };
  if (item.kind === 'event') {
    const [x1, x2] = [x(item.start), x(item.end)];
    if (x2 - x1 > markerSize) return { shape: 'span', x1, x2 };
    const centre = (x1 + x2) / 2;
    return { shape: 'dot', x1: centre - markerSize / 2, x2: centre + markerSize / 2 };
  }
  if (item.placement === 'before') return { shape: 'before', x1: x(item.end) - beforeArrow, x2: x(item.end) };
  if (item.placement === 'between' && item.start) return { shape: 'between', x1: x(item.start), x2: x(item.end) };
  return { shape: 'dot', x1: x(item.end) - markerSize / 2 - 1, x2: x(item.end) + markerSize / 2 + 1 };
}

function layoutRows(timeline: readonly TimelineItem[], x: (date: Date) => number, width: number, beforeArrow: number, context: Context): Row[] {
  const rows: Row[] = [];
  let rowTop = 4;
  for (const item of timeline) {
    const { shape, x1, x2 } = markerExtent(item, x, beforeArrow);
    const bold = item.kind === 'report';
    const text = rowText(item, context);
    const measure = (line: string) => textWidth(line, fontSize, { bold });
    const oneLine = measure(text);
    const longestWord = Math.max(...text.split(/ +/).map(measure));
    const room = { right: width - edgePad - (x2 + labelGap), left: x1 - labelGap - edgePad };
    // Beside the marker on the side with room for it on one line, else on the roomier side; under
    // it, across the drawing, when a word is too long for either side (as a longer language's may be).
    const preferred = oneLine <= room.right || (oneLine > room.left && room.right >= room.left) ? 'right' : 'left';
    const other = preferred === 'right' ? 'left' : 'right';
    const side = longestWord <= room[preferred] ? preferred : longestWord <= room[other] ? other : 'under';
    const lines = wrapText(text, side === 'under' ? width - 2 * edgePad : room[side], fontSize, { bold, balanced: true });
    const textWidthPx = Math.max(...lines.map(measure));
    // Under its marker, a label takes the line below it (a report's rule needs no line of its own).
    const markerLine = side === 'under' && shape !== 'none' ? lineStep : 0;
    const height = Math.max(minTarget + rowGap, markerLine + lines.length * lineStep + rowGap + 4);
    const textTop = rowTop + markerLine + (height - markerLine - lines.length * lineStep) / 2;
    const textX = side === 'right' ? x2 + labelGap : side === 'left' ? x1 - labelGap : clamp(x1, 0, [edgePad, width - edgePad - textWidthPx]);
    const [textLeft, textRight] = side === 'left' ? [textX - textWidthPx, textX] : [textX, textX + textWidthPx];
    rows.push({
      item,
      shape,
      x1,
      x2,
      y: markerLine ? rowTop + (height - lines.length * lineStep - markerLine) / 2 + markerLine / 2 : textTop + lineStep / 2,
      top: rowTop,
      bottom: rowTop + height,
      lines,
      textX,
      textAnchor: side === 'left' ? 'end' : 'start',
      textTop,
      targetX1: Math.min(x1, textLeft) - 3,
      targetX2: Math.max(x2, textRight) + 3,
      color: itemColor(item),
      bold,
    });
    rowTop += height;
  }
  return rows;
}

/**
 * The periods under the bars, in the longest style in which no two touch ("2017", then "’17"),
 * each line centred under its bar but kept inside the drawing on its own.
 */
function layoutPeriodLabels(view: ViewData, x: (date: Date) => number, area: [number, number], context: Context): PeriodLabel[] {
  const items: (TradeDatum | Gap)[] = [...view.trade, ...view.gaps];
  const styles: PeriodStyle[] = ['tick', 'narrowTick'];
  let labels: (PeriodLabel & { boxes: Box[] })[] = [];
  for (const style of styles) {
    labels = items.flatMap((item) => {
      const period = 'fact' in item ? item.fact.period : item.period;
      const together = 'fact' in item && item.units > 1 && view.unit === 'month';
      const lines = [periodText(period, style, context), ...(together ? [context.t.together] : [])];
      return lines.map((text, line) => {
        const centre = clamp(x(middle(item)), textWidth(text, fontSize) / 2, area);
        return { item, text, line, x: centre, boxes: lineBoxes([text], centre, line * lineStep) };
      });
    });
    if (!collide(labels, periodLabelSpacing)) break;
  }
  return labels.map(({ item, text, line, x: centre }) => ({ item, text, line, x: centre }));
}

export function covidTradeLayout(view: ViewData, layout: LayoutName, width: number, context: Context): CovidTradeLayout {
  const { t, locale } = context;
  const { barsHeight, beforeArrow, tickCount } = layoutSizes[layout];

  // The value axis: round ticks from zero past the largest value.
  const [, top] = nice(0, Math.max(...view.trade.map((datum) => datum.value)), tickCount);
  const ticks = tickValues(0, top, tickCount);
  const tickLabels = ticks.map((tick) => locale.largeDollars(tick, { symbol: false }));
  const axisWidth = Math.ceil(edgePad + Math.max(...tickLabels.map((label) => textWidth(label, fontSize))) + tickPadding);
  const span = view.domain[1].getTime() - view.domain[0].getTime();
  const narrowest = Math.min(...view.trade.map((datum) => (datum.end.getTime() - datum.start.getTime()) / span));
  const axisRight = edgePad;
  const showAxis = narrowest * (width - axisWidth - axisRight) >= minTarget;
  const [marginLeft, marginRight] = showAxis ? [axisWidth, axisRight] : [0, 0];
  const x = Plot.scale({ x: { type: 'utc', domain: view.domain, range: [marginLeft, width - marginRight] } });
  const px = (date: Date) => x.apply(date) as number;
  const plotArea: [number, number] = showAxis ? [marginLeft, width] : [0, width];

  // The values over the bars: side by side where they fit, else every one turned upright.
  const depth = (datum: TradeDatum) => barsHeight * (1 - datum.value / top);
  const gapLabels = view.gaps.map((gap) => ({ gap, lines: wrapText(t.notKnown, px(gap.end) - px(gap.start) - 2 * barInset - 8, fontSize, { balanced: true }) }));
  const gapBoxes = gapLabels.map(({ gap, lines }) => ({ boxes: lineBoxes(lines, px(middle(gap)), barsHeight / 2 - (lines.length * lineStep) / 2) }));
  const sideBySide = view.trade.map((datum) => {
    const text = valueLabel(datum, context);
    const lines = wrapText(text, px(datum.end) - px(datum.start) - 2, fontSize, { balanced: true });
    const half = Math.max(...lines.map((line) => textWidth(line, fontSize))) / 2;
    const centre = clamp(px(middle(datum)), half, plotArea);
    const labelTop = depth(datum) - labelLift - lines.length * lineStep;
    return { datum, text, lines, x: centre, boxes: lineBoxes(lines, centre, labelTop) };
  });
  const rotated = collide([...sideBySide, ...gapBoxes]);
  const valueLabels: ValueLabel[] = sideBySide.map(({ datum, text, lines, x: centre }) =>
    rotated
      ? { datum, lines: [text], x: px(middle(datum)), rotated, extent: textWidth(text, fontSize) }
      : { datum, lines, x: centre, rotated, extent: lines.length * lineStep },
  );
  const headroom = Math.max(0, ...valueLabels.map((label) => label.extent + labelLift - depth(label.datum)));

  const title = wrapText(t.panelTitle[view.view](spanText(view.domain, context)), width - 2 * edgePad, fontSize, { bold: true, balanced: true });
  // Room for the title, then for a tick label's upper half, then for the tallest value label.
  const marginTop = Math.ceil(4 + title.length * lineStep + fontSize / 2 + 6 + headroom);
  // Under the baseline, clear of the axis's labels, a period's words may reach into its margin.
  const periodLabels = layoutPeriodLabels(view, px, [edgePad, width - edgePad], context);
  const periodLines = Math.max(...periodLabels.map((label) => label.line + 1));
  const marginBottom = Math.ceil(periodLabelDrop + periodLines * lineStep + 8);
  const barsPanelHeight = marginTop + barsHeight + marginBottom;
  const baseline = marginTop + barsHeight;
  const y = Plot.scale({ y: { domain: [0, top], range: [baseline, marginTop] } });

  const targetTop = new Map(
    valueLabels.map((label) => {
      const labelTop = (y.apply(label.datum.value) as number) - labelLift - label.extent;
      return [label.datum, Math.min(labelTop - 2, baseline - minTarget)] as const;
    }),
  );

  const rows = layoutRows(view.timeline, px, width, beforeArrow, context);
  const rowsHeight = (rows.at(-1)?.bottom ?? 0) + 8;
  return {
    width,
    barsPanelHeight,
    margin: { top: marginTop, right: marginRight, bottom: marginBottom, left: marginLeft },
    barsHeight,
    showAxis,
    ticks,
    top,
    tickLabels,
    x,
    y,
    title,
    valueLabels,
    periodLabels,
    gapLabels,
    targetTop,
    rows,
    rowsHeight,
    height: barsPanelHeight + rowsHeight,
  };
}
