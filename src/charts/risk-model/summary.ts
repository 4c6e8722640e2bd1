/**
 * The model in words: its values as the locale writes them, and its result in a sentence for the
 * live region under the sliders, set against the reported day rate.
 * Pure; the build and the browser share it.
 */
import type { Locale } from '../../lib/locale';
import type { ModelDrawingData } from './data';
import { breakEvenDayRate, chanceToReach, roundedResult, type AssumptionKey, type Assumptions } from './model';
import type { ModelWords } from './messages';

/** The model's words and the locale: what the build and the browser both write with. */
export interface ModelContext {
  t: ModelWords;
  locale: Locale;
}

/** An amount of yuan as the page writes a model result: "30 yuan", "7.5 yuan". */
export const yuan = (value: number, { locale }: ModelContext) => locale.money(roundedResult(value), roundedResult(value), 'CNY');

/** "10%". */
export const percent = (value: number, { t, locale }: ModelContext) => t.percent(locale.number(roundedResult(value)));

/** A slider's value as it is shown and announced: "10% a month", "3,000 yuan", "10 days a month". */
export const controlValue = (key: AssumptionKey, value: number, { t, locale }: ModelContext) => t.controlValue[key](locale.number(value), value);

/** The reported day rate the model is compared with, in yuan (its low end, a single price). */
export const reportedDayRate = (data: Pick<ModelDrawingData, 'dayRate'>) => data.dayRate.figure.amount.low;

/** A reported price in words: "200 yuan a day, 2019 (inferred)". */
export function reportedPrice(data: Pick<ModelDrawingData, 'dayRate' | 'range'>, which: 'dayRate' | 'range', { t, locale }: ModelContext): string {
  const { figure, source } = data[which];
  const write = which === 'dayRate' ? t.dayRatePrice : t.rangePrice;
  return write(locale.figure(figure), locale.reportYear(source));
}

export function modelSummary(data: ModelDrawingData, assumptions: Assumptions, context: ModelContext): string {
  const { t, locale } = context;
  const { catchChance, bribe, rentalDays } = assumptions;
  const rate = breakEvenDayRate(assumptions);
  const dayRate = reportedDayRate(data);
  const setup = t.summary.setup({
    chance: percent(catchChance, context),
    bribe: yuan(bribe, context),
    days: locale.number(rentalDays),
    daysValue: rentalDays,
    rate: yuan(rate, context),
  });
  if (rate === 0) return `${setup} ${t.summary.nothing(catchChance === 0 ? 'neverCaught' : 'noBribe')}`;
  if (rate > dayRate) return `${setup} ${t.summary.exceeds(yuan(dayRate, context))}`;
  const share = t.summary.share(percent(Math.round((rate / dayRate) * 100), context), yuan(dayRate, context));
  // The chance that would cover the whole day rate is the takeaway's, just above the drawing: not said twice.
  if (chanceToReach(dayRate, assumptions) === null) return `${setup} ${share} ${t.summary.partOnly(yuan(breakEvenDayRate({ ...assumptions, catchChance: 100 }), context))}`;
  return `${setup} ${share}`;
}

/** The frame's takeaway for these assumptions: the build writes it at the defaults, the browser for any others. */
export function modelTakeaway(data: Pick<ModelDrawingData, 'dayRate'>, assumptions: Assumptions, context: ModelContext): string {
  const dayRate = reportedDayRate(data);
  const rate = breakEvenDayRate(assumptions);
  const needed = chanceToReach(dayRate, assumptions);
  return context.t.takeaway({
    rate: yuan(rate, context),
    dayRate: yuan(dayRate, context),
    neededChance: needed === null ? null : percent(Math.round(needed), context),
    exceeds: rate > dayRate,
  });
}

/** The frame's description for these assumptions, likewise. */
export function modelDescription(data: Pick<ModelDrawingData, 'dayRate' | 'range'>, assumptions: Assumptions, context: ModelContext): string {
  const { t } = context;
  return t.description({
    bribe: yuan(assumptions.bribe, context),
    rentalDays: controlValue('rentalDays', assumptions.rentalDays, context),
    catchChance: percent(assumptions.catchChance, context),
    rate: t.perDay(yuan(breakEvenDayRate(assumptions), context)),
    range: reportedPrice(data, 'range', context),
    dayRate: reportedPrice(data, 'dayRate', context),
  });
}

/** What changed, said once: "30 → 45 yuan a day, 23% of the reported price"; nothing when the result is the same. */
export function modelAnnouncement(data: Pick<ModelDrawingData, 'dayRate'>, from: Assumptions, to: Assumptions, context: ModelContext): string {
  const { t, locale } = context;
  const before = roundedResult(breakEvenDayRate(from));
  const after = roundedResult(breakEvenDayRate(to));
  if (before === after) return '';
  return t.announce({ from: locale.number(before), to: yuan(after, context), share: percent(Math.round((after / reportedDayRate(data)) * 100), context) });
}
