/** The data behind each chart, as JSON, with the same rows as the CSV. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { charts } from '../../charts/registry';
import { loadContent } from '../../data/load';

export const getStaticPaths = (() => Object.keys(charts).map((chart) => ({ params: { chart } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const rows = charts[params.chart!]!.download(loadContent());
  return new Response(`${JSON.stringify(rows, null, 2)}\n`, { headers: { 'Content-Type': 'application/json' } });
};
