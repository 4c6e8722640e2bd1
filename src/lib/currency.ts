/**
 * Conversions at the rates the reports themselves imply (never a market rate from elsewhere):
 * 175 won per yuan from the first report, 0.14 dollars per yuan from the second. Each rate is a
 * derived figure in content/figures.json, so its derivation and quote travel with it.
 */
import type { Content } from '../data/load';
import { requireEntry } from '../data/load';
import type { Currency, Figure } from '../data/schema';

export interface Rate {
  currency: Currency;
  /** Units of `currency` per yuan. */
  perYuan: number;
  /** The derived figure the rate comes from; null for yuan itself. */
  figure: Figure | null;
}

export const rateFigureIds: Record<Exclude<Currency, 'CNY'>, string> = {
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
