/**
 * Everything around the price-tier drawing: the frame's words, its table, its sources, its key,
 * its currency switch and the rows of its downloads. Every number is taken from the figures,
 * every word from messages.ts.
 */
import { reportCurrencies } from '../../data/schema';
import { convert, formatPrice, type Rate } from '../../lib/currency';
import type { DownloadRow, LegendItem, RenderContext, Variants } from '../definition';
import type { FrameText } from '../frame';
import { colorOf, markStyles, shownYear, whenOf } from './chart';
import { byRole, type PriceTierDatum, type PriceTiersData } from './data';
import type { PriceTiersWords } from './messages';

type Context = RenderContext<PriceTiersWords>;

/** "about 175 won per yuan, implied by the first report's own figures". */
function rateDescription(rate: Rate, data: PriceTiersData, { t, locale }: Context): string {
  const entry = data.rateSources.find(({ figure }) => figure === rate.figure);
  return entry ? t.rateDescription(locale.figure(entry.figure), entry.source.referredToAs) : '';
}

export function priceTiersFrame(data: PriceTiersData, context: Context): FrameText {
  const { t, locale } = context;
  const { prices, rates } = data;
  const yuan = (datum: PriceTierDatum) => formatPrice(datum.low, datum.high, rates.CNY, { withUnit: true, locale });
  const [perCall, perMorning, dayEarlier, day, byRegion] = (['perCall', 'perMorning', 'dayEarlier', 'day', 'byRegion'] as const).map((role) => byRole(prices, role)) as [
    PriceTierDatum,
    PriceTierDatum,
    PriceTierDatum,
    PriceTierDatum,
    PriceTierDatum,
  ];
  const price = (datum: PriceTierDatum, rate: Rate) => formatPrice(datum.low, datum.high, rate, { locale });

  return {
    title: t.title,
    takeaway: t.takeaway({ day: yuan(day), growth: locale.figure(data.growth), perCall: yuan(perCall) }),
    description: t.description({
      dayReport: day.source.referredToAs,
      dayWhen: whenOf(day, t, locale),
      perCall: yuan(perCall),
      perMorning: yuan(perMorning),
      day: yuan(day),
      dayEarlier: yuan(dayEarlier),
      regionReport: byRegion.source.referredToAs,
      regionWhen: whenOf(byRegion, t, locale),
      byRegion: yuan(byRegion),
    }),
    table: {
      caption: t.table.caption,
      columns: [
        { key: 'row', label: t.table.rental },
        { key: 'when', label: t.table.when },
        { key: 'kind', label: t.table.kind },
        { key: 'CNY', label: t.table.yuan, numeric: true },
        { key: 'KRW', label: t.table.won, numeric: true },
        { key: 'USD', label: t.table.dollars, numeric: true },
      ],
      rows: prices.map((datum) => ({
        row: t.rowName[datum.row],
        when: whenOf(datum, t, locale),
        kind: t.table.kindName[datum.figure.kind],
        CNY: price(datum, rates.CNY),
        KRW: price(datum, rates.KRW),
        USD: price(datum, rates.USD),
      })),
    },
    notes: [
      t.notes.yearsInferred,
      t.notes.derivedEarlier(dayEarlier.figure.derivation?.text ?? ''),
      t.notes.byRegion(locale.capitalize(byRegion.source.referredToAs), yuan(byRegion)),
      t.notes.conversions(
        rateDescription(rates.KRW, data, context),
        rateDescription(rates.USD, data, context),
        [rates.KRW.figure?.derivation?.text, rates.USD.figure?.derivation?.text].filter(Boolean).join(' '),
      ),
    ],
    sources: [...prices.map(({ figure, source }) => ({ figure, source })), ...data.rateSources],
  };
}

/** One entry per report (its colour). The derived price needs no key: the drawing says "derived" under it. */
export function priceTiersLegend({ prices }: PriceTiersData, { t, locale }: Context): LegendItem[] {
  const reports = [...new Map(prices.filter((datum) => !datum.isDerived).map((datum) => [datum.source.id, datum])).values()];
  return reports.map((datum) => ({
    swatch: markStyles.reported(colorOf(datum)),
    label: t.legendReport(locale.capitalize(datum.source.referredToAs), datum.source.outlet, shownYear(datum, locale)),
  }));
}

/** Yuan as reported, or won or dollars converted at the reports' own rates. */
export function priceTiersVariants(data: PriceTiersData, context: Context): Variants {
  const { t, locale } = context;
  return {
    legend: t.switchLegend,
    options: reportCurrencies.map((currency) => {
      const rate = data.rates[currency];
      return {
        id: currency,
        label: locale.currencyName(currency, 'long'),
        announce: t.switchAnnounce(locale.currencyName(currency, 'long')),
        ...(rate.figure && { note: t.rateNote(rateDescription(rate, data, context)) }),
      };
    }),
  };
}

/** One row per figure, for the CSV and JSON downloads: yuan as reported, conversions labelled as such. */
export function priceTiersDownload({ prices, rates }: PriceTiersData, { t, locale }: Context): DownloadRow[] {
  const rateSource = (rate: Rate) => (rate.figure ? `${rate.figure.id}: ${rate.figure.derivation?.text}` : '');
  return prices.map((datum) => ({
    figure_id: datum.figure.id,
    rental: t.rowName[datum.row],
    measures: datum.figure.measures,
    // Read apart from the page, a download keeps the hedge on every row.
    when: whenOf(datum, t, locale),
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
    // Who gives the price, and whether the report dates that source's interview (the per-call and
    // per-morning prices come from a source it does not date).
    quote_speaker: datum.figure.speaker ?? datum.source.outlet,
    quote_dated: datum.figure.dated,
    source: `${datum.source.outlet}, ${locale.reportTitle(datum.source)}`,
    source_url: datum.source.url,
    source_year: locale.reportYear(datum.source),
  }));
}
