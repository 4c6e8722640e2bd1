/** Context facts for the pages that list them: with their citations, their caveats and when they hold. */
import type { Content } from '../data/load';
import { formulaReferenceIds } from '../data/formula';
import { periodLabel } from './period';
import { requireEntry } from '../data/load';
import type { Citation, ContextFact } from '../data/schema';
import type { ContextSource } from '../charts/frame';

/** A context fact with its citations, failing the build with `usedIn` when the id is unknown. */
export function contextSource(content: Content, factId: string, usedIn: string): ContextSource {
  const fact = requireEntry(content.context, factId, 'context fact', usedIn);
  return { fact, citations: fact.citations.map((id) => requireEntry(content.citations, id, 'citation', usedIn)) };
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

/**
 * When a context fact holds, for a reader: its period, and for a derived fact built on a
 * report's figure, that the report's year is inferred ("2019–2020; the first report's year,
 * 2019, is inferred"), since a span like "2019–2020" would otherwise hide it.
 */
export function factWhenLabel(content: Content, fact: ContextFact): string {
  const when = periodLabel(fact.period);
  if (!fact.derivation) return when;
  const reports = [
    ...new Map(
      formulaReferenceIds(fact.derivation.formula).flatMap((id) => {
        const figure = content.figures.get(id);
        const source = figure && content.sources.get(figure.source);
        return source?.year.inferred ? [[source.id, source] as const] : [];
      }),
    ).values(),
  ];
  const notes = reports.map((source) => `${source.referredToAs}’s year, ${source.year.value}, is inferred`);
  return [when, ...notes].join('; ');
}
