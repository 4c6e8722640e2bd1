/**
 * Everything around the price-tier drawing: the frame's words, its table, its sources, and the
 * rows of its downloads. Every number is taken from the figures, never typed here.
 */
import type { Content } from '../../data/load';
import { requireEntry } from '../../data/load';
import { convert, formatPrice, ratesFromReports, type Rate } from '../../lib/currency';
import { formatFigure } from '../../lib/format';
import { sourceTitle, yearLabel } from '../../lib/sources';
import type { FrameContent, FrameSource } from '../frame';
import { byRole, priceTierData, type PriceTierDatum } from './data';

export const slug = 'price-tiers';
const usedIn = 'src/charts/price-tiers/frame-content.ts';

/** The rate figures, each with its report, as the frame lists them. */
function rateSources(rates: Rate[], content: Content): FrameSource[] {
  return rates.flatMap(({ figure }) =>
    figure ? [{ figure, source: requireEntry(content.sources, figure.source, 'source', usedIn) }] : [],
  );
}

/** "about 175 won per yuan, implied by the first report's own figures". */
export function rateDescription(rate: Rate, content: Content): string {
  if (!rate.figure) return '';
  const source = requireEntry(content.sources, rate.figure.source, 'source', usedIn);
  return `${formatFigure(rate.figure)}, implied by ${source.referredToAs}’s own figures`;
}

export function priceTiersFrame(content: Content, data: PriceTierDatum[] = priceTierData(content, usedIn)): FrameContent {
  const rates = ratesFromReports(content, usedIn);
  const yuan = (datum: PriceTierDatum) => formatPrice(datum.low, datum.high, rates.CNY, { withUnit: true });
  const [perCall, perMorning, dayEarlier, day, byRegion] = (['perCall', 'perMorning', 'dayEarlier', 'day', 'byRegion'] as const).map((role) =>
    byRole(data, role),
  ) as [PriceTierDatum, PriceTierDatum, PriceTierDatum, PriceTierDatum, PriceTierDatum];
  const growth = formatFigure(requireEntry(content.figures, 'crackdown-day-rate-growth', 'figure', usedIn));

  return {
    slug,
    story: 'crackdown',
    title: 'What it cost to rent a Chinese phone',
    takeaway: `A whole day cost ${yuan(day)}, ${growth} the price a year earlier; a single call cost ${yuan(perCall)}.`,
    description:
      `Phone rental prices on one axis, in yuan. From ${day.source.referredToAs} (${day.when}): ${yuan(perCall)} per call; ` +
      `${yuan(perMorning)} for a morning, drawn as a range; ${yuan(day)} per day, with an arrow from ${yuan(dayEarlier)} ` +
      `a year earlier, a derived value shown as a hollow dot. From ${byRegion.source.referredToAs} (${byRegion.when}): ` +
      `${yuan(byRegion)} depending on the region, drawn as a range.`,
    table: {
      caption: 'Rental prices in yuan as reported; won and dollars are approximate conversions',
      columns: [
        { key: 'row', label: 'Rental' },
        { key: 'when', label: 'When' },
        { key: 'kind', label: 'Kind' },
        { key: 'CNY', label: 'Yuan', numeric: true },
        { key: 'KRW', label: 'South Korean won (converted)', numeric: true },
        { key: 'USD', label: 'US dollars (converted)', numeric: true },
      ],
      rows: data.map((datum) => ({
        row: datum.row,
        when: datum.when,
        kind: datum.figure.kind,
        CNY: formatPrice(datum.low, datum.high, rates.CNY),
        KRW: formatPrice(datum.low, datum.high, rates.KRW),
        USD: formatPrice(datum.low, datum.high, rates.USD),
      })),
    },
    notes: [
      'Neither report states its year: both years, and so every year on this chart, are inferred from the reports’ contents.',
      `The day rate a year earlier is derived, not reported: ${dayEarlier.figure.derivation?.text}`,
      `${byRegion.source.referredToAs[0]?.toUpperCase()}${byRegion.source.referredToAs.slice(1)} gives one range, ${yuan(byRegion)}, for renting a phone in North Korea, with costs “varying by region” and rising with the danger; it does not give prices by the call or the day.`,
      `Won and dollar values are approximate conversions, rounded. Every price, whichever report it comes from, is converted into won at ${rateDescription(rates.KRW, content)}, and into dollars at ${rateDescription(rates.USD, content)}. ${rates.KRW.figure?.derivation?.text} ${rates.USD.figure?.derivation?.text}`,
    ],
    sources: [...data.map(({ figure, source }) => ({ figure, source })), ...rateSources([rates.KRW, rates.USD], content)],
  };
}

/** One row per figure, for the CSV and JSON downloads: yuan as reported, conversions labelled as such. */
export function priceTiersDownload(content: Content): Record<string, string | number | boolean>[] {
  const rates = ratesFromReports(content, usedIn);
  const rateSource = (rate: Rate) => (rate.figure ? `${rate.figure.id}: ${rate.figure.derivation?.text}` : '');
  return priceTierData(content, usedIn).map((datum) => ({
    figure_id: datum.figure.id,
    rental: datum.row,
    measures: datum.figure.measures,
    when: datum.when,
    report_year: datum.source.year.value,
    report_year_inferred: datum.source.year.inferred,
    kind: datum.figure.kind,
    low_cny: datum.low,
    high_cny: datum.high,
    low_krw_converted: convert(datum.low, rates.KRW),
    high_krw_converted: convert(datum.high, rates.KRW),
    krw_per_cny: rates.KRW.perYuan,
    krw_rate_source: rateSource(rates.KRW),
    low_usd_converted: Math.round(convert(datum.low, rates.USD) * 100) / 100,
    high_usd_converted: Math.round(convert(datum.high, rates.USD) * 100) / 100,
    usd_per_cny: rates.USD.perYuan,
    usd_rate_source: rateSource(rates.USD),
    derivation: datum.figure.derivation?.text ?? '',
    quote: datum.figure.quote,
    source: `${datum.source.outlet}, ${sourceTitle(datum.source)}`,
    source_url: datum.source.url,
    source_year: yearLabel(datum.source),
  }));
}
