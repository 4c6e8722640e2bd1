/** The whole dataset as JSON: sources, figures, quotations, citations, context facts and corrections. */
import type { APIRoute } from 'astro';
import { loadContent } from '../../data/load';
import { datasetJson } from '../../lib/dataset';

export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(datasetJson(loadContent()), null, 2)}\n`, { headers: { 'Content-Type': 'application/json' } });
