/**
 * Shapes the evidence that risk drives the price, as a timeline of what was said when: the cited
 * crackdown on calls to China (context), then what the first report says (the day rate doubled in
 * a year; renting out phones is very dangerous but pays), then what the second says (prices rise
 * with the dangers; lenders who are caught pay bribes). No prices are charted here: the price-tier
 * chart charts them once. In reading order, which is also the keyboard order. No words: those are
 * in messages.ts, keyed by the entries' ids.
 */
import type { ContextSource, QuoteSource, ReportSource, Resolved } from '../../data/requirements';
import type { Source } from '../../data/schema';

/** The content the timeline draws on, by id. */
export const requires = {
  figures: ['crackdown-day-rate-growth'],
  contextEvents: ['calls-to-china-blocked'],
  quotes: ['dangerous-but-lucrative', 'rising-with-danger', 'lenders-pay-bribes'],
} as const;

export type FigureEntryId = (typeof requires.figures)[number];
export type QuoteEntryId = (typeof requires.quotes)[number];

/** One piece of evidence: a report's figure or quotation, which the messages paraphrase by id. */
export type Evidence = { kind: 'figure'; id: FigureEntryId; entry: ReportSource } | { kind: 'quote'; id: QuoteEntryId; entry: QuoteSource };

/** A report's evidence, under its dot on the timeline. */
export interface ReportEvidence {
  source: Source;
  evidence: Evidence[];
}

export interface RiskEvidenceData {
  /** The crackdown on calls, a cited fact from outside the reports: the band at the top. */
  crackdown: ContextSource;
  /** The reports, oldest first, each with its evidence in reading order. */
  reports: ReportEvidence[];
}

export function riskEvidenceData(content: Resolved<typeof requires>): RiskEvidenceData {
  const evidence: Evidence[] = [
    { kind: 'figure', id: 'crackdown-day-rate-growth', entry: content.figures['crackdown-day-rate-growth'] },
    ...requires.quotes.map((id): Evidence => ({ kind: 'quote', id, entry: content.quotes[id] })),
  ];
  // Grouped by report, in the order the reports first appear (their years), evidence order kept.
  const reports = new Map<string, ReportEvidence>();
  for (const item of evidence) {
    const { source } = item.entry;
    const group = reports.get(source.id) ?? { source, evidence: [] };
    group.evidence.push(item);
    reports.set(source.id, group);
  }
  return {
    crackdown: content.contextEvents['calls-to-china-blocked'],
    reports: [...reports.values()].sort((a, b) => a.source.year.value - b.source.year.value),
  };
}

/** Every piece of evidence, in reading order. */
export const allEvidence = (data: RiskEvidenceData) => data.reports.flatMap((report) => report.evidence);
