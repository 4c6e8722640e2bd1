/**
 * oEmbed (https://oembed.com) as a static file per chart, found through the
 * `<link rel="alternate" type="application/json+oembed">` on its embed page: a "rich" response
 * whose html is the same snippet the chart's embed disclosure offers. Absolute addresses need
 * SITE_URL at build; without it they are relative to this file's folder.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { prepareChart } from '../../charts/build-time';
import { charts, chartBySlug } from '../../charts/registry';
import { loadContent } from '../../data/load';
import { embedSnippet, startingHeight } from '../../lib/embed-kit';
import { relativeHref, routes } from '../../lib/paths';

export const getStaticPaths = (() => [...charts.keys()].map((chart) => ({ params: { chart } }))) satisfies GetStaticPaths;

/** The width the response proposes: the story column's. */
const width = 640;

export const GET: APIRoute = ({ params, site }) => {
  const slug = params.chart!;
  const { frame } = prepareChart(chartBySlug(slug, 'src/pages/oembed/[chart].json.ts'), loadContent());
  const folder = site && new URL(site.href.replace(/\/?$/, '/'));
  const address = (route: string) => (folder ? new URL(route, folder).href : relativeHref(`/${routes.oembed(slug)}`, route));
  const response = {
    version: '1.0',
    type: 'rich',
    title: frame.title,
    provider_name: 'Renting a line to China',
    ...(folder && { provider_url: folder.href }),
    html: embedSnippet({ slug, title: frame.title, embedUrl: address(routes.embed(slug)), loaderUrl: address(routes.embedLoader), imageUrl: address(routes.image(slug, 'png', 'narrow')) }),
    width,
    height: startingHeight(slug, width) ?? 720,
    thumbnail_url: address(routes.image(slug, 'png', 'card')),
    thumbnail_width: 1200,
    thumbnail_height: 630,
  };
  return new Response(`${JSON.stringify(response, null, 2)}\n`, { headers: { 'Content-Type': 'application/json' } });
};
