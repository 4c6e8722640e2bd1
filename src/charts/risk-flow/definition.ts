/** The risk-flow diagram: who carries the risk of a rented phone, and what passes between them. */
import { defineChart } from '../definition';
import { riskFlowChart } from './chart';
import { requires, riskFlowData } from './data';
import { riskFlowDownload, riskFlowFrame, riskFlowLegend } from './frame';
import { messages } from './messages';

export const definition = defineChart({
  slug: 'risk-flow',
  story: 'crackdown',
  breakout: true,
  requires,
  messages,
  shape: riskFlowData,
  frame: riskFlowFrame,
  legend: riskFlowLegend,
  draw: riskFlowChart,
  // Arrow keys: one arrow after another (party → what passes → party), along its claims.
  navigation: { groups: 'arrows' },
  download: riskFlowDownload,
});
