/**
 * scripts/<chart>.js: a chart's own browser script (its definition's `script`), bundled as one
 * classic script. Pages do not load it: src/client/deferred-scripts.ts adds it when the reader
 * first reaches for the chart, so a reader who never does downloads none of it.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { charts } from '../../charts/registry';
import { clientScript } from '../../lib/client-script';

export const getStaticPaths = (() =>
  [...charts.values()].flatMap((definition) => (definition.script ? [{ params: { chart: definition.slug }, props: { entry: definition.script.entry } }] : []))) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: string }> = ({ props }) =>
  new Response(clientScript([props.entry]), { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
