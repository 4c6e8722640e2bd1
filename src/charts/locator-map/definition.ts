/** The locator map: where the reports’ sources were, and two cities on either side of the North Korea–China border. */
import { defineChart } from '../definition';
import { locatorMapChart, locatorMapShared } from './chart';
import { locatorData, requires } from './data';
import { locatorDownload, locatorFrame, locatorLegend } from './frame';
import { messages } from './messages';

export const definition = defineChart({
  slug: 'locator-map',
  story: 'crackdown',
  requires,
  messages,
  shape: locatorData,
  frame: locatorFrame,
  legend: locatorLegend,
  draw: locatorMapChart,
  shared: locatorMapShared,
  download: locatorDownload,
});
