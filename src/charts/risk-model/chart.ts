/**
 * The risk model drawn against the reported prices: the day rate that covers a lender's expected
 * bribe (a line, rising with the chance of being caught), the reader's assumptions as a point on
 * it, and the prices the reports give as a band (the second report's range) and a rule (the first
 * report's day rate). Pure: (data, target) → <svg>, the same at build time (linkedom) and in the
 * browser, which redraws it on every change of a slider; every colour a palette reference.
 *
 * Drawn with d3-selection, not Plot: the browser redraws this chart, and Plot would add over
 * 100 KB of script to the page, d3-scale about 7 KB, where the budget for all of a page's script
 * is 10 KB. d3-array gives the ticks; the two scales are the straight lines `x` and `y` below.
 * Every label is laid out from its measured text (labels.ts), and the plot grows taller when
 * its labels need the room.
 */
import { nice, ticks } from 'd3-array';
import type { Selection } from 'd3-selection';
import { colors, reportColors } from '../../styles/tokens';
import type { DrawTarget } from '../definition';
import { createChartSvg, makeFocusableMark } from '../svg';
import { fittingTicks } from '../ticks';
import { lineSpacing, textAscent, textDescent, wrapText } from '../text';
import { bribeFactId, assumptionsEntryId, type ModelDrawingData } from './data';
import { fontSize, labelBox, labelWidth, lineHeight, placeLabel, type Box, type Label } from './labels';
import type { ModelWords } from './messages';
import { breakEvenDayRate, type Assumptions } from './model';
import { controlValue, percent, reportedPrice, yuan, type ModelContext as Context } from './summary';

type Target = DrawTarget<ModelWords>;

/** The plot's height before any label asks for more, by layout. */
const plotHeights = { narrow: 220, medium: 230, wide: 240 } as const;
/** How much taller the plot may grow, in steps, for labels that do not fit. */
const growth = { step: 30, most: 6 };
/** Half the height of a focus target around a thin rule, and the point's target radius (24px, WCAG 2.5.8). */
const targetHalf = 12;
/** From the price axis's tick labels to the axis: wide enough that the reader's point at 0% (its
 * 6.5 px dot and 1 px of its paper edge, on the axis) leaves the "0" beside it clear. */
export const tickPadding = 10;
const tickLength = 5;
/** Gap between a label and the mark it names. */
const labelGap = 6;
/** The italic note's room at the right edge: a slanted face (synthesized where none is loaded) leans past its advance. */
const noteInset = 3;

/** How far above the reported prices the price axis may reach, so they never shrink to a sliver on the baseline. */
const mostAboveReported = 4;

/**
 * The top of the price axis, suited to the state: room above the reported prices, and above the
 * reader's point when it is higher, up to four times the highest reported price. Beyond that the
 * point is drawn at the top edge, pointing up, and says it is off the scale, so the reported
 * prices and their labels keep their room in every state.
 */
export function priceDomainTop(data: ModelDrawingData, assumptions: Assumptions): number {
  const reportedTop = Math.max(data.dayRate.figure.amount.high, data.range.figure.amount.high);
  return Math.max(reportedTop * 1.25, Math.min(breakEvenDayRate(assumptions) * 1.2, reportedTop * mostAboveReported));
}

/** What a screen reader and the tooltip say about the reader's point on the model line. */
export function describeAssumptionPoint(assumptions: Assumptions, context: Context): string {
  const { t } = context;
  return t.drawing.point({
    chance: percent(assumptions.catchChance, context),
    bribe: yuan(assumptions.bribe, context),
    days: controlValue('rentalDays', assumptions.rentalDays, context),
    rate: t.perDay(yuan(breakEvenDayRate(assumptions), context)),
  });
}

/** Its name for screen readers: "Reported: 200 yuan a day, 2019 (inferred)". */
export const reportedLabel = (data: ModelDrawingData, which: 'dayRate' | 'range', context: Context) => context.t.drawing.reported(reportedPrice(data, which, context));

/** Its label on the drawing, without the year (inferred, as the notes say once): "Reported: 200 yuan a day". */
export const reportedDrawingLabel = (data: ModelDrawingData, which: 'dayRate' | 'range', { t, locale }: Context) =>
  (which === 'dayRate' ? t.drawing.dayRateLabel : t.drawing.rangeLabel)(locale.figure(data[which].figure));

const colorOf = (entry: ModelDrawingData['dayRate']) => reportColors[entry.source.id] ?? colors.ink;

interface Scene {
  width: number;
  height: number;
  plot: Box;
  x: (chance: number) => number;
  y: (yuan: number) => number;
  yTicks: number[];
  xTicks: number[];
  xTickBaseline: number;
  /** Text placed around the plot, and labels placed inside it. */
  axisTitles: { top: Label[]; x: Label };
  labels: { dayRate: Label; range: Label; point: Label; model: Label };
  /** The model's line, cut where it leaves the plot. */
  line: { endChance: number; endRate: number };
  /** The reader's point, at the top edge when its day rate is above the axis. */
  point: { x: number; y: number; offScale: boolean };
  /** 0 when every label found a free place. */
  cost: number;
}

/** The whole layout at one plot height: margins from the measured axis labels, then every label placed. */
function layoutAt(data: ModelDrawingData, { width, t, locale }: Target, plotHeight: number): Scene {
  const context = { t, locale };
  const { assumptions } = data;
  const count = Math.max(3, Math.floor(plotHeight / 45));
  const [, yTop] = nice(0, priceDomainTop(data, assumptions), count) as [number, number];
  const yTicks = ticks(0, yTop, count);
  const xLabel = (chance: number) => t.percent(locale.number(chance));

  // Margins from the labels that sit in them.
  const marginLeft = Math.ceil(labelWidth(yTicks.map(locale.number))) + tickPadding + 2;
  const marginRight = Math.ceil(labelWidth([xLabel(100)]) / 2) + 2;
  const plotLeft = marginLeft;
  const plotRight = width - marginRight;
  const plotWidth = plotRight - plotLeft;

  // Above the plot: the axis title on the left, the "not reported" note on the right; one under
  // the other when they do not fit side by side.
  // A browser's text box reaches nearly a full em above the baseline: start a whole em down.
  const firstBaseline = fontSize + 2;
  const sideBySide = labelWidth([t.drawing.yAxis]) + 16 + labelWidth([t.drawing.notReported]) <= width;
  const noteLines = sideBySide ? [t.drawing.notReported] : wrapText(t.drawing.notReported, width - noteInset, fontSize, { balanced: true });
  const yAxisLines = wrapText(t.drawing.yAxis, width, fontSize);
  const note: Label = { lines: noteLines, x: width - noteInset, y: firstBaseline, anchor: 'end' };
  // Stacked, the title starts a full line's spacing (ascent and descent) below the note's last line, not a label's tighter inner leading.
  const yAxisTitle: Label = { lines: yAxisLines, x: 0, y: sideBySide ? firstBaseline : firstBaseline + (noteLines.length - 1) * lineHeight + lineSpacing(fontSize), anchor: 'start' };
  const topBottom = Math.max(labelBox(note).bottom, labelBox(yAxisTitle).bottom);
  // The top tick's label (its baseline 0.32em below its line) reaches its ascent above: the titles end above it.
  const plotTop = Math.ceil(topBottom + (textAscent - 0.32) * fontSize + 2);
  const plotBottom = plotTop + plotHeight;

  // Below: the tick labels, then the axis title, centred on the plot and wrapped to the room it has.
  const xTicks = fittingTicks(0, 100, plotWidth, xLabel, fontSize, { most: 5 });
  // Far enough below the plot that "0%" clears the price axis's "0" beside it, even with text spacing.
  const xTickBaseline = plotBottom + tickLength + 6 + Math.ceil(textAscent * fontSize);
  const xCentre = (plotLeft + plotRight) / 2;
  const xAxisLines = wrapText(t.drawing.xAxis, 2 * Math.min(xCentre, width - xCentre) - 4, fontSize, { balanced: true });
  const xAxisTitle: Label = { lines: xAxisLines, x: xCentre, y: xTickBaseline + lineHeight + 4, anchor: 'middle' };
  const height = Math.ceil(labelBox(xAxisTitle).bottom + 4);

  const x = (chance: number) => plotLeft + (chance / 100) * plotWidth;
  const y = (yuan: number) => plotBottom - (yuan / yTop) * plotHeight;
  // Labels inside the plot stay right of the price axis and above its baseline (not among the
  // tick labels under it); they may reach into the margins elsewhere.
  const bounds: Box = { left: plotLeft, right: width, top: 0, bottom: plotBottom };
  const tickLabelBoxes = [
    ...yTicks.map((tick) => labelBox({ lines: [locale.number(tick)], x: plotLeft - tickPadding, y: y(tick) + 0.32 * fontSize, anchor: 'end' })),
    ...xTicks.map((tick) => labelBox({ lines: [xLabel(tick)], x: x(tick), y: xTickBaseline, anchor: 'middle' })),
  ];
  const obstacles: Box[] = [labelBox(note), labelBox(yAxisTitle), labelBox(xAxisTitle), ...tickLabelBoxes];

  // The model's line: r = p × B ÷ d, straight in p, cut where it leaves the plot. Labels keep off it.
  const rateAtCertainty = breakEvenDayRate({ ...assumptions, catchChance: 100 });
  const endChance = rateAtCertainty > yTop ? (100 * yTop) / rateAtCertainty : 100;
  const endRate = Math.min(rateAtCertainty, yTop);
  const ruleAt = y(data.dayRate.figure.amount.low);
  const band = { top: y(data.range.figure.amount.high), bottom: y(data.range.figure.amount.low) };
  // Labels keep off the model's line, the day rate's rule, the band's edges and the baseline.
  const across = (at: number) => ({ x1: plotLeft, y1: at, x2: plotRight, y2: at });
  const segments = [{ x1: x(0), y1: y(0), x2: x(endChance), y2: y(endRate) }, across(ruleAt), across(band.top), across(band.bottom), across(plotBottom)];
  let cost = 0;
  const place = (candidates: Label[]) => {
    const placed = placeLabel(candidates, obstacles, bounds, { segments });
    obstacles.push(placed.box);
    cost += placed.collision + placed.crossing;
    return placed.label;
  };

  // The reported prices' labels, at the plot's right edge or its left: the day rate's above its
  // rule (or under it), the range's at the foot of its band, or stacked on the day rate's when
  // the band is thin.
  const edges = [
    { x: plotRight - 4, anchor: 'end' },
    { x: plotLeft + 4, anchor: 'start' },
  ] as const;
  /** A label's lines at the plot's width, and narrower (a less wanted shape, for room beside the line). */
  const shapes = (text: string, bold: boolean) =>
    [plotWidth - 8, (plotWidth - 8) * 0.6].map((room, rank) => ({ lines: wrapText(text, room, fontSize, { balanced: true, bold }), penalty: rank * 15 }));
  /** A label whose last line's baseline is at `lastBaseline`. */
  const endingAt = (lines: string[], lastBaseline: number) => lastBaseline - (lines.length - 1) * lineHeight;
  /** A label whose last line's descenders end `labelGap` above `edge` (a line it sits on), as hangingFrom's ascent starts below one. */
  const restingOn = (lines: string[], edge: number) => endingAt(lines, edge - labelGap - textDescent * fontSize);
  /** A label whose first line hangs from `top`. */
  const hangingFrom = (top: number) => top + textAscent * fontSize;
  /** Every shape of a label at every edge, for each way of placing it (by its lines), less wanted in turn. */
  const choices = (text: string, bold: boolean, ways: ((lines: string[]) => number)[]) =>
    ways.flatMap((firstBaseline, rank) =>
      shapes(text, bold).flatMap(({ lines, penalty }) => edges.map((edge): Label => ({ lines, ...edge, y: firstBaseline(lines), bold, penalty: rank * 40 + penalty }))),
    );
  const dayRate = place(choices(reportedDrawingLabel(data, 'dayRate', context), true, [(lines) => restingOn(lines, ruleAt), () => hangingFrom(ruleAt + labelGap)]));
  // The reader's point, and its value beside it: below the line on the right or above it on the
  // left first, where a rising line leaves room; on two lines if need be.
  const rate = breakEvenDayRate(assumptions);
  const offScale = rate > yTop;
  const point = { x: x(assumptions.catchChance), y: offScale ? plotTop : y(rate), offScale };
  obstacles.push({ left: point.x - 7, right: point.x + 7, top: point.y - 7, bottom: point.y + 7 });
  const value = offScale ? t.drawing.offScale(t.perDay(yuan(rate, context))) : t.perDay(yuan(rate, context));
  const around = (lines: string[], penalty: number): Label[] => {
    const below = hangingFrom(point.y + 10);
    const above = endingAt(lines, point.y - 10);
    const positions: Omit<Label, 'lines'>[] = [
      { x: point.x + 11, y: below, anchor: 'start' },
      { x: point.x - 11, y: above, anchor: 'end' },
      { x: point.x + 11, y: above, anchor: 'start' },
      { x: point.x - 11, y: below, anchor: 'end' },
      { x: point.x, y: above - 4, anchor: 'middle' },
      { x: point.x, y: below + 4, anchor: 'middle' },
      // Further off, where a shallow line near the baseline leaves no room beside the point: to
      // its right under the line, or above it.
      ...[1, 2, 3, 4, 5].map((step) => ({ x: point.x + 11 + step * 16, y: point.y - 8, anchor: 'start' as const })),
      ...[1, 2, 3, 4].flatMap((step) => [
        { x: point.x + 11, y: above - step * lineHeight, anchor: 'start' as const },
        { x: point.x, y: above - step * lineHeight, anchor: 'middle' as const },
        { x: point.x - 11, y: above - step * lineHeight, anchor: 'end' as const },
      ]),
    ];
    return positions.map((position, rank) => ({ lines, ...position, bold: true, penalty: penalty + rank * 5 }));
  };
  const roomBeside = Math.max(plotRight - point.x, point.x - plotLeft) - 12;
  const pointLabel = place([...around([value], 0), ...around(wrapText(value, roomBeside, fontSize, { bold: true, balanced: true }), 30)]);

  // The range's label after the point's, which must sit beside its point: the band has room elsewhere.
  const dayRateBox = labelBox(dayRate);
  const range = place(
    choices(reportedDrawingLabel(data, 'range', context), false, [
      // In the band first: at its foot, its middle or its top; only then beside it.
      (lines) => restingOn(lines, band.bottom),
      (lines) => endingAt(lines, band.top + (band.bottom - band.top) / 2 + (lines.length * lineHeight) / 2 - 0.25 * fontSize),
      () => hangingFrom(band.top + labelGap),
      (lines) => endingAt(lines, dayRateBox.top - 0.25 * fontSize - 4),
      () => hangingFrom(dayRateBox.bottom + 4),
      () => hangingFrom(band.bottom + labelGap),
    ]),
  );

  // The line's name, beside it where nothing else is: tried from its far end back towards zero.
  const modelLines = [t.drawing.modelLine];
  const model = place(
    [0.95, 0.8, 0.65, 0.5, 0.35, 0.2].flatMap((share, rank): Label[] => {
      const at = { x: x(endChance * share), y: y(endRate * share) };
      const positions: Omit<Label, 'lines'>[] = [
        { x: at.x - 10, y: at.y - 6, anchor: 'end' },
        { x: at.x + 10, y: hangingFrom(at.y + 6), anchor: 'start' },
        { x: at.x + 10, y: at.y - 6, anchor: 'start' },
        { x: at.x - 10, y: at.y - 6 - lineHeight - 4, anchor: 'end' },
        // Further above the line, clear of a band's edge it may run along.
        { x: at.x - 10, y: at.y - 6 - 2 * lineHeight - 4, anchor: 'end' },
        { x: at.x + 10, y: hangingFrom(at.y + 6 + lineHeight + 4), anchor: 'start' },
      ];
      return positions.map((position, side) => ({ lines: modelLines, ...position, bold: true, penalty: rank * 5 + side * 2 }));
    }),
  );

  return {
    width,
    height,
    plot: { left: plotLeft, right: plotRight, top: plotTop, bottom: plotBottom },
    x,
    y,
    yTicks,
    xTicks,
    xTickBaseline,
    axisTitles: { top: [note, yAxisTitle], x: xAxisTitle },
    labels: { dayRate, range, point: pointLabel, model },
    line: { endChance, endRate },
    point,
    cost,
  };
}

/** The layout at the layout's plot height, or taller when its labels need the room. */
export function riskModelScene(data: ModelDrawingData, target: Target): Scene {
  const base = plotHeights[target.layout];
  let scene = layoutAt(data, target, base);
  for (let step = 1; scene.cost > 0 && step <= growth.most; step += 1) {
    const taller = layoutAt(data, target, base + step * growth.step);
    if (taller.cost < scene.cost) scene = taller;
  }
  return scene;
}

type Group = Selection<SVGGElement, unknown, null, undefined>;

/** A label as SVG text: one <tspan> a line when it has several, with a paper-coloured halo where marks may cross it. */
function drawLabel(parent: Group, { lines, x, y, anchor, bold }: Label, fill: string, { halo = true, italic = false, labels }: { halo?: boolean; italic?: boolean; labels?: string } = {}) {
  const text = parent
    .append('text')
    .attr('x', x)
    .attr('y', y)
    .attr('text-anchor', anchor)
    .attr('fill', fill);
  if (bold) text.attr('font-weight', 'bold');
  if (italic) text.attr('font-style', 'italic');
  // The mark this text sits on by design (the band it names), for the label check.
  if (labels) text.attr('data-labels', labels);
  if (halo) text.attr('stroke', colors.paper).attr('stroke-width', 4).attr('stroke-linejoin', 'round').attr('paint-order', 'stroke');
  if (lines.length === 1) text.text(lines[0]!);
  else lines.forEach((line, index) => text.append('tspan').attr('x', x).attr('dy', index === 0 ? 0 : lineHeight).text(line));
}

export function riskModelChart(data: ModelDrawingData, target: Target): SVGSVGElement {
  const { document, ids, t, locale } = target;
  const context = { t, locale };
  const scene = riskModelScene(data, target);
  const { width, height, plot, x, y, labels } = scene;
  const { assumptions } = data;

  const svg = createChartSvg(document, width, height);
  const svgElement = svg.node()!;

  // Axes, grid and titles: hidden from screen readers (the description and table say it all).
  const axes = svg.append('g').attr('aria-hidden', 'true');
  for (const tick of scene.yTicks) {
    axes.append('line').attr('class', 'risk-model-grid').attr('x1', plot.left).attr('x2', plot.right).attr('y1', y(tick)).attr('y2', y(tick)).attr('stroke', colors.grid);
    drawLabel(axes, { lines: [locale.number(tick)], x: plot.left - tickPadding, y: y(tick) + 0.32 * fontSize, anchor: 'end' }, colors.muted, { halo: false });
  }
  for (const tick of scene.xTicks) {
    axes.append('line').attr('x1', x(tick)).attr('x2', x(tick)).attr('y1', plot.bottom).attr('y2', plot.bottom + tickLength).attr('stroke', colors.muted);
    drawLabel(axes, { lines: [t.percent(locale.number(tick))], x: x(tick), y: scene.xTickBaseline, anchor: 'middle' }, colors.muted, { halo: false });
  }
  axes.append('line').attr('x1', plot.left).attr('x2', plot.right).attr('y1', plot.bottom).attr('y2', plot.bottom).attr('stroke', colors.muted);
  const [note, yAxisTitle] = scene.axisTitles.top as [Label, Label];
  drawLabel(axes, yAxisTitle, colors.ink, { halo: false });
  drawLabel(axes, scene.axisTitles.x, colors.ink, { halo: false });
  // Said on the drawing itself, so a screenshot cannot lose it.
  drawLabel(axes, note, colors.muted, { halo: false, italic: true });

  // The reported prices: the range as a band, the day rate as a dashed rule; each a focusable mark.
  const reported = svg.append('g');
  const band = { top: y(data.range.figure.amount.high), bottom: y(data.range.figure.amount.low) };
  reported
    .append('rect')
    .attr('x', plot.left)
    .attr('y', band.top)
    .attr('width', plot.right - plot.left)
    .attr('height', band.bottom - band.top)
    .attr('fill', colorOf(data.range))
    .attr('fill-opacity', 0.12)
    .attr('data-mark', 'reported-range')
    .each(function () {
      makeFocusableMark(this, { figureId: data.range.figure.id, label: reportedLabel(data, 'range', context), describedBy: ids.source(data.range.figure.id) });
    });
  const ruleAt = y(data.dayRate.figure.amount.low);
  reported
    .append('line')
    .attr('x1', plot.left)
    .attr('x2', plot.right)
    .attr('y1', ruleAt)
    .attr('y2', ruleAt)
    .attr('stroke', colorOf(data.dayRate))
    .attr('stroke-width', 2)
    .attr('stroke-dasharray', '6,3')
    .attr('aria-hidden', 'true');
  reported
    .append('rect')
    .attr('x', plot.left)
    .attr('y', ruleAt - targetHalf)
    .attr('width', plot.right - plot.left)
    .attr('height', targetHalf * 2)
    .attr('fill', 'transparent')
    .each(function () {
      makeFocusableMark(this, { figureId: data.dayRate.figure.id, label: reportedLabel(data, 'dayRate', context), describedBy: ids.source(data.dayRate.figure.id) });
    });

  // The model's line and the reader's point on it. The point is described by the cited bribe
  // behind the default, the one input of the model that has a source.
  const model = svg.append('g');
  model
    .append('line')
    .attr('x1', x(0))
    .attr('y1', y(0))
    .attr('x2', x(scene.line.endChance))
    .attr('y2', y(scene.line.endRate))
    .attr('stroke', colors.ink)
    .attr('stroke-width', 2.5)
    .attr('aria-hidden', 'true');
  const { point } = scene;
  model
    .append('circle')
    .attr('cx', point.x)
    .attr('cy', point.y)
    .attr('r', targetHalf)
    .attr('fill', 'transparent')
    .each(function () {
      makeFocusableMark(this, { figureId: assumptionsEntryId, label: describeAssumptionPoint(assumptions, context), describedBy: ids.source(bribeFactId) });
    });
  // Off the scale, the point is an arrowhead at the top edge, pointing up.
  const marker: Selection<SVGElement, unknown, null, undefined> = point.offScale
    ? model.append<SVGElement>('path').attr('d', `M${point.x - 7},${point.y + 6}L${point.x + 7},${point.y + 6}L${point.x},${point.y - 6}Z`)
    : model.append<SVGElement>('circle').attr('cx', point.x).attr('cy', point.y).attr('r', 6.5);
  marker.attr('fill', colors.ink).attr('stroke', colors.paper).attr('stroke-width', 2).attr('aria-hidden', 'true');

  // The marks' labels on top, so no line runs over them; the marks' names say them to screen readers.
  const words = svg.append('g').attr('aria-hidden', 'true');
  drawLabel(words, labels.range, colorOf(data.range), { labels: 'reported-range' });
  drawLabel(words, labels.dayRate, colorOf(data.dayRate));
  drawLabel(words, labels.model, colors.ink);
  drawLabel(words, labels.point, colors.ink);
  return svgElement;
}
