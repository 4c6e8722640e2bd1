/** Looking up the entries a chart's sources list: context facts with their citations, quotations with their report. */
import type { Content } from '../data/load';
import { requireEntry } from '../data/load';
import type { Citation, ContextFact } from '../data/schema';
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

/**
 * Why a fact is less certain: its own caveat, which speaks for the figure, or else its
 * citations' caveats, each once. Never both: the same doubt recorded on a fact and on its
 * citation, in slightly different words, would otherwise be printed twice.
 */
export function caveatsOf(fact: ContextFact, citations: Citation[]): string[] {
  if (fact.caveat) return [fact.caveat];
  const all = citations.map((citation) => citation.caveat);
  return all.filter((caveat, index): caveat is string => Boolean(caveat) && all.indexOf(caveat) === index);
}
