import { spawnSync } from 'node:child_process';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { get, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gzipLevel as benchGzipLevel } from './bench-sizes.mjs';
import { acceptsGzip, compressible, gzipLevel, startServer } from './serve.mjs';

const html = `<!DOCTYPE html><title>t</title>${'<p>A paragraph that repeats, so it compresses.</p>'.repeat(200)}`;
const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, ...Array.from({ length: 500 }, (_, i) => i % 7)]);

let dir: string;
let plain: Server;
let gzipped: Server;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'serve-test-'));
  await mkdir(join(dir, 'stories'));
  await writeFile(join(dir, 'stories', 'a.html'), html);
  await writeFile(join(dir, 'data.csv'), 'a,b\n1,2\n'.repeat(100));
  await writeFile(join(dir, 'image.png'), png);
  plain = await startServer({ port: 0, root: dir });
  gzipped = await startServer({ port: 0, root: dir, gzip: true });
});

afterAll(async () => {
  await Promise.all([plain, gzipped].map((server) => new Promise((done) => server?.close(done))));
  await rm(dir, { recursive: true, force: true });
});

/** A GET that keeps the body as sent (Node's http does not decode it). */
function fetchRaw(server: Server, path: string, acceptEncoding?: string) {
  const { port } = server.address() as AddressInfo;
  return new Promise<{ status: number | undefined; headers: IncomingHttpHeaders; body: Buffer }>((done, reject) => {
    get(`http://127.0.0.1:${port}${path}`, { headers: acceptEncoding === undefined ? {} : { 'Accept-Encoding': acceptEncoding } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => done({ status: response.statusCode, headers: response.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject);
  });
}

describe('acceptsGzip', () => {
  it('reads Accept-Encoding as browsers and tools send it', () => {
    expect(acceptsGzip('gzip, deflate, br, zstd')).toBe(true);
    expect(acceptsGzip('br;q=1.0, GZIP;q=0.5')).toBe(true);
    expect(acceptsGzip('x-gzip')).toBe(true);
    expect(acceptsGzip('*')).toBe(true);
    expect(acceptsGzip(['deflate', 'gzip'])).toBe(true);
    expect(acceptsGzip(undefined)).toBe(false);
    expect(acceptsGzip('')).toBe(false);
    expect(acceptsGzip('identity')).toBe(false);
    expect(acceptsGzip('br, deflate')).toBe(false);
    expect(acceptsGzip('gzip;q=0')).toBe(false);
    expect(acceptsGzip('gzip;q=0, *')).toBe(false);
    expect(acceptsGzip('*;q=0')).toBe(false);
  });
});

describe('startServer with gzip', () => {
  it('compresses the text types, and only those', () => {
    expect([...compressible].sort()).toEqual(['.css', '.csv', '.html', '.js', '.json', '.svg', '.txt', '.xml']);
  });

  it('gzips a page for a client that accepts gzip, at the level the benchmark counts with', async () => {
    expect(gzipLevel).toBe(benchGzipLevel);
    const { status, headers, body } = await fetchRaw(gzipped, '/stories/a.html', 'gzip, deflate, br');
    expect(status).toBe(200);
    expect(headers['content-encoding']).toBe('gzip');
    expect(headers['vary']).toBe('Accept-Encoding');
    expect(headers['content-type']).toBe('text/html; charset=utf-8');
    expect(headers['cache-control']).toBe('no-cache');
    expect(Number(headers['content-length'])).toBe(body.length);
    expect(gunzipSync(body).toString('utf8')).toBe(html);
    expect(body.length).toBe(gzipSync(Buffer.from(html), { level: gzipLevel }).length);
    expect(body.length).toBeLessThan(html.length / 5);
  });

  it('sends the file as it is, still with Vary, to a client that does not accept gzip', async () => {
    for (const acceptEncoding of [undefined, 'identity', 'br', 'gzip;q=0']) {
      const { headers, body } = await fetchRaw(gzipped, '/data.csv', acceptEncoding);
      expect(headers['content-encoding']).toBeUndefined();
      expect(headers['vary']).toBe('Accept-Encoding');
      expect(body.toString('utf8')).toBe('a,b\n1,2\n'.repeat(100));
    }
  });

  it('never compresses binary files', async () => {
    const { headers, body } = await fetchRaw(gzipped, '/image.png', 'gzip');
    expect(headers['content-encoding']).toBeUndefined();
    expect(headers['vary']).toBeUndefined();
    expect(body.equals(png)).toBe(true);
  });

  it('still answers 404 for a missing file', async () => {
    expect((await fetchRaw(gzipped, '/missing.html', 'gzip')).status).toBe(404);
  });
});

describe('startServer without gzip (the default)', () => {
  it('sends every file as it is on disk, even to a client that accepts gzip', async () => {
    const { status, headers, body } = await fetchRaw(plain, '/stories/a.html', 'gzip');
    expect(status).toBe(200);
    expect(headers['content-encoding']).toBeUndefined();
    expect(headers['vary']).toBeUndefined();
    expect(body.toString('utf8')).toBe(html);
  });
});

describe('node scripts/serve.mjs, as a command', () => {
  const run = (...args: string[]) => spawnSync(process.execPath, ['scripts/serve.mjs', ...args], { encoding: 'utf8', timeout: 10_000 });
  it('prints its usage for --help and exits 0, without starting a server', () => {
    const result = run('--help');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Usage: node scripts\/serve\.mjs .*--gzip/);
  });
  it('names an unknown option and shows the usage, exit 2, with no stack trace', () => {
    const result = run('--bogus');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("Unknown option '--bogus'");
    expect(result.stderr).toContain('Usage: node scripts/serve.mjs');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});
