/**
 * Everything around the risk-evidence panels: the frame's words, its table, its sources (the
 * figures, the cited crackdown fact and the report's statement about danger), its key and the
 * rows of its downloads. Every number comes from the data, every word from messages.ts.
 */
import type { Figure, Source } from '../../data/schema';
import type { DownloadRow, LegendItem, RenderContext } from '../definition';
import type { FrameText } from '../frame';
import { arithmeticOf, colorOf, markStyles, panelTexts, periodWords, shareWords, whenOf } from './chart';
import { uniquePrices, type PriceDatum, type RiskEvidenceData } from './data';
import type { RiskEvidenceWords } from './messages';

type Context = RenderContext<RiskEvidenceWords>;

/** "The first report" and "2019 (inferred)", as the words name a report. */
const reportOf = (source: Source, { locale }: Context) => ({ report: locale.capitalize(source.referredToAs), year: locale.reportYear(source) });

export function riskEvidenceFrame(data: RiskEvidenceData, context: Context): FrameText {
  const { t, locale } = context;
  const { doubling, byLength, byDanger } = data;
  const first = doubling.day.source;
  const second = byDanger.range.source;
  const { crackdown } = doubling;
  const crackdownInFull = `${crackdown.fact.measures}, ${periodWords(crackdown.fact.period, locale)} (${crackdown.citations.map(locale.citation).join('; ')})`;
  const [doublingPanel, byLengthPanel, byDangerPanel] = panelTexts(data, t, locale);
  const yuan = (datum: PriceDatum) => locale.figure(datum.figure);
  const share = byLength.callShareOfDay;
  const arithmetic = arithmeticOf(share, t, locale);
  const inProse = (source: Source) => ({ report: source.referredToAs, year: locale.reportYear(source) });

  const rows = [
    ...uniquePrices(data).map((datum) => ({
      what: t.rental[datum.rental],
      when: whenOf(datum, t, locale),
      kind: datum.isDerived ? t.table.kindName.derived(datum.figure.derivation?.text ?? '') : t.table.kindName.reported,
      value: yuan(datum),
      report: t.table.report(reportOf(datum.source, context)),
    })),
    {
      what: t.table.shareRow,
      when: whenOf(byLength.perCall, t, locale),
      kind: t.table.kindName.derived(share.figure.derivation?.text ?? ''),
      value: shareWords(share, t, locale),
      report: t.table.report(reportOf(first, context)),
    },
    {
      what: t.table.crackdownRow,
      when: periodWords(crackdown.fact.period, locale),
      kind: t.table.kindName.context,
      value: crackdown.fact.measures,
      report: crackdown.citations.map(locale.citation).join('; '),
    },
    {
      what: t.table.dangerRow,
      when: whenOf(byDanger.range, t, locale),
      kind: t.table.kindName.quotation,
      value: t.quoted(byDanger.danger.quote.text),
      report: t.table.report(reportOf(second, context)),
    },
  ];

  return {
    title: t.title,
    takeaway: t.takeaway({ range: yuan(byDanger.range), growth: locale.figure(doubling.growth) }),
    description: t.description({
      first: inProse(first),
      second: inProse(second),
      doublingTitle: doublingPanel.title,
      day: yuan(doubling.day),
      earlier: yuan(doubling.earlier),
      crackdown: crackdownInFull,
      byLengthTitle: byLengthPanel.title,
      perCall: yuan(byLength.perCall),
      perMorning: yuan(byLength.perMorning),
      arithmetic,
      byDangerTitle: byDangerPanel.title,
      range: yuan(byDanger.range),
    }),
    table: {
      caption: t.table.caption,
      columns: [
        { key: 'what', label: t.table.what },
        { key: 'when', label: t.table.when },
        { key: 'value', label: t.table.value },
        { key: 'kind', label: t.table.kind },
        { key: 'report', label: t.table.source },
      ],
      rows,
    },
    notes: [
      t.notes.derivedEarlier(doubling.earlier.figure.derivation?.text ?? ''),
      t.notes.share({ report: first.referredToAs, arithmetic, share: shareWords(share, t, locale) }),
      t.notes.crackdown({ report: locale.capitalize(first.referredToAs), crackdown: crackdownInFull }),
      t.notes.byDanger(locale.capitalize(second.referredToAs)),
      t.notes.twoReports(inProse(first), inProse(second)),
    ],
    sources: [
      crackdown,
      { figure: doubling.earlier.figure, source: first },
      { figure: doubling.growth, source: first },
      ...[doubling.day, byLength.perCall].map(({ figure, source }) => ({ figure, source })),
      // The call's mark cites the derived share: its entry quotes the call's price and shows the division.
      { figure: share.figure, source: byLength.perCall.source },
      ...[byLength.perMorning, byDanger.range].map(({ figure, source }) => ({ figure, source })),
      byDanger.danger,
    ],
  };
}

/** One entry per report (its colour), the hollow column of a derived price and the pale top of a range. */
export function riskEvidenceLegend(data: RiskEvidenceData, context: Context): LegendItem[] {
  const { t, locale } = context;
  const reports = [...new Map(uniquePrices(data).map((datum) => [datum.source.id, datum])).values()];
  return [
    ...reports.map((datum) => {
      const { report, year } = reportOf(datum.source, context);
      return { swatch: markStyles.reported(colorOf(datum)), label: t.legend.report(report, datum.source.outlet, year) };
    }),
    { swatch: markStyles.derived(colorOf(data.doubling.earlier)), label: t.legend.derived },
    { swatch: markStyles.rangeTop(colorOf(data.byLength.perMorning)), label: t.legend.rangeTop },
  ].map((item) => ({ ...item, label: locale.capitalize(item.label) }));
}

/** One row per figure, then the derived share, for the CSV and JSON downloads; report years as the page writes them ("2019 (inferred)"). */
export function riskEvidenceDownload(data: RiskEvidenceData, { t, locale }: Context): DownloadRow[] {
  const { perCall, callShareOfDay } = data.byLength;
  const row = (datum: PriceDatum, entry: Figure, what: string, values: Pick<DownloadRow, 'low_cny' | 'high_cny' | 'share_of_day'>): DownloadRow => ({
    entry_id: entry.id,
    what,
    when: whenOf(datum, t, locale),
    kind: entry.kind,
    ...values,
    derivation: entry.derivation?.text ?? '',
    quote: entry.quote,
    source: `${datum.source.outlet}, ${locale.reportTitle(datum.source)}`,
    source_url: datum.source.url,
    report_year: locale.reportYear(datum.source),
  });
  return [
    ...uniquePrices(data).map((datum) => row(datum, datum.figure, t.rental[datum.rental], { low_cny: datum.low, high_cny: datum.high, share_of_day: '' })),
    row(perCall, callShareOfDay.figure, t.table.shareRow, { low_cny: '', high_cny: '', share_of_day: callShareOfDay.value }),
  ];
}
