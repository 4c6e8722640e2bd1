import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { loadContent } from './data/load';

/** Narrative pages, one MDX file per report, in content/stories/. */
const stories = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/stories' }),
  schema: z.strictObject({
    /** The page headline, in our own words (not the report's). */
    title: z.string().min(10),
    /** A few words that name the page where a title is too long (the methods page's corrections log). */
    navTitle: z.string().min(3).max(40),
    /** One or two words for the navigation bar, after "Part 1: ", short enough that every link fits one row on a 375 px phone. */
    navLabel: z.string().min(3).max(12),
    /** One-sentence standfirst under the headline. */
    dek: z.string().min(20),
    /** The meta description search engines and link previews show. */
    description: z.string().min(50).max(170),
    /** The report the story narrates: an id in content/sources.json. */
    source: z.string().refine((id) => loadContent().sources.has(id), {
      error: (issue) => `"${String(issue.input)}" is not a source in content/sources.json`,
    }),
    /** Position among the stories on the landing page. */
    order: z.number().int().positive(),
    /**
     * The key facts boxed near the top of the story (placed by <KeyFacts ids={frontmatter.keyFacts} />): three or four ids in content/figures.json or
     * content/context.json, each shown as the story shows it (<Num>), with what it measures.
     */
    keyFacts: z
      .array(
        z.string().refine((id) => loadContent().figures.has(id) || loadContent().context.has(id), {
          error: (issue) => `key fact "${String(issue.input)}" is in neither content/figures.json nor content/context.json`,
        }),
      )
      .min(3)
      .max(4)
      .optional(),
  }),
});

export const collections = { stories };
