/**
 * The COVID-trade chart's phrases that combine its messages with the locale's dates and numbers:
 * periods in words, and what each mark says. Shared by the drawing, the frame and the downloads,
 * so a mark's name and its row in the table cannot drift apart.
 */
import { utcYear } from 'd3-time';
import type { Source } from '../../data/schema';
import { periodBounds, type PeriodBounds } from '../../lib/period';
import type { RenderContext } from '../definition';
import type { Annotation, TimelineEvent, TradeDatum } from './data';
import type { CovidTradeWords } from './messages';

export type Context = RenderContext<CovidTradeWords>;

/**
 * How a period is written: months in full ("January 2020"), short ("22 Jan 2020"), or as an
 * axis writes them under bars, without the year the panel's title gives ("Mar"), or in one
 * letter ("M") and two-digit years ("’17") where nothing longer fits.
 */
export type PeriodStyle = 'long' | 'short' | 'tick' | 'narrowTick';

/** "2017", "March 2020", "31 January 2020", "January–February 2020", "16–17 Jan 2022", "Mar", "J–F", "’17". */
export function periodText(period: string, style: PeriodStyle, { t, locale }: Context): string {
  const [firstPart, lastPart = firstPart] = period.split('/') as [string, string?];
  const first = periodBounds(firstPart);
  const last = periodBounds(lastPart);
  const tick = style === 'tick' || style === 'narrowTick';
  const month = style === 'long' ? 'long' : style === 'narrowTick' ? 'narrow' : 'short';
  const write = ({ start, precision }: PeriodBounds, { year = !tick, monthToo = true } = {}): string => {
    if (precision === 'year') return style === 'narrowTick' ? t.shortYear(locale.date(start, { year: '2-digit' })) : locale.date(start, { year: 'numeric' });
    return locale.date(start, {
      ...(precision === 'day' && { day: 'numeric' }),
      ...(monthToo && { month }),
      ...(year && { year: 'numeric' }),
    });
  };
  if (firstPart === lastPart) return write(first);
  const sameYear = first.start.getUTCFullYear() === last.start.getUTCFullYear();
  const sameMonth = sameYear && first.start.getUTCMonth() === last.start.getUTCMonth();
  // The shared parts are written once, on the last end: "16–17 January 2022", "May–July 2020".
  const from =
    first.precision === 'year' ? write(first) : write(first, { year: !tick && !sameYear, monthToo: !(first.precision === 'day' && sameMonth) });
  return t.range(from, write(last));
}

/** "2017–2024", "2020": the years a view's time axis covers. */
export function spanText([start, end]: [Date, Date], { t, locale }: Context): string {
  const first = locale.date(start, { year: 'numeric' });
  const last = locale.date(utcYear.offset(end, -1), { year: 'numeric' });
  return first === last ? first : t.range(first, last);
}

/** A date that wraps as one word. */
export const unbroken = (text: string) => text.replace(/ /g, '\u00a0');

/** "27 May 2019". */
export const dayText = (date: Date, { locale }: Context) => locale.date(date, { day: 'numeric', month: 'long', year: 'numeric' });

export const interviewDay = (source: Source) => periodBounds(source.interviewed).start;

export const isLessCertain = (datum: TradeDatum) => datum.caveats.length > 0;

/**
 * A trade value as a label writes it, in the view's one unit and without the currency the title
 * names: "≈2.8" (US$ bn, one decimal), "63" (US$ m, whole). `value` draws another value of the
 * same figure (its monthly average).
 */
export function valueLabel(datum: TradeDatum, { t, locale }: Context, unit: 'bn' | 'm', value = datum.value): string {
  const format = new Intl.NumberFormat(locale.tag, { minimumFractionDigits: unit === 'bn' ? 1 : 0, maximumFractionDigits: unit === 'bn' ? 1 : 0 });
  return t.value({ value: format.format(value / (unit === 'bn' ? 1e9 : 1e6)), approximate: datum.approximate });
}

/**
 * An event's label on the drawing, its date from its fact first: by year to the month ("Jan 2020:
 * Trains and flights halted"), by month, where the panel's title gives the year, to the day as
 * the fact has it ("23 Jan: …"). Its full wording is in its name and the table.
 */
export function eventLabel(event: TimelineEvent, context: Context, unit: 'year' | 'month'): string {
  const parts = event.fact.period.split('/');
  const period = unit === 'year' ? [...new Set(parts.map((part) => part.slice(0, 7)))].join('/') : event.fact.period;
  return context.t.eventDated({ date: unbroken(periodText(period, unit === 'year' ? 'short' : 'tick', context)), name: context.t.eventShort[event.id] });
}

/** A trade value as the table writes it: "≈US$2.79 bn". */
export const valueWithCurrency = (datum: TradeDatum, { t, locale }: Context) => t.value({ value: locale.largeDollars(datum.value), approximate: datum.approximate });

/** The values a trade mark's words need. */
function tradeValues(datum: TradeDatum, context: Context) {
  return {
    period: periodText(datum.fact.period, 'long', context),
    value: context.locale.contextFact(datum.fact),
    together: datum.units > 1,
    derived: datum.derived,
    lessCertain: isLessCertain(datum),
  };
}

/** "China–North Korea trade, 2019: about US$2.79 bn"; derived, combined months and less certain values say so. */
export const describeTrade = (datum: TradeDatum, context: Context) => context.t.tradeMark(tradeValues(datum, context));

/** "2019: about US$2.79 bn", for lists. */
export const tradeInWords = (datum: TradeDatum, context: Context) => context.t.description.trade(tradeValues(datum, context));

export const describeEvent = (event: TimelineEvent, context: Context) =>
  context.t.eventMark({ when: periodText(event.fact.period, 'long', context), measures: event.fact.measures });

/** When an annotation's words apply, in words: "before its interview of 27 May 2019 (year inferred)". */
export function annotationWhen(annotation: Annotation, context: Context): string {
  const { t, locale } = context;
  const interview = t.interview(locale.interviewDate(annotation.source));
  if (annotation.placement === 'before') return t.annotationWhen.before(interview);
  if (annotation.placement === 'at' || !annotation.after) return t.annotationWhen.at(interview);
  const { after } = annotation;
  return t.annotationWhen.between({ after: t.afterEvent[after.id].words, afterWhen: periodText(after.fact.period, 'long', context), interview });
}

/** "The first report": a report named at the start of a sentence or a label. */
export const reportName = (source: Source, { locale }: Context) => locale.capitalize(source.referredToAs);

export const describeAnnotation = (annotation: Annotation, context: Context) =>
  context.t.annotationMark({ report: reportName(annotation.source, context), when: annotationWhen(annotation, context) });
