/**
 * Everything around the risk-flow diagram: the frame's words, its table (one row per link), its
 * sources (the figures and quotations the chips rest on), its key and the rows of its downloads.
 * Prices come from the figures, words from messages.ts.
 */
import type { DownloadRow, LegendItem, RenderContext } from '../definition';
import type { FrameText } from '../frame';
import { markStyles } from './chart';
import { claimEntries, linkById, type FlowClaim, type FlowLink, type ReportKey, type RiskFlowData } from './data';
import type { RiskFlowWords } from './messages';
import { claimText, headingText, reportLabel, reportWords } from './words';

type Context = RenderContext<RiskFlowWords>;

/** A link's claims grouped by report, in reading order. */
function claimsByReport(link: FlowLink, context: Context) {
  const groups = new Map<string, { report: ReportKey; claims: FlowClaim[] }>();
  for (const claim of link.claims) {
    const group = groups.get(claim.report.source.id) ?? { report: claim.report, claims: [] };
    group.claims.push(claim);
    groups.set(claim.report.source.id, group);
  }
  return [...groups.values()].map(({ report, claims }) => ({ claims: claims.map((claim) => claimText(claim, context)), report: reportLabel(report, context) }));
}

/** "The fee, from the renter to the lender, with every rental: 50 yuan a call; …, from the first report, 2019 (inferred)." */
export function describeLink(link: FlowLink, context: Context): string {
  const { t } = context;
  return t.linkDescription({
    what: t.links[link.id].what,
    from: t.parties[link.from].inSentence,
    to: t.parties[link.to].inSentence,
    when: t.links[link.id].when,
    groups: claimsByReport(link, context),
  });
}

export function riskFlowFrame(data: RiskFlowData, context: Context): FrameText {
  const { t, locale } = context;
  const fee = linkById(data, 'fee');
  const bribe = linkById(data, 'bribe');
  // The report that prices by the day, and the one that ties prices to the dangers.
  const dayReport = fee.claims.find((claim) => claim.entryId === 'crackdown-day-rate')?.report;
  const dangerReport = fee.claims.find((claim) => claim.entryId === 'rising-with-danger')?.report;
  const wellConnected = bribe.claims.find((claim) => claim.entryId === 'well-connected');
  const cellReports = (link: FlowLink) => [...new Set(link.claims.map((claim) => locale.capitalize(reportLabel(claim.report, context))))];
  return {
    title: t.title,
    takeaway: t.takeaway,
    description: t.description({ lenderDetail: t.parties.lender.detail, links: data.links.map((link) => describeLink(link, context)) }),
    table: {
      caption: t.table.caption,
      columns: [
        { key: 'what', label: t.table.what },
        { key: 'from', label: t.table.from },
        { key: 'to', label: t.table.to },
        { key: 'when', label: t.table.when },
        { key: 'quote', label: t.table.quote },
        { key: 'report', label: t.table.report },
      ],
      rows: data.links.map((link) => ({
        what: t.table.whatCell(t.links[link.id].what, link.claims.map((claim) => claimText(claim, context))),
        from: t.parties[link.from].name,
        to: t.parties[link.to].name,
        when: locale.capitalize(t.links[link.id].when),
        quote: t.table.join(link.claims.map((claim) => t.quoted(claim.quote))),
        report: t.table.join(cellReports(link)),
      })),
    },
    notes: [
      t.notes.combined({ reports: data.reports.map((report) => reportWords(report, context, { plain: report.source.year.inferred })), allInferred: data.reports.every((report) => report.source.year.inferred) }),
      ...(dayReport && dangerReport
        ? [t.notes.prices({ dayReport: dayReport.source.referredToAs, dangerReport: dangerReport.source.referredToAs })]
        : []),
      ...(wellConnected ? [t.notes.paraphrases({ heading: headingText(bribe, context), report: wellConnected.report.source.referredToAs })] : []),
      t.notes.unknowns,
    ],
    sources: claimEntries(data),
  };
}

/**
 * One entry per report (its letter and colour). The dashed line needs no entry: every dashed
 * link's heading says "if caught", and the description says so too.
 */
export function riskFlowLegend(data: RiskFlowData, context: Context): LegendItem[] {
  return data.reports.map((report) => {
    const words = reportWords(report, context);
    return { swatch: markStyles.report(report, words.letter), label: context.t.legendReport(words) };
  });
}

/** One row per claim, for the CSV and JSON downloads. */
export function riskFlowDownload(data: RiskFlowData, context: Context): DownloadRow[] {
  const { t, locale } = context;
  return data.links.flatMap((link) =>
    link.claims.map((claim) => ({
      link: link.id,
      what: t.links[link.id].what,
      from: link.from,
      to: link.to,
      when: t.links[link.id].when,
      if_caught: link.ifCaught,
      claim: claimText(claim, context),
      entry_type: claim.kind,
      entry_id: claim.entryId,
      quote: claim.quote,
      speaker: claim.kind === 'quote' ? claim.entry.quote.speaker : (claim.entry.figure.speaker ?? claim.report.source.outlet),
      // Whether the report dates that speaker's interview (report A's second source it does not).
      speaker_dated: claim.kind === 'quote' ? claim.entry.quote.dated : claim.entry.figure.dated,
      report_letter: t.reportLetter(claim.report.index),
      source: `${claim.report.source.outlet}, ${locale.reportTitle(claim.report.source)}`,
      source_url: claim.report.source.url,
      // As the page writes it, saying when the year is inferred: "2019 (inferred)".
      report_year: locale.reportYear(claim.report.source),
    })),
  );
}
