/**
 * What a chart needs from content/, declared by id in its definition and resolved here once:
 * each figure with its report, each context fact with its citations, each quotation with its
 * report. Every unknown id is reported together, naming the chart that asked, so a typo fails
 * the build with one clear message instead of deep inside a drawing.
 */
import { ContentError, type Content, type Problem } from './load';
import type { Citation, ContextFact, Figure, Quote, Source } from './schema';

/** A number from one of the two reports, with the report it comes from. */
export interface ReportSource {
  figure: Figure;
  source: Source;
}

/** A fact from outside the reports (content/context.json), with its citations. */
export interface ContextSource {
  fact: ContextFact;
  citations: Citation[];
}

/** A context fact that is a number (not an event): its amount is there, so nothing re-checks it. */
export interface ContextNumberSource extends ContextSource {
  fact: ContextFact & { amount: NonNullable<ContextFact['amount']> };
}

/** A quotation from a report (content/quotes.json), with its report. */
export interface QuoteSource {
  quote: Quote;
  source: Source;
}

export interface Requirements {
  /** Ids in content/figures.json. */
  figures?: readonly string[];
  /** Ids in content/context.json that must be numbers. */
  contextNumbers?: readonly string[];
  /** Ids in content/context.json that may be events (no number). */
  contextEvents?: readonly string[];
  /** Ids in content/quotes.json. */
  quotes?: readonly string[];
}

type Ids<List> = List extends readonly (infer Id extends string)[] ? Id : never;

/** The content a chart asked for, keyed by the ids it declared. */
export interface Resolved<R extends Requirements> {
  figures: Record<Ids<R['figures']>, ReportSource>;
  contextNumbers: Record<Ids<R['contextNumbers']>, ContextNumberSource>;
  contextEvents: Record<Ids<R['contextEvents']>, ContextSource>;
  quotes: Record<Ids<R['quotes']>, QuoteSource>;
  /** Every report, in the order of content/sources.json. */
  reports: Source[];
}

/** Resolves a chart's requirements, or fails naming the chart, the file and every missing id. */
export function resolveRequirements<R extends Requirements>(content: Content, chart: string, requires: R): Resolved<R> {
  const problems: Problem[] = [];
  const file = `src/charts/${chart}/definition.ts`;
  const missing = (what: string, id: string, where: string) =>
    problems.push({ file, entry: `chart "${chart}"`, message: `requires ${what} "${id}", which is not in ${where}` });

  const sourceOf = (id: string) => content.sources.get(id)!;
  const figures = Object.fromEntries(
    (requires.figures ?? []).flatMap((id) => {
      const figure = content.figures.get(id);
      if (!figure) return missing('figure', id, 'content/figures.json'), [];
      return [[id, { figure, source: sourceOf(figure.source) }]];
    }),
  );
  const contextEntry = (id: string): ContextSource | undefined => {
    const fact = content.context.get(id);
    if (!fact) return missing('context fact', id, 'content/context.json'), undefined;
    return { fact, citations: fact.citations.map((citation) => content.citations.get(citation)!) };
  };
  const contextNumbers = Object.fromEntries(
    (requires.contextNumbers ?? []).flatMap((id) => {
      const entry = contextEntry(id);
      if (!entry) return [];
      if (entry.fact.amount === null) {
        problems.push({ file, entry: `chart "${chart}"`, message: `requires context fact "${id}" to be a number, but it is an event (no value)` });
        return [];
      }
      return [[id, entry]];
    }),
  );
  const contextEvents = Object.fromEntries((requires.contextEvents ?? []).flatMap((id) => {
    const entry = contextEntry(id);
    return entry ? [[id, entry]] : [];
  }));
  const quotes = Object.fromEntries(
    (requires.quotes ?? []).flatMap((id) => {
      const quote = content.quotes.get(id);
      if (!quote) return missing('quote', id, 'content/quotes.json'), [];
      return [[id, { quote, source: sourceOf(quote.source) }]];
    }),
  );
  if (problems.length > 0) throw new ContentError(problems);
  return { figures, contextNumbers, contextEvents, quotes, reports: [...content.sources.values()] } as Resolved<R>;
}
