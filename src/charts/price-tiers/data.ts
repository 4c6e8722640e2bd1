/**
 * Shapes the figures behind the price-tier chart: which figures appear, on which row, and the
 * rows of its data table and downloads. All values stay in yuan here; the chart converts.
 */
import type { Content } from '../../data/load';
import { requireEntry } from '../../data/load';
import type { Figure, Source } from '../../data/schema';
import { figureBounds } from '../../lib/format';
import { yearLabel } from '../../lib/sources';

export const tiers = ['Per call', 'Per morning', 'Per day', 'By region'] as const;
export type Tier = (typeof tiers)[number];

export interface PriceTierDatum {
  figure: Figure;
  source: Source;
  tier: Tier;
  /** When the price applied, in words: "2019 (inferred)", "a year before 2019 (inferred)". */
  when: string;
  /** Low and high in yuan; equal for a single price. */
  low: number;
  high: number;
  isRange: boolean;
}

/** The chart's rows, top to bottom. The earlier day rate shares a row with today's to show the move. */
const layout: { figureId: string; tier: Tier; yearOffset?: number }[] = [
  { figureId: 'crackdown-per-call', tier: 'Per call' },
  { figureId: 'crackdown-per-morning', tier: 'Per morning' },
  { figureId: 'crackdown-day-rate-year-earlier', tier: 'Per day', yearOffset: -1 },
  { figureId: 'crackdown-day-rate', tier: 'Per day' },
  { figureId: 'rentals-price-range', tier: 'By region' },
];

export function priceTierData(content: Content, usedIn = 'src/charts/price-tiers/data.ts'): PriceTierDatum[] {
  return layout.map(({ figureId, tier, yearOffset }) => {
    const figure = requireEntry(content.figures, figureId, 'figure', usedIn);
    if (figure.unit !== 'money' || figure.currency !== 'CNY') {
      throw new Error(`${usedIn}: figure "${figureId}" must be money in CNY to sit on the price-tier chart`);
    }
    const source = requireEntry(content.sources, figure.source, 'source', usedIn);
    const [low, high] = figureBounds(figure);
    const when = yearOffset ? `a year before ${yearLabel(source)}` : yearLabel(source);
    return { figure, source, tier, when, low, high, isRange: low !== high };
  });
}

/** Pairs of data whose arrow shows a price moving: the day rate, a year earlier → at the report. */
export function priceMoves(data: PriceTierDatum[]): { from: PriceTierDatum; to: PriceTierDatum }[] {
  const from = data.find((datum) => datum.figure.id === 'crackdown-day-rate-year-earlier');
  const to = data.find((datum) => datum.figure.id === 'crackdown-day-rate');
  return from && to ? [{ from, to }] : [];
}
