/** Each chart as a standalone SVG: the page's wide drawing with its title and credit, in the light palette's colours. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { charts } from '../../charts/registry';
import { chartSvg, renderedForImages } from '../../lib/chart-image';

export const getStaticPaths = (() => [...charts.keys()].map((chart) => ({ params: { chart } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const rendered = renderedForImages(params.chart!, 'src/pages/images/[chart].svg.ts');
  return new Response(`${chartSvg(rendered, 'wide').svg}\n`, { headers: { 'Content-Type': 'image/svg+xml' } });
};
