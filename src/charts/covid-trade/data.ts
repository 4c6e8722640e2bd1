/**
 * Shapes what the COVID-trade chart draws: China–North Korea trade by year and, for 2020, by
 * month (cited context facts); the months nobody reported, as gaps; border and crackdown events;
 * the two reports at their interview dates; and the reports' own words about the rental
 * business, anchored in time. Every value comes from the resolved content; no words: those are
 * in messages.ts.
 */
import { utcMonth, utcYear, type CountableTimeInterval } from 'd3-time';
import { utcFormat } from 'd3-time-format';
import type { ContextNumberSource, ContextSource, Resolved } from '../../data/requirements';
import type { Citation, ContextFact, Quote, Source } from '../../data/schema';
import { caveatsOf } from '../../lib/context';
import { periodBounds } from '../../lib/period';

export const views = ['yearly', 'monthly'] as const;
/** By year (2017–2024), or 2020 month by month. */
export type TradeView = (typeof views)[number];

/** The calendar unit of a view's bars: a year's total, or a month's. */
export type TimeUnit = 'year' | 'month';
export const timeIntervals: Record<TimeUnit, CountableTimeInterval> = { year: utcYear, month: utcMonth };

/** The trade figures each view draws, in time order. */
const tradeFactIds = {
  yearly: ['trade-2017', 'trade-2018', 'trade-2019', 'trade-2020', 'trade-2021', 'trade-2022', 'trade-2023', 'trade-2024'],
  // January and February 2020 are one figure for both months together: one mark, never split.
  monthly: ['trade-2020-01-02', 'trade-2020-03', 'trade-2020-04', 'trade-2020-05', 'trade-2020-06', 'trade-2020-07', 'trade-2020-08'],
} as const;

/**
 * The calendar span the monthly view covers, whatever is known of it: the months in it without a
 * figure become gaps, "No figure found".
 */
const monthlySpan = '2020-01/2020-12';

/** The figures the derived totals add up: listed among the sources after the totals. */
const derivationInputIds = ['china-exports-2020-01-02', 'china-imports-2020-01-02', 'nk-imports-2020-08', 'nk-exports-2020-08'] as const;

/** A figure quoted only in the notes: what little is known after the gap. A source entry, no mark. */
export const afterGapFactId = 'trade-2021-01-02';

/** Border and crackdown events, in no particular order (the timeline sorts them). */
export const eventIds = [
  'calls-to-china-blocked',
  'state-security-stakeouts',
  'foreign-tourists-barred',
  'border-closed',
  'two-months-of-crackdowns',
  'first-freight-train',
  'freight-trains-suspended',
  'freight-trains-resumed',
  'first-passenger-flight',
  'citizens-allowed-home',
] as const;
export type EventId = (typeof eventIds)[number];

/**
 * The events each view marks. By year, eight years on a phone's width leave room for the turning
 * points only (the rest lie days or weeks apart, and are marked by month or only cited); by
 * month, every event of 2020.
 */
const viewEvents: Record<TradeView, 'all' | readonly EventId[]> = {
  yearly: ['calls-to-china-blocked', 'border-closed', 'first-freight-train', 'first-passenger-flight'],
  monthly: 'all',
};

export type Placement = 'before' | 'at' | 'between';

/**
 * Where each report statement sits in time. The reports carry no dates of their own beyond the
 * interview, so a statement is placed at the interview (`at`), in the unknown time before it
 * (`before`: "had almost disappeared"), or between an event it names and the interview
 * (`between`: the COVID-19 blow came after the border closed).
 */
const annotationPlacements = [
  { quoteId: 'almost-disappeared', placement: 'before' },
  { quoteId: 'on-the-rise', placement: 'at' },
  { quoteId: 'covid-blow', placement: 'between', after: 'border-closed' },
  { quoteId: 'trading-restarting', placement: 'at' },
  { quoteId: 'rentals-increasing', placement: 'at' },
] as const satisfies readonly { quoteId: string; placement: Placement; after?: EventId }[];

/** The events a statement may be placed after ("between the border closure and the interview"). */
export type AfterEventId = NonNullable<Extract<(typeof annotationPlacements)[number], { after: string }>['after']>;

/** The content the chart draws on. */
export const requires = {
  contextNumbers: [...tradeFactIds.yearly, ...tradeFactIds.monthly, ...derivationInputIds, afterGapFactId],
  contextEvents: eventIds,
  quotes: annotationPlacements.map(({ quoteId }) => quoteId),
} as const;

export interface TradeDatum {
  view: TradeView;
  fact: ContextFact;
  citations: Citation[];
  /** The first instant of the period, and the first instant after it. */
  start: Date;
  end: Date;
  /** How many calendar months (or years) the one figure covers: 2 for January–February together. */
  units: number;
  /** In US dollars. */
  value: number;
  approximate: boolean;
  /** Arithmetic on reported figures (a sum of the two directions of trade), not a reported total. */
  derived: boolean;
  /** Why the value is less certain, from the fact or its citations (read on a mirror). */
  caveats: string[];
}

/** A stretch of the monthly view with no figure: drawn as a gap, never as zero or a line. */
export interface Gap {
  start: Date;
  end: Date;
  /** As context facts write periods: "2020-09/2020-12". */
  period: string;
}

export interface TimelineEvent {
  kind: 'event';
  id: EventId;
  fact: ContextFact;
  citations: Citation[];
  start: Date;
  end: Date;
}

export interface ReportMarker {
  kind: 'report';
  source: Source;
  /** The interview day: the report's date, with an inferred year. */
  date: Date;
}

export interface Annotation {
  kind: 'annotation';
  quote: Quote;
  source: Source;
  placement: Placement;
  /** Null for `before`: the report does not say when it began. */
  start: Date | null;
  /** The report's interview date, the end of what the statement can describe. */
  end: Date;
  /** For `between`: the event that opens the span. */
  after?: TimelineEvent & { id: AfterEventId };
}

export type TimelineItem = TimelineEvent | ReportMarker | Annotation;

export interface ViewData {
  view: TradeView;
  /** What one bar's width stands for, unless a figure covers several. */
  unit: TimeUnit;
  /** The time axis: the first instant drawn and the first instant after it. */
  domain: [Date, Date];
  trade: TradeDatum[];
  gaps: Gap[];
  /** Events, reports and annotations inside the domain, in the order the chart lists them. */
  timeline: TimelineItem[];
}

export interface CovidTradeData {
  yearly: ViewData;
  monthly: ViewData;
  /** Every event, report and statement, whichever view shows it, in time order. */
  timeline: TimelineItem[];
  /** The figures the derived totals are sums of, for the sources. */
  derivationInputs: ContextNumberSource[];
  /** The next figure after the monthly gap, for the notes. */
  afterGap: ContextNumberSource;
}

function tradeDatum(view: TradeView, unit: TimeUnit, { fact, citations }: ContextNumberSource): TradeDatum {
  const { amount } = fact;
  if (amount.unit !== 'money' || amount.currency !== 'USD' || amount.isRange || fact.series !== 'total') {
    throw new Error(`src/charts/covid-trade: context fact "${fact.id}" must be a single US$ value in the "total" series to be drawn as trade`);
  }
  const { start, end } = periodBounds(fact.period);
  return {
    view,
    fact,
    citations,
    start,
    end,
    units: timeIntervals[unit].count(start, end),
    value: amount.low,
    approximate: amount.approximate,
    derived: fact.kind === 'derived',
    caveats: caveatsOf(fact, citations),
  };
}

const monthPeriod = utcFormat('%Y-%m');

/** The months of `span` that no datum covers, merged into runs ("2020-09/2020-12"). */
export function monthGaps(span: string, trade: readonly TradeDatum[]): Gap[] {
  const { start, end } = periodBounds(span);
  const unknown = utcMonth.range(start, end).filter((month) => !trade.some((datum) => datum.start < utcMonth.offset(month, 1) && datum.end > month));
  const runs: Date[][] = [];
  for (const month of unknown) {
    const run = runs.at(-1);
    if (run && utcMonth.offset(run.at(-1)!, 1).getTime() === month.getTime()) run.push(month);
    else runs.push([month]);
  }
  return runs.map((run) => {
    const [first, last] = [run[0]!, run.at(-1)!];
    return {
      start: first,
      end: utcMonth.offset(last, 1),
      period: run.length === 1 ? monthPeriod(first) : `${monthPeriod(first)}/${monthPeriod(last)}`,
    };
  });
}

/** When an item sits on the time axis, for ordering and for deciding whether a view shows it. */
export function itemTime(item: TimelineItem): Date {
  if (item.kind === 'report') return item.date;
  if (item.kind === 'annotation') return item.start ?? item.end;
  return item.start;
}

/**
 * At the same instant: the event first (the closure opens the COVID-19 span), then what a
 * report says happened between it and the report, then the report's own label, then what it
 * says happened before it, then what it says at its date.
 */
function tieRank(item: TimelineItem): number {
  if (item.kind === 'event') return 0;
  if (item.kind === 'report') return 2;
  return item.placement === 'between' ? 1 : item.placement === 'before' ? 3 : 4;
}

export function timelineOrder(a: TimelineItem, b: TimelineItem): number {
  return itemTime(a).getTime() - itemTime(b).getTime() || tieRank(a) - tieRank(b);
}

function timelineEvent(id: EventId, { fact, citations }: ContextSource): TimelineEvent {
  const { start, end } = periodBounds(fact.period);
  return { kind: 'event', id, fact, citations, start, end };
}

/** Every event, report and annotation, whichever view shows it, in time order. */
export function timelineItems(content: Resolved<typeof requires>): TimelineItem[] {
  const events = eventIds.map((id) => timelineEvent(id, content.contextEvents[id]));
  const reportDate = (source: Source) => periodBounds(source.interviewed).start;
  const annotations = annotationPlacements.map((placement): Annotation => {
    const { quote, source } = content.quotes[placement.quoteId];
    const after = 'after' in placement ? { ...events.find((event) => event.id === placement.after)!, id: placement.after } : undefined;
    return {
      kind: 'annotation',
      quote,
      source,
      placement: placement.placement,
      start: placement.placement === 'before' ? null : (after?.start ?? reportDate(source)),
      end: reportDate(source),
      ...(after && { after }),
    };
  });
  const reports = [...new Map(annotations.map(({ source }) => [source.id, source])).values()].map(
    (source): ReportMarker => ({ kind: 'report', source, date: reportDate(source) }),
  );
  return [...events, ...reports, ...annotations].sort(timelineOrder);
}

function viewData(view: TradeView, unit: TimeUnit, domain: [Date, Date], trade: TradeDatum[], gaps: Gap[], timeline: TimelineItem[]): ViewData {
  const [from, to] = domain;
  // A statement belongs to the view that holds its report's date.
  const shown = viewEvents[view];
  const inDomain = (item: TimelineItem) => {
    if (item.kind === 'event' && shown !== 'all' && !shown.includes(item.id)) return false;
    const time = item.kind === 'annotation' ? item.end : itemTime(item);
    return time >= from && time < to;
  };
  return { view, unit, domain, trade, gaps, timeline: timeline.filter(inDomain) };
}

export function covidTradeData(content: Resolved<typeof requires>): CovidTradeData {
  const timeline = timelineItems(content);
  const yearlyTrade = tradeFactIds.yearly.map((id) => tradeDatum('yearly', 'year', content.contextNumbers[id]));
  const monthlyTrade = tradeFactIds.monthly.map((id) => tradeDatum('monthly', 'month', content.contextNumbers[id]));
  const { start: monthlyStart, end: monthlyEnd } = periodBounds(monthlySpan);
  return {
    yearly: viewData('yearly', 'year', [yearlyTrade[0]!.start, yearlyTrade.at(-1)!.end], yearlyTrade, [], timeline),
    monthly: viewData('monthly', 'month', [monthlyStart, monthlyEnd], monthlyTrade, monthGaps(monthlySpan, monthlyTrade), timeline),
    timeline,
    derivationInputs: derivationInputIds.map((id) => content.contextNumbers[id]),
    afterGap: content.contextNumbers[afterGapFactId],
  };
}
