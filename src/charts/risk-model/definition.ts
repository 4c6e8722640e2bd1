/**
 * The risk model: how much of a day's rental the expected bribe could explain, on assumptions the
 * reader sets with sliders (Body.astro), redrawn in the browser by client.ts.
 */
import { defineChart } from '../definition';
import { riskModelChart } from './chart';
import { requires, riskModelData } from './data';
import { riskModelDownload, riskModelFrame } from './frame';
import { messages } from './messages';
import { controls } from './model';

export const definition = defineChart({
  slug: 'risk-model',
  story: 'rentals',
  breakout: true,
  requires,
  messages,
  shape: riskModelData,
  frame: riskModelFrame,
  draw: riskModelChart,
  // Arrow keys: the reported prices, then the model's point.
  navigation: { groups: 'rows' },
  download: riskModelDownload,
  script: { entry: 'src/charts/risk-model/client.ts', host: 'risk-model', eagerParams: controls.map(({ param }) => param) },
});
