/** The data behind each chart, as JSON, with the same rows as the CSV. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { prepareChart } from '../../charts/build-time';
import { charts, chartBySlug } from '../../charts/registry';
import { loadContent } from '../../data/load';

export const getStaticPaths = (() => [...charts.keys()].map((chart) => ({ params: { chart } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const definition = chartBySlug(params.chart!, 'src/pages/data/[chart].json.ts');
  const { data, context } = prepareChart(definition, loadContent());
  return new Response(`${JSON.stringify(definition.download(data, context), null, 2)}\n`, { headers: { 'Content-Type': 'application/json' } });
};
