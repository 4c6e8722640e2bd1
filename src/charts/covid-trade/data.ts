/**
 * Shapes what the COVID-trade chart draws: China–North Korea trade by year and, for 2020, by
 * month (cited context facts); the months nobody reported, as gaps; border and crackdown events;
 * the two reports at their interview dates; and the reports' own words about the rental
 * business, anchored in time. Every value comes from content/*.json; nothing here is a number.
 */
import type { Content } from '../../data/load';
import { ContentError, requireEntry } from '../../data/load';
import type { Citation, ContextFact, Quote, Source } from '../../data/schema';
import { caveatsOf } from '../../lib/context';
import { periodBounds } from '../../lib/period';

export const views = ['yearly', 'monthly'] as const;
/** By year (2017–2024), or 2020 month by month. */
export type TradeView = (typeof views)[number];

/** The trade figures each view draws, in time order. */
const tradeFactIds: Record<TradeView, string[]> = {
  yearly: ['trade-2017', 'trade-2018', 'trade-2019', 'trade-2020', 'trade-2021', 'trade-2022', 'trade-2023', 'trade-2024'],
  // January and February 2020 are one figure for both months together: one mark, never split.
  monthly: ['trade-2020-01-02', 'trade-2020-03', 'trade-2020-04', 'trade-2020-05', 'trade-2020-06', 'trade-2020-07', 'trade-2020-08'],
};

/**
 * The calendar span the monthly view covers, whatever is known of it: the months in it without a
 * figure become gaps labelled "not known".
 */
const monthlySpan = '2020-01/2020-12';

/**
 * Border and crackdown events, with the short name the chart writes beside each (the fact's own
 * `measures` is in its aria-label, the table and the sources).
 */
const eventLabels: Record<string, string> = {
  'calls-to-china-blocked': 'Near-total block on calls to China',
  'state-security-stakeouts': 'Stakeouts against international calls',
  'foreign-tourists-barred': 'Foreign tourists barred',
  'border-closed': 'Trains and flights to China suspended',
  'two-months-of-crackdowns': '“Two months of crackdowns”',
  'first-freight-train': 'First freight train since the closure',
  'freight-trains-suspended': 'Freight trains suspended',
  'freight-trains-resumed': 'Freight trains resumed',
  'first-passenger-flight': 'First passenger flight to Beijing',
  'citizens-allowed-home': 'Citizens abroad allowed home',
};

/**
 * Where each report statement sits in time. The reports carry no dates of their own beyond the
 * interview, so a statement is placed at the interview (`at`), in the unknown time before it
 * (`before`: "had almost disappeared"), or between an event it names and the interview
 * (`between`: the COVID-19 blow came after the border closed).
 */
const annotationPlacements: { quoteId: string; placement: Placement; after?: { event: string; words: string } }[] = [
  { quoteId: 'almost-disappeared', placement: 'before' },
  { quoteId: 'on-the-rise', placement: 'at' },
  { quoteId: 'covid-blow', placement: 'between', after: { event: 'border-closed', words: 'the border closure' } },
  { quoteId: 'trading-restarting', placement: 'at' },
  { quoteId: 'rentals-increasing', placement: 'at' },
];

/**
 * A figure quoted only in the notes: what little is known after the gap. It is a sources entry
 * but no mark.
 */
export const afterGapFactId = 'trade-2021-01-02';

export type Placement = 'before' | 'at' | 'between';

export interface TradeDatum {
  view: TradeView;
  fact: ContextFact;
  citations: Citation[];
  /** The first instant of the period, and the first instant after it. */
  start: Date;
  end: Date;
  /** How many calendar months (or years) the one figure covers: 2 for January–February together. */
  units: number;
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
  fact: ContextFact;
  citations: Citation[];
  start: Date;
  end: Date;
  /** The short name written beside the marker. */
  label: string;
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
  /** For `between`: the event that opens the span, and how prose names it. */
  after?: { event: TimelineEvent; words: string };
}

export type TimelineItem = TimelineEvent | ReportMarker | Annotation;

export interface ViewData {
  view: TradeView;
  /** The time axis: the first instant drawn and the first instant after it. */
  domain: [Date, Date];
  trade: TradeDatum[];
  gaps: Gap[];
  /** Events, reports and annotations inside the domain, in the order the chart lists them. */
  timeline: TimelineItem[];
}

export type CovidTradeData = Record<TradeView, ViewData>;

const usedInDefault = 'src/charts/covid-trade/data.ts';

function citationsOf(content: Content, fact: ContextFact, usedIn: string): Citation[] {
  return fact.citations.map((id) => requireEntry(content.citations, id, 'citation', usedIn));
}

function tradeDatum(content: Content, view: TradeView, factId: string, usedIn: string): TradeDatum {
  const fact = requireEntry(content.context, factId, 'context fact', usedIn);
  if (fact.unit !== 'money' || fact.currency !== 'USD' || fact.value === undefined || fact.series !== 'total') {
    throw new ContentError([
      { file: 'content/context.json', entry: factId, message: `must be a single US$ value in the "total" series to be drawn by ${usedIn}` },
    ]);
  }
  const { start, end, precision } = periodBounds(fact.period);
  const citations = citationsOf(content, fact, usedIn);
  const units =
    precision === 'year'
      ? end.getUTCFullYear() - start.getUTCFullYear()
      : (end.getUTCFullYear() - start.getUTCFullYear()) * 12 + end.getUTCMonth() - start.getUTCMonth();
  return {
    view,
    fact,
    citations,
    start,
    end,
    units,
    value: fact.value,
    approximate: fact.approximate,
    derived: fact.kind === 'derived',
    caveats: caveatsOf(fact, citations),
  };
}

/** The months of `span` that no datum covers, merged into runs ("2020-09/2020-12"). */
export function monthGaps(span: string, trade: readonly TradeDatum[]): Gap[] {
  const { start, end } = periodBounds(span);
  const gaps: Gap[] = [];
  for (let month = start; month < end; month = new Date(Date.UTC(month.getUTCFullYear(), month.getUTCMonth() + 1, 1))) {
    const next = new Date(Date.UTC(month.getUTCFullYear(), month.getUTCMonth() + 1, 1));
    const known = trade.some((datum) => datum.start < next && datum.end > month);
    if (known) continue;
    const last = gaps.at(-1);
    if (last && last.end.getTime() === month.getTime()) last.end = next;
    else gaps.push({ start: month, end: next, period: '' });
  }
  const monthOf = (date: Date) => date.toISOString().slice(0, 7);
  for (const gap of gaps) {
    const first = monthOf(gap.start);
    const last = monthOf(new Date(Date.UTC(gap.end.getUTCFullYear(), gap.end.getUTCMonth() - 1, 1)));
    gap.period = first === last ? first : `${first}/${last}`;
  }
  return gaps;
}

/** When an item sits on the time axis, for ordering and for deciding whether a view shows it. */
export function itemTime(item: TimelineItem): Date {
  if (item.kind === 'report') return item.date;
  if (item.kind === 'annotation') return item.start ?? item.end;
  return item.start;
}

/**
 * At the same instant: the event first (the closure opens the COVID-19 span), then a report's
 * label, then what it says happened before it, then what it says at its date.
 */
function tieRank(item: TimelineItem): number {
  if (item.kind === 'event') return 0;
  if (item.kind === 'report') return 2;
  return item.placement === 'between' ? 1 : item.placement === 'before' ? 3 : 4;
}

export function timelineOrder(a: TimelineItem, b: TimelineItem): number {
  return itemTime(a).getTime() - itemTime(b).getTime() || tieRank(a) - tieRank(b);
}

/** Every event, report and annotation, whichever view shows it, in time order. */
export function timelineItems(content: Content, usedIn = usedInDefault): TimelineItem[] {
  const events: TimelineEvent[] = Object.entries(eventLabels).map(([id, label]) => {
    const fact = requireEntry(content.context, id, 'context fact', usedIn);
    const { start, end } = periodBounds(fact.period);
    return { kind: 'event', fact, citations: citationsOf(content, fact, usedIn), start, end, label };
  });
  const reportDate = (source: Source) => periodBounds(source.interviewed).start;
  const annotations: Annotation[] = annotationPlacements.map(({ quoteId, placement, after }) => {
    const quote = requireEntry(content.quotes, quoteId, 'quote', usedIn);
    const source = requireEntry(content.sources, quote.source, 'source', usedIn);
    const opening = after ? events.find((event) => event.fact.id === after.event) : undefined;
    if (after && !opening) throw new ContentError([{ file: usedIn, message: `places "${quoteId}" after "${after.event}", which is not one of its events` }]);
    return {
      kind: 'annotation',
      quote,
      source,
      placement,
      start: placement === 'before' ? null : (opening?.start ?? reportDate(source)),
      end: reportDate(source),
      ...(opening && after && { after: { event: opening, words: after.words } }),
    };
  });
  const reports: ReportMarker[] = [...new Map(annotations.map(({ source }) => [source.id, source])).values()].map((source) => ({
    kind: 'report',
    source,
    date: reportDate(source),
  }));
  return [...events, ...reports, ...annotations].sort(timelineOrder);
}

export function covidTradeData(content: Content, usedIn = usedInDefault): CovidTradeData {
  const timeline = timelineItems(content, usedIn);
  const inDomain = ([from, to]: [Date, Date]) => (item: TimelineItem) => {
    const time = item.kind === 'annotation' ? item.end : itemTime(item);
    return time >= from && time < to;
  };
  const yearlyTrade = tradeFactIds.yearly.map((id) => tradeDatum(content, 'yearly', id, usedIn));
  const monthlyTrade = tradeFactIds.monthly.map((id) => tradeDatum(content, 'monthly', id, usedIn));
  const yearlyDomain: [Date, Date] = [yearlyTrade[0]!.start, yearlyTrade.at(-1)!.end];
  const { start: monthlyStart, end: monthlyEnd } = periodBounds(monthlySpan);
  const monthlyDomain: [Date, Date] = [monthlyStart, monthlyEnd];
  return {
    yearly: { view: 'yearly', domain: yearlyDomain, trade: yearlyTrade, gaps: [], timeline: timeline.filter(inDomain(yearlyDomain)) },
    monthly: {
      view: 'monthly',
      domain: monthlyDomain,
      trade: monthlyTrade,
      gaps: monthGaps(monthlySpan, monthlyTrade),
      timeline: timeline.filter(inDomain(monthlyDomain)),
    },
  };
}
