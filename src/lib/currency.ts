/**
 * Conversions at the rates the reports themselves imply (never a market rate from elsewhere):
 * 175 won per yuan from the first report, 0.14 dollars per yuan from the second. Each rate is a
 * derived figure in content/figures.json, so its derivation and quote travel with it.
 */
import type { Content } from '../data/load';
import { requireEntry } from '../data/load';
import type { ReportCurrency as Currency, Figure } from '../data/schema';
import { formatAmount, formatMoney } from './format';

export interface Rate {
  currency: Currency;
  /** Units of `currency` per yuan. */
  perYuan: number;
  /** The derived figure the rate comes from; null for yuan itself. */
  figure: Figure | null;
}

const rateFigureIds: Record<Exclude<Currency, 'CNY'>, string> = {
  KRW: 'won-per-yuan',
  USD: 'dollars-per-yuan',
};

export function ratesFromReports(content: Content, usedIn: string): Record<Currency, Rate> {
  const rateFor = (currency: Exclude<Currency, 'CNY'>): Rate => {
    const figure = requireEntry(content.figures, rateFigureIds[currency], 'figure', usedIn);
    if (figure.unit !== 'exchange-rate' || figure.per !== 'CNY' || figure.currency !== currency || figure.value === undefined) {
      throw new Error(`${usedIn}: figure "${figure.id}" must be a single ${currency}-per-CNY exchange rate`);
    }
    return { currency, perYuan: figure.value, figure };
  };
  return { CNY: { currency: 'CNY', perYuan: 1, figure: null }, KRW: rateFor('KRW'), USD: rateFor('USD') };
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
export function formatPrice(lowYuan: number, highYuan: number, rate: Rate, { withUnit = false } = {}): string {
  if (rate.currency === 'CNY') return withUnit ? formatMoney(lowYuan, highYuan, 'CNY') : formatAmount(lowYuan, highYuan);
  const low = roundConverted(convert(lowYuan, rate), rate.currency);
  const high = roundConverted(convert(highYuan, rate), rate.currency);
  return `≈${withUnit ? formatMoney(low, high, rate.currency) : formatAmount(low, high)}`;
}
