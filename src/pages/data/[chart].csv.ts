/** The data behind each chart, as CSV: the rows its definition's `download` gives. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { csvFormat } from 'd3-dsv';
import { prepareChart } from '../../charts/build-time';
import { charts, chartBySlug } from '../../charts/registry';
import { loadContent } from '../../data/load';

export const getStaticPaths = (() => [...charts.keys()].map((chart) => ({ params: { chart } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const definition = chartBySlug(params.chart!, 'src/pages/data/[chart].csv.ts');
  const { data, context } = prepareChart(definition, loadContent());
  return new Response(`${csvFormat(definition.download(data, context))}\n`, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
