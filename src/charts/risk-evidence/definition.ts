/** The risk-evidence panels: what the two reports say about danger and the price of a rented phone. */
import { defineChart } from '../definition';
import { riskEvidenceChart } from './chart';
import { requires, riskEvidenceData } from './data';
import { riskEvidenceDownload, riskEvidenceFrame, riskEvidenceLegend } from './frame';
import { messages } from './messages';

export const definition = defineChart({
  slug: 'risk-evidence',
  story: 'rentals',
  breakout: true,
  requires,
  messages,
  shape: riskEvidenceData,
  frame: riskEvidenceFrame,
  legend: riskEvidenceLegend,
  draw: riskEvidenceChart,
  download: riskEvidenceDownload,
});
