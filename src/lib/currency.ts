/**
 * Conversions at the rates the reports themselves imply (never a market rate from elsewhere):
 * 175 won per yuan from the first report, 0.14 dollars per yuan from the second. Each rate is a
 * derived figure in content/figures.json, so its derivation and quote travel with it.
 */
import type { Content } from '../data/load';
import { requireEntry } from '../data/load';
import type { ReportCurrency as Currency, Figure } from '../data/schema';
import { english, type Locale } from './locale';

export interface Rate {
  currency: Currency;
  /** Units of `currency` per yuan. */
  perYuan: number;
  /** The derived figure the rate comes from; null for yuan itself. */
  figure: Figure | null;
}

/** The figures that give each rate: a chart that converts lists these in its requirements. */
export const rateFigureIds = {
  KRW: 'won-per-yuan',
  USD: 'dollars-per-yuan',
} as const;

/** The three rates from the two rate figures, each checked to be a single rate per yuan. */
export function ratesFromFigures(figures: Record<Exclude<Currency, 'CNY'>, Figure>, usedIn: string): Record<Currency, Rate> {
  const rateFor = (currency: Exclude<Currency, 'CNY'>): Rate => {
    const figure = figures[currency];
    const { amount } = figure;
    if (amount.unit !== 'exchange-rate' || amount.per !== 'CNY' || amount.currency !== currency || amount.isRange) {
      throw new Error(`${usedIn}: figure "${figure.id}" must be a single ${currency}-per-CNY exchange rate`);
    }
    return { currency, perYuan: amount.low, figure };
  };
  return { CNY: { currency: 'CNY', perYuan: 1, figure: null }, KRW: rateFor('KRW'), USD: rateFor('USD') };
}

export function ratesFromReports(content: Content, usedIn: string): Record<Currency, Rate> {
  const figure = (id: string) => requireEntry(content.figures, id, 'figure', usedIn);
  return ratesFromFigures({ KRW: figure(rateFigureIds.KRW), USD: figure(rateFigureIds.USD) }, usedIn);
}

/**
 * Rounding for converted prices: the rates come from rounded figures ("around 35,000 won",
 * "USD 7 to USD 28"), so a conversion must not look more precise than they are.
 */
const conversionStep: Record<Currency, number> = { CNY: 1, KRW: 100, USD: 1 };

export function convert(yuan: number, rate: Rate): number {
  return yuan * rate.perYuan;
}

/** A converted value rounded to what its rate can support. */
export function roundConverted(value: number, currency: Currency): number {
  const step = conversionStep[currency];
  return Math.round(value / step) * step;
}

/**
 * A price in yuan, written in the rate's currency: "130–150" in yuan as reported,
 * "≈22,800–26,300" once converted. `withUnit` adds the currency: "≈US$18–21", "≈35,000 won".
 */
export function formatPrice(lowYuan: number, highYuan: number, rate: Rate, { withUnit = false, locale = english }: { withUnit?: boolean; locale?: Locale } = {}): string {
  if (rate.currency === 'CNY') return withUnit ? locale.money(lowYuan, highYuan, 'CNY') : locale.amount(lowYuan, highYuan);
  const low = roundConverted(convert(lowYuan, rate), rate.currency);
  const high = roundConverted(convert(highYuan, rate), rate.currency);
  return `≈${withUnit ? locale.money(low, high, rate.currency) : locale.amount(low, high)}`;
}
