/** What a day's phone rental was worth: the same 200 yuan in rice, earnings, official pay and a handset. */
import { defineChart } from '../definition';
import { priceMeaningChart } from './chart';
import { meaningData, requires } from './data';
import { priceMeaningDownload, priceMeaningFrame } from './frame';
import { messages } from './messages';

export const definition = defineChart({
  slug: 'price-meaning',
  story: 'crackdown',
  requires,
  messages,
  shape: meaningData,
  frame: priceMeaningFrame,
  draw: priceMeaningChart,
  // Arrow keys: one comparison panel after another.
  navigation: { groups: 'panels' },
  download: priceMeaningDownload,
});
