/**
 * The price-tier chart: one row per way of renting a phone, prices on a shared axis. Single
 * prices are dots, ranges are bars from low to high, and the derived earlier day rate is a
 * hollow dashed dot joined to today's rate by an arrow. Pure: (data, options) → <svg>, the same
 * at build time (linkedom) and in a browser.
 */
import * as Plot from '@observablehq/plot';
import { colors, reportColors } from '../../styles/tokens';
import { formatAmount, formatMoney, formatNumber, currencyNames } from '../../lib/format';
import type { Rate } from '../../lib/currency';
import { focusableMarks } from '../svg';
import { priceMoves, tiers, type PriceTierDatum } from './data';

export interface PriceTiersOptions {
  /** The currency to draw in, with its rate per yuan. */
  rate: Rate;
  /** Width in px of the drawing; the frame draws a narrow and a wide version. */
  width: number;
  /** A DOM document: linkedom's at build time, `window.document` in the browser. */
  document: Document;
}

const rowHeight = 52;
const margin = { top: 8, right: 20, bottom: 40, left: 92 };

/** "Per day, 2019 (inferred): 200 yuan", with "derived" when it is. */
export function describeDatum(datum: PriceTierDatum, rate: Rate): string {
  const money = formatMoney(datum.low * rate.perYuan, datum.high * rate.perYuan, rate.currency);
  const derived = datum.figure.kind === 'derived' ? ', derived' : '';
  const converted = rate.currency === 'CNY' ? '' : ` (converted from ${formatMoney(datum.low, datum.high, 'CNY')})`;
  return `${datum.tier}, ${datum.when}: ${money}${converted}${derived}`;
}

export function priceTiersChart(data: PriceTierDatum[], { rate, width, document }: PriceTiersOptions): SVGSVGElement {
  const convert = (yuan: number) => yuan * rate.perYuan;
  const ranges = data.filter((datum) => datum.isRange);
  const derived = data.filter((datum) => datum.figure.kind === 'derived');
  const reported = data.filter((datum) => datum.figure.kind !== 'derived');
  const reportedPoints = reported.filter((datum) => !datum.isRange);
  const derivedPoints = derived.filter((datum) => !datum.isRange);
  const describe = (datum: PriceTierDatum) => ({ figureId: datum.figure.id, label: describeDatum(datum, rate) });
  const color = (datum: PriceTierDatum) => reportColors[datum.source.id] ?? colors.ink;
  const valueLabel = (datum: PriceTierDatum) =>
    formatAmount(convert(datum.low), convert(datum.high)) + (datum.figure.kind === 'derived' ? ' (derived)' : '');
  const middle = (datum: PriceTierDatum) => convert((datum.low + datum.high) / 2);
  const maxYuan = Math.max(...data.map((datum) => datum.high));
  const barInset = (rowHeight - 12) / 2;

  return Plot.plot({
    document,
    width,
    height: margin.top + margin.bottom + rowHeight * tiers.length,
    marginTop: margin.top,
    marginRight: margin.right,
    marginBottom: margin.bottom,
    marginLeft: margin.left,
    x: {
      domain: [0, convert(maxYuan * 1.08)],
      label: `Price (${currencyNames[rate.currency].long})`,
      labelAnchor: 'center',
      labelArrow: 'none',
      tickFormat: formatNumber,
      ticks: width < 480 ? 4 : 6,
      grid: true,
    },
    y: { domain: [...tiers], padding: 0, label: null, tickSize: 0, tickPadding: 10 },
    marks: [
      Plot.ruleX([0], { stroke: colors.rule }),
      Plot.barX(ranges, {
        x1: (datum) => convert(datum.low),
        x2: (datum) => convert(datum.high),
        y: 'tier',
        fill: color,
        insetTop: barInset,
        insetBottom: barInset,
        rx: 6,
        render: focusableMarks(ranges, describe),
      }),
      Plot.arrow(priceMoves(data), {
        x1: ({ from }) => convert(from.low),
        x2: ({ to }) => convert(to.low),
        y1: ({ from }) => from.tier,
        y2: ({ to }) => to.tier,
        insetStart: 9,
        insetEnd: 10,
        headLength: 7,
        stroke: colors.muted,
        strokeWidth: 1.5,
      }),
      // Reported prices are solid dots; the derived earlier rate is hollow and dashed.
      Plot.dot(reportedPoints, {
        x: (datum) => convert(datum.low),
        y: 'tier',
        r: 6.5,
        fill: color,
        stroke: color,
        strokeWidth: 2,
        render: focusableMarks(reportedPoints, describe),
      }),
      Plot.dot(derivedPoints, {
        x: (datum) => convert(datum.low),
        y: 'tier',
        r: 6.5,
        fill: colors.paper,
        stroke: color,
        strokeWidth: 2,
        strokeDasharray: '3,2',
        render: focusableMarks(derivedPoints, describe),
      }),
      Plot.text(reported, { x: middle, y: 'tier', text: valueLabel, dy: -15, fill: colors.ink, fontWeight: 'bold' }),
      Plot.text(derived, { x: middle, y: 'tier', text: valueLabel, dy: -15, fill: colors.muted }),
      Plot.text(derived, { x: middle, y: 'tier', text: () => 'a year earlier', dy: 17, fontSize: 11, fill: colors.muted }),
    ],
  }) as SVGSVGElement;
}
