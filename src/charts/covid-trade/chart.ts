/**
 * The COVID-trade chart: China–North Korea trade as bars on a time axis (by year, or 2020 by
 * month), and below it, on the same axis, one row per border or crackdown event, report and
 * statement of a report, in time order. Each report is a vertical rule in its colour through
 * both panels; its statements sit on it (or before it, or in the span it names).
 *
 * January–February 2020 is one figure for two months: it spans both, as a dotted outline with
 * no fill, since a two-month total at full height across two month-widths would read as twice
 * the trade; it is labelled as the two months together. Months nobody reported are a shaded gap
 * labelled "Not known", and nothing is drawn across them.
 *
 * Two Plot panels on one time scale: the bars (a UTC x scale and a linear y scale, Plot's own
 * axis), and the rows (the same x scale; rows placed in px from their measured text). d3-selection
 * joins them into one drawing. Pure: (data, target) → <svg>, the same at build time and in a
 * browser; every colour a palette reference.
 */
import * as Plot from '@observablehq/plot';
import { select } from 'd3-selection';
import { utcMonth, utcYear } from 'd3-time';
import { colors, reportColors } from '../../styles/tokens';
import type { DrawTarget, SwatchStyle } from '../definition';
import { focusableMarks, type MarkDescription } from '../svg';
import type { CovidTradeData, Gap, ReportMarker, TradeDatum, TradeView } from './data';
import {
  barInset,
  covidTradeLayout,
  edgePad,
  labelLift,
  lineHeight,
  lineStep,
  markerSize,
  periodLabelDrop,
  rowGap,
  targetInset,
  tickPadding,
  type PeriodLabel,
  type Row,
  type ValueLabel,
} from './layout';
import type { CovidTradeWords } from './messages';
import { describeAnnotation, describeEvent, describeTrade, isLessCertain } from './words';

/** How each kind of figure is drawn; the legend draws its keys with the same styles. */
export const barStyles = {
  reported: { shape: 'bar', fill: colors.muted },
  // Derived sums hollow, as on every chart of the site.
  derived: { shape: 'bar', fill: colors.paper, stroke: colors.muted, strokeWidth: 1.5 },
  lessCertain: { shape: 'bar', fill: colors.rule, stroke: colors.muted, strokeWidth: 1.5, strokeDasharray: '4,3' },
  // Several months' total, not on the per-month scale: an outline only, dotted, with no fill, so
  // it does not stand as a mass twice a month's width beside the single months.
  combined: { shape: 'bar', stroke: colors.muted, strokeWidth: 2, strokeDasharray: '2,2' },
  gap: { shape: 'bar', fill: colors.wash, stroke: colors.rule, strokeDasharray: '4,3' },
} as const satisfies Record<string, SwatchStyle>;

export const eventStyle = { shape: 'dot', fill: colors.ink } as const satisfies SwatchStyle;
export const reportStyle = (color: string): SwatchStyle => ({ shape: 'line', stroke: color, strokeWidth: 1.5 });
export const reportColor = (report: ReportMarker) => reportColors[report.source.id] ?? colors.ink;

/** Which style a trade figure is drawn in: several months together first, whatever else it is. */
export function barKind(datum: TradeDatum): keyof typeof barStyles {
  if (datum.units > 1) return 'combined';
  if (datum.derived) return 'derived';
  return isLessCertain(datum) ? 'lessCertain' : 'reported';
}

/** Plot's options for a swatch style, so a bar and its key are painted alike. */
const paint = ({ fill, stroke, strokeWidth, strokeDasharray }: SwatchStyle) => ({
  fill: fill ?? 'none',
  ...(stroke && { stroke }),
  ...(strokeWidth && { strokeWidth }),
  ...(strokeDasharray && { strokeDasharray }),
});

/** A paper-coloured outline behind text, so it reads over rules and bars. */
const halo = { stroke: colors.paper, strokeWidth: 3, paintOrder: 'stroke' } as const;

const middle = ({ start, end }: { start: Date; end: Date }) => new Date((start.getTime() + end.getTime()) / 2);

export function covidTradeChart(data: CovidTradeData, target: DrawTarget<CovidTradeWords>): SVGSVGElement {
  const { variant, layout: layoutName, width, document, ids } = target;
  const view = data[variant as TradeView];
  const layout = covidTradeLayout(view, layoutName, width, target);
  const { x, y, margin, top, rows } = layout;
  const px = (date: Date) => x.apply(date) as number;
  const date = (position: number) => x.invert!(position) as Date;
  const value = (position: number) => y.invert!(position) as number;
  const reports = view.timeline.filter((item): item is ReportMarker => item.kind === 'report');
  const bars = (kind: keyof typeof barStyles) =>
    Plot.rectY(
      view.trade.filter((datum) => barKind(datum) === kind),
      { x1: 'start', x2: 'end', y: 'value', insetLeft: barInset, insetRight: barInset, className: 'covid-trade-bar', ...paint(barStyles[kind]) },
    );
  const textOptions = { lineHeight, fill: colors.ink, ...halo } as const;

  const barsPanel = Plot.plot({
    document,
    width,
    height: layout.barsPanelHeight,
    marginTop: margin.top,
    marginRight: margin.right,
    marginBottom: margin.bottom,
    marginLeft: margin.left,
    x: { type: 'utc', domain: view.domain, axis: null },
    y: { domain: [0, top], axis: null },
    marks: [
      // What the bars measure, in what: top left of the drawing.
      Plot.text([layout.title.join('\n')], {
        frameAnchor: 'top-left',
        dx: edgePad - margin.left,
        dy: 4 - margin.top,
        lineAnchor: 'top',
        textAnchor: 'start',
        fontWeight: 'bold',
        ...textOptions,
      }),
      ...(layout.showAxis
        ? [
            Plot.gridY(layout.ticks, { stroke: colors.grid, strokeOpacity: 1, className: 'covid-trade-grid' }),
            Plot.axisY(layout.ticks, { tickSize: 0, tickPadding, tickFormat: (tick: number) => layout.tickLabels[layout.ticks.indexOf(tick)] ?? '', fill: colors.muted, label: null }),
          ]
        : []),
      // Months nobody reported: a shaded gap that says so. Nothing else is drawn across it.
      Plot.rect(view.gaps, { x1: 'start', x2: 'end', y1: 0, y2: top, insetLeft: barInset, insetRight: barInset, className: 'covid-trade-gap', ...paint(barStyles.gap) }),
      Plot.text(layout.gapLabels, {
        x: ({ gap }: { gap: Gap }) => middle(gap),
        y: top / 2,
        text: ({ lines }: { lines: string[] }) => lines.join('\n'),
        lineAnchor: 'middle',
        className: 'covid-trade-gap',
        ...textOptions,
        fill: colors.muted,
        stroke: colors.wash,
      }),
      bars('reported'),
      bars('derived'),
      bars('lessCertain'),
      bars('combined'),
      Plot.ruleY([0], { stroke: colors.ink, className: 'covid-trade-axis' }),
      // Each report's date, down through the bars and their labels, with a halo where it crosses a bar.
      ...[{ stroke: colors.paper, strokeWidth: 4 }, { stroke: reportColor, strokeWidth: 1.5, className: 'covid-trade-report' }].map((style) =>
        Plot.ruleX(reports, { x: 'date', insetTop: -4, insetBottom: -margin.bottom, ...style }),
      ),
      // Values over their bars: side by side, or upright where side by side they would touch.
      Plot.text(
        layout.valueLabels.filter((label) => !label.rotated),
        { x: (label: ValueLabel) => date(label.x), y: (label: ValueLabel) => label.datum.value, dy: -labelLift, text: (label: ValueLabel) => label.lines.join('\n'), lineAnchor: 'bottom', className: 'covid-trade-value', ...textOptions },
      ),
      Plot.text(
        layout.valueLabels.filter((label) => label.rotated),
        { x: (label: ValueLabel) => date(label.x), y: (label: ValueLabel) => label.datum.value, dy: -labelLift, text: (label: ValueLabel) => label.lines.join('\n'), rotate: -90, textAnchor: 'start', lineAnchor: 'middle', className: 'covid-trade-value', ...textOptions },
      ),
      // The periods under the bars, each labelling its own bar or gap, a line at a time.
      ...[...new Set(layout.periodLabels.map((label) => label.line))].map((line) =>
        Plot.text(
          layout.periodLabels.filter((label) => label.line === line),
          { x: (label: PeriodLabel) => date(label.x), y: 0, dy: periodLabelDrop + line * lineStep, text: 'text', lineAnchor: 'top', className: 'covid-trade-period', ...textOptions },
        ),
      ),
      // Hover and focus targets, last and in time order: each bar's whole column, up past its label.
      Plot.rect(view.trade, {
        x1: 'start',
        x2: 'end',
        y1: 0,
        y2: (datum: TradeDatum) => value(layout.targetTop.get(datum)!),
        insetLeft: targetInset,
        insetRight: targetInset,
        fill: 'transparent',
        className: 'covid-trade-target',
        render: focusableMarks(view.trade, (datum): MarkDescription => ({ figureId: datum.fact.id, label: describeTrade(datum, target), describedBy: ids.source(datum.fact.id) })),
      }),
    ],
  }) as SVGSVGElement;

  const boundaries = (view.unit === 'month' ? utcMonth : utcYear).range(...view.domain).slice(1);
  const events = rows.filter((row) => row.item.kind === 'event');
  // Every row but a report's (its rule is no mark of its own), with what it describes.
  const focusRows = rows.flatMap((row) => (row.item.kind === 'report' ? [] : [{ ...row, item: row.item }]));
  const rowMiddle = (row: Row) => (row.x1 + row.x2) / 2;
  const rowsPanel = Plot.plot({
    document,
    width,
    height: layout.rowsHeight,
    margin: 0,
    x: { type: 'identity', axis: null },
    y: { type: 'identity', axis: null },
    marks: [
      // Period boundaries, carried down through the rows so a row's marker can be read against them.
      Plot.ruleX(boundaries, { x: px, y1: 0, y2: layout.rowsHeight - 4, stroke: colors.grid, className: 'covid-trade-grid' }),
      ...[{ stroke: colors.paper, strokeWidth: 4 }, { stroke: reportColor, strokeWidth: 1.5, className: 'covid-trade-report' }].map((style) =>
        Plot.ruleX(reports, { x: (report: ReportMarker) => px(report.date), y1: 0, y2: layout.rowsHeight - 4, ...style }),
      ),
      // Events in ink, the reports' words in the report's colour.
      Plot.rect(
        events.filter((row) => row.shape === 'span'),
        { x1: 'x1', x2: 'x2', y1: (row: Row) => row.y - markerSize / 2, y2: (row: Row) => row.y + markerSize / 2, rx: markerSize / 2, fill: eventStyle.fill, className: 'covid-trade-event' },
      ),
      Plot.dot(
        events.filter((row) => row.shape === 'dot'),
        { x: rowMiddle, y: 'y', r: markerSize / 2, fill: eventStyle.fill, className: 'covid-trade-event' },
      ),
      Plot.dot(
        rows.filter((row) => row.shape === 'dot' && row.item.kind === 'annotation'),
        { x: rowMiddle, y: 'y', r: markerSize / 2 + 1, fill: 'color', stroke: colors.paper, strokeWidth: 1.5, className: 'covid-trade-annotation' },
      ),
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
              fontWeight: bold ? 'bold' : 'normal',
              className: 'covid-trade-row-label',
              ...textOptions,
              fill: 'color',
            },
          ),
        ),
      ),
      // Hover and focus targets, in reading order: the rows top to bottom (time order).
      Plot.rect(focusRows, {
        x1: 'targetX1',
        x2: 'targetX2',
        y1: (row: Row) => row.top + rowGap / 2,
        y2: (row: Row) => row.bottom - rowGap / 2,
        rx: 4,
        fill: 'transparent',
        className: 'covid-trade-target',
        render: focusableMarks(focusRows, ({ item }): MarkDescription =>
          item.kind === 'event'
            ? { figureId: item.fact.id, label: describeEvent(item, target), describedBy: ids.source(item.fact.id) }
            : { figureId: item.quote.id, label: describeAnnotation(item, target), describedBy: ids.source(item.quote.id) },
        ),
      }),
    ],
  }) as SVGSVGElement;

  // One drawing: the rows' panel moves in under the bars', whose svg (and its text defaults) it shares.
  const drawing = select(barsPanel).attr('height', layout.height).attr('viewBox', `0 0 ${width} ${layout.height}`);
  const rowsGroup = drawing.append('g').attr('class', 'covid-trade-rows').attr('transform', `translate(0,${layout.barsPanelHeight})`).node()!;
  for (const child of Array.from(rowsPanel.childNodes)) rowsGroup.appendChild(child);
  return barsPanel;
}
