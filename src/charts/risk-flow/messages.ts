/**
 * Every word the risk-flow diagram shows, by locale: the parties, the links, the chips'
 * paraphrases of the quotations, and the frame's sentences, as functions over the values they
 * mention (prices, report names and years come in formatted; none is typed here).
 */
import type { ChartMessages } from '../messages';
import { listNames, type CreditWords } from '../credit-words';
import type { FigureClaimId, LinkId, PartyId, QuoteClaimId } from './data';

/** A report as the words name it: its letter, how prose refers to it, its outlet and its year. */
export interface ReportWords {
  letter: string;
  report: string;
  outlet: string;
  year: string;
}

export interface RiskFlowWords {
  title: string;
  takeaway: string;
  parties: Record<PartyId, { name: string; inSentence: string; detail: string }>;
  links: Record<LinkId, { what: string; when: string }>;
  /** The heading over a link's chips: "Bribes, if caught". */
  heading: (what: string, ifCaught: boolean) => string;
  /** Each price figure paraphrased as how the fee is charged (no amounts): short on its chip, in full in sentences. */
  figureClaims: Record<FigureClaimId, { chip: string; sentence: string }>;
  /** Each quotation paraphrased: short on its chip, in full in sentences. */
  quoteClaims: Record<QuoteClaimId, { chip: string; sentence: string }>;
  /** The letter that marks a report's claims, by its place in content/sources.json. */
  reportLetter: (index: number) => string;
  /** "the first report, 2019". */
  reportLabel: (report: string, year: string) => string;
  /** A mark's name: "The fee, renter to lender: 200 yuan a day; the first report, 2019 (inferred)". */
  markLabel: (values: { what: string; from: string; to: string; when: string | null; claim: string; report: string }) => string;
  /** A link in a sentence, its claims grouped by report. */
  linkDescription: (values: { what: string; from: string; to: string; when: string; groups: { claims: string[]; report: string }[] }) => string;
  description: (values: { lenderDetail: string; links: string[] }) => string;
  legendReport: (values: ReportWords) => string;
  /** A verbatim quotation in quotation marks. */
  quoted: (text: string) => string;
  table: {
    caption: string;
    what: string;
    from: string;
    to: string;
    when: string;
    quote: string;
    report: string;
    /** "The fee: 50 yuan a call; 200 yuan a day". */
    whatCell: (what: string, claims: string[]) => string;
    /** The claims' quotations, or reports, in one cell. */
    join: (items: string[]) => string;
  };
  notes: {
    combined: (values: { reports: ReportWords[]; allInferred: boolean }) => string;
    prices: (values: { dayReport: string; dangerReport: string }) => string;
    paraphrases: (values: { heading: string; report: string }) => string;
    unknowns: string;
  };
}

const list = (items: string[]) => items.join('; ');

export const messages: ChartMessages<RiskFlowWords> = {
  en: {
    title: 'Who carries the risk of a rented phone',
    takeaway: 'The renter pays the lender for the phone and takes the blame if caught. A lender who is caught pays bribes to security officials.',
    // The reports' own terms: "rental businesses", "lenders", "local security officials".
    parties: {
      lender: { name: 'Lender', inSentence: 'lender', detail: 'phone owner or rental business' },
      renter: { name: 'Renter', inSentence: 'renter', detail: 'pays to make calls' },
      officials: { name: 'Security officials', inSentence: 'security officials', detail: 'the authorities' },
    },
    links: {
      phone: { what: 'The phone', when: 'with every rental' },
      fee: { what: 'The fee', when: 'with every rental' },
      bribe: { what: 'Bribes', when: 'if the lender is caught' },
      blame: { what: 'Blame', when: 'if the renter is caught' },
    },
    heading: (what, ifCaught) => (ifCaught ? `${what}, if caught` : what),
    figureClaims: {
      'crackdown-day-rate': { chip: 'charged by the day', sentence: 'a fee charged by the day' },
    },
    quoteClaims: {
      'entrepreneurs-stepped-in': { chip: 'a phone that can call China', sentence: 'a phone that can call China' },
      'rising-with-danger': { chip: 'higher where it is more dangerous', sentence: 'prices that rise with the dangers involved' },
      'lenders-pay-bribes': { chip: 'bribes to local security officials', sentence: 'a lender who is caught pays bribes to security officials' },
      'well-connected': { chip: 'owner must be well-connected', sentence: 'the owner must be well-connected, with contacts among officials and the means to bribe them' },
      'renters-responsible': { chip: 'renters are held responsible, not the business', sentence: 'renters are held responsible, not the rental business' },
    },
    reportLetter: (index) => String.fromCharCode(65 + index),
    reportLabel: (report, year) => `${report}, ${year}`,
    markLabel: ({ what, from, to, when, claim, report }) => `${what}, ${from} to ${to}${when ? `, ${when}` : ''}: ${claim}; ${report}`,
    linkDescription: ({ what, from, to, when, groups }) =>
      `${what}, from the ${from} to the ${to}, ${when}: ${groups.map(({ claims, report }) => `${list(claims)}, from ${report}`).join('; and ')}.`,
    description: ({ lenderDetail, links }) =>
      `A diagram of three parties: the lender (${lenderDetail}), the renter, and local security officials, with arrows for what passes between them. ` +
      `${links.join(' ')} Arrows for what happens only if someone is caught are dashed.`,
    legendReport: ({ letter, report, outlet, year }) => `${letter}: ${report}, ${outlet}, ${year}`,
    quoted: (text) => `“${text}”`,
    table: {
      caption: 'What passes between the renter, the lender and security officials, and the report each claim comes from',
      what: 'What passes',
      from: 'From',
      to: 'To',
      when: 'When',
      quote: 'Quote',
      report: 'Report',
      whatCell: (what, claims) => `${what}: ${list(claims)}`,
      join: list,
    },
    notes: {
      combined: ({ reports, allInferred }) =>
        `The diagram combines ${reports.length === 2 ? 'two reports' : 'reports'}, marked on each claim by letter and colour: ` +
        `${list(reports.map(({ letter, report, outlet, year }) => `${letter}: ${report} (${outlet}, ${year})`))}. ` +
        'They come from different sources and different years' +
        (allInferred ? ', and neither states its year: both years are inferred from the reports’ contents.' : '.'),
      prices: ({ dayReport, dangerReport }) =>
        `The chips under “The fee” say how it is charged, not how much: ${dayReport} prices a phone by the day, and also by the call or the morning, and ${dangerReport} says prices rise with the dangers involved. ` +
        'The amounts are charted once, in the chart of what it cost to rent a phone.',
      paraphrases: ({ heading, report }) =>
        'The words on the chips paraphrase the reports; the verbatim quotations are listed below and shown with each claim. ' +
        `Under “${heading}”, a source in ${report} adds that an owner caught in a raid must have contacts among the police and be able to bribe them.`,
      unknowns: 'Neither report says how often anyone is caught, how large the bribes are, or what happens to a renter who is held responsible.',
    },
  },
};

/** The one-line source under the chart: the reports' outlets (src/charts/credit.ts). */
export const credit: ChartMessages<CreditWords> = {
  en: ({ reports }) => `Source: ${listNames(reports)}`,
};
