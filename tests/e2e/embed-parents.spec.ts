/**
 * The embeds as a newsroom meets them: each chart placed in a real parent page of each kind,
 * served from a second origin (a small server in each test worker on E2E_PORT + 1 + its index,
 * so each page can carry the headers a newsroom's would, its CSP included), and resized as the
 * chart changes:
 * - pym.js: the Parent from npm (node_modules/pym.js/dist/pym.v1.min.js);
 * - Datawrapper: its published listener's behaviour (datawrapper/chart-core lib/embed.js, also
 *   described at developer.datawrapper.de/docs/responsive-iframe): for each chart id in a
 *   `datawrapper-height` message, the iframe with id "datawrapper-chart-{id}", or else the one
 *   whose src contains the id, gets that height; written here in our own words;
 * - AMP: an amp-iframe-style listener ({sentinel: "amp", type: "embed-size", height}, from that frame);
 * - ours: the snippet from the story's embed disclosure and embed-loader.js, under a parent CSP
 *   that allows scripts, frames and images from our host only.
 * Then bad input from a parent, the render flags, guest behaviour, and the sizes.
 */
import type { Page, Frame } from '@playwright/test';
import { test, expect } from './embed-parents-shared-page';
import { createServer, type Server } from 'node:http';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { resolve } from 'node:path';
import { chartSlugs } from './charts';

const port = Number(process.env['E2E_PORT'] ?? 4322);
/** This worker's second origin (set in beforeAll). */
let parentOrigin = '';
const manifest = JSON.parse(readFileSync(resolve('dist/charts.json'), 'utf8')) as { slug: string; story: string }[];
const storyOf = (slug: string) => manifest.find((entry) => entry.slug === slug)!.story;
const pym = readFileSync(resolve('node_modules/pym.js/dist/pym.v1.min.js'), 'utf8');

type Kind = 'pym' | 'datawrapper' | 'amp' | 'loader';

/** Our own words for the documented Datawrapper listener (see the file's comment). */
const datawrapperListener = `addEventListener('message', function (event) {
  var heights = event.data && event.data['datawrapper-height'];
  if (typeof heights === 'undefined') return;
  for (var id in heights) {
    var frame = document.getElementById('datawrapper-chart-' + id) || document.querySelector("iframe[src*='" + id + "']");
    if (frame) frame.style.height = heights[id] + 'px';
  }
});`;

/** As amp-iframe does: only its own frame, only a sentinel "amp" embed-size with a number. */
const ampListener = `addEventListener('message', function (event) {
  var frame = document.getElementById('amp-chart');
  var data = event.data;
  if (!frame || event.source !== frame.contentWindow || !data || data.sentinel !== 'amp' || data.type !== 'embed-size') return;
  var height = Number(data.height);
  if (height > 0 && height < 30000) frame.style.height = height + 'px';
});`;

/** The snippet the story offers for a chart, with its addresses made absolute as the disclosure's script does. */
function snippetFor(slug: string, siteBase: string): string {
  const story = storyOf(slug);
  const html = readFileSync(resolve(`dist/stories/${story}.html`), 'utf8');
  const textarea = new RegExp(`<textarea id="${slug}-embed-code"[^>]*>([\\s\\S]*?)</textarea>`).exec(html)?.[1];
  if (!textarea) throw new Error(`no embed code for ${slug} in dist/stories/${story}.html`);
  const code = textarea.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
  const storyUrl = new URL(`stories/${story}.html`, siteBase).href;
  return code.replace(/(src|href|data-chart-embed)="([^"]+)"/g, (_, name: string, url: string) => `${name}="${new URL(url.replace(/&amp;/g, '&'), storyUrl).href}"`);
}

function parentHtml(kind: Kind, embedUrl: string, slug: string, siteBase: string): string {
  const head = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Newsroom article (${kind})</title><link rel="icon" href="data:,"></head><body><h1>Newsroom article</h1><p>Text above the chart.</p>`;
  const tail = `<p id="after">Text below the chart.</p></body></html>`;
  if (kind === 'pym') return `${head}<div id="chart-${slug}"></div><script src="/pym.v1.min.js"></script><script>window.pymParent = new pym.Parent('chart-${slug}', ${JSON.stringify(embedUrl)}, { title: 'Chart' });</script>${tail}`;
  if (kind === 'datawrapper') return `${head}<iframe id="datawrapper-chart-${slug}" title="Chart" src="${embedUrl}" scrolling="no" style="width:100%;border:0;height:400px"></iframe><script>${datawrapperListener}</script>${tail}`;
  if (kind === 'amp') return `${head}<iframe id="amp-chart" title="Chart" src="${embedUrl}" style="width:100%;border:0;height:400px"></iframe><script>${ampListener}</script>${tail}`;
  // Ours: nothing inline at all, so the page's CSP can allow only our host.
  return `${head}${snippetFor(slug, siteBase)}${tail}`;
}

/** A CSP that allows scripts, frames and images from our host only (and the parent's own). */
const strictParentCsp = (siteOrigin: string) => `default-src 'none'; script-src 'self' ${siteOrigin}; frame-src ${siteOrigin}; img-src ${siteOrigin} data:; style-src 'self'`;

interface Served {
  html: string;
  csp?: string;
}

/** What the second origin serves now, by path; pym.js from npm is always there. */
let served: Record<string, Served> = {};
let server: Server;

test.beforeAll(async ({}, info) => {
  const parentPort = port + 1 + info.parallelIndex;
  parentOrigin = `http://127.0.0.1:${parentPort}`;
  server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', parentOrigin).pathname;
    if (path === '/pym.v1.min.js') return void response.writeHead(200, { 'Content-Type': 'text/javascript' }).end(pym);
    const page = served[path];
    if (!page) return void response.writeHead(404).end('not found');
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', ...(page.csp && { 'Content-Security-Policy': page.csp }) }).end(page.html);
  });
  await new Promise<void>((done) => server.listen(parentPort, '127.0.0.1', done));
});
test.afterAll(() => new Promise<void>((done) => server.close(() => done())));

/** Serves these parent pages from the second origin. */
async function serveParents(pages: Record<string, Served>) {
  served = { ...served, ...pages };
}

async function embedFrame(page: Page): Promise<Frame> {
  const handle = await page.waitForSelector('iframe');
  await expect.poll(async () => (await handle.contentFrame())?.url() ?? '').toContain('/embed/');
  const frame = (await handle.contentFrame())!;
  await frame.waitForSelector('chart-frame');
  return frame;
}

/**
 * The iframe's height on the parent page, the embed's own height, and how far the embed's content
 * overflows its window (what would scroll inside the frame), in CSS px.
 */
async function heights(page: Page, frame: Frame): Promise<{ box: number; content: number; overflow: number }> {
  const box = await page.locator('iframe').first().evaluate((element) => element.getBoundingClientRect().height);
  const { content, overflow } = await frame.evaluate(() => ({
    content: document.documentElement.getBoundingClientRect().height,
    overflow: document.documentElement.scrollHeight - innerHeight,
  }));
  return { box, content, overflow };
}

/**
 * Polled often: the default back-off waits up to 1 s between looks, after every change of state.
 * The iframe is as tall as the chart, and nothing in the chart reaches below it (an absolutely
 * placed status line once did, by 8 px, and the frame scrolled).
 */
async function expectSized(page: Page, frame: Frame, what: string) {
  await expect
    .poll(async () => {
      const { box, content, overflow } = await heights(page, frame);
      return Math.max(Math.abs(box - Math.ceil(content)), overflow);
    }, { message: `${what}: the iframe is as tall as the chart, and the chart does not scroll inside it`, timeout: 8000, intervals: [50, 100, 200] })
    .toBeLessThanOrEqual(1);
}

const kinds: Kind[] = ['pym', 'datawrapper', 'amp', 'loader'];

// Each test walks a chart through many states (or many pages), on a machine shared with others.
test.describe.configure({ timeout: 120_000 });

for (const kind of kinds) {
  test.describe(`a ${kind} parent on another origin`, () => {
    for (const slug of chartSlugs) {
      test(`sizes the ${slug} embed through load, table, switches and 1200 → 300 px`, async ({ page, pageErrors: problems, baseURL }) => {
        const embedUrl = new URL(`embed/${slug}.html`, baseURL).href;
        const html = parentHtml(kind, embedUrl, slug, baseURL!);
        await serveParents({ '/article.html': { html, ...(kind === 'loader' && { csp: strictParentCsp(new URL(baseURL!).origin) }) } });
        await page.setViewportSize({ width: 1200, height: 900 });
        await page.goto(`${parentOrigin}/article.html`);
        const frame = await embedFrame(page);
        await expectSized(page, frame, 'on load');

        await frame.getByText('Data table', { exact: true }).click();
        await expectSized(page, frame, 'with the table open');

        const radios = frame.locator('.chart-switch input[type=radio]');
        if ((await radios.count()) > 1) {
          await radios.nth(1).check();
          await expectSized(page, frame, 'in its second view');
        }
        const slider = frame.locator('input[type=range]').first();
        if (await slider.count()) {
          await slider.fill(await slider.getAttribute('max') ?? '100');
          await expectSized(page, frame, 'with a slider at its maximum');
        }

        await page.setViewportSize({ width: 300, height: 900 });
        await expectSized(page, frame, 'at 300 px');
        expect(problems).toEqual([]);
      });
    }
  });
}

test.describe('our snippet and loader', () => {
  test('start each chart at its own height for the width, so nothing below it jumps', async ({ page, baseURL }) => {
    // The iframe exactly as wide as a width the heights were measured at (embed-kit's measuredWidths):
    // between two, the loader draws a line joining their heights, and a line that wraps there can
    // leave the chart 20 px off it, which says nothing about the table. Its page's margins set
    // the viewport a little wider.
    for (const width of [375, 1200]) {
      for (const slug of chartSlugs) {
        await serveParents({ [`/${slug}-${width}.html`]: { html: parentHtml('loader', '', slug, baseURL!), csp: strictParentCsp(new URL(baseURL!).origin) } });
        const iframe = page.locator('iframe');
        let viewport = width;
        for (let attempt = 0; attempt < 3; attempt += 1) {
          await page.setViewportSize({ width: viewport, height: 900 });
          await page.goto(`${parentOrigin}/${slug}-${width}.html`);
          const shown = await iframe.evaluate((element) => element.getBoundingClientRect().width);
          if (shown === width) break;
          viewport += width - shown;
        }
        expect(await iframe.evaluate((element) => element.getBoundingClientRect().width), `${slug}: the iframe's width`).toBe(width);
        await expect(iframe).toHaveAttribute('title', /\S/);
        await expect(iframe).toHaveAttribute('loading', 'lazy');
        const first = await iframe.evaluate((element) => element.getBoundingClientRect().height);
        const frame = await embedFrame(page);
        await expectSized(page, frame, `${slug} at ${width}`);
        const final = await iframe.evaluate((element) => element.getBoundingClientRect().height);
        // Measured at build time (npm run measure:embeds): a stale table fails here.
        expect(Math.abs(final - first), `${slug} at ${width}: starting ${first} px, chart ${final} px`).toBeLessThanOrEqual(8);
      }
    }
  });

  test('leave the link and image when the parent blocks scripts from us, or frames', async ({ page, browser, baseURL }) => {
    const site = new URL(baseURL!).origin;
    await serveParents({
      '/no-scripts.html': { html: parentHtml('loader', '', 'price-tiers', baseURL!), csp: "default-src 'self'; img-src " + site },
      '/no-frames.html': { html: parentHtml('loader', '', 'price-tiers', baseURL!), csp: `default-src 'none'; script-src ${site}; img-src ${site}; frame-src 'none'` },
    });
    await page.goto(`${parentOrigin}/no-scripts.html`);
    await expect(page.locator('iframe')).toHaveCount(0);
    const link = page.getByRole('link', { name: 'What it cost to rent a Chinese phone' }).last();
    await expect(link).toBeVisible();
    await expect(link).toHaveAttribute('href', new URL('embed/price-tiers.html', baseURL).href);
    await expect(page.locator('img')).toHaveJSProperty('naturalWidth', 640);

    // The loader tries, the frame is refused and never reports: the link comes back, 4 s after
    // the frame loads. A fake clock skips those seconds; it needs a page of its own, as a page
    // cannot be given its real clock back.
    const context = await browser.newContext({ baseURL: baseURL! });
    try {
      const blocked = await context.newPage();
      await blocked.clock.install();
      await blocked.goto(`${parentOrigin}/no-frames.html`);
      await expect
        .poll(async () => {
          await blocked.clock.runFor(4000);
          return blocked.locator('iframe').count();
        }, { message: 'the refused frame is taken away', timeout: 10_000 })
        .toBe(0);
      await expect(blocked.getByRole('link', { name: 'What it cost to rent a Chinese phone' }).last()).toBeVisible();
    } finally {
      await context.close();
    }
  });

  test('ignore heights from strangers and absurd heights from the frame', async ({ page, pageErrors: problems, baseURL }) => {
    // A "chart" that lies: junk, absurd and negative heights, then one sane height.
    const liar = `<!doctype html><html lang="en"><head><title>liar</title><link rel="icon" href="data:,"></head><body><script>
      var p = parent;
      [null, 'junk', 42, { type: 'embed-height' }, { type: 'embed-height', height: 'x' }, { type: 'embed-height', height: 1e9 },
       { type: 'embed-height', height: -50 }, { type: 'embed-height', height: Infinity }].forEach(function (m) { p.postMessage(m, '*'); });
      setTimeout(function () { p.postMessage({ type: 'embed-height', height: 333 }, '*'); }, 300);
    </script></body></html>`;
    await serveParents({
      '/liar.html': { html: liar },
      '/article.html': {
        html: `<!doctype html><html lang="en"><head><title>t</title><link rel="icon" href="data:,"></head><body><div data-chart-embed="${parentOrigin}/liar.html" data-title="Liar" data-heights="300:700 1200:700"><a href="#">fallback</a></div>
        <iframe id="stranger" title="stranger" srcdoc="<script>parent.postMessage({type:'embed-height',height:5},'*')</script>"></iframe>
        <script src="${new URL('embed-loader.js', baseURL).href}"></script></body></html>`,
      },
    });
    await page.setViewportSize({ width: 800, height: 900 });
    await page.goto(`${parentOrigin}/article.html`);
    const frame = page.locator('iframe[data-chart-embed]');
    await expect(frame).toHaveAttribute('title', 'Liar');
    await expect.poll(() => frame.evaluate((element) => element.getBoundingClientRect().height)).toBe(333);
    expect(problems).toEqual([]);
  });
});

test.describe('bad input from a parent', () => {
  test('junk messages, a hostile childId and malformed flags are ignored without an error', async ({ page, pageErrors: problems, baseURL }) => {
    const hostile = encodeURIComponent('x"><img src=x onerror=alert(1)>xPYMx');
    const embedUrl = new URL(`embed/price-tiers.html?childId=${hostile}&theme=%3Cscript%3E&transparent=maybe&plain=%&static=0`, baseURL).href;
    await serveParents({
      '/article.html': {
        html: `<!doctype html><html lang="en"><head><title>t</title><link rel="icon" href="data:,"></head><body><iframe id="embed" title="Chart" src="${embedUrl}"></iframe><script>
          window.messages = [];
          addEventListener('message', function (e) { window.messages.push(e.data); });
          window.junk = function () {
            var w = document.getElementById('embed').contentWindow;
            [null, undefined, 0, 'pymxPYMx', 'pymxPYMxotherxPYMxwidthxPYMx300', { type: 'embed-height-request', height: 1e9 }, { type: { toString: 1 } },
             new Array(10000).join('x'), { 'datawrapper-height': { x: -1 } }, { sentinel: 'amp', type: 'embed-size', height: 'NaN' }]
              .forEach(function (m) { w.postMessage(m, '*'); });
          };
        </script></body></html>`,
      },
    });
    await page.goto(`${parentOrigin}/article.html`);
    const frame = await embedFrame(page);
    await page.evaluate(() => (window as unknown as { junk: () => void }).junk());
    await page.waitForTimeout(300);
    const messages = await page.evaluate(() => (window as unknown as { messages: unknown[] }).messages);
    expect(messages.length).toBeGreaterThan(0);
    expect(messages.filter((message) => typeof message === 'string'), 'no pym message for a hostile childId').toEqual([]);
    // Malformed flags: the defaults.
    expect(await frame.evaluate(() => [...document.documentElement.attributes].map((attribute) => attribute.name).filter((name) => name.startsWith('data-')))).toEqual([]);
    await expect(frame.locator('.chart-credit')).toBeVisible();
    expect(problems).toEqual([]);
  });
});

test.describe('render flags', () => {
  const paper = (frame: Page) => frame.evaluate(() => getComputedStyle(document.body).backgroundColor);

  test('theme=dark and theme=light override the reader’s system; auto follows it', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('embed/price-tiers.html?theme=dark');
    expect(await paper(page)).toBe('rgb(22, 22, 26)');
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('embed/price-tiers.html?theme=light');
    expect(await paper(page)).toBe('rgb(255, 255, 255)');
    await page.goto('embed/price-tiers.html?theme=auto');
    expect(await paper(page)).toBe('rgb(22, 22, 26)');
  });

  test('transparent lets the page show through', async ({ page }) => {
    await page.goto('embed/risk-flow.html?transparent');
    expect(await paper(page)).toBe('rgba(0, 0, 0, 0)');
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe('rgba(0, 0, 0, 0)');
  });

  test('plain drops the title block and source line from view, keeping the title for screen readers', async ({ page }) => {
    await page.goto('embed/covid-trade.html?plain');
    await expect(page.locator('.chart-credit')).toBeHidden();
    await expect(page.locator('.embed-source-line')).toBeHidden();
    const title = page.getByRole('heading', { level: 1 });
    await expect(title).toBeAttached();
    expect((await title.boundingBox())!.height).toBeLessThanOrEqual(1);
    await expect(page.locator('svg.chart-svg:visible')).toHaveCount(1);
  });

  test('static shows the default view with no switch, slider or tooltip', async ({ page }) => {
    await page.goto('embed/price-tiers.html?static');
    await expect(page.locator('.chart-switch')).toBeHidden();
    await expect(page.locator('.chart-mark[tabindex]')).toHaveCount(0);
    const box = (await page.locator('svg.chart-svg:visible .chart-mark').first().boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.waitForTimeout(200);
    await expect(page.locator('.chart-tooltip')).toBeHidden();
    await page.goto('embed/risk-model.html?static');
    await expect(page.locator('.model-controls')).toBeHidden();
  });
});

test.describe('an embed as a guest', () => {
  test('opens every link that leaves the embed in a new tab with noopener, and keeps its skip link in the frame', async ({ page }) => {
    for (const slug of chartSlugs) {
      await page.goto(`embed/${slug}.html`);
      const links = await page.locator('a[href]').evaluateAll((anchors) =>
        anchors.map((anchor) => ({ href: anchor.getAttribute('href')!, target: anchor.getAttribute('target'), rel: anchor.getAttribute('rel') })),
      );
      const within = ({ href }: { href: string }) => href.length > 1 && href.startsWith('#');
      const leaving = links.filter((link) => !within(link));
      expect(leaving.length, slug).toBeGreaterThan(2);
      for (const { href, target, rel } of leaving) {
        expect(target, `${slug}: ${href}`).toBe('_blank');
        expect(rel, `${slug}: ${href}`).toContain('noopener');
      }
      // Within the embed: the skip link moves focus past the chart, here, not in a new tab.
      for (const { href, target } of links.filter(within)) expect(target, `${slug}: ${href}`).toBeNull();
      await expect(page.locator('a.chart-skip'), slug).toHaveAttribute('href', `#${slug}-end`);
    }
  });

  test('a state from a pym parent’s address is marked as changed, links to the story, and adds nothing to the parent’s history', async ({ page, pageErrors: problems, baseURL }) => {
    const embedUrl = new URL('embed/risk-model.html?caught=100&bribe=10000&days=1', baseURL).href;
    await serveParents({ '/article.html': { html: parentHtml('pym', embedUrl, 'risk-model', baseURL!) } });
    await page.goto(`${parentOrigin}/article.html`);
    const historyBefore = await page.evaluate(() => history.length);
    const frame = await embedFrame(page);
    await expect(frame.locator('.model-changed')).toBeVisible();
    const share = frame.locator('[data-share]');
    await expect(share).toHaveAttribute('target', '_blank');
    const href = new URL((await share.getAttribute('href'))!);
    expect(href.pathname).toMatch(new RegExp(`stories/${storyOf('risk-model')}\\.html$`));
    expect(Object.fromEntries(href.searchParams)).toEqual({ caught: '100', bribe: '10000', days: '1' });
    expect(href.hash).toBe('#risk-model-title');

    // Moving a slider, opening the table: the parent's Back button still leaves the article.
    await frame.locator('input[type=range]').first().fill('20');
    await frame.getByText('Data table', { exact: true }).click();
    expect(await page.evaluate(() => history.length)).toBe(historyBefore);
    // Back at the defaults, the mark goes.
    await frame.getByRole('button', { name: /reset/i }).click();
    await expect(frame.locator('.model-changed')).toBeHidden();
    expect(problems).toEqual([]);
  });
});

test.describe('images, cards and oEmbed', () => {
  test('every page and embed has Open Graph and Twitter tags with a 1200×630 card that exists', async ({ page }) => {
    const pages = ['index.html', 'methods.html', 'stories/crackdown.html', 'stories/rentals.html', ...chartSlugs.map((slug) => `embed/${slug}.html`)];
    for (const path of pages) {
      await page.goto(path);
      const image = await page.locator('meta[property="og:image"]').getAttribute('content');
      expect(image, path).toMatch(/images\/[a-z-]+-card\.png$/);
      await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image');
      await expect(page.locator('meta[property="og:description"]')).toHaveAttribute('content', /\w{4}/);
      const png = readFileSync(resolve('dist', new URL(image!, new URL(path, 'http://x/')).pathname.slice(1)));
      expect([png.readUInt32BE(16), png.readUInt32BE(20)], path).toEqual([1200, 630]);
      // Without SITE_URL: no canonical address and no JSON-LD.
      await expect(page.locator('link[rel=canonical], script[type="application/ld+json"]')).toHaveCount(0);
    }
  });

  test('each embed links its oEmbed file, which holds the snippet', async ({ page }) => {
    for (const slug of chartSlugs) {
      await page.goto(`embed/${slug}.html`);
      const href = await page.locator('link[type="application/json+oembed"]').getAttribute('href');
      const response = await page.request.get(new URL(href!, page.url()).href);
      const oembed = (await response.json()) as Record<string, unknown>;
      expect(oembed).toMatchObject({ version: '1.0', type: 'rich', width: 640, thumbnail_width: 1200, thumbnail_height: 630 });
      expect(oembed['html']).toContain(`data-chart-embed="../embed/${slug}.html"`);
      expect(oembed['height']).toBeGreaterThan(300);
    }
  });

  test('the PNG and SVG downloads sit beside CSV and JSON and open', async ({ page }) => {
    await page.goto('embed/covid-trade.html');
    for (const [name, type] of [['PNG', 'image/png'], ['SVG', 'image/svg+xml']] as const) {
      const href = await page.getByRole('link', { name, exact: true }).getAttribute('href');
      const response = await page.request.get(new URL(href!, page.url()).href);
      expect(response.headers()['content-type']).toContain(type);
    }
    await page.goto('images/covid-trade.svg');
    await expect(page.locator('svg text').first()).toBeVisible();
  });
});

test('budgets: every embed page ≤ 30 KB gzipped with the fonts it loads, the loader ≤ 1 KB gzipped, each PNG ≤ 150 KB', () => {
  const gz = (path: string) => gzipSync(readFileSync(path), { level: 6 }).length;
  for (const name of readdirSync('dist/embed')) {
    const html = readFileSync(`dist/embed/${name}`, 'utf8');
    // A WOFF2 file is already compressed: a host sends it as it is.
    const fonts = [...new Set(html.match(/fonts\/[a-z0-9-]+\.woff2/g) ?? [])];
    expect(fonts.length, `${name} loads the chart face`).toBeGreaterThan(0);
    const total = gz(`dist/embed/${name}`) + fonts.reduce((sum, font) => sum + statSync(`dist/${font}`).size, 0);
    expect(total, `${name} with ${fonts.join(', ')}`).toBeLessThanOrEqual(30 * 1024);
  }
  expect(gz('dist/embed-loader.js')).toBeLessThanOrEqual(1024);
  expect(readFileSync('dist/embed-loader.js', 'utf8')).toMatch(/^\/\*! .*MIT License/);
  const pngs = readdirSync('dist/images').filter((name) => name.endsWith('.png'));
  expect(pngs.length).toBe(chartSlugs.length * 3);
  for (const name of pngs) expect(statSync(`dist/images/${name}`).size, name).toBeLessThanOrEqual(150 * 1024);
});
