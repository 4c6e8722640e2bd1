/** The price-tier chart: what renting a phone cost, by the call, the morning and the day. */
import { defineChart } from '../definition';
import { priceTiersChart } from './chart';
import { priceTiersData, requires } from './data';
import { priceTiersDownload, priceTiersFrame, priceTiersLegend, priceTiersVariants } from './frame';
import { messages } from './messages';

export const definition = defineChart({
  slug: 'price-tiers',
  story: 'crackdown',
  requires,
  messages,
  shape: priceTiersData,
  frame: priceTiersFrame,
  legend: priceTiersLegend,
  variants: priceTiersVariants,
  draw: priceTiersChart,
  // Arrow keys: one price row after another.
  navigation: { groups: 'rows' },
  download: priceTiersDownload,
});
