/**
 * Every word the price-tier chart shows, by locale: functions over the values they mention, so
 * no number is typed here and no word is typed anywhere else.
 */
import type { ChartMessages } from '../messages';
import { listNames, type CreditWords } from '../credit-words';
import type { Row } from './data';

export interface PriceTiersWords {
  title: string;
  takeaway: (values: { day: string; growth: string; perCall: string }) => string;
  description: (values: { dayReport: string; dayWhen: string; perCall: string; perMorning: string; day: string; dayEarlier: string; regionReport: string; regionWhen: string; byRegion: string }) => string;
  rowName: Record<Row, string>;
  /** "a year before 2019". */
  yearBefore: (year: string) => string;
  /** The x axis: "Price (Chinese yuan)", "Price (US dollars, converted)". */
  axisLabel: (currencyName: string, converted: boolean) => string;
  derivedUnderLabel: string;
  /** Over the arrow from the earlier day rate to the later: "twice". */
  moved: (growth: string) => string;
  /** A mark's name: "Per day, 2019: ≈35,000 won (converted from 200 yuan), derived". */
  markLabel: (values: { row: string; when: string; price: string; convertedFrom: string | null; derived: boolean }) => string;
  switchLegend: string;
  /** Said once (a polite live region) when the switch is turned: "Prices now in US dollars". */
  switchAnnounce: (currencyName: string) => string;
  rateNote: (rate: string) => string;
  legendReport: (report: string, outlet: string, year: string) => string;
  table: {
    caption: string;
    rental: string;
    when: string;
    kind: string;
    kindName: Record<'reported' | 'derived' | 'inferred', string>;
    yuan: string;
    won: string;
    dollars: string;
  };
  notes: {
    yearsInferred: string;
    derivedEarlier: (derivation: string) => string;
    byRegion: (report: string, range: string) => string;
    conversions: (wonRate: string, dollarRate: string, derivations: string) => string;
  };
  /** "about 175 won per yuan, implied by the first report's own figures". */
  rateDescription: (rate: string, report: string) => string;
}

export const messages: ChartMessages<PriceTiersWords> = {
  en: {
    title: 'What it cost to rent a Chinese phone',
    takeaway: ({ day, growth, perCall }) => `A whole day cost ${day}, ${growth} the price a year earlier; a single call cost ${perCall}.`,
    description: (v) =>
      `Phone rental prices on one axis, in yuan. From ${v.dayReport} (${v.dayWhen}): ${v.perCall} per call; ` +
      `${v.perMorning} for a morning, drawn as a range; ${v.day} per day, with an arrow from ${v.dayEarlier} ` +
      `a year earlier, a derived value shown as a hollow dot. From ${v.regionReport} (${v.regionWhen}): ` +
      `${v.byRegion} depending on the region, drawn as a range.`,
    rowName: { perCall: 'Per call', perMorning: 'Per morning', perDay: 'Per day', byRegion: 'Across regions' },
    yearBefore: (year) => `a year before ${year}`,
    axisLabel: (currencyName, converted) => `Price (${currencyName}${converted ? ', converted' : ''})`,
    derivedUnderLabel: 'a year earlier, derived',
    moved: (growth) => growth,
    markLabel: ({ row, when, price, convertedFrom, derived }) =>
      `${row}, ${when}: ${price}${convertedFrom ? ` (converted from ${convertedFrom})` : ''}${derived ? ', derived' : ''}`,
    switchLegend: 'Show prices in',
    switchAnnounce: (currencyName) => `Prices now in ${currencyName}`,
    rateNote: (rate) => `Converted at ${rate}, for the prices of both reports; rounded.`,
    legendReport: (report, outlet, year) => `${report} (${outlet}), ${year}`,
    table: {
      caption: 'Rental prices in yuan as reported; won and dollars are approximate conversions',
      rental: 'Rental',
      when: 'When',
      kind: 'Kind',
      kindName: { reported: 'reported', derived: 'derived', inferred: 'inferred' },
      yuan: 'Yuan',
      won: 'South Korean won (converted)',
      dollars: 'US dollars (converted)',
    },
    notes: {
      yearsInferred: 'Neither report states its year: both years, and so every year on this chart, are inferred from the reports’ contents.',
      derivedEarlier: (derivation) => `The day rate a year earlier is derived, not reported: ${derivation}`,
      byRegion: (report, range) =>
        `${report} gives one range, ${range}, for hiring a Chinese phone in the North, and says the price differs from region to region; separately, it says prices rise with the dangers involved. ` +
        'It gives no price for any region, and none by the call or the day.',
      conversions: (wonRate, dollarRate, derivations) =>
        `Won and dollar values are approximate conversions, rounded. Every price, whichever report it comes from, is converted into won at ${wonRate}, and into dollars at ${dollarRate}. ${derivations}`,
    },
    rateDescription: (rate, report) => `${rate}, implied by ${report}’s own figures`,
  },
};

/** The one-line source under the chart: the reports' outlets (src/charts/credit.ts). */
export const credit: ChartMessages<CreditWords> = {
  en: ({ reports }) => `Source: ${listNames(reports)}`,
};
