/**
 * Every chart the site has, by slug: the story pages embed them through MDX, and the embed
 * pages and data downloads are generated from this list, so a new chart is added here once.
 */
import type { Content } from '../data/load';
import PriceTiers from './price-tiers/PriceTiers.astro';
import { priceTiersDownload, priceTiersFrame, slug as priceTiersSlug } from './price-tiers/frame-content';
import PriceMeaning from './price-meaning/PriceMeaning.astro';
import { priceMeaningDownload, priceMeaningFrame, slug as priceMeaningSlug } from './price-meaning/frame-content';
import CovidTrade from './covid-trade/CovidTrade.astro';
import { covidTradeDownload, covidTradeFrame, slug as covidTradeSlug } from './covid-trade/frame-content';
import type { FrameContent } from './frame';
import RiskFlow from './risk-flow/RiskFlow.astro';
import { riskFlowDownload, riskFlowFrame, slug as riskFlowSlug } from './risk-flow/frame-content';
import RiskEvidence from './risk-evidence/RiskEvidence.astro';
import { riskEvidenceDownload, riskEvidenceFrame, slug as riskEvidenceSlug } from './risk-evidence/frame-content';
import RiskModel from './risk-model/RiskModel.astro';
import { riskModelDownload, riskModelFrame, slug as riskModelSlug } from './risk-model/frame-content';

export interface ChartEntry {
  /** The chart in its frame; takes `embedded`. */
  component: typeof PriceTiers;
  frame: (content: Content) => FrameContent;
  /** Rows of the CSV and JSON downloads. */
  download: (content: Content) => Record<string, string | number | boolean>[];
  /** The browser script the chart needs beyond the frame's own, if any: pages that show it add it. */
  script?: string;
}

export const charts: Record<string, ChartEntry> = {
  [priceTiersSlug]: { component: PriceTiers, frame: priceTiersFrame, download: priceTiersDownload },
  [priceMeaningSlug]: { component: PriceMeaning, frame: priceMeaningFrame, download: priceMeaningDownload },
  [riskModelSlug]: { component: RiskModel, frame: riskModelFrame, download: riskModelDownload, script: 'src/client/risk-model.ts' },
  [covidTradeSlug]: { component: CovidTrade, frame: covidTradeFrame, download: covidTradeDownload },
  [riskFlowSlug]: { component: RiskFlow, frame: riskFlowFrame, download: riskFlowDownload },
  [riskEvidenceSlug]: { component: RiskEvidence, frame: riskEvidenceFrame, download: riskEvidenceDownload },
};

/** Components the MDX stories can use by name. */
export const chartComponents = { PriceTiers, PriceMeaning, RiskModel, CovidTrade, RiskFlow, RiskEvidence };

/** The extra browser scripts of the charts an MDX body uses, by component name (see ChartEntry.script). */
export function chartScriptsIn(body: string): string[] {
  return Object.entries(chartComponents).flatMap(([name, component]) => {
    const script = Object.values(charts).find((entry) => entry.component === component)?.script;
    return script && new RegExp(`<${name}\\b`).test(body) ? [script] : [];
  });
}

/** The extra browser script of one chart, by slug, as a list to spread into a page's scripts. */
export function chartScriptsFor(slug: string): string[] {
  const script = charts[slug]?.script;
  return script ? [script] : [];
}
