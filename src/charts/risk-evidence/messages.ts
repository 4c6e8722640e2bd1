/**
 * Every word the risk-evidence timeline shows, by locale: functions over the values they mention
 * (numbers and years already written by the locale), so no number is typed here and no word is
 * typed anywhere else. Names and quotations from content are passed in as they are. The
 * evidence is paraphrased in the chart's own words; the verbatim quotations are in the sources.
 */
import type { ChartMessages } from '../messages';
import type { FigureEntryId, QuoteEntryId } from './data';
import { listNames, type CreditWords } from '../credit-words';

/** A report as the words name it: "The first report" and its year, "2019". */
interface Report {
  report: string;
  year: string;
}

/** One piece of evidence in the chart's words: what the report says, and what it does not. */
interface EvidenceWords {
  says: string;
  /** Under it, muted: what the report does not say, so no link is read in that it does not make. */
  caveat?: string;
}

export interface RiskEvidenceWords {
  title: string;
  takeaway: string;
  description: (values: { crackdown: string; reports: { report: Report; evidence: string[] }[] }) => string;
  /** The crackdown band: "Crackdown, 2018: Near-total block on calls to Chinese networks (Radio Free Asia)". */
  crackdownBand: (values: { measures: string; period: string; publishers: string }) => string;
  /** Over a report's evidence: "The first report (Daily NK)". */
  reportHeading: (report: string, outlet: string) => string;
  /** The figure's evidence takes its number: "twice". */
  figureEvidence: Record<FigureEntryId, { says: (value: string) => string; caveat?: string }>;
  quoteEvidence: Record<QuoteEntryId, EvidenceWords>;
  /** A mark's name: "The first report, 2019: a day’s rental cost twice as much as a year earlier." */
  markLabel: (values: { report: string; year: string; says: string }) => string;
  /** A quotation in a table cell. */
  quoted: (text: string) => string;
  table: {
    caption: string;
    what: string;
    when: string;
    words: string;
    kind: string;
    source: string;
    kindName: { reported: string; context: string; quotation: string };
    /** The source cell of a report's row: "The first report (Daily NK)". */
    report: (report: string, outlet: string) => string;
  };
  notes: {
    crackdown: (values: { report: string; crackdown: string }) => string;
    byDanger: (report: string) => string;
    prices: string;
    twoReports: (first: Report, second: Report) => string;
  };
}

export const messages: ChartMessages<RiskEvidenceWords> = {
  en: {
    title: 'What the reports say about danger and price',
    takeaway: 'The second report says prices rise with the dangers; the first says a day’s rent doubled in a year, without blaming the crackdown.',
    description: ({ crackdown, reports }) =>
      `A timeline of what was said, oldest first; it charts no prices and draws no line between danger and price. First, a band for the context: ${crackdown}. ` +
      reports.map(({ report, evidence }) => `Then ${report.report}, ${report.year}: ${evidence.join(' ')}`).join(' '),
    crackdownBand: ({ measures, period, publishers }) => `Crackdown, ${period}: ${measures} (${publishers})`,
    reportHeading: (report, outlet) => `${report} (${outlet})`,
    figureEvidence: {
      'crackdown-day-rate-growth': {
        says: (value) => `A day’s rental cost ${value} as much as a year earlier.`,
        caveat: 'It sets the rise beside a crackdown on calls that had run since the year before, and beside greater demand; it does not say which raised the price.',
      },
    },
    quoteEvidence: {
      'dangerous-but-lucrative': { says: 'A source: lending phones is very dangerous, since lenders can be caught, but it pays well.' },
      'rising-with-danger': {
        says: 'Prices are higher where renting is more dangerous.',
        caveat: 'A general statement: it gives no price for any level of danger. Separately, it says costs vary by region.',
      },
      'lenders-pay-bribes': { says: 'Lenders who are caught must pay bribes, which a source gives as the reason they charge fees.' },
    },
    markLabel: ({ report, year, says }) => `${report}, ${year}: ${says}`,
    quoted: (text) => `“${text}”`,
    table: {
      caption: 'The evidence on the timeline: the context, and what each report says, in its own words',
      what: 'What is said',
      when: 'When',
      words: 'Words it rests on',
      kind: 'Kind',
      source: 'Source',
      kindName: { reported: 'reported', context: 'context', quotation: 'quotation' },
      report: (report, outlet) => `${report} (${outlet})`,
    },
    notes: {
      crackdown: ({ report, crackdown }) =>
        `${report} does not say why the day rate doubled, and does not tie it to the crackdown: it gives the ` +
        'doubling right after saying that economic hardship had raised demand for rented phones. ' +
        `The crackdown band is a fact from outside the reports: ${crackdown}.`,
      byDanger: (report) =>
        `${report} says prices rise with the dangers involved and, in another sentence, that costs vary by region; it gives no price for any region ` +
        'or level of danger, so the timeline draws no scale of danger against price.',
      prices: 'The prices themselves are charted once, in the chart of what it cost to rent a phone.',
      twoReports: (first, second) =>
        `The timeline combines two reports from different sources and years: ${first.report}, ${first.year}, and ${second.report}, ${second.year}. ` +
        'Neither states its year: both years are inferred from the reports’ contents.',
    },
  },
};

/** The one-line source under the chart: the reports' outlets, and the block on calls' publishers (src/charts/credit.ts). */
export const credit: ChartMessages<CreditWords> = {
  en: ({ reports, context }) => (context.length ? `Sources: prices, ${listNames(reports)}; the block on calls, ${listNames(context)}` : `Source: ${listNames(reports)}`),
};
