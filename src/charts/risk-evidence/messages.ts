/**
 * Every word the risk-evidence chart shows, by locale: functions over the values they mention
 * (numbers, prices and years already written by the locale), so no number is typed here and no
 * word is typed anywhere else. Names and quotations from content are passed in as they are.
 */
import type { ChartMessages } from '../messages';
import { listNames, type CreditWords } from '../credit-words';
import type { Rental } from './data';

/** A report as the words name it: "The first report" and its year, "2019 (inferred)". */
interface Report {
  report: string;
  year: string;
}

export interface RiskEvidenceWords {
  title: string;
  takeaway: (values: { range: string; growth: string }) => string;
  description: (values: {
    first: Report;
    second: Report;
    doublingTitle: string;
    day: string;
    earlier: string;
    crackdown: string;
    byLengthTitle: string;
    perCall: string;
    perMorning: string;
    arithmetic: string;
    byDangerTitle: string;
    range: string;
  }) => string;
  /** What was rented, naming a price: "A day". */
  rental: Record<Rental, string>;
  /** The columns' labels under the panels (the report's own column is labelled with its year). */
  column: { yearEarlier: string; call: string; morning: string; day: string };
  /** "a year before 2019 (inferred)". */
  yearBefore: (year: string) => string;
  /** Under a derived value on its column. */
  derived: string;
  panels: {
    doubling: { title: (growth: string) => string; subtitle: (report: Report) => string };
    byLength: { title: (share: string) => string; subtitle: (report: Report & { arithmetic: string; currency: string }) => string };
    byDanger: { title: string; subtitle: (report: Report) => string };
  };
  /** The crackdown band: "Crackdown, 2018: Near-total block on calls to Chinese networks (Radio Free Asia)". */
  crackdownBand: (values: { measures: string; period: string; publishers: string }) => string;
  /** The range panel's bar: "50–200 yuan, varying by region". */
  varyingByRegion: (range: string) => string;
  lessDanger: string;
  moreDanger: string;
  /** A price's mark: "A day, a year before 2019 (inferred): 100 yuan, derived". */
  markLabel: (values: { rental: string; when: string; price: string; derived: boolean }) => string;
  /** The call's mark adds its share of a day: "…, a quarter of a day (derived: 50 ÷ 200)". */
  callMarkLabel: (values: { price: string; share: string; arithmetic: string }) => string;
  /** The statement's mark. */
  dangerMarkLabel: (report: string) => string;
  /** A share that is no simple fraction: "30%". */
  percent: (value: string) => string;
  /** "50 ÷ 200". */
  division: (dividend: string, divisor: string) => string;
  /** A quotation in a table cell. */
  quoted: (text: string) => string;
  legend: { report: (report: string, outlet: string, year: string) => string; derived: string; rangeTop: string };
  table: {
    caption: string;
    what: string;
    when: string;
    value: string;
    kind: string;
    source: string;
    kindName: { reported: string; derived: (derivation: string) => string; context: string; quotation: string };
    /** The rows that are not prices. */
    shareRow: string;
    crackdownRow: string;
    dangerRow: string;
    /** The source cell of a report's row: "The first report, 2019 (inferred)". */
    report: (report: Report) => string;
  };
  notes: {
    derivedEarlier: (derivation: string) => string;
    share: (values: { report: string; arithmetic: string; share: string }) => string;
    crackdown: (values: { report: string; crackdown: string }) => string;
    byDanger: (report: string) => string;
    twoReports: (first: Report, second: Report) => string;
  };
}

export const messages: ChartMessages<RiskEvidenceWords> = {
  en: {
    title: 'What the reports say about danger and price',
    takeaway: ({ range, growth }) =>
      `The second report says rental prices, ${range}, rise with the danger; in the first, a day’s rent was ${growth} what it had been a year earlier, as a crackdown on calls went on.`,
    description: (v) =>
      `Three panels, prices in yuan on one scale from zero. ${v.doublingTitle}: in ${v.first.report} (${v.first.year}) ` +
      `a day cost ${v.day}; a year earlier it cost ${v.earlier}, a value derived from the report and drawn ` +
      `as a hollow, dashed column. A band over both columns marks the crackdown: ${v.crackdown}. ` +
      `${v.byLengthTitle}: in the same report a call cost ${v.perCall}, a morning ${v.perMorning} ` +
      `and a day ${v.day}; the share, ${v.arithmetic}, is derived. ` +
      `${v.byDangerTitle}: ${v.second.report} (${v.second.year}) gives ${v.range} across regions, ` +
      'drawn as a bar with an arrow from less danger to more danger, the report’s general statement; it gives no price for any region.',
    rental: { day: 'A day', call: 'A call', morning: 'A morning', regions: 'Across regions' },
    column: { yearEarlier: 'a year earlier', call: 'a call', morning: 'a morning', day: 'a day' },
    yearBefore: (year) => `a year before ${year}`,
    derived: 'derived',
    panels: {
      doubling: {
        title: (growth) => `A day cost ${growth} as much as a year earlier`,
        subtitle: ({ report, year }) => `${report}, ${year}, as the crackdown on calls went on`,
      },
      byLength: {
        title: (share) => `A call cost ${share} of a day`,
        subtitle: ({ report, year, arithmetic, currency }) => `${report}, ${year}; the share is derived: ${arithmetic} ${currency}`,
      },
      byDanger: {
        title: 'Across regions, the price rises with the danger',
        subtitle: ({ report, year }) => `${report}, ${year}: its general statement; it gives no price for any region`,
      },
    },
    crackdownBand: ({ measures, period, publishers }) => `Crackdown, ${period}: ${measures} (${publishers})`,
    varyingByRegion: (range) => `${range}, varying by region`,
    lessDanger: 'less danger',
    moreDanger: 'more danger',
    markLabel: ({ rental, when, price, derived }) => `${rental}, ${when}: ${price}${derived ? ', derived' : ''}`,
    callMarkLabel: ({ price, share, arithmetic }) => `${price}, ${share} of a day (derived: ${arithmetic})`,
    dangerMarkLabel: (report) => `${report}’s general statement: the price rises with the danger; it gives no price for any region`,
    percent: (value) => `${value}%`,
    division: (dividend, divisor) => `${dividend} ÷ ${divisor}`,
    quoted: (text) => `“${text}”`,
    legend: {
      report: (report, outlet, year) => `${report}, ${outlet}, ${year}`,
      derived: 'Hollow, dashed: derived from a report, not stated in it',
      rangeTop: 'Pale top: the span of a range',
    },
    table: {
      caption: 'The prices behind each panel, in yuan as reported, with the derived values and the context',
      what: 'What',
      when: 'When',
      value: 'Yuan, or what was said',
      kind: 'Kind',
      source: 'Source',
      kindName: { reported: 'reported', derived: (derivation) => `derived: ${derivation}`, context: 'context', quotation: 'quotation' },
      shareRow: 'A call, as a share of a day',
      crackdownRow: 'Crackdown on calls to China',
      dangerRow: 'Price and danger',
      report: ({ report, year }) => `${report}, ${year}`,
    },
    notes: {
      derivedEarlier: (derivation) => `The day rate a year earlier is derived, not reported: ${derivation}`,
      share: ({ report, arithmetic, share }) => `A call’s share of a day is our arithmetic on ${report}’s prices: ${arithmetic} is ${share}.`,
      crackdown: ({ report, crackdown }) =>
        `${report} does not say the crackdown raised the price: it sets the rise beside a crackdown on ` +
        'international calls that had run since the year before, and beside greater demand for rented phones. ' +
        `The crackdown band is a fact from outside the reports: ${crackdown}.`,
      byDanger: (report) =>
        `${report} says prices vary by region and rise with the danger, but gives no price for any region ` +
        'or level of danger: “less danger” and “more danger” mark its general statement, not places. It does not say for how ' +
        'long a phone is rented at those prices, so its range is drawn apart from the prices by the call, the morning and the day.',
      twoReports: (first, second) =>
        `The panels combine two reports from different sources and years: ${first.report}, ${first.year}, and ${second.report}, ${second.year}. ` +
        'Neither states its year: both years are inferred from the reports’ contents.',
    },
  },
};

/** The one-line source under the chart: the reports' outlets, and the block on calls' publishers (src/charts/credit.ts). */
export const credit: ChartMessages<CreditWords> = {
  en: ({ reports, context }) => (context.length ? `Sources: prices, ${listNames(reports)}; the block on calls, ${listNames(context)}` : `Source: ${listNames(reports)}`),
};
