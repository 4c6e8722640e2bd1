/**
 * Every chart the site has, by slug: the story pages embed them through MDX, and the embed
 * pages and data downloads are generated from this list, so a new chart is added here once.
 */
import type { Content } from '../data/load';
import PriceTiers from './price-tiers/PriceTiers.astro';
import { priceTiersDownload, priceTiersFrame, slug as priceTiersSlug } from './price-tiers/frame-content';
import type { FrameContent } from './frame';

export interface ChartEntry {
  /** The chart in its frame; takes `embedded`. */
  component: typeof PriceTiers;
  frame: (content: Content) => FrameContent;
  /** Rows of the CSV and JSON downloads. */
  download: (content: Content) => Record<string, string | number | boolean>[];
}

export const charts: Record<string, ChartEntry> = {
  [priceTiersSlug]: { component: PriceTiers, frame: priceTiersFrame, download: priceTiersDownload },
};

/** Components the MDX stories can use by name. */
export const chartComponents = { PriceTiers };
