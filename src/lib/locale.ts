/**
 * Everything about writing for a reader that is not one chart's own words: how numbers, money,
 * ranges and dates are written, and the few phrases every chart shares (a report's year, a
 * currency's name). Charts and frames take one `Locale` and never format on their own, so a
 * second language is a second locale plus each chart's messages.
 */
import type { ContextFact, Currency, Figure, Source } from '../data/schema';
import {
  capitalize,
  currencyNames,
  formatAmount,
  formatContextFact,
  formatFigure,
  formatLargeDollars,
  formatMoney,
  formatNumber,
  unitFractionInWords,
} from './format';
import { citationLabel, interviewDateLabel, sourceTitle, yearLabel } from './sources';
import type { Citation } from '../data/schema';

/** The messages a locale looks up: English, or the pseudo-locale the tests render with. */
export type LocaleId = 'en' | 'pseudo';

export interface Locale {
  id: LocaleId;
  /** BCP 47 tag, for Intl and the page's lang. */
  tag: string;
  /** 35000 → "35,000". */
  number: (value: number) => string;
  /** "50", "130–150". */
  amount: (low: number, high?: number) => string;
  /** "130–150 yuan", "US$7–28"; `long` names the currency in full. */
  money: (low: number, high: number, currency: Currency, options?: { long?: boolean }) => string;
  /** Large dollar sums at their reported precision: "US$5.06 bn"; "5.06 bn" with `symbol: false`. */
  largeDollars: (value: number, options?: { symbol?: boolean }) => string;
  /** A report's figure as prose writes it: "200 yuan", "twice". */
  figure: (figure: Figure) => string;
  /** A context fact's number as prose writes it; "" for an event. */
  contextFact: (fact: ContextFact) => string;
  /** 0.25 → "a quarter"; undefined when not one over a small whole number. */
  unitFraction: (value: number) => string | undefined;
  /** First letter capitalised, for the start of a sentence or a cell. */
  capitalize: (text: string) => string;
  /** A currency's names: short ("yuan"), long ("Chinese yuan"). */
  currencyName: (currency: Currency, length: 'short' | 'long') => string;
  /** "2019 (inferred)". */
  reportYear: (source: Source) => string;
  /** "2019": a report's year unhedged, only in a note that itself says the years are inferred. */
  reportYearPlain: (source: Source) => string;
  /** "27 May 2019 (year inferred)". */
  interviewDate: (source: Source) => string;
  /** A report's headline or short title. */
  reportTitle: (source: Source) => string;
  /** "Yonhap, AEN…, 31 January 2020". */
  citation: (citation: Citation) => string;
  /** A date in the locale's words; `parts` picks day, month and year. */
  date: (date: Date, parts: Intl.DateTimeFormatOptions) => string;
}

const englishDate = (date: Date, parts: Intl.DateTimeFormatOptions) => date.toLocaleDateString('en-GB', { timeZone: 'UTC', ...parts });

export const english: Locale = {
  id: 'en',
  tag: 'en-GB',
  number: formatNumber,
  amount: formatAmount,
  money: (low, high, currency, options) => formatMoney(low, high, currency, options),
  largeDollars: formatLargeDollars,
  figure: formatFigure,
  contextFact: formatContextFact,
  unitFraction: unitFractionInWords,
  capitalize,
  currencyName: (currency, length) => currencyNames[currency][length],
  reportYear: yearLabel,
  reportYearPlain: (source) => englishDate(new Date(Date.UTC(source.year.value, 0, 1)), { year: 'numeric' }),
  interviewDate: interviewDateLabel,
  reportTitle: sourceTitle,
  citation: citationLabel,
  date: englishDate,
};
