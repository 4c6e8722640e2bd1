/**
 * The charts manifest: every chart with its story, title, embed page and downloads, as the
 * definitions give them. Newsrooms can list the embeds from it, and the end-to-end tests read
 * it, so no test keeps its own list of charts.
 */
import type { APIRoute } from 'astro';
import { prepareChart } from '../charts/build-time';
import { charts } from '../charts/registry';
import { loadContent } from '../data/load';
import { routes } from '../lib/paths';

export const GET: APIRoute = () => {
  const content = loadContent();
  const manifest = [...charts.values()].map((definition) => ({
    slug: definition.slug,
    story: definition.story,
    title: prepareChart(definition, content).frame.title,
    story_page: routes.story(definition.story),
    embed_page: routes.embed(definition.slug),
    csv: routes.data(definition.slug, 'csv'),
    json: routes.data(definition.slug, 'json'),
  }));
  return new Response(`${JSON.stringify(manifest, null, 2)}\n`, { headers: { 'Content-Type': 'application/json' } });
};
