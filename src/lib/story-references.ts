/**
 * Which content entries a story's MDX refers to, read from its source text: the story page lists
 * the figures it uses in its endnotes, and the content tests check every reference exists.
 */

/** Which content files each prose component takes its id from, and through which attribute. */
export const componentReferences = {
  Num: { attribute: 'id', kinds: ['figures', 'context'] },
  Quote: { attribute: 'id', kinds: ['quotes'] },
  ReportYear: { attribute: 'source', kinds: ['sources'] },
} as const;

export type ReferenceKind = (typeof componentReferences)[keyof typeof componentReferences]['kinds'][number];

export interface Reference {
  tag: string;
  component: keyof typeof componentReferences;
  /** The id, or undefined when the attribute is missing or not a plain string. */
  id: string | undefined;
}

export function referencesIn(body: string): Reference[] {
  return [...body.matchAll(/<(Num|Quote|ReportYear)\b[^>]*>/g)].map(([tag, name]) => {
    const component = name as keyof typeof componentReferences;
    const attribute = componentReferences[component].attribute;
    const id = new RegExp(`\\s${attribute}="([^"]*)"`).exec(tag)?.[1];
    return { tag, component, id };
  });
}

/** The number ids (figures and context facts) a story's prose uses, in order of first use. */
export function figureIdsIn(body: string): string[] {
  const ids = referencesIn(body).flatMap(({ component, id }) => (component === 'Num' && id ? [id] : []));
  return [...new Set(ids)];
}
