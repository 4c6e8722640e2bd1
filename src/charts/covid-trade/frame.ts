/**
 * Everything around the COVID-trade drawings: the frame's words, its table, its sources, the
 * key and the switch of each view, and the rows of its downloads. Every number comes from the
 * context facts through the locale; every quotation from the quotes; every word from messages.ts.
 */
import { utcDay } from 'd3-time';
import type { Citation, ContextFact, Source } from '../../data/schema';
import { caveatsOf } from '../../lib/context';
import type { DownloadRow, LegendItem, RenderContext, Variants } from '../definition';
import type { FrameSource, FrameText } from '../frame';
import { barKind, barStyles, valueStyle } from './chart';
import { views, type Annotation, type CovidTradeData, type Gap, type ReportMarker, type TimelineEvent, type TimelineItem, type TradeDatum, type TradeView } from './data';
import type { CovidTradeWords } from './messages';
import {
  annotationWhen,
  dayText,
  interviewDay,
  isLessCertain,
  periodText,
  reportName,
  spanText,
  tradeInWords,
  valueWithCurrency,
} from './words';

type Context = RenderContext<CovidTradeWords>;

const yearOf = (datum: TradeDatum) => datum.start.getUTCFullYear();
const events = (data: CovidTradeData) => data.timeline.filter((item): item is TimelineEvent => item.kind === 'event');
const annotations = (data: CovidTradeData) => data.timeline.filter((item): item is Annotation => item.kind === 'annotation');
const reports = (data: CovidTradeData) => data.timeline.filter((item): item is ReportMarker => item.kind === 'report');
const allTrade = (data: CovidTradeData) => views.flatMap((view) => data[view].trade);

/** How a derived fact was worked out; a derived fact without it fails the build naming this chart. */
function derivationText(fact: ContextFact): string {
  if (!fact.derivation) throw new Error(`src/charts/covid-trade: context fact "${fact.id}" is derived, but has no derivation to show`);
  return fact.derivation.text;
}

/**
 * "2021" and "about US$0.3 bn": a year and its value for the takeaway, in the one unit and
 * precision the yearly bars are labelled in (US$ bn, one decimal), so the sentence never sets
 * millions beside billions; "about" where the source hedges the value or the rounding changed it.
 */
function periodValue(datum: TradeDatum, context: Context) {
  const billions = datum.value / 1e9;
  const rounded = new Intl.NumberFormat(context.locale.tag, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(billions);
  const changed = Math.abs(Math.round(billions * 10) / 10 - billions) > 1e-9;
  return {
    period: periodText(datum.fact.period, 'long', context),
    value: context.t.takeawayValue({ billions: rounded, about: datum.approximate || changed }),
  };
}

/**
 * The trade story in one sentence: from the year before the border closed, down to the lowest
 * year after it, and back up to the highest year since.
 */
export function takeaway(data: CovidTradeData, context: Context): string {
  const yearly = data.yearly.trade;
  const closure = events(data).find((event) => event.id === 'border-closed');
  const closureYear = closure?.start.getUTCFullYear() ?? Number.NaN;
  const before = yearly.find((datum) => yearOf(datum) === closureYear - 1);
  const during = yearly.find((datum) => yearOf(datum) === closureYear);
  const lowest = (list: TradeDatum[]) => list.reduce<TradeDatum | undefined>((low, datum) => (!low || datum.value < low.value ? datum : low), undefined);
  const highest = (list: TradeDatum[]) => list.reduce<TradeDatum | undefined>((high, datum) => (!high || datum.value > high.value ? datum : high), undefined);
  const low = lowest(yearly.filter((datum) => yearOf(datum) >= closureYear));
  const high = low && highest(yearly.filter((datum) => yearOf(datum) > yearOf(low)));
  if (!before || !during || !low || !high) throw new Error('src/charts/covid-trade: the yearly figures no longer cover the years around the border closure');
  return context.t.takeaway({
    before: periodValue(before, context),
    during: periodValue(during, context),
    low: low === during ? null : periodValue(low, context),
    high: periodValue(high, context),
  });
}

/**
 * The month-by-month view's takeaway, shown while that view is: the first figure (January and
 * February together), the lowest single month, the highest after it, the last month known (so a
 * recovery that did not hold is not read as one), and the months no figure was found for.
 */
export function monthlyTakeaway(data: CovidTradeData, context: Context): string {
  const { trade, gaps } = data.monthly;
  // In the bars' one unit and precision (whole US$ m), "about" where the source hedges it or the rounding changed it.
  const written = (datum: TradeDatum) => {
    const millions = datum.value / 1e6;
    const changed = Math.abs(Math.round(millions) - millions) > 1e-9;
    return {
      period: periodText(datum.fact.period, 'long', context),
      value: context.t.monthlyValue({ millions: new Intl.NumberFormat(context.locale.tag, { maximumFractionDigits: 0 }).format(millions), about: datum.approximate || changed }),
    };
  };
  const single = trade.filter((datum) => datum.units === 1);
  const low = single.reduce<TradeDatum | undefined>((lowest, datum) => (!lowest || datum.value < lowest.value ? datum : lowest), undefined);
  const high = low && single.filter((datum) => datum.start > low.start).reduce<TradeDatum | undefined>((highest, datum) => (!highest || datum.value > highest.value ? datum : highest), undefined);
  const first = trade[0];
  if (!first || !low || !high) throw new Error('src/charts/covid-trade: the monthly figures no longer show a low and a recovery after it');
  const last = trade.at(-1)!;
  return context.t.monthlyTakeaway({
    first: { ...written(first), together: first.units > 1, derived: first.derived },
    low: written(low),
    high: written(high),
    last: last.start > high.start ? { ...written(last), derived: last.derived } : null,
    unknown: gaps.map((gap) => periodText(gap.period, 'long', context)),
  });
}

function describeItem(item: TimelineItem, context: Context): string {
  const { t, locale } = context;
  if (item.kind === 'event') return t.description.event({ when: periodText(item.fact.period, 'long', context), measures: item.fact.measures });
  if (item.kind === 'report') return t.description.report({ report: item.source.referredToAs, date: locale.interviewDate(item.source) });
  return t.description.annotation({ report: item.source.referredToAs, when: annotationWhen(item, context), quoted: t.quoted(item.quote.text) });
}

export function description(data: CovidTradeData, context: Context): string {
  const { t } = context;
  const { yearly, monthly } = data;
  const values = (trade: TradeDatum[]) => trade.map((datum) => tradeInWords(datum, context)).join('; ');
  const items = (timeline: TimelineItem[]) => timeline.map((item) => describeItem(item, context)).join('; ');
  return [
    t.description.intro,
    t.description.byYear(values(yearly.trade)),
    t.description.rows(items(yearly.timeline.filter((item) => item.kind !== 'annotation'))),
    t.description.monthly({ values: values(monthly.trade), gaps: t.list(monthly.gaps.map((gap) => periodText(gap.period, 'long', context))) }),
    ...monthly.trade.filter((datum) => datum.units > 1).map((datum) => t.description.together({ period: periodText(datum.fact.period, 'long', context), months: datum.units, average: monthlyAverage(datum, context) })),
    t.description.monthlyRows(items(monthly.timeline.filter((item) => item.kind !== 'annotation'))),
    ...(() => {
      const unmarked = events(data).filter((event) => !yearly.timeline.includes(event) && !monthly.timeline.includes(event));
      return unmarked.length ? [t.description.alsoCited(items(unmarked))] : [];
    })(),
    t.description.words(data.timeline.filter((item) => item.kind === 'annotation').map((item) => describeItem(item, context)).join('; ')),
  ].join(' ');
}

/** A figure for several months at its monthly average, as prose writes money: "US$104 m". */
const monthlyAverage = (datum: TradeDatum, { locale }: Context) => locale.largeDollars(datum.value / datum.units);

/**
 * Where a figure's note states a change on an earlier year ("Down 51.2% on 2017") that the
 * drawn figures, from other outlets, do not give at the note's precision: the two sources
 * disagree, and the notes say so. The note is the fact's own words; the arithmetic is ours.
 */
export function disagreements(data: CovidTradeData, context: Context): string[] {
  const yearly = data.yearly.trade;
  return yearly.flatMap((datum) => {
    const match = /(down|up) (\d+(?:\.(\d+))?)% on (\d{4})/i.exec(datum.fact.note ?? '');
    const base = match && yearly.find((other) => String(yearOf(other)) === match[4]);
    if (!match || !base) return [];
    const decimals = match[3]?.length ?? 0;
    const change = (Math.abs(datum.value - base.value) / base.value) * 100;
    const computed = change.toFixed(decimals);
    if (computed === Number(match[2]).toFixed(decimals) || base.approximate || datum.approximate) return [];
    const percent = (text: string) => `${context.locale.number(Number(text))}`;
    const direction = match[1]!.toLowerCase();
    const outlets = [...new Set([base, datum].flatMap(({ citations }) => citations.map((citation) => citation.publisher)))];
    return [
      context.t.notes.disagree({
        period: periodText(datum.fact.period, 'long', context),
        stated: `${direction} ${percent(match[2]!)}%`,
        base: periodText(base.fact.period, 'long', context),
        computed: `${context.locale.largeDollars(base.value)} to ${context.locale.largeDollars(datum.value)}, ${direction} ${change.toFixed(1)}%`,
        sources: context.t.list(outlets),
      }),
    ];
  });
}

/** The outlets every trade figure drawn comes from, in the order first drawn: for the chart's credit line. */
export function tradeOutlets(data: CovidTradeData): string[] {
  return [...new Set(allTrade(data).flatMap(({ citations }) => citations.map((citation) => citation.publisher)))];
}

/** The one-line credit under the chart: the outlets of the customs figures, then the reports. */
export const covidTradeCredit = (data: CovidTradeData, context: Context) => context.t.credit(context.t.list(tradeOutlets(data)));

/** "Yonhap, AEN20210209007800325.", with any caveat: the citations a value or event rests on. */
function citationText({ fact, citations }: { fact: ContextFact; citations: Citation[] }, { locale }: Context): string {
  return [`${citations.map((citation) => locale.citation(citation)).join('; ')}.`, ...caveatsOf(fact, citations)].join(' ');
}

/** "27 May 2019 (year inferred, about 70% sure)". */
const interviewWithConfidence = (source: Source, context: Context) =>
  context.t.notes.interviewDate({ date: dayText(interviewDay(source), context), inferred: source.year.inferred, confidence: source.year.confidence ?? null });

const reportCitation = (source: Source, { locale }: Context) => `${source.outlet}, ${locale.reportTitle(source)}, ${source.url}`;

/** "By year, 2017–2024", "2020, month by month": a view's name on its switch and in the table. */
export const viewName = (data: CovidTradeData, view: TradeView, context: Context) => context.t.viewName[view](spanText(data[view].domain, context));

export function covidTradeFrame(data: CovidTradeData, context: Context): FrameText {
  const { t } = context;
  const trade = allTrade(data);
  const period = (datum: TradeDatum) => periodText(datum.fact.period, 'long', context);
  const gaps = data.monthly.gaps.map((gap) => periodText(gap.period, 'long', context));
  const { afterGap } = data;

  const gapRow = (gap: Gap) => ({
    view: viewName(data, 'monthly', context),
    period: periodText(gap.period, 'long', context),
    value: t.table.noFigure,
    approximate: '',
    kind: '',
    source: t.table.gapSource,
  });

  // Every fact drawn, the figures a derived one adds up, and the figure after the gap; then the quotations.
  const facts = [...trade, ...data.derivationInputs, ...events(data), afterGap];
  const sources: FrameSource[] = [
    ...[...new Map(facts.map(({ fact, citations }) => [fact.id, { fact, citations }])).values()],
    ...annotations(data).map(({ quote, source }) => ({ quote, source })),
  ];

  return {
    title: t.title,
    takeaway: takeaway(data, context),
    description: description(data, context),
    table: {
      caption: t.table.caption,
      columns: [
        { key: 'view', label: t.table.view },
        { key: 'period', label: t.table.period },
        { key: 'value', label: t.table.value, numeric: true },
        { key: 'approximate', label: t.table.approximate },
        { key: 'kind', label: t.table.kind },
        { key: 'source', label: t.table.source },
      ],
      rows: views.flatMap((view) => [
        ...data[view].trade.map((datum) => ({
          view: viewName(data, view, context),
          period: datum.units > 1 && view === 'monthly' ? t.table.periodTogether(period(datum)) : period(datum),
          value: valueWithCurrency(datum, context),
          approximate: datum.approximate ? t.table.yes : t.table.no,
          kind: datum.derived ? t.table.derived(derivationText(datum.fact)) : t.table.reported,
          source: citationText(datum, context),
        })),
        ...data[view].gaps.map(gapRow),
      ]),
    },
    notes: [
      t.notes.gaps({
        gaps,
        afterGap: { period: periodText(afterGap.fact.period, 'long', context), value: context.locale.contextFact(afterGap.fact) },
        afterGapNote: afterGap.fact.note ?? null,
      }),
      ...trade.filter((datum) => datum.units > 1).map((datum) => t.notes.together({ period: period(datum), months: datum.units, value: context.locale.contextFact(datum.fact), average: monthlyAverage(datum, context) })),
      ...disagreements(data, context),
      t.notes.derived(trade.filter((datum) => datum.derived).map((datum) => ({ period: period(datum), derivation: derivationText(datum.fact) }))),
      t.notes.approximate(t.list(trade.filter((datum) => datum.approximate).map(period))),
      ...trade.filter(isLessCertain).map((datum) => t.notes.lessCertain({ period: period(datum), caveats: datum.caveats.join(' ') })),
      t.notes.words,
      t.notes.years(reports(data).map(({ source }) => ({ report: reportName(source, context), date: interviewWithConfidence(source, context) }))),
      t.notes.tradeFigures,
    ],
    sources,
  };
}

/** Each view's key: the styles its bars are drawn in, with the periods drawn in each. */
export function covidTradeLegend(data: CovidTradeData, view: TradeView, context: Context): LegendItem[] {
  const { t } = context;
  const { trade } = data[view];
  const periods = (kind: ReturnType<typeof barKind>) => t.list(trade.filter((datum) => barKind(datum) === kind).map((datum) => periodText(datum.fact.period, 'long', context)));
  const has = (kind: ReturnType<typeof barKind>) => trade.some((datum) => barKind(datum) === kind);
  // Only what the drawing does not say on itself: reports, events and unknown months are labelled where they are.
  return [
    { swatch: barStyles.reported, label: t.legend.reported },
    ...(has('focus') ? [{ swatch: barStyles.focus, label: t.legend.focus(periods('focus')) }] : []),
    ...(has('derived') ? [{ swatch: barStyles.derived, label: t.legend.derived(periods('derived')) }] : []),
    ...(has('combined')
      ? [{ swatch: barStyles.combined, label: t.legend.combined({ periods: periods('combined'), derived: trade.some((datum) => barKind(datum) === 'combined' && datum.derived) }) }]
      : []),
    ...(has('lessCertain') ? [{ swatch: barStyles.lessCertain, label: t.legend.lessCertain(periods('lessCertain')) }] : []),
    ...(trade.some((datum) => datum.approximate) ? [{ swatch: { ...valueStyle, letter: '≈' }, label: t.legend.approximate }] : []),
  ];
}

/**
 * Who one view's drawing comes from: the publishers of the trade figures it draws and of the
 * events it marks, and the outlets of the reports it marks (whose words the notes quote). A view
 * credits no outlet whose figures only the other view, or only the notes, use.
 */
export function viewCreditSources(data: CovidTradeData, view: TradeView): { context: { publisher: string; via: string | undefined }[]; reports: string[]; reportEvents: boolean } {
  const shown = data[view];
  const publishers = (items: { citations: Citation[] }[]) => [...new Set(items.flatMap(({ citations }) => citations.map((citation) => citation.publisher)))];
  const reports = [...new Set(shown.timeline.flatMap((item) => (item.kind === 'event' ? [] : [item.source.outlet])))];
  const marked = shown.timeline.filter((item): item is TimelineEvent => item.kind === 'event');
  const context = publishers([...shown.trade, ...marked]).filter((name) => !reports.includes(name));
  // A publisher read through another site is credited with it ("38 North data", via blog.kinaforum.com).
  const via = new Map([...shown.trade, ...marked].flatMap(({ citations }) => citations.filter((citation) => citation.via).map((citation) => [citation.publisher, citation.via!] as const)));
  return { context: context.map((publisher) => ({ publisher, via: via.get(publisher) })), reports, reportEvents: publishers(marked).some((name) => reports.includes(name)) };
}

/** A view's one-line source (messages.ts `viewCredit`). */
export const viewCredit = (data: CovidTradeData, view: TradeView, context: Context) => context.t.viewCredit(viewCreditSources(data, view));

/** By year, or 2020 month by month, each with its own key and its own credit line. */
export function covidTradeVariants(data: CovidTradeData, context: Context): Variants {
  return {
    legend: context.t.switchLegend,
    options: views.map((view) => ({
      id: view,
      label: viewName(data, view, context),
      announce: context.t.viewAnnounce[view](spanText(data[view].domain, context)),
      takeaway: view === 'yearly' ? takeaway(data, context) : monthlyTakeaway(data, context),
      legend: covidTradeLegend(data, view, context),
      credit: viewCredit(data, view, context),
    })),
  };
}

const isoDay = (date: Date) => date.toISOString().slice(0, 10);
/** The interview's month and day as the report gives them ("05-27"), apart from the year, which it does not give. */
const monthDay = (source: Source) => source.interviewed.slice(5);

/**
 * Whether a day's year is the report's inferred one: the report gives its interview's day and
 * month only, so a download's date on that day carries a year we inferred (and says so in the
 * `*_year_inferred` column beside it); dates of trade figures and events are published in full.
 */
const yearInferred = (day: Date, source: Source) => source.year.inferred && isoDay(day) === source.interviewed;

/** The last day inside a period that ends (exclusively) at `end`. */
const lastDay = (end: Date) => isoDay(utcDay.offset(end, -1));

/**
 * One row per trade value, event, report and report statement, in time order within each kind:
 * what it is, when (first and last day), the value in US dollars for trade, and where it comes
 * from (the citations, or the report and its verbatim quote).
 */
export function covidTradeDownload(data: CovidTradeData, context: Context): DownloadRow[] {
  const { t, locale } = context;
  const viewsShowing = (item: TimelineItem) => views.filter((view) => data[view].timeline.includes(item)).join(', ');
  const blank = {
    view: '',
    period: '',
    period_start: '',
    period_start_year_inferred: false,
    period_end: '',
    period_end_year_inferred: false,
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
    report_interviewed_month_day: '',
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
      citation: citationText(datum, context),
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
    citation: citationText(event, context),
  }));
  const reportRows = reports(data).map((report) => ({
    kind: 'report',
    id: report.source.id,
    ...blank,
    view: viewsShowing(report),
    // The report dates its interview by day and month only: the year, here and in period_start and
    // period_end, is the inferred one, so `period` says so in words and each date's flag says so.
    period: locale.interviewDate(report.source),
    period_start: report.source.interviewed,
    period_start_year_inferred: report.source.year.inferred,
    period_end: report.source.interviewed,
    period_end_year_inferred: report.source.year.inferred,
    label: t.download.reportLabel(reportName(report.source, context)),
    citation: reportCitation(report.source, context),
    report: report.source.id,
    report_interviewed_month_day: monthDay(report.source),
    report_year: locale.reportYear(report.source),
  }));
  const annotationRows = annotations(data).map((annotation) => ({
    kind: 'annotation',
    id: annotation.quote.id,
    ...blank,
    view: viewsShowing(annotation),
    period: annotation.placement,
    period_start: annotation.start ? isoDay(annotation.start) : '',
    period_start_year_inferred: annotation.start ? yearInferred(annotation.start, annotation.source) : false,
    period_end: isoDay(annotation.end),
    period_end_year_inferred: yearInferred(annotation.end, annotation.source),
    label: t.download.annotationLabel({ report: reportName(annotation.source, context), when: annotationWhen(annotation, context) }),
    citation: annotation.quote.speaker === annotation.source.outlet ? reportCitation(annotation.source, context) : `${annotation.quote.speaker}; ${reportCitation(annotation.source, context)}`,
    quote: annotation.quote.text,
    quote_speaker: annotation.quote.speaker,
    report: annotation.source.id,
    report_interviewed_month_day: monthDay(annotation.source),
    report_year: locale.reportYear(annotation.source),
  }));
  return [...trade, ...eventRows, ...reportRows, ...annotationRows];
}
