/**
 * Everything around the price-tier drawing: the frame's words, its table, its sources, and the
 * rows of its downloads. Every number is taken from the figures, never typed here.
 */
import type { Content } from '../../data/load';
import { requireEntry } from '../../data/load';
import { ratesFromReports, rateFigureIds, type Rate } from '../../lib/currency';
import { currencyNames, formatAmount, formatFigure, formatMoney } from '../../lib/format';
import { sourceTitle, yearLabel } from '../../lib/sources';
import type { FrameContent } from '../frame';
import { priceTierData, type PriceTierDatum } from './data';

export const slug = 'price-tiers';
const usedIn = 'src/charts/price-tiers/index.ts';

const yuan = (datum: PriceTierDatum) => formatMoney(datum.low, datum.high, 'CNY');
const byId = (data: PriceTierDatum[], id: string) => {
  const datum = data.find((candidate) => candidate.figure.id === id);
  if (!datum) throw new Error(`${usedIn}: the chart has no figure "${id}"`);
  return datum;
};

export function priceTiersFrame(content: Content): FrameContent {
  const data = priceTierData(content, usedIn);
  const rates = ratesFromReports(content, usedIn);
  const figure = (id: string) => requireEntry(content.figures, id, 'figure', usedIn);
  const [perCall, perMorning, earlier, perDay, byRegion] = [
    'crackdown-per-call',
    'crackdown-per-morning',
    'crackdown-day-rate-year-earlier',
    'crackdown-day-rate',
    'rentals-price-range',
  ].map((id) => byId(data, id)) as [PriceTierDatum, PriceTierDatum, PriceTierDatum, PriceTierDatum, PriceTierDatum];
  const growth = formatFigure(figure('crackdown-day-rate-growth'));

  const rateNote = (rate: Rate) => (rate.figure ? `${currencyNames[rate.currency].long}: ${rate.figure.derivation?.text}` : '');
  const convertedCell = (datum: PriceTierDatum, rate: Rate) => formatAmount(datum.low * rate.perYuan, datum.high * rate.perYuan);

  return {
    slug,
    story: 'crackdown',
    title: 'What it cost to rent a Chinese phone',
    takeaway: `A whole day cost ${yuan(perDay)}, ${growth} the price a year earlier; a single call cost ${yuan(perCall)}.`,
    description:
      `Phone rental prices on one axis, in yuan. From the first report (${perDay.when}): ${yuan(perCall)} per call; ` +
      `${yuan(perMorning)} for a morning, drawn as a range; ${yuan(perDay)} per day, with an arrow from ${yuan(earlier)} ` +
      `a year earlier, a derived value shown as a hollow dot. From the second report (${byRegion.when}): ` +
      `${yuan(byRegion)} depending on the region, drawn as a range.`,
    table: {
      caption: `Rental prices, in yuan as reported, converted at the reports' own rates`,
      columns: [
        { key: 'tier', label: 'Rental' },
        { key: 'when', label: 'When' },
        { key: 'kind', label: 'Kind' },
        { key: 'CNY', label: 'Yuan', numeric: true },
        { key: 'KRW', label: 'South Korean won', numeric: true },
        { key: 'USD', label: 'US dollars', numeric: true },
      ],
      rows: data.map((datum) => ({
        tier: datum.tier,
        when: datum.when,
        kind: datum.figure.kind,
        CNY: formatAmount(datum.low, datum.high),
        KRW: convertedCell(datum, rates.KRW),
        USD: convertedCell(datum, rates.USD),
      })),
    },
    notes: [
      'Neither report carries a dateline: their years, and so every year on this chart, are inferred from their contents.',
      `The day rate a year earlier is derived, not reported: ${earlier.figure.derivation?.text}`,
      `The second report gives one range for the whole border region, ${yuan(byRegion)}, varying by region and rising with the danger; it does not break it down by tier.`,
      `Won and dollar values are conversions at the rates the reports themselves imply. ${rateNote(rates.KRW)} ${rateNote(rates.USD)}`,
    ],
    sources: [
      ...data.map(({ figure, source }) => ({ figure, source })),
      ...Object.values(rateFigureIds).map((id) => {
        const rateFigure = figure(id);
        return { figure: rateFigure, source: requireEntry(content.sources, rateFigure.source, 'source', usedIn) };
      }),
    ],
  };
}

/** One row per mark, for the CSV and JSON downloads: values in all three currencies, with provenance. */
export function priceTiersDownload(content: Content): Record<string, string | number | boolean>[] {
  const rates = ratesFromReports(content, usedIn);
  return priceTierData(content, usedIn).map((datum) => ({
    figure_id: datum.figure.id,
    rental: datum.tier,
    measures: datum.figure.measures,
    when: datum.when,
    report_year: datum.source.year.value,
    report_year_inferred: datum.source.year.inferred,
    kind: datum.figure.kind,
    low_cny: datum.low,
    high_cny: datum.high,
    low_krw: datum.low * rates.KRW.perYuan,
    high_krw: datum.high * rates.KRW.perYuan,
    low_usd: Math.round(datum.low * rates.USD.perYuan * 100) / 100,
    high_usd: Math.round(datum.high * rates.USD.perYuan * 100) / 100,
    derivation: datum.figure.derivation?.text ?? '',
    quote: datum.figure.quote,
    source: `${datum.source.outlet}, ${sourceTitle(datum.source)}`,
    source_url: datum.source.url,
    source_year: yearLabel(datum.source),
  }));
}
