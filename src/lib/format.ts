/**
 * How numbers are written on the page, in prose, chart labels and tables alike, so that the
 * same figure always reads the same way. Pure: no locale from the environment (tests pin it).
 */
import type { ContextFact, Currency, Figure } from '../data/schema';

// Intl rather than d3-format: the browser already has it, and the risk model's script formats
// numbers on every redraw, so this saves its readers about 2 KB of JavaScript. The locale is
// pinned, so the page reads the same whatever the reader's or the build machine's settings.
const numberFormat = (options: Intl.NumberFormatOptions) => new Intl.NumberFormat('en-GB', options).format;
const withSeparators = numberFormat({ maximumFractionDigits: 20 });
const threeSignificant = numberFormat({ maximumSignificantDigits: 3 });

/** Text with its first letter capitalised, for the start of a sentence or a table cell: "the first report" → "The first report". */
export function capitalize(text: string): string {
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}

/** 35000 → "35,000"; 18.200000000000003 (a conversion) → "18.2". */
export function formatNumber(value: number): string {
  return Number.isInteger(value) ? withSeparators(value) : threeSignificant(value);
}

export const currencyNames: Record<Currency, { short: string; long: string; symbol: string }> = {
  CNY: { short: 'yuan', long: 'Chinese yuan', symbol: '¥' },
  KRW: { short: 'won', long: 'South Korean won', symbol: '₩' },
  USD: { short: 'dollars', long: 'US dollars', symbol: 'US$' },
  KPW: { short: 'North Korean won', long: 'North Korean won', symbol: '₩' },
};

/** A value or range of numbers: "50", "130–150". */
export function formatAmount(low: number, high: number = low): string {
  return low === high ? formatNumber(low) : `${formatNumber(low)}–${formatNumber(high)}`;
}

/** Money with its currency in words, the way prose writes it: "130–150 yuan", "US$7–28". */
export function formatMoney(low: number, high: number, currency: Currency, { long = false } = {}): string {
  if (currency === 'USD') return `US$${formatAmount(low, high)}`;
  return `${formatAmount(low, high)} ${currencyNames[currency][long ? 'long' : 'short']}`;
}

const smallNumberWords = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const inWords = (value: number) => smallNumberWords[value] ?? formatNumber(value);

/** A value or an adjacent pair in words: "three", "one or two", "two to five". */
function rangeInWords(low: number, high: number): string {
  return low === high ? inWords(low) : `${inWords(low)} ${high - low === 1 ? 'or' : 'to'} ${inWords(high)}`;
}

const unitFractions = ['a half', 'a third', 'a quarter', 'a fifth', 'a sixth', 'a seventh', 'an eighth', 'a ninth', 'a tenth'];

/** A fraction a reader says in words (0.25 → "a quarter"), or undefined when it is not one over a small whole number. */
export function unitFractionInWords(value: number): string | undefined {
  const denominator = Math.round(1 / value);
  return denominator >= 2 && Math.abs(value * denominator - 1) < 1e-9 ? unitFractions[denominator - 2] : undefined;
}

function formatMultiple(low: number, high: number): string {
  const fraction = low === high ? unitFractionInWords(low) : undefined;
  if (fraction) return fraction;
  if (low === 2 && high === 2) return 'twice';
  return `${rangeInWords(low, high)} times`;
}

/** Low and high of a figure, equal for a single value. */
export function figureBounds(figure: Figure): [number, number] {
  if (figure.value !== undefined) return [figure.value, figure.value];
  return [figure.low as number, figure.high as number];
}

/** A figure as prose writes it: "200 yuan", "about 35,000 South Korean won", "three or four years". */
/**
 * A figure's value in words. `form: 'figure'` is for a value standing alone beside its label (the
 * key facts, a source entry): a multiple is then written as a sign ("×2"), which cannot be read as
 * "happened twice"; in prose (the default) it is a word ("twice").
 */
export function formatFigure(figure: Figure, { form = 'prose' }: { form?: 'prose' | 'figure' } = {}): string {
  const [low, high] = figureBounds(figure);
  const about = figure.approximate ? 'about ' : '';
  if (form === 'figure' && figure.unit === 'multiple' && low === high && low >= 2) return `${about}×${low}`;
  switch (figure.unit) {
    case 'money':
      return about + formatMoney(low, high, figure.currency as Currency, { long: figure.currency === 'KRW' });
    case 'exchange-rate':
      return `${about}${formatAmount(low, high)} ${currencyNames[figure.currency as Currency].short} per ${currencyNames[figure.per as Currency].short.replace(/s$/, '')}`;
    case 'multiple':
      return about + formatMultiple(low, high);
    case 'count':
    case 'years': {
      // Small whole numbers read better as words, and an adjacent pair as "one or two".
      const words = rangeInWords(low, high);
      return `${about}${words}${figure.unit === 'years' ? (high === 1 ? ' year' : ' years') : ''}`;
    }
  }
}

const upToTwoDecimals = numberFormat({ maximumFractionDigits: 2 });
const hasAtMostTwoDecimals = (value: number) => Math.abs(value * 100 - Math.round(value * 100)) < 1e-6;

/**
 * Large dollar sums at the precision they were reported, never rounded: "US$5.06 bn",
 * "US$539.1 m", "US$1,027.72 m" (which "bn" could only write rounded). Without the symbol
 * ("5.06 bn") where a chart's axis already says the values are US dollars.
 */
export function formatLargeDollars(value: number, { symbol = true }: { symbol?: boolean } = {}): string {
  const prefix = symbol ? 'US$' : '';
  const billions = value / 1e9;
  if (Math.abs(billions) >= 1 && hasAtMostTwoDecimals(billions)) return `${prefix}${upToTwoDecimals(billions)} bn`;
  if (Math.abs(value) >= 1e6) return `${prefix}${upToTwoDecimals(value / 1e6)} m`;
  return `${prefix}${withSeparators(value)}`;
}

const quantityWords = { kg: 'a kilogram', month: 'a month' } as const;
const unitWords = { kilograms: 'kg', months: 'months', days: 'days', percent: '%' } as const;

/**
 * A context fact's number as prose writes it: "US$539.1 m", "about 4.6 yuan a kilogram",
 * "5,000–10,000 North Korean won a month", "about 28%". An event (no number) gives "".
 */
export function formatContextFact(fact: ContextFact): string {
  if (fact.unit === undefined) return '';
  const [low, high] = fact.value !== undefined ? [fact.value, fact.value] : [fact.low as number, fact.high as number];
  const about = fact.approximate ? 'about ' : '';
  const per = fact.perQuantity ? ` ${quantityWords[fact.perQuantity]}` : '';
  switch (fact.unit) {
    case 'money': {
      const currency = fact.currency as Currency;
      const amount =
        currency === 'USD' && low >= 1e6 ? (low === high ? formatLargeDollars(low) : `${formatLargeDollars(low)}–${formatLargeDollars(high)}`) : formatMoney(low, high, currency);
      return `${about}${amount}${per}`;
    }
    case 'exchange-rate':
      return `${about}${formatAmount(low, high)} ${currencyNames[fact.currency as Currency].short} per ${currencyNames[fact.per as Currency].short.replace(/s$/, '')}`;
    case 'percent':
      return `${about}${formatAmount(low, high)}%`;
    default:
      return `${about}${formatAmount(low, high)} ${unitWords[fact.unit]}`;
  }
}
