#!/usr/bin/env node
/**
 * A small static server for the built site: `npm start` and `npm run preview` use it, and so do
 * the end-to-end tests and the benchmark. It serves dist/ at the root and, to prove the build
 * works under a sub-path, at every prefix given with --also-at (e.g. --also-at /news/graphics/).
 * Extra folders can be mounted with --mount /prefix/=folder (the tests' parent page).
 *
 * With --gzip it compresses text files (HTML, CSS, JS, JSON, CSV, SVG, plain text, XML) for
 * requests that accept gzip, as a real host does: Content-Encoding: gzip, and Vary:
 * Accept-Encoding on every response whose body depends on that header. The benchmark serves this
 * way; without the flag every file goes out as it is on disk.
 *
 *   node scripts/serve.mjs [--port 4321] [--root dist] [--also-at /sub/path/] [--mount /__fixtures__/=tests/e2e/fixtures] [--gzip]
 */
import { createReadStream, realpathSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs, promisify } from 'node:util';
import { gzip as gzipCallback } from 'node:zlib';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
  '.xml': 'application/xml; charset=utf-8',
};

/** The text types that --gzip compresses; images, fonts and other binaries are sent as they are. */
export const compressible = new Set(['.html', '.css', '.js', '.json', '.csv', '.svg', '.txt', '.xml']);

/** zlib's default level (6), what most hosts use; scripts/bench-sizes.mjs gzips at the same level. */
export const gzipLevel = 6;

const gzip = promisify(gzipCallback);

/**
 * Whether a request's Accept-Encoding header allows a gzip response: "gzip" (or the old "x-gzip")
 * or "*" with a quality above 0, unless gzip itself is refused with q=0.
 * @param {string | string[] | undefined} header
 * @returns {boolean}
 */
export function acceptsGzip(header) {
  const quality = new Map();
  for (const part of [header ?? ''].flat().join(',').split(',')) {
    const [name = '', ...params] = part.split(';').map((piece) => piece.trim().toLowerCase());
    if (!name) continue;
    const q = params.find((param) => /^q\s*=/.test(param));
    const value = q === undefined ? 1 : Number(q.replace(/^q\s*=\s*/, ''));
    quality.set(name === 'x-gzip' ? 'gzip' : name, Number.isFinite(value) ? value : 0);
  }
  const gzipQuality = quality.get('gzip') ?? quality.get('*');
  return gzipQuality !== undefined && gzipQuality > 0;
}

/**
 * Serves the build until closed.
 * @param {object} [options]
 * @param {number} [options.port] 0 for any free port
 * @param {string} [options.root] the folder served at / and at every alsoAt prefix
 * @param {string[]} [options.alsoAt] sub-paths that also serve root
 * @param {Record<string, string>} [options.mounts] prefix → another folder
 * @param {boolean} [options.gzip] compress text files for clients that accept gzip
 * @returns {Promise<import('node:http').Server>}
 */
export function startServer({ port = 4321, root = 'dist', alsoAt = [], mounts = {}, gzip: compress = false } = {}) {
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
    /** @type {Record<string, string>} */
    const headers = {
      'Content-Type': types[extname(file)] ?? 'application/octet-stream',
      'Cache-Control': 'no-cache',
    };
    if (compress && compressible.has(extname(file))) {
      // Compressed in memory (the site's files are small), so the response has a Content-Length.
      let body;
      try {
        body = await readFile(file);
        if (acceptsGzip(request.headers['accept-encoding'])) {
          body = await gzip(body, { level: gzipLevel });
          headers['Content-Encoding'] = 'gzip';
        }
      } catch {
        response.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' }).end(`Could not read: ${pathname}`);
        return;
      }
      response.writeHead(200, { ...headers, Vary: 'Accept-Encoding', 'Content-Length': body.length }).end(body);
      return;
    }
    response.writeHead(200, headers);
    createReadStream(file)
      .on('error', () => response.destroy())
      .pipe(response);
  });
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => done(server));
  });
}

function parseServeArgs() {
  return parseArgs({
    options: {
      port: { type: 'string', default: process.env.PORT ?? '4321' },
      root: { type: 'string', default: 'dist' },
      'also-at': { type: 'string', multiple: true, default: [] },
      mount: { type: 'string', multiple: true, default: [] },
      gzip: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
}

// Run as a command (not imported by the benchmark): compare real paths, which survive spaces and symlinks.
const isCommand = process.argv[1] && import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href;
const usage = 'Usage: node scripts/serve.mjs [--port 4321] [--root dist] [--also-at /sub/path/ ...] [--mount /prefix/=folder ...] [--gzip]';
if (isCommand) {
  /** @type {ReturnType<typeof parseServeArgs>} */
  let parsed;
  try {
    parsed = parseServeArgs();
  } catch (error) {
    // An unknown or malformed option: say which, and how it is used, rather than a stack trace.
    console.error(`${error instanceof Error ? error.message : error}\n${usage}`);
    process.exit(2);
  }
  const { values } = parsed;
  if (values.help) {
    console.log(usage);
    process.exit(0);
  }
  const mounts = Object.fromEntries(values.mount.map((pair) => pair.split('=')));
  const port = Number(values.port);
  try {
    await startServer({ port, root: values.root, alsoAt: values['also-at'], mounts, gzip: values.gzip });
  } catch (error) {
    if (error.code !== 'EADDRINUSE') throw error;
    console.error(`Port ${port} is in use. Stop what uses it, or choose another: PORT=4400 npm start`);
    process.exit(1);
  }
  console.log(`Serving ${values.root}/ at http://127.0.0.1:${port}/${values.gzip ? ', gzipped for clients that accept it' : ''}`);
  for (const prefix of values['also-at']) console.log(`  and at http://127.0.0.1:${port}${prefix}`);
  console.log('Press Ctrl+C to stop.');
}
