/** The data behind each chart, as CSV: one row per mark, values in all three currencies. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { csvFormat } from 'd3-dsv';
import { charts } from '../../charts/registry';
import { loadContent } from '../../data/load';

export const getStaticPaths = (() => Object.keys(charts).map((chart) => ({ params: { chart } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const rows = charts[params.chart!]!.download(loadContent());
  return new Response(`${csvFormat(rows)}\n`, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
