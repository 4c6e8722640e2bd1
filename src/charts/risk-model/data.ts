/**
 * What the risk model is drawn against, from content: the reported prices (report A's day rate,
 * report B's range) and the one cited bribe, which sets the bribe's default. The result is plain
 * JSON, so the page can hand it to the browser to redraw the same chart.
 */
import type { Content } from '../../data/load';
import { requireEntry } from '../../data/load';
import { figureBounds, formatFigure } from '../../lib/format';
import { yearLabel } from '../../lib/sources';
import { reportColors, colors } from '../../styles/tokens';
import type { Assumptions } from './model';

export interface PriceReference {
  /** The figure's id: marks are described by its entry in the frame's sources. */
  id: string;
  low: number;
  high: number;
  /** "200 yuan a day, 2019 (inferred)". */
  label: string;
  /** The same in lines short enough for the narrow drawing. */
  narrowLines: string[];
  color: string;
}

export interface RiskModelData {
  dayRate: PriceReference;
  range: PriceReference;
  /** The context fact that sets the default bribe. */
  bribeFactId: string;
  defaults: Assumptions;
}

/** Ours, not reported: the reports give neither figure. Why each, in words, is in `assumptionNotes`. */
const assumedCatchChance = 10;
const assumedRentalDays = 10;

export const figureIds = { dayRate: 'crackdown-day-rate', range: 'rentals-price-range', bribe: 'bribe-to-escape-punishment' } as const;

export function riskModelData(content: Content, usedIn = 'src/charts/risk-model/data.ts'): RiskModelData {
  const reference = (id: string, qualifier: string, narrowBreak?: string): PriceReference => {
    const figure = requireEntry(content.figures, id, 'figure', usedIn);
    const source = requireEntry(content.sources, figure.source, 'source', usedIn);
    const [low, high] = figureBounds(figure);
    const price = `${formatFigure(figure)}${qualifier}`;
    return {
      id,
      low,
      high,
      label: `${price}, ${yearLabel(source)}`,
      // Broken after `narrowBreak` (or before the year), to fit the narrow drawing.
      narrowLines: narrowBreak
        ? [`${formatFigure(figure)}${narrowBreak}`, `${qualifier.slice(narrowBreak.length).replace(/^,\s*/, '')}, ${yearLabel(source)}`]
        : [`${price}, ${yearLabel(source)}`],
      color: reportColors[source.id] ?? colors.ink,
    };
  };
  const bribe = requireEntry(content.context, figureIds.bribe, 'context fact', usedIn);
  if (bribe.value === undefined || bribe.currency !== 'CNY') {
    throw new Error(`${usedIn}: context fact "${bribe.id}" must be a single amount in yuan`);
  }
  return {
    dayRate: reference(figureIds.dayRate, ' a day'),
    // The second report gives no rental period: the band sits on a day-rate axis only as context.
    range: reference(figureIds.range, ' by region, rental period not stated', ' by region,'),
    bribeFactId: bribe.id,
    defaults: { catchChance: assumedCatchChance, bribe: bribe.value, rentalDays: assumedRentalDays },
  };
}
