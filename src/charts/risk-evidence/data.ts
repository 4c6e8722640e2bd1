/**
 * Shapes the evidence that risk raises the price, panel by panel, in reading order (also the
 * keyboard order): the first report's day rate doubling as the crackdown went on, its prices by
 * the call, the morning and the day, and the second report's range, which it says rises with
 * the danger. Values stay in yuan. A call's share of a day is a derived figure in
 * content/figures.json, whose arithmetic the loader checks; only its words are chosen here.
 */
import type { Content } from '../../data/load';
import { ContentError, requireEntry } from '../../data/load';
import type { Figure, Source } from '../../data/schema';
import { contextSource, quoteSource } from '../../lib/context';
import { figureBounds, formatFigure, formatNumber, unitFractionInWords } from '../../lib/format';
import { yearLabel } from '../../lib/sources';
import type { ContextSource, QuoteSource } from '../frame';

export interface PriceDatum {
  figure: Figure;
  source: Source;
  /** What was rented, as a mark names it: "A day", "A call", "Across regions". */
  what: string;
  /** The column or row it is drawn in: "a year earlier", "a call". */
  column: string;
  /** When the price applied, in words: "2019 (inferred)", "a year before 2019 (inferred)". */
  when: string;
  low: number;
  high: number;
  isRange: boolean;
  isDerived: boolean;
}

/** A derived share, with the words a reader says it in: "a quarter", "a third"; otherwise a percentage. */
export interface Share {
  /** The derived figure: its value, quote and derivation, for the sources and the tooltip. */
  figure: Figure;
  value: number;
  words: string;
  /** Its formula with the numbers it divides, from the figures it names: "50 ÷ 200". */
  arithmetic: string;
}

export interface RiskEvidenceData {
  /** Panel 1: the day rate a year earlier (derived) and at the report, as the crackdown went on. */
  doubling: { earlier: PriceDatum; day: PriceDatum; growth: Figure; crackdown: ContextSource };
  /** Panel 2: the first report's prices by length of rental, and what share of a day a call costs. */
  byLength: { perCall: PriceDatum; perMorning: PriceDatum; day: PriceDatum; callShareOfDay: Share };
  /** Panel 3: the second report's range and its general statement that price rises with danger. */
  byDanger: { range: PriceDatum; danger: QuoteSource };
}

export const entryIds = {
  dayRate: 'crackdown-day-rate',
  dayRateEarlier: 'crackdown-day-rate-year-earlier',
  growth: 'crackdown-day-rate-growth',
  perCall: 'crackdown-per-call',
  callShareOfDay: 'crackdown-call-share-of-day',
  perMorning: 'crackdown-per-morning',
  range: 'rentals-price-range',
  crackdown: 'calls-to-china-blocked',
  danger: 'rising-with-danger',
} as const;

/** 0.25 → "a quarter"; 0.3 → "30%". */
export function shareInWords(value: number): string {
  return unitFractionInWords(value) ?? `${formatNumber(Math.round(value * 1000) / 10)}%`;
}

export function riskEvidenceData(content: Content, usedIn = 'src/charts/risk-evidence/data.ts'): RiskEvidenceData {
  /** A price, drawn in `column` (by default its year, as on a time axis). */
  const price = (figureId: string, what: string, column?: string, when?: (source: Source) => string): PriceDatum => {
    const figure = requireEntry(content.figures, figureId, 'figure', usedIn);
    if (figure.unit !== 'money' || figure.currency !== 'CNY') {
      throw new Error(`${usedIn}: figure "${figureId}" must be money in CNY to sit on the risk-evidence chart`);
    }
    const source = requireEntry(content.sources, figure.source, 'source', usedIn);
    const [low, high] = figureBounds(figure);
    const whenInWords = when ? when(source) : yearLabel(source);
    return {
      figure,
      source,
      what,
      column: column ?? whenInWords,
      when: whenInWords,
      low,
      high,
      isRange: low !== high,
      isDerived: figure.kind === 'derived',
    };
  };
  const day = price(entryIds.dayRate, 'A day');
  const perCall = price(entryIds.perCall, 'A call', 'a call');
  const share = requireEntry(content.figures, entryIds.callShareOfDay, 'figure', usedIn);
  // The share must be the call's price over the day's, the two columns it is drawn beside.
  const formula = share.derivation?.formula;
  const dividesCallByDay = typeof formula === 'string' && formula.replace(/\s+/g, '') === `{${entryIds.perCall}}/{${entryIds.dayRate}}`;
  if (share.value === undefined || !dividesCallByDay) {
    throw new ContentError([
      { file: usedIn, entry: share.id, message: `must be a single value derived as {${entryIds.perCall}} / {${entryIds.dayRate}} to be drawn as a call's share of a day` },
    ]);
  }
  return {
    doubling: {
      earlier: price(entryIds.dayRateEarlier, 'A day', 'a year earlier', (source) => `a year before ${yearLabel(source)}`),
      day,
      growth: requireEntry(content.figures, entryIds.growth, 'figure', usedIn),
      crackdown: contextSource(content, entryIds.crackdown, usedIn),
    },
    byLength: {
      perCall,
      perMorning: price(entryIds.perMorning, 'A morning', 'a morning'),
      day: { ...day, column: 'a day' },
      callShareOfDay: {
        figure: share,
        value: share.value,
        words: shareInWords(share.value),
        arithmetic: `${formatNumber(perCall.low)} ÷ ${formatNumber(day.low)}`,
      },
    },
    byDanger: { range: price(entryIds.range, 'Across regions', 'across regions'), danger: quoteSource(content, entryIds.danger, usedIn) },
  };
}

/** Every price in reading order: the marks, the table and the download follow it. */
export function prices(data: RiskEvidenceData): PriceDatum[] {
  return [data.doubling.earlier, data.doubling.day, data.byLength.perCall, data.byLength.perMorning, data.byLength.day, data.byDanger.range];
}

/** "200 yuan", "100 yuan (derived)". */
export const priceLabel = (datum: PriceDatum) => formatFigure(datum.figure) + (datum.isDerived ? ' (derived)' : '');
