/**
 * embed-loader.js: src/client/embed-loader.ts bundled and minified for a newsroom's page, under
 * the MIT licence (its header; the full text is public/embed-loader.LICENSE.txt), so a newsroom may
 * serve a copy from its own host.
 */
import type { APIRoute } from 'astro';
import { buildSync } from 'esbuild';
import { resolve } from 'node:path';

const licenseHeader = '/*! embed-loader.js | Renting a line to China | MIT License, full text in embed-loader.LICENSE.txt beside this file */';

export const GET: APIRoute = () => {
  const result = buildSync({
    entryPoints: [resolve(process.cwd(), 'src/client/embed-loader.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    minify: true,
    target: 'es2019',
    legalComments: 'none',
  });
  return new Response(`${licenseHeader}\n${result.outputFiles[0]!.text}`, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
};
