/** What the chart tests share: changing content as an editor would, and reading marks from SVG. */
import type { Content } from '../../src/data/load';
import type { ContextFact, Figure } from '../../src/data/schema';

export interface ContentChanges {
  figures?: Record<string, Partial<Figure>>;
  context?: Record<string, Partial<ContextFact>>;
}

/** A copy of the content with some figures or context facts changed: what the page would draw if a source said otherwise. */
export function withContentChanges(content: Content, changes: ContentChanges): Content {
  const changed = <T>(entries: Map<string, T>, edits: Record<string, Partial<T>> = {}) => {
    const copy = new Map(entries);
    for (const [id, edit] of Object.entries(edits)) {
      const entry = copy.get(id);
      if (!entry) throw new Error(`no entry "${id}" to change`);
      copy.set(id, { ...entry, ...edit });
    }
    return copy;
  };
  return { ...content, figures: changed(content.figures, changes.figures), context: changed(content.context, changes.context) };
}

/** The opening tags of a drawing's focusable <rect> marks, in document order. */
export const markTags = (svg: string) => [...svg.matchAll(/<rect[^>]*class="chart-mark"[^>]*>/g)].map(([tag]) => tag);

/** One attribute of an opening tag. */
export const attributeOf = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
