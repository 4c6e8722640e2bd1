/** The COVID-19 chart: China–North Korea trade by year and for 2020 by month, against border events and the reports' words. */
import { defineChart } from '../definition';
import { covidTradeChart } from './chart';
import { covidTradeData, requires } from './data';
import { covidTradeDownload, covidTradeFrame, covidTradeVariants } from './frame';
import { messages } from './messages';

export const definition = defineChart({
  slug: 'covid-trade',
  story: 'rentals',
  breakout: true,
  requires,
  messages,
  shape: covidTradeData,
  frame: covidTradeFrame,
  variants: covidTradeVariants,
  draw: covidTradeChart,
  // Arrow keys: along the time axis: the trade bars, then the events; ↑ ↓ between them.
  navigation: { groups: 'series', order: 'x' },
  download: covidTradeDownload,
});
