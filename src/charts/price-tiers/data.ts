/**
 * Shapes the figures behind the price-tier chart: which figures appear, on which row and in
 * what role, in reading order (top to bottom, left to right: also the keyboard order). All
 * values stay in yuan here; the chart converts. No words: those are in messages.ts.
 */
import type { Resolved } from '../../data/requirements';
import type { Figure, Source } from '../../data/schema';
import { rateFigureIds, ratesFromFigures, type Rate } from '../../lib/currency';
import type { ReportCurrency } from '../../data/schema';

export const rows = ['perCall', 'perMorning', 'perDay', 'byRegion'] as const;
export type Row = (typeof rows)[number];

/** What each figure is on the chart; the frame's words refer to figures by role, never by id. */
export type Role = 'perCall' | 'perMorning' | 'dayEarlier' | 'day' | 'byRegion';

const placement = [
  { role: 'perCall', figureId: 'crackdown-per-call', row: 'perCall' },
  { role: 'perMorning', figureId: 'crackdown-per-morning', row: 'perMorning' },
  // The earlier day rate shares the day rate's row, so an arrow can show the price moving.
  { role: 'dayEarlier', figureId: 'crackdown-day-rate-year-earlier', row: 'perDay', yearBefore: true },
  { role: 'day', figureId: 'crackdown-day-rate', row: 'perDay' },
  { role: 'byRegion', figureId: 'rentals-price-range', row: 'byRegion' },
] as const satisfies readonly { role: Role; figureId: string; row: Row; yearBefore?: boolean }[];

/** The content the chart draws on: its five prices, the growth of the day rate and the two rates. */
export const requires = {
  figures: [...placement.map(({ figureId }) => figureId), 'crackdown-day-rate-growth', rateFigureIds.KRW, rateFigureIds.USD],
} as const;

export interface PriceTierDatum {
  role: Role;
  figure: Figure;
  source: Source;
  row: Row;
  /** True for the earlier day rate, which held a year before its report. */
  yearBefore: boolean;
  /** Low and high in yuan; equal for a single price. */
  low: number;
  high: number;
  isRange: boolean;
  isDerived: boolean;
}

export interface PriceTiersData {
  /** Every price, in reading order. */
  prices: PriceTierDatum[];
  /** How much the day rate grew in a year (a derived multiple). */
  growth: Figure;
  rates: Record<ReportCurrency, Rate>;
  /** The rate figures with their report, for the frame's sources. */
  rateSources: { figure: Figure; source: Source }[];
}

export function priceTiersData(content: Resolved<typeof requires>): PriceTiersData {
  const prices = placement.map(({ role, figureId, row, ...rest }): PriceTierDatum => {
    const { figure, source } = content.figures[figureId];
    const { amount } = figure;
    if (amount.unit !== 'money' || amount.currency !== 'CNY') {
      throw new Error(`src/charts/price-tiers: figure "${figureId}" must be money in CNY to sit on the price-tier chart`);
    }
    return { role, figure, source, row, yearBefore: 'yearBefore' in rest, low: amount.low, high: amount.high, isRange: amount.isRange, isDerived: figure.kind === 'derived' };
  });
  const won = content.figures[rateFigureIds.KRW];
  const dollars = content.figures[rateFigureIds.USD];
  return {
    prices,
    growth: content.figures['crackdown-day-rate-growth'].figure,
    rates: ratesFromFigures({ KRW: won.figure, USD: dollars.figure }, 'src/charts/price-tiers'),
    rateSources: [won, dollars],
  };
}

/** The datum in a role; every role is on the chart, so a missing one is a programming error. */
export function byRole(data: readonly PriceTierDatum[], role: Role): PriceTierDatum {
  const datum = data.find((candidate) => candidate.role === role);
  if (!datum) throw new Error(`price-tiers: no datum in the role "${role}"`);
  return datum;
}

/** The reported datum of a row, which gives the row its report's year. */
export function rowReport(data: readonly PriceTierDatum[], row: Row): PriceTierDatum | undefined {
  return data.find((candidate) => candidate.row === row && !candidate.isDerived);
}
