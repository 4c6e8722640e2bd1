/** The risk-evidence panels: what the two reports say about danger and the price of a rented phone. */
import { defineChart } from '../definition';
import { riskEvidenceChart } from './chart';
import { requires, riskEvidenceData } from './data';
import { riskEvidenceDownload, riskEvidenceFrame, riskEvidenceLegend } from './frame';
import { messages } from './messages';

export const definition = defineChart({
  slug: 'risk-evidence',
  story: 'rentals',
  requires,
  messages,
  shape: riskEvidenceData,
  frame: riskEvidenceFrame,
  legend: riskEvidenceLegend,
  draw: riskEvidenceChart,
  // Arrow keys: one panel after another.
  navigation: { groups: 'panels' },
  download: riskEvidenceDownload,
});
