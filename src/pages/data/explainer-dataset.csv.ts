/** The whole dataset as CSV: one row per number or event, with its quote or citations. */
import type { APIRoute } from 'astro';
import { csvFormat } from 'd3-dsv';
import { loadContent } from '../../data/load';
import { datasetRows } from '../../lib/dataset';

export const GET: APIRoute = () =>
  new Response(`${csvFormat(datasetRows(loadContent()))}\n`, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
