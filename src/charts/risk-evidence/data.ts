/**
 * Shapes the evidence that risk raises the price, panel by panel, in reading order (also the
 * keyboard order): the first report's day rate doubling as the crackdown went on, its prices by
 * the call, the morning and the day, and the second report's range, which it says rises with
 * the danger. Values stay in yuan. A call's share of a day is a derived figure in
 * content/figures.json, whose arithmetic the loader checks. No words: those are in messages.ts.
 */
import { ContentError } from '../../data/load';
import type { ContextSource, QuoteSource, Resolved } from '../../data/requirements';
import type { Figure, Source } from '../../data/schema';

/** The content the panels draw on, by id. */
export const requires = {
  figures: [
    'crackdown-day-rate',
    'crackdown-day-rate-year-earlier',
    'crackdown-day-rate-growth',
    'crackdown-per-call',
    'crackdown-call-share-of-day',
    'crackdown-per-morning',
    'rentals-price-range',
  ],
  contextEvents: ['calls-to-china-blocked'],
  quotes: ['rising-with-danger'],
} as const;

/** What was rented, which names a price in marks, the table and the downloads. */
export type Rental = 'day' | 'call' | 'morning' | 'regions';

/** Where a price is drawn: a column of a column panel, or the range panel's bar. */
export type Column = 'yearEarlier' | 'reportYear' | 'call' | 'morning' | 'day' | 'regions';

export interface PriceDatum {
  figure: Figure;
  source: Source;
  rental: Rental;
  column: Column;
  /** True for the earlier day rate, which held a year before its report. */
  yearBefore: boolean;
  /** Low and high in yuan; equal for a single price. */
  low: number;
  high: number;
  isRange: boolean;
  isDerived: boolean;
}

/** A call's price as a share of a day's: the derived figure, and the two prices it divides. */
export interface Share {
  /** The derived figure: its value, quote and derivation, for the sources and the tooltip. */
  figure: Figure;
  value: number;
  /** The call's price and the day's, in yuan: "50 ÷ 200". */
  dividend: number;
  divisor: number;
}

export interface RiskEvidenceData {
  /** Panel 1: the day rate a year earlier (derived) and at the report, as the crackdown went on. */
  doubling: { earlier: PriceDatum; day: PriceDatum; growth: Figure; crackdown: ContextSource };
  /** Panel 2: the first report's prices by length of rental, and what share of a day a call costs. */
  byLength: { perCall: PriceDatum; perMorning: PriceDatum; day: PriceDatum; callShareOfDay: Share };
  /** Panel 3: the second report's range and its general statement that price rises with danger. */
  byDanger: { range: PriceDatum; danger: QuoteSource };
}

const definitionFile = 'src/charts/risk-evidence/definition.ts';

export function riskEvidenceData(content: Resolved<typeof requires>): RiskEvidenceData {
  const price = (figureId: (typeof requires.figures)[number], rental: Rental, column: Column, yearBefore = false): PriceDatum => {
    const { figure, source } = content.figures[figureId];
    const { amount } = figure;
    if (amount.unit !== 'money' || amount.currency !== 'CNY') {
      throw new ContentError([{ file: definitionFile, entry: figureId, message: 'must be money in CNY to sit on the risk-evidence chart' }]);
    }
    return { figure, source, rental, column, yearBefore, low: amount.low, high: amount.high, isRange: amount.isRange, isDerived: figure.kind === 'derived' };
  };
  const perCall = price('crackdown-per-call', 'call', 'call');
  const day = price('crackdown-day-rate', 'day', 'reportYear');
  const share = content.figures['crackdown-call-share-of-day'].figure;
  // The share must be the call's price over the day's: the two columns it is drawn beside.
  const formula = share.derivation?.formula;
  const dividesCallByDay = typeof formula === 'string' && formula.replace(/\s+/g, '') === '{crackdown-per-call}/{crackdown-day-rate}';
  if (share.amount.isRange || !dividesCallByDay) {
    throw new ContentError([
      { file: definitionFile, entry: share.id, message: 'must be a single value derived as {crackdown-per-call} / {crackdown-day-rate} to be drawn as a call’s share of a day' },
    ]);
  }
  return {
    doubling: {
      earlier: price('crackdown-day-rate-year-earlier', 'day', 'yearEarlier', true),
      day,
      growth: content.figures['crackdown-day-rate-growth'].figure,
      crackdown: content.contextEvents['calls-to-china-blocked'],
    },
    byLength: {
      perCall,
      perMorning: price('crackdown-per-morning', 'morning', 'morning'),
      day: { ...day, column: 'day' },
      callShareOfDay: { figure: share, value: share.amount.low, dividend: perCall.low, divisor: day.low },
    },
    byDanger: { range: price('rentals-price-range', 'regions', 'regions'), danger: content.quotes['rising-with-danger'] },
  };
}

/** Every price in reading order: the marks follow it. The day rate is drawn in two panels. */
export function prices(data: RiskEvidenceData): PriceDatum[] {
  return [data.doubling.earlier, data.doubling.day, data.byLength.perCall, data.byLength.perMorning, data.byLength.day, data.byDanger.range];
}

/** Each price once, in reading order: the table and the downloads list figures, not columns. */
export const uniquePrices = (data: RiskEvidenceData) => [...new Map(prices(data).map((datum) => [datum.figure.id, datum])).values()];
