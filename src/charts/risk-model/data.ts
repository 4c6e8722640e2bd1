/**
 * What the risk model is drawn against, from content: the reported prices (the first report's day
 * rate, the second report's range) and the one cited bribe, which sets the bribe's default. No
 * words: those are in messages.ts. The part the drawing needs is plain JSON, so the page hands it
 * to the browser, which redraws the same chart with it.
 */
import type { ContextNumberSource, ReportSource, Resolved } from '../../data/requirements';
import type { Assumptions } from './model';

export const figureIds = { dayRate: 'crackdown-day-rate', range: 'rentals-price-range' } as const;
export const bribeFactId = 'bribe-to-escape-punishment';

/** The two reported prices, and the cited bribe behind the default. */
export const requires = {
  figures: [figureIds.range, figureIds.dayRate],
  contextNumbers: [bribeFactId],
} as const;

/** Ours, not reported: the reports give neither figure. Why each, in words, is in the notes. */
const assumedCatchChance = 10;
const assumedRentalDays = 10;

/** The id of the model's own entry, which describes the reader's point (the assumptions, in Body.astro). */
export const assumptionsEntryId = 'risk-model-assumptions';

export interface RiskModelData {
  /** The first report's day rate, in yuan: the price the model is compared with. */
  dayRate: ReportSource;
  /** The second report's range, in yuan; it gives no rental period, so it is context only. */
  range: ReportSource;
  /** The cited bribe that sets the default bribe. */
  bribe: ContextNumberSource;
  /** The starting assumptions, stated and justified in the notes. */
  defaults: Assumptions;
  /** The assumptions drawn: the defaults at build time, the reader's settings in a browser. */
  assumptions: Assumptions;
}

/** What the drawing and the summary read: all the browser is given. */
export type ModelDrawingData = Pick<RiskModelData, 'dayRate' | 'range' | 'defaults' | 'assumptions'>;

export function drawingData({ dayRate, range, defaults, assumptions }: RiskModelData): ModelDrawingData {
  return { dayRate, range, defaults, assumptions };
}

function priceInYuan(entry: ReportSource): ReportSource {
  const { amount, id } = entry.figure;
  if (amount.unit !== 'money' || amount.currency !== 'CNY') {
    throw new Error(`src/charts/risk-model: figure "${id}" must be a price in yuan to sit on the model's yuan axis`);
  }
  return entry;
}

export function riskModelData(content: Resolved<typeof requires>): RiskModelData {
  const bribe = content.contextNumbers[bribeFactId];
  const { amount } = bribe.fact;
  if (amount.unit !== 'money' || amount.currency !== 'CNY' || amount.isRange) {
    throw new Error(`src/charts/risk-model: context fact "${bribeFactId}" must be a single amount in yuan, the bribe's default`);
  }
  const defaults: Assumptions = { catchChance: assumedCatchChance, bribe: amount.low, rentalDays: assumedRentalDays };
  return {
    dayRate: priceInYuan(content.figures[figureIds.dayRate]),
    range: priceInYuan(content.figures[figureIds.range]),
    bribe,
    defaults,
    assumptions: defaults,
  };
}
