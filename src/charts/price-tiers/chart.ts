/**
 * The price-tier chart: one row per way of renting a phone, prices on a shared axis. Single
 * prices are dots, ranges are bars from low to high, and the derived earlier day rate is a
 * hollow dashed dot joined to the day rate by an arrow. On top, one invisible target per
 * figure, in reading order, takes hover and keyboard focus. Pure: (data, options) → <svg>, the
 * same at build time (linkedom) and in a browser; every colour a palette reference.
 */
import * as Plot from '@observablehq/plot';
import type { ReportCurrency } from '../../data/schema';
import { convert, formatPrice, type Rate } from '../../lib/currency';
import type { Locale } from '../../lib/locale';
import { colors, reportColors } from '../../styles/tokens';
import type { DrawTarget, SwatchStyle } from '../definition';
import { minimumTextSize } from '../layouts';
import { focusableMarks } from '../svg';
import { textDescent, textWidth, wrapText } from '../text';
import { fittingTicks } from '../ticks';
import { byRole, rowReport, rows, type PriceTierDatum, type PriceTiersData, type Row } from './data';
import type { PriceTiersWords } from './messages';

/** The least height of a row: a value label above, the mark, room below. */
const minimumRowHeight = 64;
/** How far a value label sits above its row's centre, and the note below it. */
const labelOffset = { above: 21, below: 14 };
const fontSize = minimumTextSize;
/** The prices themselves, larger than the words around them: they are what the chart is for. */
const valueSize = 15;
const tickPadding = 10;
const margin = { top: 12, right: 28, bottom: 50 };
/** Between a tick and its label: the label's box (text.ts) reaches nearly an em above its baseline. */
const xTickPadding = 6;
/** Half the height of a hover/focus target (24px in all, WCAG 2.5.8), and how far it reaches past a mark's ends. */
const target = { halfHeight: 12, overhang: 12 };

/** On a phone, how far right of the zero line the row labels above the rows start, so the line does not run through them. */
const labelInset = 6;

/**
 * Plot's render hook that names a mark's group for the label check (data-mark), or names the
 * marks a text sits on by design (data-labels).
 */
const tagged =
  (name: 'data-mark' | 'data-labels', value: string): Plot.RenderFunction =>
  (index, scales, values, dimensions, context, next) => {
    const group = next?.(index, scales, values, dimensions, context) ?? null;
    group?.setAttribute(name, value);
    return group;
  };

/** The marks' styles, which the legend draws with too. */
export const markStyles = {
  reported: (color: string): SwatchStyle => ({ shape: 'dot', fill: color, stroke: color, strokeWidth: 2 }),
  derived: (color: string): SwatchStyle => ({ shape: 'dot', fill: colors.paper, stroke: color, strokeWidth: 2, strokeDasharray: '3,2' }),
};

export const colorOf = (datum: PriceTierDatum) => reportColors[datum.source.id] ?? colors.ink;

/** A report's year wherever the chart shows it, hedged where it is inferred: "2019 (inferred)". */
export const shownYear = (datum: PriceTierDatum, locale: Locale) => locale.reportYear(datum.source);

/** "a year before 2019 (inferred)" or "2019 (inferred)": when a price held. */
export function whenOf(datum: PriceTierDatum, t: PriceTiersWords, locale: Locale): string {
  const year = shownYear(datum, locale);
  return datum.yearBefore ? t.yearBefore(year) : year;
}

/** A mark's name: "Per day, 2019: ≈35,000 won (converted from 200 yuan)". */
export function describeDatum(datum: PriceTierDatum, rate: Rate, t: PriceTiersWords, locale: Locale): string {
  return t.markLabel({
    row: t.rowName[datum.row],
    when: whenOf(datum, t, locale),
    price: formatPrice(datum.low, datum.high, rate, { withUnit: true, locale }),
    convertedFrom: rate.currency === 'CNY' ? null : locale.money(datum.low, datum.high, 'CNY'),
    derived: datum.isDerived,
  });
}

/** The row's label on the axis: the rental, and the year of its report. */
export function rowLabel(data: readonly PriceTierDatum[], row: Row, t: PriceTiersWords, locale: Locale): string {
  const report = rowReport(data, row);
  return report ? `${t.rowName[row]}\n${shownYear(report, locale)}` : t.rowName[row];
}

export function priceTiersChart({ prices: data, rates, growth }: PriceTiersData, { variant, layout, width, document, ids, t, locale }: DrawTarget<PriceTiersWords>): SVGSVGElement {
  const rate = rates[variant as ReportCurrency];
  const x = (yuan: number) => convert(yuan, rate);
  const ranges = data.filter((datum) => datum.isRange);
  const reportedPoints = data.filter((datum) => !datum.isRange && !datum.isDerived);
  const derivedPoints = data.filter((datum) => !datum.isRange && datum.isDerived);
  const middle = (datum: PriceTierDatum) => x((datum.low + datum.high) / 2);
  const valueLabel = (datum: PriceTierDatum) => formatPrice(datum.low, datum.high, rate, { locale });
  const maxYuan = Math.max(...data.map((datum) => datum.high));
  const move = { from: byRole(data, 'dayEarlier'), to: byRole(data, 'day') };
  // On a phone the row labels sit above their rows, so the prices get the whole width; wider,
  // they sit to the left, and their measured width sets the margin.
  const labelsAbove = layout === 'narrow';
  const labels = rows.map((row) => rowLabel(data, row, t, locale));
  const widestLine = Math.max(...labels.flatMap((label) => label.split('\n')).map((line) => textWidth(line, fontSize)));
  const marginLeft = labelsAbove ? target.overhang : Math.ceil(widestLine) + tickPadding + 4;
  const plotWidth = width - marginLeft - margin.right;
  const aboveLines = labelsAbove ? labels.map((label) => wrapText(label.replace('\n', ', '), width - marginLeft - labelInset, fontSize)) : [];
  // The derived price's note sits under its dot, wrapped to the room beside the next price; the
  // rows grow to hold it and the labels above them, so nothing reaches the next row.
  const noteLines = wrapText(t.derivedUnderLabel, Math.max(plotWidth * (labelsAbove ? 0.6 : 0.45), 72), fontSize, { balanced: true });
  const valueTop = labelOffset.above + valueSize;
  const labelBlock = Math.max(0, ...aboveLines.map((lines) => lines.length)) * fontSize;
  // On a phone a row holds the label and the price above its marks and the derived note below
  // them, which take different room: the marks sit `shift` px below the row's centre, so the row
  // is as tall as both together, not twice the taller.
  const above = valueTop + labelBlock + 8;
  const below = labelOffset.below + noteLines.length * fontSize + 4;
  const rowHeight = Math.max(minimumRowHeight, labelsAbove ? above + below : below + valueTop + 6);
  const shift = labelsAbove ? (rowHeight - 2 * below) / 2 : 0;
  const bandInset = (height: number) => (rowHeight - height) / 2;
  /** A band of `height` around the marks' line, as Plot's insets from the row's band. */
  const around = (height: number) => ({ insetTop: bandInset(height) + shift, insetBottom: bandInset(height) - shift });
  const format = (value: number) => locale.number(value);
  const domainHigh = x(maxYuan * 1.08);
  // The axis title, centred on the plot, wraps to fit beside it, and the bottom margin grows by its extra lines.
  const axisTitle = wrapText(t.axisLabel(locale.currencyName(rate.currency, 'long'), rate.currency !== 'CNY'), plotWidth + 2 * Math.min(marginLeft, margin.right) - 8, fontSize, { balanced: true });
  const marginBottom = margin.bottom + (axisTitle.length - 1) * fontSize;

  return Plot.plot({
    document,
    width,
    height: margin.top + marginBottom + rowHeight * rows.length,
    marginTop: margin.top,
    marginRight: margin.right,
    marginBottom,
    marginLeft,
    x: {
      domain: [0, domainHigh],
      label: axisTitle.join('\n'),
      labelAnchor: 'center',
      labelArrow: 'none',
      tickFormat: format,
      tickPadding: xTickPadding,
      // Plot sets the title's last baseline 3 px above the bottom; its box reaches a descent below that (text.ts).
      labelOffset: marginBottom - 3 - Math.ceil(textDescent * fontSize),
      ticks: fittingTicks(0, domainHigh, plotWidth, format, fontSize, { most: 6, gap: 12 }),
      grid: true,
    },
    y: labelsAbove
      ? { domain: [...rows], padding: 0, axis: null }
      : { domain: [...rows], padding: 0, label: null, tickSize: 0, tickPadding, tickFormat: (row: Row) => labels[rows.indexOf(row)] },
    marks: [
      Plot.ruleX([0], { stroke: colors.rule }),
      ...(labelsAbove
        ? [
            Plot.text(rows, {
              y: (row) => row,
              text: (row) => aboveLines[rows.indexOf(row)]!.join('\n'),
              frameAnchor: 'left',
              textAnchor: 'start',
              lineAnchor: 'top',
              dx: labelInset,
              dy: -rowHeight / 2 + 4,
              fill: colors.ink,
              // A paper halo keeps the label legible over the gridlines behind it.
              stroke: colors.paper,
              strokeWidth: 4,
              paintOrder: 'stroke',
            }),
          ]
        : []),
      Plot.barX(ranges, {
        x1: (datum) => x(datum.low),
        x2: (datum) => x(datum.high),
        y: 'row',
        fill: colorOf,
        ...around(12),
        rx: 6,
      }),
      Plot.arrow([move], {
        x1: ({ from }) => x(from.low),
        x2: ({ to }) => x(to.low),
        y1: ({ from }) => from.row,
        y2: ({ to }) => to.row,
        insetStart: 9,
        insetEnd: 10,
        dy: shift,
        headLength: 7,
        stroke: colors.muted,
        strokeWidth: 1.5,
        render: tagged('data-mark', 'move'),
      }),
      // Reported prices are solid dots; the derived earlier rate is hollow and dashed.
      Plot.dot(reportedPoints, { x: (datum) => x(datum.low), y: 'row', dy: shift, r: 6.5, fill: colorOf, stroke: colorOf, strokeWidth: 2 }),
      Plot.dot(derivedPoints, { x: (datum) => x(datum.low), y: 'row', dy: shift, r: 6.5, fill: colors.paper, stroke: colorOf, strokeWidth: 2, strokeDasharray: '3,2' }),
      Plot.text(data.filter((datum) => !datum.isDerived), { x: middle, y: 'row', text: valueLabel, dy: shift - labelOffset.above, fill: colors.ink, fontWeight: 'bold', fontSize: valueSize }),
      Plot.text(derivedPoints, { x: middle, y: 'row', text: valueLabel, dy: shift - labelOffset.above, fill: colors.muted, fontSize: valueSize }),
      // How the day rate moved, on its arrow, with a paper halo across the line: "twice".
      Plot.text([move], {
        x: ({ from, to }) => (x(from.low) + x(to.low)) / 2,
        y: ({ to }) => to.row,
        text: () => t.moved(locale.figure(growth)),
        dy: shift,
        fill: colors.ink,
        fontWeight: 'bold',
        stroke: colors.paper,
        strokeWidth: 6,
        paintOrder: 'stroke',
        render: tagged('data-labels', 'move'),
      }),
      Plot.text(derivedPoints, { x: middle, y: 'row', text: () => noteLines.join('\n'), dy: shift + labelOffset.below, lineAnchor: 'top', fill: colors.muted }),
      // Hover and focus targets, drawn last and in data order so Tab follows reading order.
      Plot.barX(data, {
        x1: (datum) => x(datum.low),
        x2: (datum) => x(datum.high),
        y: 'row',
        ...around(target.halfHeight * 2),
        insetLeft: -target.overhang,
        insetRight: -target.overhang,
        rx: 4,
        fill: 'transparent',
        render: focusableMarks(data, (datum) => ({
          figureId: datum.figure.id,
          label: describeDatum(datum, rate, t, locale),
          describedBy: ids.source(datum.figure.id),
        })),
      }),
    ],
  }) as SVGSVGElement;
}
