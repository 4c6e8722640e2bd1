/**
 * Everything around the COVID-trade drawings: the frame's words, its table, its sources and the
 * rows of its downloads. Every number comes from content/context.json through the formatters;
 * every quotation from content/quotes.json. Nothing here is typed as a number.
 */
import type { Content } from '../../data/load';
import { ContentError, requireEntry } from '../../data/load';
import type { ContextFact, Source } from '../../data/schema';
import { caveatsOf, contextSource, quoteSource } from '../../lib/context';
import { capitalize, formatContextFact, formatLargeDollars } from '../../lib/format';
import { periodLabel } from '../../lib/period';
import { citationLabel, interviewDateLabel, sourceTitle, yearLabel } from '../../lib/sources';
import type { FrameContent, FrameSource } from '../frame';
import { annotationWhen, describeTrade } from './chart';
import {
  afterGapFactId,
  covidTradeData,
  views,
  type Annotation,
  type CovidTradeData,
  type Gap,
  type ReportMarker,
  type TimelineEvent,
  type TimelineItem,
  type TradeDatum,
  type TradeView,
} from './data';

export const slug = 'covid-trade';
const usedIn = 'src/charts/covid-trade/frame-content.ts';

/** "a, b and c". */
const listed = (items: string[]) => (items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`);
const yearOf = (datum: TradeDatum) => datum.start.getUTCFullYear();
/** "a two-month total": how many months one figure covers, in words. */
const monthsTotal = (datum: TradeDatum) => `a ${datum.units === 2 ? 'two' : datum.units === 3 ? 'three' : datum.units}-month total`;

/** How a derived fact was worked out; a derived fact without it fails the build naming this file. */
function derivationText(fact: ContextFact): string {
  if (!fact.derivation) throw new ContentError([{ file: usedIn, entry: fact.id, message: 'is derived, but has no derivation to show' }]);
  return fact.derivation.text;
}

/** The ids a derived fact's formula adds up: its inputs, listed as sources after it. */
export function formulaInputs(fact: ContextFact): string[] {
  const formula = fact.derivation?.formula;
  if (!formula) return [];
  const texts = typeof formula === 'string' ? [formula] : Array.isArray(formula) ? formula : [formula.low, formula.high];
  return [...new Set(texts.flatMap((text) => [...text.matchAll(/\{([a-z0-9-]+)(?:\.(?:low|high))?\}/g)].map((match) => match[1]!)))];
}

/** The timeline items of every view, each once, in time order. */
function allItems(data: CovidTradeData): TimelineItem[] {
  const seen = new Set<TimelineItem>();
  for (const view of views) for (const item of data[view].timeline) seen.add(item);
  return [...seen];
}

const events = (data: CovidTradeData) => allItems(data).filter((item): item is TimelineEvent => item.kind === 'event');
const annotations = (data: CovidTradeData) => allItems(data).filter((item): item is Annotation => item.kind === 'annotation');
const reports = (data: CovidTradeData) => allItems(data).filter((item): item is ReportMarker => item.kind === 'report');

/** A value as the table writes it, its hedge as a sign: "≈US$2.79 bn" (the "Approximate?" column says it in words). */
const tableValue = (datum: TradeDatum) => `${datum.approximate ? '≈' : ''}${formatLargeDollars(datum.value)}`;
const lessCertain = (datum: TradeDatum) => datum.caveats.length > 0;

/**
 * The trade story in one sentence: from the year before the border closed, down to the lowest
 * year after it, and back up to the highest year since.
 */
export function takeaway(data: CovidTradeData): string {
  const yearly = data.yearly.trade;
  const closure = events(data).find((event) => event.fact.id === 'border-closed');
  const closureYear = closure?.start.getUTCFullYear() ?? yearOf(yearly[0]!);
  const before = yearly.find((datum) => yearOf(datum) === closureYear - 1);
  const during = yearly.find((datum) => yearOf(datum) === closureYear);
  const after = yearly.filter((datum) => yearOf(datum) >= closureYear);
  const low = after.reduce((lowest, datum) => (datum.value < lowest.value ? datum : lowest));
  const since = yearly.filter((datum) => yearOf(datum) > yearOf(low));
  const high = since.reduce<TradeDatum | undefined>((highest, datum) => (!highest || datum.value > highest.value ? datum : highest), undefined);
  if (!before || !during || !high) throw new Error(`${usedIn}: the yearly figures no longer cover the years around the border closure`);
  const fell = `China–North Korea trade fell from ${formatContextFact(before.fact)} in ${yearOf(before)} to ${formatContextFact(during.fact)} in ${yearOf(during)}, the year the border closed`;
  const lowest = low === during ? '' : `, and ${formatContextFact(low.fact)} in ${yearOf(low)}`;
  return `${fell}${lowest}; it was back to ${formatContextFact(high.fact)} only in ${yearOf(high)}.`;
}

/** "China–North Korea trade, 2019: about US$2.79 bn" without the series name, for lists. */
const tradeInWords = (datum: TradeDatum) => describeTrade(datum).replace(/^China–North Korea trade, /, '');

function describeItem(item: TimelineItem): string {
  if (item.kind === 'event') return `${periodLabel(item.fact.period)}: ${item.fact.measures}`;
  if (item.kind === 'report') return `${item.source.referredToAs}, interviewed ${interviewDateLabel(item.source)}, drawn as a vertical line in its colour`;
  return `${item.source.referredToAs}’s words, placed ${annotationWhen(item)}: “${item.quote.text}”`;
}

export function description(data: CovidTradeData): string {
  const { yearly, monthly } = data;
  const gaps = monthly.gaps.map((gap) => periodLabel(gap.period));
  return [
    `Two views of China–North Korea trade on a time axis, with the same events below the bars; the yearly view is shown first.`,
    `By year, bars: ${yearly.trade.map(tradeInWords).join('; ')}.`,
    `Below the bars, one row per item in time order: ${yearly.timeline.map(describeItem).join('; ')}.`,
    `The 2020 view, month by month: ${monthly.trade.map(tradeInWords).join('; ')}; ${listed(gaps)} not known, drawn as a shaded gap with nothing across it.`,
    ...monthly.trade
      .filter((datum) => datum.units > 1)
      .map((datum) => `${periodLabel(datum.fact.period)}, ${monthsTotal(datum)}, is a dotted outline with no fill across its months: it is not on the per-month scale.`),
    `Its rows: ${monthly.timeline.map(describeItem).join('; ')}.`,
  ].join(' ');
}

/** "Yonhap, AEN20210209007800325", with any caveat: the citations a value or event rests on. */
function citationText(fact: ContextFact, content: Content): string {
  const citations = fact.citations.map((id) => requireEntry(content.citations, id, 'citation', usedIn));
  const caveats = caveatsOf(fact, citations);
  return [`${citations.map(citationLabel).join('; ')}.`, ...caveats].join(' ');
}

/** "27 May 2019 (year inferred, about 70% sure)". */
function interviewDateWithConfidence(source: Source): string {
  const label = interviewDateLabel(source);
  return source.year.confidence && label.endsWith(')') ? `${label.slice(0, -1)}, ${source.year.confidence})` : label;
}

function reportCitation(source: Source): string {
  return `${source.outlet}, ${sourceTitle(source)}, ${source.url}`;
}

export function covidTradeFrame(content: Content, data: CovidTradeData = covidTradeData(content, usedIn)): FrameContent {
  const allTrade = views.flatMap((view) => data[view].trade);
  const derived = allTrade.filter((datum) => datum.derived);
  const approximate = allTrade.filter((datum) => datum.approximate);
  const uncertain = allTrade.filter(lessCertain);
  const together = allTrade.filter((datum) => datum.units > 1);
  const gaps = data.monthly.gaps;
  const afterGap = requireEntry(content.context, afterGapFactId, 'context fact', usedIn);
  const sources = reports(data).map((report) => report.source);

  const gapRow = (gap: Gap) => ({
    view: viewName(data, 'monthly'),
    period: periodLabel(gap.period),
    value: 'not known',
    approximate: '',
    kind: '',
    source: 'No figure found: a gap, not zero',
  });

  const factIds = [
    ...allTrade.flatMap((datum) => [datum.fact.id, ...formulaInputs(datum.fact)]),
    ...events(data).map((event) => event.fact.id),
    afterGap.id,
  ];
  const frameSources: FrameSource[] = [
    ...[...new Set(factIds)].map((id) => contextSource(content, id, usedIn)),
    ...annotations(data).map((annotation) => quoteSource(content, annotation.quote.id, usedIn)),
  ];

  return {
    slug,
    story: 'rentals',
    title: 'The COVID-19 dip and recovery in trade with China',
    takeaway: takeaway(data),
    description: description(data),
    table: {
      caption: 'China–North Korea trade in US dollars, as reported or derived, by year and for 2020 by month',
      columns: [
        { key: 'view', label: 'View' },
        { key: 'period', label: 'Period' },
        { key: 'value', label: 'Trade (US$)', numeric: true },
        { key: 'approximate', label: 'Approximate?' },
        { key: 'kind', label: 'Kind' },
        { key: 'source', label: 'Source' },
      ],
      rows: [
        ...views.flatMap((view) => [
          ...data[view].trade.map((datum) => ({
            view: viewName(data, view),
            period: `${periodLabel(datum.fact.period)}${datum.units > 1 && view === 'monthly' ? ' (together)' : ''}`,
            value: tableValue(datum),
            approximate: datum.approximate ? 'yes (≈)' : 'no',
            kind: datum.derived ? `derived: ${derivationText(datum.fact)}` : 'context: as reported by the outlet cited',
            source: citationText(datum.fact, content),
          })),
          ...data[view].gaps.map(gapRow),
        ]),
      ],
    },
    notes: [
      `${listed(gaps.map((gap) => periodLabel(gap.period)))} ${gaps.length === 1 ? 'is' : 'are'} not known: no figure was found. The monthly view leaves ${gaps.length === 1 ? 'it' : 'them'} as a shaded gap, not zero, and draws nothing across ${gaps.length === 1 ? 'it' : 'them'}. The next figure found is for ${periodLabel(afterGap.period)} together: ${formatContextFact(afterGap)}.${afterGap.note ? ` ${afterGap.note}` : ''}`,
      ...together.map(
        (datum) =>
          `${periodLabel(datum.fact.period)} is one figure for ${datum.units === 2 ? 'both' : 'all'} months together (${formatContextFact(datum.fact)}), never split. ` +
          `${capitalize(monthsTotal(datum))} is not on the per-month scale, so it is drawn as a dotted outline with no fill across the months, not as a bar to compare with a single month’s.`,
      ),
      `Derived figures, drawn hollow: ${derived.map((datum) => `${periodLabel(datum.fact.period)}, ${derivationText(datum.fact)}`).join(' ')}`,
      `Values marked ≈ are approximate in their sources and are written “about”: ${listed(approximate.map((datum) => periodLabel(datum.fact.period)))}.`,
      ...uncertain.map((datum) => `${periodLabel(datum.fact.period)} is less certain, drawn with a dashed outline: ${datum.caveats.join(' ')}`),
      `The coloured quotations are the reports’ own words about the rental business, placed at the reports’ interview dates, whose years are inferred, or in the time before or between that the words point to. They are not measurements: there is no measured index of rental activity, and the chart draws none.`,
      `Neither report states its year. ${sources
        .map((source) => `${capitalize(source.referredToAs)} is placed at its interview date, ${interviewDateWithConfidence(source)}.`)
        .join(' ')} The second report’s year was inferred partly from this same recovery in trade, so the two lining up is not independent evidence.`,
      `Trade figures are as reported by the outlets cited, for calendar years and months.`,
    ],
    sources: frameSources,
  };
}

const isoDay = (date: Date) => date.toISOString().slice(0, 10);
/** The last day inside a period that ends (exclusively) at `end`. */
const lastDay = (end: Date) => isoDay(new Date(end.getTime() - 24 * 60 * 60 * 1000));

type DownloadRow = Record<string, string | number | boolean>;

/**
 * One row per trade value, event, report and report statement, in time order within each kind:
 * what it is, when (first and last day), the value in US dollars for trade, and where it comes
 * from (the citations, or the report and its verbatim quote).
 */
export function covidTradeDownload(content: Content): DownloadRow[] {
  const data = covidTradeData(content, usedIn);
  const viewsShowing = (item: TimelineItem) => views.filter((view) => data[view].timeline.includes(item)).join(', ');
  const blank = {
    view: '',
    period: '',
    period_start: '',
    period_end: '',
    label: '',
    value_usd: '',
    approximate: false,
    series: '',
    value_kind: '',
    derivation: '',
    caveat: '',
    citation: '',
    quote: '',
    quote_speaker: '',
    report: '',
    report_interviewed: '',
    report_year: '',
  } satisfies DownloadRow;

  const trade = views.flatMap((view) =>
    data[view].trade.map((datum) => ({
      kind: 'trade',
      id: datum.fact.id,
      ...blank,
      view,
      period: datum.fact.period,
      period_start: isoDay(datum.start),
      period_end: lastDay(datum.end),
      label: datum.fact.measures,
      value_usd: datum.value,
      approximate: datum.approximate,
      series: datum.fact.series ?? '',
      value_kind: datum.fact.kind,
      derivation: datum.derived ? derivationText(datum.fact) : '',
      caveat: datum.caveats.join(' '),
      citation: citationText(datum.fact, content),
    })),
  );
  const eventRows = events(data).map((event) => ({
    kind: 'event',
    id: event.fact.id,
    ...blank,
    view: viewsShowing(event),
    period: event.fact.period,
    period_start: isoDay(event.start),
    period_end: lastDay(event.end),
    label: event.fact.measures,
    value_kind: event.fact.kind,
    citation: citationText(event.fact, content),
  }));
  const reportRows = reports(data).map((report) => ({
    kind: 'report',
    id: report.source.id,
    ...blank,
    view: viewsShowing(report),
    period: report.source.interviewed,
    period_start: report.source.interviewed,
    period_end: report.source.interviewed,
    label: `${capitalize(report.source.referredToAs)}: interview date`,
    citation: reportCitation(report.source),
    report: report.source.id,
    report_interviewed: report.source.interviewed,
    report_year: yearLabel(report.source),
  }));
  const annotationRows = annotations(data).map((annotation) => ({
    kind: 'annotation',
    id: annotation.quote.id,
    ...blank,
    view: viewsShowing(annotation),
    period: annotation.placement,
    period_start: annotation.start ? isoDay(annotation.start) : '',
    period_end: isoDay(annotation.end),
    label: `${capitalize(annotation.source.referredToAs)}’s words, ${annotationWhen(annotation)}`,
    citation: `${annotation.quote.speaker}; ${reportCitation(annotation.source)}`,
    quote: annotation.quote.text,
    quote_speaker: annotation.quote.speaker,
    report: annotation.source.id,
    report_interviewed: annotation.source.interviewed,
    report_year: yearLabel(annotation.source),
  }));
  return [...trade, ...eventRows, ...reportRows, ...annotationRows];
}

/** For the frame's legend: the years or months each mark style applies to (a figure for several months together has its own). */
export function legendPeriods(data: CovidTradeData, view: TradeView) {
  const trade = data[view].trade;
  const single = trade.filter((datum) => datum.units === 1);
  const periods = (list: TradeDatum[]) => listed(list.map((datum) => periodLabel(datum.fact.period)));
  return {
    derived: periods(single.filter((datum) => datum.derived)),
    lessCertain: periods(single.filter(lessCertain)),
    combined: periods(trade.filter((datum) => datum.units > 1)),
    combinedDerived: trade.some((datum) => datum.units > 1 && datum.derived),
    approximate: trade.some((datum) => datum.approximate),
    gaps: data[view].gaps.length > 0,
    reports: data[view].timeline.flatMap((item) => (item.kind === 'report' ? [item.source.id] : [])),
  };
}

/** "By year, 2017–2024", "2020, month by month": a view's name on its switch and in the table. */
export function viewName(data: CovidTradeData, view: TradeView): string {
  return view === 'yearly' ? `By year, ${viewSpan(data, view)}` : `${viewSpan(data, view)}, month by month`;
}

/** "2017–2024", "2020": the span a view covers. */
export function viewSpan(data: CovidTradeData, view: TradeView): string {
  const [start, end] = data[view].domain;
  const first = start.getUTCFullYear();
  const last = new Date(end.getTime() - 1).getUTCFullYear();
  return first === last ? String(first) : `${first}–${last}`;
}

