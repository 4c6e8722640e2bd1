/**
 * Everything around the risk-evidence timeline: the frame's words, its table (one row per piece
 * of evidence, with the words it rests on), its sources (the cited crackdown, the figure and the
 * quotations), and the rows of its downloads. Every number comes from the data, every word from
 * messages.ts. It needs no key: the timeline names each report in words.
 */
import type { Source } from '../../data/schema';
import type { DownloadRow, RenderContext } from '../definition';
import type { FrameSource, FrameText } from '../frame';
import { crackdownText, entryIdOf, evidenceWords, periodWords, shownYear } from './chart';
import { allEvidence, type Evidence, type RiskEvidenceData } from './data';
import type { RiskEvidenceWords } from './messages';

type Context = RenderContext<RiskEvidenceWords>;

/** The verbatim words a piece of evidence rests on: the figure's quote or the quotation. */
const wordsOf = (evidence: Evidence) => (evidence.kind === 'figure' ? evidence.entry.figure.quote : evidence.entry.quote.text);
/** Who says them, as the report describes the speaker ("Daily NK" for its own words). */
const speakerOf = (evidence: Evidence) => (evidence.kind === 'figure' ? (evidence.entry.figure.speaker ?? evidence.entry.source.outlet) : evidence.entry.quote.speaker);

export function riskEvidenceFrame(data: RiskEvidenceData, context: Context): FrameText {
  const { t, locale } = context;
  const { crackdown, reports } = data;
  const [first, second] = reports.map((report) => report.source) as [Source, Source];
  const crackdownInFull = `${crackdown.fact.measures}, ${periodWords(crackdown.fact.period, locale)} (${crackdown.citations.map(locale.citation).join('; ')})`;
  const inProse = (source: Source) => ({ report: source.referredToAs, year: shownYear(source, locale) });
  const says = (evidence: Evidence) => evidenceWords(evidence, context);

  return {
    title: t.title,
    takeaway: t.takeaway,
    description: t.description({
      crackdown: crackdownText(crackdown, t, locale),
      reports: reports.map((report) => ({
        report: inProse(report.source),
        evidence: report.evidence.map((evidence) => [says(evidence).says, says(evidence).caveat].filter(Boolean).join(' ')),
      })),
    }),
    table: {
      caption: t.table.caption,
      columns: [
        { key: 'what', label: t.table.what },
        { key: 'when', label: t.table.when },
        { key: 'words', label: t.table.words },
        { key: 'kind', label: t.table.kind },
        { key: 'source', label: t.table.source },
      ],
      rows: [
        {
          what: crackdown.fact.measures,
          when: periodWords(crackdown.fact.period, locale),
          words: '',
          kind: t.table.kindName.context,
          source: crackdown.citations.map(locale.citation).join('; '),
        },
        ...allEvidence(data).map((evidence) => ({
          what: says(evidence).says,
          when: shownYear(evidence.entry.source, locale),
          words: t.quoted(wordsOf(evidence)),
          kind: evidence.kind === 'figure' ? t.table.kindName.reported : t.table.kindName.quotation,
          source: t.table.report(locale.capitalize(evidence.entry.source.referredToAs), evidence.entry.source.outlet),
        })),
      ],
    },
    notes: [
      t.notes.crackdown({ report: locale.capitalize(first.referredToAs), crackdown: crackdownInFull }),
      t.notes.byDanger(locale.capitalize(second.referredToAs)),
      t.notes.prices,
      // The note itself says, in its next sentence, that both years are inferred.
      t.notes.twoReports({ report: first.referredToAs, year: locale.reportYearPlain(first) }, { report: second.referredToAs, year: locale.reportYearPlain(second) }),
    ],
    sources: [crackdown, ...allEvidence(data).map((evidence): FrameSource => evidence.entry)],
  };
}

/** One row per piece of evidence, after the crackdown, for the CSV and JSON downloads; years as the page writes them when read alone ("2019 (inferred)"). */
export function riskEvidenceDownload(data: RiskEvidenceData, context: Context): DownloadRow[] {
  const { locale } = context;
  const { crackdown } = data;
  return [
    {
      entry_id: crackdown.fact.id,
      what: crackdown.fact.measures,
      when: periodWords(crackdown.fact.period, locale),
      kind: 'context',
      quote: '',
      quote_speaker: '',
      quote_dated: '',
      source: crackdown.citations.map(locale.citation).join('; '),
      source_url: '',
    },
    ...allEvidence(data).map((evidence) => ({
      entry_id: entryIdOf(evidence),
      what: evidenceWords(evidence, context).says,
      when: locale.reportYear(evidence.entry.source),
      kind: evidence.kind === 'figure' ? evidence.entry.figure.kind : 'quotation',
      // The report's words, verbatim, under a name that says so; who says them, and whether the
      // report dates that source's interview (report A's other sources it does not).
      quote: wordsOf(evidence),
      quote_speaker: speakerOf(evidence),
      quote_dated: evidence.kind === 'figure' ? evidence.entry.figure.dated : evidence.entry.quote.dated,
      source: `${evidence.entry.source.outlet}, ${locale.reportTitle(evidence.entry.source)}`,
      source_url: evidence.entry.source.url,
    })),
  ];
}
