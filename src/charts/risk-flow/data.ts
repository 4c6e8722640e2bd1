/**
 * Shapes the claims behind the risk-flow diagram: three parties, the four things that pass
 * between them, and for each link the report figures or quotations it rests on, in the order
 * the story tells them (the chart orders the keyboard by where each layout draws the links).
 * The two reports are combined here, so every claim keeps its report. Prices come from the
 * figures; the chips' other words paraphrase the quotations, which the frame lists verbatim.
 */
import type { Content } from '../../data/load';
import { requireEntry } from '../../data/load';
import type { Source } from '../../data/schema';
import { formatFigure } from '../../lib/format';
import { quoteSource } from '../../lib/context';
import { yearLabel } from '../../lib/sources';
import type { QuoteSource, ReportSource } from '../frame';

export type PartyId = 'lender' | 'renter' | 'officials';

export interface Party {
  id: PartyId;
  name: string;
  /** Who they are, in the reports' words where possible. */
  detail: string;
}

/** Node labels: the reports' own terms ("rental businesses", "lenders", "local security officials"). */
export const parties: Record<PartyId, Party> = {
  lender: { id: 'lender', name: 'Lender', detail: 'phone owner or rental business' },
  renter: { id: 'renter', name: 'Renter', detail: 'pays to make calls' },
  officials: { id: 'officials', name: 'Security officials', detail: 'the authorities' },
};

export type LinkId = 'phone' | 'fee' | 'bribe' | 'blame';

/** A figure claim: its chip reads "<the figure, formatted>" over `qualifier`. */
interface FigureClaimSpec {
  figureId: string;
  qualifier: string;
}

/** A quotation claim: the chip paraphrases it in `lines`; `text` is the same in one sentence. */
interface QuoteClaimSpec {
  quoteId: string;
  lines: string[];
  text: string;
}

interface LinkSpec {
  id: LinkId;
  from: PartyId;
  to: PartyId;
  /** What passes, as the link's heading says it. */
  what: string;
  /** When it passes, for the table and the marks' names. */
  when: string;
  /** True when it only happens if someone is caught: drawn dashed. */
  ifCaught: boolean;
  claims: (FigureClaimSpec | QuoteClaimSpec)[];
}

/** The links in reading order: the deal first, then what happens if someone is caught. */
const linkSpecs: LinkSpec[] = [
  {
    id: 'phone',
    from: 'lender',
    to: 'renter',
    what: 'The phone',
    when: 'with every rental',
    ifCaught: false,
    claims: [{ quoteId: 'entrepreneurs-stepped-in', lines: ['a phone that', 'can call China'], text: 'a phone that can call China' }],
  },
  {
    id: 'fee',
    from: 'renter',
    to: 'lender',
    what: 'The fee',
    when: 'with every rental',
    ifCaught: false,
    claims: [
      { figureId: 'crackdown-per-call', qualifier: 'a call' },
      { figureId: 'crackdown-per-morning', qualifier: 'a morning' },
      { figureId: 'crackdown-day-rate', qualifier: 'a day' },
      { figureId: 'rentals-price-range', qualifier: 'varying by region' },
    ],
  },
  {
    id: 'bribe',
    from: 'lender',
    to: 'officials',
    what: 'Bribes',
    when: 'if the lender is caught',
    ifCaught: true,
    claims: [
      {
        quoteId: 'lenders-pay-bribes',
        lines: ['bribes to local', 'security officials'],
        text: 'a lender who is caught pays bribes to local security officials',
      },
      {
        quoteId: 'well-connected',
        lines: ['owner must be', 'well-connected'],
        text: 'the owner must be well-connected: know officials, and how to use bribes',
      },
    ],
  },
  {
    id: 'blame',
    from: 'officials',
    to: 'renter',
    what: 'Blame',
    when: 'if the renter is caught',
    ifCaught: true,
    claims: [
      {
        quoteId: 'renters-responsible',
        lines: ['renters are held', 'responsible, not', 'the business'],
        text: 'renters are held responsible, not the rental business',
      },
    ],
  },
];

/** A report as the diagram marks it: a letter on each chip, explained by the legend. */
export interface ReportKey {
  source: Source;
  /** "A" for the first report in content/sources.json, "B" for the second. */
  letter: string;
}

export interface FlowClaim {
  /** The figure or quotation the claim rests on: its id names the mark's source entry. */
  entryId: string;
  entry: ReportSource | QuoteSource;
  kind: 'figure' | 'quote';
  report: ReportKey;
  /** The chip's lines; for a figure the first is the formatted figure. */
  lines: string[];
  /** The claim in one phrase: "200 yuan a day". */
  text: string;
  /** The verbatim words it rests on. */
  quote: string;
}

export interface FlowLink extends Omit<LinkSpec, 'claims'> {
  claims: FlowClaim[];
}

export interface RiskFlowData {
  parties: Party[];
  links: FlowLink[];
  /** The reports the claims come from, in content order. */
  reports: ReportKey[];
}

export function riskFlowData(content: Content, usedIn = 'src/charts/risk-flow/data.ts'): RiskFlowData {
  const reportKeys = new Map([...content.sources.values()].map((source, index) => [source.id, { source, letter: String.fromCharCode(65 + index) }]));
  const reportOf = (sourceId: string): ReportKey => {
    requireEntry(content.sources, sourceId, 'source', usedIn);
    return reportKeys.get(sourceId)!;
  };

  const links = linkSpecs.map(({ claims, ...link }): FlowLink => ({
    ...link,
    claims: claims.map((spec): FlowClaim => {
      if ('figureId' in spec) {
        const figure = requireEntry(content.figures, spec.figureId, 'figure', usedIn);
        if (figure.unit !== 'money' || figure.currency !== 'CNY') {
          throw new Error(`${usedIn}: figure "${figure.id}" must be a price in yuan to sit on the fee link`);
        }
        const report = reportOf(figure.source);
        const price = formatFigure(figure);
        return {
          entryId: figure.id,
          entry: { figure, source: report.source },
          kind: 'figure',
          report,
          lines: [price, spec.qualifier],
          text: `${price} ${spec.qualifier}`,
          quote: figure.quote,
        };
      }
      const entry = quoteSource(content, spec.quoteId, usedIn);
      return {
        entryId: entry.quote.id,
        entry,
        kind: 'quote',
        report: reportOf(entry.quote.source),
        lines: spec.lines,
        text: spec.text,
        quote: entry.quote.text,
      };
    }),
  }));

  const used = new Set(links.flatMap((link) => link.claims.map((claim) => claim.report.source.id)));
  return {
    parties: Object.values(parties),
    links,
    reports: [...reportKeys.values()].filter((key) => used.has(key.source.id)),
  };
}

/** "the first report, 2019 (inferred)". */
export const reportLabel = (report: ReportKey) => `${report.source.referredToAs}, ${yearLabel(report.source)}`;

/** What a claim's mark announces: "The fee, renter to lender: 200 yuan a day; the first report, 2019 (inferred)". */
export function describeClaim(link: FlowLink, claim: FlowClaim): string {
  const route = `${parties[link.from].name.toLowerCase()} to ${parties[link.to].name.toLowerCase()}`;
  const when = link.ifCaught ? `, ${link.when}` : '';
  return `${link.what}, ${route}${when}: ${claim.text}; ${reportLabel(claim.report)}`;
}
