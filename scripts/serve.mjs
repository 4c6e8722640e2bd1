#!/usr/bin/env node
/**
 * A small static server for the built site: `npm start` and `npm run preview` use it, and so do
 * the end-to-end tests and the benchmark. It serves dist/ at the root and, to prove the build
 * works under a sub-path, at every prefix given with --also-at (e.g. --also-at /news/graphics/).
 * Extra folders can be mounted with --mount /prefix/=folder (the tests' parent page).
 *
 *   node scripts/serve.mjs [--port 4321] [--also-at /sub/path/] [--mount /__fixtures__/=tests/e2e/fixtures]
 */
import { createReadStream, realpathSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};

export function startServer({ port = 4321, root = 'dist', alsoAt = [], mounts = {} } = {}) {
  // Prefixes are folders ("/sub/" never matches "/subway"); longest first, so /news/graphics/ wins over /.
  const asFolder = (prefix) => `/${prefix.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
  const routes = [
    ...Object.entries(mounts).map(([prefix, folder]) => [asFolder(prefix), resolve(folder)]),
    ...alsoAt.map((prefix) => [asFolder(prefix), resolve(root)]),
    ['/', resolve(root)],
  ].sort((a, b) => b[0].length - a[0].length);

  const server = createServer(async (request, response) => {
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    } catch {
      response.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Bad request');
      return;
    }
    const [prefix, folder] = routes.find(([candidate]) => pathname.startsWith(candidate)) ?? routes.at(-1);
    let file = normalize(join(folder, pathname.slice(prefix.length)));
    if (file !== folder && !file.startsWith(folder + sep)) {
      response.writeHead(403).end('Forbidden');
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      await stat(file);
    } catch {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end(`Not found: ${pathname}`);
      return;
    }
    response.writeHead(200, {
      'Content-Type': types[extname(file)] ?? 'application/octet-stream',
      'Cache-Control': 'no-cache',
    });
    createReadStream(file)
      .on('error', () => response.destroy())
      .pipe(response);
  });
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => done(server));
  });
}

// Run as a command (not imported by the benchmark): compare real paths, which survive spaces and symlinks.
const isCommand = process.argv[1] && import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href;
if (isCommand) {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: process.env.PORT ?? '4321' },
      root: { type: 'string', default: 'dist' },
      'also-at': { type: 'string', multiple: true, default: [] },
      mount: { type: 'string', multiple: true, default: [] },
    },
  });
  const mounts = Object.fromEntries(values.mount.map((pair) => pair.split('=')));
  const port = Number(values.port);
  try {
    await startServer({ port, root: values.root, alsoAt: values['also-at'], mounts });
  } catch (error) {
    if (error.code !== 'EADDRINUSE') throw error;
    console.error(`Port ${port} is in use. Stop what uses it, or choose another: PORT=4400 npm start`);
    process.exit(1);
  }
  console.log(`Serving ${values.root}/ at http://127.0.0.1:${port}/`);
  for (const prefix of values['also-at']) console.log(`  and at http://127.0.0.1:${port}${prefix}`);
  console.log('Press Ctrl+C to stop.');
}
