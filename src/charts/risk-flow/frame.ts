/**
 * Everything around the risk-flow diagram: the frame's words, its table (one row per link), its
 * sources (the figures and quotations the chips rest on) and the rows of its downloads. Prices
 * come from the figures through the data, never typed here.
 */
import type { Content } from '../../data/load';
import { capitalize, figureBounds } from '../../lib/format';
import { sourceTitle, yearLabel } from '../../lib/sources';
import type { FrameContent, FrameSource } from '../frame';
import { headingText } from './chart';
import { parties, reportLabel, riskFlowData, type FlowClaim, type FlowLink, type ReportKey, type RiskFlowData } from './data';

export const slug = 'risk-flow';
const usedIn = 'src/charts/risk-flow/frame-content.ts';

const partyName = (link: FlowLink, end: 'from' | 'to') => parties[link[end]].name.toLowerCase();

/** A link's claims grouped by report, in reading order: "50 yuan a call; 200 yuan a day, from the first report, 2019 (inferred)". */
function claimsByReport(link: FlowLink): string {
  const groups = new Map<string, { report: ReportKey; claims: FlowClaim[] }>();
  for (const claim of link.claims) {
    const group = groups.get(claim.report.source.id) ?? { report: claim.report, claims: [] };
    group.claims.push(claim);
    groups.set(claim.report.source.id, group);
  }
  return [...groups.values()].map(({ report, claims }) => `${claims.map((claim) => claim.text).join('; ')}, from ${reportLabel(report)}`).join('; and ');
}

/** "The fee, from the renter to the lender, with every rental: 50 yuan a call; … (the first report, 2019 (inferred))." */
export function describeLink(link: FlowLink): string {
  return `${link.what}, from the ${partyName(link, 'from')} to the ${partyName(link, 'to')}, ${link.when}: ${claimsByReport(link)}.`;
}

/** Every entry a chip rests on, once, in reading order. */
function frameSources(data: RiskFlowData): FrameSource[] {
  const entries = new Map(data.links.flatMap((link) => link.claims.map((claim) => [claim.entryId, claim.entry] as const)));
  return [...entries.values()];
}

export function riskFlowFrame(content: Content, data: RiskFlowData = riskFlowData(content, usedIn)): FrameContent {
  const link = (id: FlowLink['id']) => data.links.find((candidate) => candidate.id === id)!;
  const [first, second] = data.reports;
  const wellConnected = link('bribe').claims.find((claim) => claim.entryId === 'well-connected');
  const reportsInWords = data.reports.map((report) => `${report.letter}: ${report.source.referredToAs} (${report.source.outlet}, ${yearLabel(report.source)})`);
  return {
    slug,
    story: 'crackdown',
    title: 'Who carries the risk of a rented phone',
    takeaway:
      'The renter pays the lender for the phone and, if caught, is the one held responsible; ' +
      'a lender who is caught pays bribes to security officials.',
    description:
      `A diagram of three parties: the lender (${parties.lender.detail}), the renter, and local security officials, with ` +
      `arrows for what passes between them. ${data.links.map(describeLink).join(' ')} ` +
      'Arrows for what happens only if someone is caught are dashed.',
    table: {
      caption: 'What passes between the renter, the lender and security officials, and the report each claim comes from',
      columns: [
        { key: 'what', label: 'What passes' },
        { key: 'from', label: 'From' },
        { key: 'to', label: 'To' },
        { key: 'when', label: 'When' },
        { key: 'quote', label: 'Quote' },
        { key: 'report', label: 'Report' },
      ],
      rows: data.links.map((row) => ({
        what: `${row.what}: ${row.claims.map((claim) => claim.text).join('; ')}`,
        from: capitalize(partyName(row, 'from')),
        to: capitalize(partyName(row, 'to')),
        when: capitalize(row.when),
        quote: row.claims.map((claim) => `“${claim.quote}”`).join(' '),
        report: [...new Set(row.claims.map((claim) => capitalize(reportLabel(claim.report))))].join('; '),
      })),
    },
    notes: [
      `The diagram combines two reports, marked on each claim by letter and colour: ${reportsInWords.join('; ')}. ` +
        'They come from different sources and different years, and neither states its year: both years are inferred from the reports’ contents.',
      ...(first && second
        ? [
            `Prices are as each report gives them. ${capitalize(second.source.referredToAs)}’s range varies by region and does not say ` +
              `for how long a phone is rented at that price; ${first.source.referredToAs}’s prices are by the call, the morning and the day.`,
          ]
        : []),
      'The words on the chips paraphrase the reports; the verbatim quotations are listed below and shown with each claim. ' +
        `Under “${headingText(link('bribe'))}”, ${wellConnected ? `${wellConnected.report.source.referredToAs}’s` : 'the'} source adds that an owner caught in a raid ` +
        'needs to know law-enforcement officials and how to use bribes.',
      'Neither report says how often anyone is caught, how large the bribes are, or what happens to a renter who is held responsible.',
    ],
    sources: frameSources(data),
  };
}

/** One row per claim, for the CSV and JSON downloads. */
export function riskFlowDownload(content: Content): Record<string, string | number | boolean>[] {
  return riskFlowData(content, usedIn).links.flatMap((link) =>
    link.claims.map((claim) => {
      const [low, high] = 'figure' in claim.entry ? figureBounds(claim.entry.figure) : [undefined, undefined];
      return {
        link: link.id,
        what: link.what,
        from: link.from,
        to: link.to,
        when: link.when,
        if_caught: link.ifCaught,
        claim: claim.text,
        entry_type: claim.kind,
        entry_id: claim.entryId,
        low_cny: low ?? '',
        high_cny: high ?? '',
        quote: claim.quote,
        speaker: 'quote' in claim.entry && !('figure' in claim.entry) ? claim.entry.quote.speaker : '',
        report_letter: claim.report.letter,
        source: `${claim.report.source.outlet}, ${sourceTitle(claim.report.source)}`,
        source_url: claim.report.source.url,
        // As the page writes it, saying when the year is inferred: "2019 (inferred)".
        report_year: yearLabel(claim.report.source),
      };
    }),
  );
}
