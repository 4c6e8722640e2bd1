/**
 * The price-tier chart: one row per way of renting a phone, prices on a shared axis. Single
 * prices are dots, ranges are bars from low to high, and the derived earlier day rate is a
 * hollow dashed dot joined to the day rate by an arrow. On top, one invisible target per
 * figure, in reading order, takes hover and keyboard focus. Pure: (data, options) → <svg>, the
 * same at build time (linkedom) and in a browser.
 */
import * as Plot from '@observablehq/plot';
import { colors, reportColors } from '../../styles/tokens';
import { currencyNames, formatMoney, formatNumber } from '../../lib/format';
import { convert, formatPrice, type Rate } from '../../lib/currency';
import { focusableMarks } from '../svg';
import { byRole, rowLabel, rows, type PriceTierDatum } from './data';

export interface PriceTiersOptions {
  /** The currency to draw in, with its rate per yuan. */
  rate: Rate;
  /** Width in px of the drawing; the component draws a narrow and a wide version. */
  width: number;
  /** A DOM document: linkedom's at build time, `window.document` in the browser. */
  document: Document;
  /** The id of the element that holds a figure's quote and source, for aria-describedby. */
  sourceElementId?: (figureId: string) => string;
}


const rowHeight = 56;
const margin = { top: 10, right: 24, bottom: 40, left: 104 };
/** Half the height of a hover/focus target (24px in all, WCAG 2.5.8), and how far it reaches past a mark's ends. */
const target = { halfHeight: 12, overhang: 12 };

/** "Per day, 2019 (inferred): ≈35,000 won (converted from 200 yuan)", with ", derived" when it is. */
export function describeDatum(datum: PriceTierDatum, rate: Rate): string {
  const price = formatPrice(datum.low, datum.high, rate, { withUnit: true });
  const converted = rate.currency === 'CNY' ? '' : ` (converted from ${formatMoney(datum.low, datum.high, 'CNY')})`;
  const derived = datum.figure.kind === 'derived' ? ', derived' : '';
  return `${datum.row}, ${datum.when}: ${price}${converted}${derived}`;
}

export function priceTiersChart(data: PriceTierDatum[], { rate, width, document, sourceElementId }: PriceTiersOptions): SVGSVGElement {
  const x = (yuan: number) => convert(yuan, rate);
  const color = (datum: PriceTierDatum) => reportColors[datum.source.id] ?? colors.ink;
  const isDerived = (datum: PriceTierDatum) => datum.figure.kind === 'derived';
  const ranges = data.filter((datum) => datum.isRange);
  const reportedPoints = data.filter((datum) => !datum.isRange && !isDerived(datum));
  const derivedPoints = data.filter((datum) => !datum.isRange && isDerived(datum));
  const middle = (datum: PriceTierDatum) => x((datum.low + datum.high) / 2);
  const valueLabel = (datum: PriceTierDatum) => formatPrice(datum.low, datum.high, rate) + (isDerived(datum) ? ' (derived)' : '');
  const maxYuan = Math.max(...data.map((datum) => datum.high));
  const bandInset = (height: number) => (rowHeight - height) / 2;
  const move = { from: byRole(data, 'dayEarlier'), to: byRole(data, 'day') };

  return Plot.plot({
    document,
    width,
    height: margin.top + margin.bottom + rowHeight * rows.length,
    marginTop: margin.top,
    marginRight: margin.right,
    marginBottom: margin.bottom,
    marginLeft: margin.left,
    x: {
      domain: [0, x(maxYuan * 1.08)],
      label: `Price (${currencyNames[rate.currency].long}${rate.currency === 'CNY' ? '' : ', converted'})`,
      labelAnchor: 'center',
      labelArrow: 'none',
      tickFormat: formatNumber,
      ticks: width < 480 ? 4 : 6,
      grid: true,
    },
    y: { domain: [...rows], padding: 0, label: null, tickSize: 0, tickPadding: 10, tickFormat: (row) => rowLabel(data, row) },
    marks: [
      Plot.ruleX([0], { stroke: colors.rule }),
      Plot.barX(ranges, {
        x1: (datum) => x(datum.low),
        x2: (datum) => x(datum.high),
        y: 'row',
        fill: color,
        insetTop: bandInset(12),
        insetBottom: bandInset(12),
        rx: 6,
      }),
      Plot.arrow([move], {
        x1: ({ from }) => x(from.low),
        x2: ({ to }) => x(to.low),
        y1: ({ from }) => from.row,
        y2: ({ to }) => to.row,
        insetStart: 9,
        insetEnd: 10,
        headLength: 7,
        stroke: colors.muted,
        strokeWidth: 1.5,
      }),
      // Reported prices are solid dots; the derived earlier rate is hollow and dashed.
      Plot.dot(reportedPoints, { x: (datum) => x(datum.low), y: 'row', r: 6.5, fill: color, stroke: color, strokeWidth: 2 }),
      Plot.dot(derivedPoints, {
        x: (datum) => x(datum.low),
        y: 'row',
        r: 6.5,
        fill: colors.paper,
        stroke: color,
        strokeWidth: 2,
        strokeDasharray: '3,2',
      }),
      Plot.text(data.filter((datum) => !isDerived(datum)), { x: middle, y: 'row', text: valueLabel, dy: -20, fill: colors.ink, fontWeight: 'bold' }),
      Plot.text(data.filter(isDerived), { x: middle, y: 'row', text: valueLabel, dy: -20, fill: colors.muted }),
      Plot.text(data.filter(isDerived), { x: middle, y: 'row', text: () => 'a year earlier', dy: 21, fontSize: 11, fill: colors.muted }),
      // Hover and focus targets, drawn last and in data order so Tab follows reading order.
      Plot.barX(data, {
        x1: (datum) => x(datum.low),
        x2: (datum) => x(datum.high),
        y: 'row',
        insetTop: bandInset(target.halfHeight * 2),
        insetBottom: bandInset(target.halfHeight * 2),
        insetLeft: -target.overhang,
        insetRight: -target.overhang,
        rx: 4,
        fill: 'transparent',
        render: focusableMarks(data, (datum) => ({
          figureId: datum.figure.id,
          label: describeDatum(datum, rate),
          ...(sourceElementId && { describedBy: sourceElementId(datum.figure.id) }),
        })),
      }),
    ],
  }) as SVGSVGElement;
}
