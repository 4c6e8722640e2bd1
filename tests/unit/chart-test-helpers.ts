/** What the chart tests share: changing content as an editor would, and reading marks from SVG. */
import type { Content } from '../../src/data/load';
import { contextFactSchema, figureSchema, type ContextFact, type Figure } from '../../src/data/schema';

export interface ContentChanges {
  figures?: Record<string, Partial<Figure>>;
  context?: Record<string, Partial<ContextFact>>;
}

/** A copy of the content with some figures or context facts changed: what the page would draw if a source said otherwise. */
export function withContentChanges(content: Content, changes: ContentChanges): Content {
  // Parsed again, as the loader would, so the changed entry's amount follows its new value.
  const changed = <T extends { amount: unknown }>(entries: Map<string, T>, parse: (input: unknown) => T, edits: Record<string, Partial<T>> = {}) => {
    const copy = new Map(entries);
    for (const [id, edit] of Object.entries(edits)) {
      const entry = copy.get(id);
      if (!entry) throw new Error(`no entry "${id}" to change`);
      const { amount: _amount, ...input } = { ...entry, ...edit };
      copy.set(id, parse(Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined))));
    }
    return copy;
  };
  return {
    ...content,
    figures: changed(content.figures, (input) => figureSchema.parse(input), changes.figures),
    context: changed(content.context, (input) => contextFactSchema.parse(input), changes.context),
  };
}

/** The opening tags of a drawing's focusable <rect> marks, in document order. */
export const markTags = (svg: string) => [...svg.matchAll(/<rect[^>]*class="chart-mark"[^>]*>/g)].map(([tag]) => tag);

/** One attribute of an opening tag. */
export const attributeOf = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
