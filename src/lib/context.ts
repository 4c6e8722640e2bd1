/** Looking up the entries a chart's sources list: context facts with their citations, quotations with their report. */
import type { Content } from '../data/load';
import { requireEntry } from '../data/load';
import type { ContextSource, QuoteSource } from '../charts/frame';

/** A context fact with its citations, failing the build with `usedIn` when the id is unknown. */
export function contextSource(content: Content, factId: string, usedIn: string): ContextSource {
  const fact = requireEntry(content.context, factId, 'context fact', usedIn);
  return { fact, citations: fact.citations.map((id) => requireEntry(content.citations, id, 'citation', usedIn)) };
}

/** A quotation with its report, failing the build with `usedIn` when the id is unknown. */
export function quoteSource(content: Content, quoteId: string, usedIn: string): QuoteSource {
  const quote = requireEntry(content.quotes, quoteId, 'quote', usedIn);
  return { quote, source: requireEntry(content.sources, quote.source, 'source', usedIn) };
}
