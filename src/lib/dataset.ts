/**
 * The whole dataset behind the explainer, for the methods page's downloads: every number from
 * the reports (with its verbatim quote, who says it, and whether the report dates that source's
 * interview) and every context fact (with its citations), one row
 * each in the CSV, and the complete content (sources, citations, quotations, corrections) in
 * the JSON.
 */
import type { Content } from '../data/load';
import { requireEntry } from '../data/load';
import { caveatsOf, factWhenLabel } from './context';
import { citationLabel, sourceTitle, yearLabel } from './sources';

const usedIn = 'src/lib/dataset.ts';

type Row = Record<string, string | number | boolean>;

const formulaText = (formula: string | string[] | { low: string; high: string } | undefined): string => {
  if (formula === undefined) return '';
  if (typeof formula === 'string') return formula;
  if (Array.isArray(formula)) return formula.join(' = ');
  return `low: ${formula.low}; high: ${formula.high}`;
};

/** One row per number or event: report figures first, then context facts. */
export function datasetRows(content: Content): Row[] {
  const figures = [...content.figures.values()].map((figure): Row => {
    const source = requireEntry(content.sources, figure.source, 'source', usedIn);
    return {
      id: figure.id,
      origin: 'report',
      kind: figure.kind,
      measures: figure.measures,
      when: yearLabel(source),
      value: figure.value ?? '',
      low: figure.low ?? '',
      high: figure.high ?? '',
      approximate: figure.approximate,
      unit: figure.unit,
      currency: figure.currency ?? '',
      per: figure.per ?? '',
      quote: figure.quote,
      // Who says the quoted words, as the report describes them, and whether the report dates that
      // source's interview (report A's second source is undated; Daily NK's own narration is dated
      // with the report's interview).
      quote_speaker: figure.speaker ?? '',
      quote_dated: figure.dated,
      derivation: figure.derivation?.text ?? figure.inference ?? '',
      formula: formulaText(figure.derivation?.formula),
      note: '',
      caveat: '',
      source: `${source.outlet}, ${sourceTitle(source)}`,
      source_url: source.url,
    };
  });
  const context = [...content.context.values()].map((fact): Row => {
    const citations = fact.citations.map((id) => requireEntry(content.citations, id, 'citation', usedIn));
    return {
      id: fact.id,
      origin: `context: ${fact.topic}`,
      kind: fact.kind,
      measures: fact.measures,
      when: factWhenLabel(content, fact),
      value: fact.value ?? '',
      low: fact.low ?? '',
      high: fact.high ?? '',
      approximate: fact.approximate,
      unit: fact.unit ?? 'event',
      currency: fact.currency ?? '',
      per: fact.per ?? fact.perQuantity ?? '',
      quote: '',
      quote_speaker: '',
      quote_dated: '',
      derivation: fact.derivation?.text ?? '',
      formula: formulaText(fact.derivation?.formula),
      note: fact.note ?? '',
      caveat: caveatsOf(fact, citations).join(' '),
      source: citations.map(citationLabel).join('; '),
      source_url: '',
    };
  });
  return [...figures, ...context];
}

/** Everything, as structured JSON: what a newsroom developer would want to rebuild the charts. */
export function datasetJson(content: Content) {
  return {
    about:
      'Every number in the explainer. Figures come from two Daily NK reports, each with a verbatim quote; neither report has a dateline, so their years are inferred. Context facts come from other publications, each with its citations.',
    sources: [...content.sources.values()],
    figures: [...content.figures.values()],
    quotes: [...content.quotes.values()],
    citations: [...content.citations.values()],
    context: [...content.context.values()],
    corrections: content.corrections,
  };
}
