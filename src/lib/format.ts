/**
 * How numbers are written on the page, in prose, chart labels and tables alike, so that the
 * same figure always reads the same way. Pure: no locale from the environment (tests pin it).
 */
import { format } from 'd3-format';
import type { Currency, Figure } from '../data/schema';

const withSeparators = format(',');
const threeSignificant = format(',.3~r');

/** 35000 → "35,000"; 18.200000000000003 (a conversion) → "18.2". */
export function formatNumber(value: number): string {
  return Number.isInteger(value) ? withSeparators(value) : threeSignificant(value);
}

export const currencyNames: Record<Currency, { short: string; long: string; symbol: string }> = {
  CNY: { short: 'yuan', long: 'Chinese yuan', symbol: '¥' },
  KRW: { short: 'won', long: 'South Korean won', symbol: '₩' },
  USD: { short: 'dollars', long: 'US dollars', symbol: 'US$' },
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

function formatMultiple(low: number, high: number): string {
  if (low === 2 && high === 2) return 'twice';
  return `${rangeInWords(low, high)} times`;
}

/** Low and high of a figure, equal for a single value. */
export function figureBounds(figure: Figure): [number, number] {
  if (figure.value !== undefined) return [figure.value, figure.value];
  return [figure.low as number, figure.high as number];
}

/** A figure as prose writes it: "200 yuan", "about 35,000 South Korean won", "three or four years". */
export function formatFigure(figure: Figure): string {
  const [low, high] = figureBounds(figure);
  const about = figure.approximate ? 'about ' : '';
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
