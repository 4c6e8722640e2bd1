/** Looking up context facts (content/context.json) with their citations. */
import type { Content } from '../data/load';
import { requireEntry } from '../data/load';
import type { ContextSource } from '../charts/frame';

/** A context fact with its citations, failing the build with `usedIn` when the id is unknown. */
export function contextSource(content: Content, factId: string, usedIn: string): ContextSource {
  const fact = requireEntry(content.context, factId, 'context fact', usedIn);
  return { fact, citations: fact.citations.map((id) => requireEntry(content.citations, id, 'citation', usedIn)) };
}
