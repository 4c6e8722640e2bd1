/**
 * Shapes the claims behind the risk-flow diagram: three parties, the four things that pass
 * between them, and for each link the report figures or quotations it rests on, in the order
 * the story tells them (the chart orders the keyboard by where each layout draws the links).
 * The two reports are combined here, so every claim keeps its report. No words: the parties'
 * names, the links' headings and the chips' paraphrases are in messages.ts, keyed by these ids.
 * The amounts are charted once, in the price-tier chart; here the fee is what passes, and how.
 */
import type { QuoteSource, ReportSource, Resolved } from '../../data/requirements';
import type { Source } from '../../data/schema';

export const partyIds = ['lender', 'renter', 'officials'] as const;
export type PartyId = (typeof partyIds)[number];

export type LinkId = 'phone' | 'fee' | 'bribe' | 'blame';

/**
 * The content the diagram draws on: for the fee, the first report's day rate (how the fee is
 * charged; the price chart charts the amounts) and the second report's statement that prices
 * rise with the dangers; quotations for the rest.
 */
export const requires = {
  figures: ['crackdown-day-rate'],
  quotes: ['entrepreneurs-stepped-in', 'rising-with-danger', 'lenders-pay-bribes', 'well-connected', 'renters-responsible'],
} as const;

export type FigureClaimId = (typeof requires.figures)[number];
export type QuoteClaimId = (typeof requires.quotes)[number];

interface LinkSpec {
  id: LinkId;
  from: PartyId;
  to: PartyId;
  /** True when it only happens if someone is caught: drawn dashed. */
  ifCaught: boolean;
  /** The figures (prices) or quotations the link's chips rest on, in reading order. */
  claims: readonly ({ figure: FigureClaimId } | { quote: QuoteClaimId })[];
}

/** The links in reading order: the deal first, then what happens if someone is caught. */
const linkSpecs: readonly LinkSpec[] = [
  { id: 'phone', from: 'lender', to: 'renter', ifCaught: false, claims: [{ quote: 'entrepreneurs-stepped-in' }] },
  {
    id: 'fee',
    from: 'renter',
    to: 'lender',
    ifCaught: false,
    claims: [{ figure: 'crackdown-day-rate' }, { quote: 'rising-with-danger' }],
  },
  { id: 'bribe', from: 'lender', to: 'officials', ifCaught: true, claims: [{ quote: 'lenders-pay-bribes' }, { quote: 'well-connected' }] },
  { id: 'blame', from: 'officials', to: 'renter', ifCaught: true, claims: [{ quote: 'renters-responsible' }] },
];

/** A report as the diagram marks it: by its place in content/sources.json, which its letter and colour follow. */
export interface ReportKey {
  source: Source;
  /** 0 for the first report in content/sources.json: its letter ("A") is in the messages. */
  index: number;
}

interface ClaimBase {
  report: ReportKey;
  /** The verbatim words it rests on. */
  quote: string;
}

/** A price figure: its chip says how the fee is charged, not how much (the price chart charts that). */
export interface FigureClaim extends ClaimBase {
  kind: 'figure';
  /** The figure's id, which names the mark's source entry. */
  entryId: FigureClaimId;
  entry: ReportSource;
  /** Low and high in yuan; equal for a single price. */
  low: number;
  high: number;
}

/** A quotation, which the chip paraphrases. */
export interface QuoteClaim extends ClaimBase {
  kind: 'quote';
  entryId: QuoteClaimId;
  entry: QuoteSource;
}

export type FlowClaim = FigureClaim | QuoteClaim;

export interface FlowLink {
  id: LinkId;
  from: PartyId;
  to: PartyId;
  ifCaught: boolean;
  claims: FlowClaim[];
}

export interface RiskFlowData {
  links: FlowLink[];
  /** The reports the claims come from, in content order. */
  reports: ReportKey[];
}

export function riskFlowData(content: Resolved<typeof requires>): RiskFlowData {
  const reportKeys = new Map(content.reports.map((source, index) => [source.id, { source, index }]));
  const reportOf = (source: Source): ReportKey => reportKeys.get(source.id)!;

  const links = linkSpecs.map(({ claims, ...link }): FlowLink => ({
    ...link,
    claims: claims.map((spec): FlowClaim => {
      if ('figure' in spec) {
        const entry = content.figures[spec.figure];
        const { amount } = entry.figure;
        // The download gives every price in yuan, as both reports do.
        if (amount.unit !== 'money' || amount.currency !== 'CNY') {
          throw new Error(`src/charts/risk-flow: figure "${spec.figure}" must be a price in yuan to sit on the fee link`);
        }
        return { kind: 'figure', entryId: spec.figure, entry, report: reportOf(entry.source), quote: entry.figure.quote, low: amount.low, high: amount.high };
      }
      const entry = content.quotes[spec.quote];
      return { kind: 'quote', entryId: spec.quote, entry, report: reportOf(entry.source), quote: entry.quote.text };
    }),
  }));

  const used = new Set(links.flatMap((link) => link.claims.map((claim) => claim.report.source.id)));
  return { links, reports: [...reportKeys.values()].filter((key) => used.has(key.source.id)) };
}

/** The link with an id; every link is in the data, so a missing one is a programming error. */
export function linkById(data: RiskFlowData, id: LinkId): FlowLink {
  const link = data.links.find((candidate) => candidate.id === id);
  if (!link) throw new Error(`risk-flow: no link "${id}"`);
  return link;
}

/** Every entry a chip rests on, once, in reading order: the frame's sources. */
export function claimEntries(data: RiskFlowData): (ReportSource | QuoteSource)[] {
  return [...new Map(data.links.flatMap((link) => link.claims.map((claim) => [claim.entryId, claim.entry] as const))).values()];
}
