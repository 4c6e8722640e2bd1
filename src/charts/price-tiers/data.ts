/**
 * Shapes the figures behind the price-tier chart: which figures appear, on which row and in
 * what role, in reading order (top to bottom, left to right: also the keyboard order). All
 * values stay in yuan here; the chart converts.
 */
import type { Content } from '../../data/load';
import { requireEntry } from '../../data/load';
import type { Figure, Source } from '../../data/schema';
import { figureBounds } from '../../lib/format';
import { yearLabel } from '../../lib/sources';

export const rows = ['Per call', 'Per morning', 'Per day', 'Across regions'] as const;
export type Row = (typeof rows)[number];

/** What each figure is on the chart; the frame's words refer to figures by role, never by id. */
export type Role = 'perCall' | 'perMorning' | 'dayEarlier' | 'day' | 'byRegion';

const layout: { role: Role; figureId: string; row: Row; yearsBefore?: number }[] = [
  { role: 'perCall', figureId: 'crackdown-per-call', row: 'Per call' },
  { role: 'perMorning', figureId: 'crackdown-per-morning', row: 'Per morning' },
  // The earlier day rate shares the day rate's row, so an arrow can show the price moving.
  { role: 'dayEarlier', figureId: 'crackdown-day-rate-year-earlier', row: 'Per day', yearsBefore: 1 },
  { role: 'day', figureId: 'crackdown-day-rate', row: 'Per day' },
  { role: 'byRegion', figureId: 'rentals-price-range', row: 'Across regions' },
];

export interface PriceTierDatum {
  role: Role;
  figure: Figure;
  source: Source;
  row: Row;
  /** When the price applied, in words: "2019 (inferred)", "a year before 2019 (inferred)". */
  when: string;
  /** Low and high in yuan; equal for a single price. */
  low: number;
  high: number;
  isRange: boolean;
}

export function priceTierData(content: Content, usedIn = 'src/charts/price-tiers/data.ts'): PriceTierDatum[] {
  return layout.map(({ role, figureId, row, yearsBefore }) => {
    const figure = requireEntry(content.figures, figureId, 'figure', usedIn);
    if (figure.unit !== 'money' || figure.currency !== 'CNY') {
      throw new Error(`${usedIn}: figure "${figureId}" must be money in CNY to sit on the price-tier chart`);
    }
    const source = requireEntry(content.sources, figure.source, 'source', usedIn);
    const [low, high] = figureBounds(figure);
    const when = yearsBefore ? `a year before ${yearLabel(source)}` : yearLabel(source);
    return { role, figure, source, row, when, low, high, isRange: low !== high };
  });
}

/** The datum in a role; every role is on the chart, so a missing one is a programming error. */
export function byRole(data: PriceTierDatum[], role: Role): PriceTierDatum {
  const datum = data.find((candidate) => candidate.role === role);
  if (!datum) throw new Error(`price-tiers: no datum in the role "${role}"`);
  return datum;
}

/** The row's label on the axis: the rental, and the (inferred) year of its report. */
export function rowLabel(data: PriceTierDatum[], row: Row): string {
  const datum = data.find((candidate) => candidate.row === row && candidate.figure.kind !== 'derived');
  return datum ? `${row}\n${yearLabel(datum.source)}` : row;
}
