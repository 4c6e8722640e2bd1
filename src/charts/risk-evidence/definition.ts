/** The risk-evidence timeline: what the two reports say about danger and the price of a rented phone, and when. */
import { defineChart } from '../definition';
import { riskEvidenceChart } from './chart';
import { requires, riskEvidenceData } from './data';
import { riskEvidenceDownload, riskEvidenceFrame } from './frame';
import { messages } from './messages';

export const definition = defineChart({
  slug: 'risk-evidence',
  story: 'rentals',
  breakout: true,
  requires,
  messages,
  shape: riskEvidenceData,
  frame: riskEvidenceFrame,
  draw: riskEvidenceChart,
  // Arrow keys: one panel after another.
  navigation: { groups: 'panels' },
  download: riskEvidenceDownload,
});
