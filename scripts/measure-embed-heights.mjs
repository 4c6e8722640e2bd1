#!/usr/bin/env node
/**
 * Measures each chart's embed page in Chromium at the widths the embed snippet carries
 * (src/lib/embed-kit.ts `measuredWidths`) and writes src/data/embed-heights.json, from which the
 * snippet tells the loader the chart's starting height at the reader's width, so nothing jumps
 * when it loads. Run after a build that changed a chart's height:
 *
 *   npm run build && npm run measure:embeds && npm run build
 *
 * The end-to-end test tests/e2e/embed-loader.spec.ts fails when the stored heights are stale.
 */
import { chromium } from '@playwright/test';
import { readFile, writeFile } from 'node:fs/promises';
import { chromiumArgs, findChromium } from './chromium.mjs';
import { startServer } from './serve.mjs';
import { blockForWebFaces } from './web-faces.mjs';

// Kept equal to measuredWidths in src/lib/embed-kit.ts (the e2e test checks both).
const widths = [300, 320, 360, 375, 414, 435, 436, 480, 560, 655, 656, 720, 800, 960, 1200];
const port = Number(process.env.MEASURE_PORT ?? 4329);

const server = await startServer({ port, root: 'dist' });
const executablePath = findChromium() ?? undefined;
const browser = await chromium.launch({ args: chromiumArgs, executablePath });
try {
  const manifest = JSON.parse(await readFile('dist/charts.json', 'utf8'));
  // Measured in the web faces, for certain (./web-faces.mjs): heights once measured in a fallback
  // were stored 21 px off the chart’s at 360 px.
  const context = await browser.newContext({ viewport: { width: widths[0], height: 800 }, bypassCSP: true });
  await blockForWebFaces(context);
  const page = await context.newPage();
  const heights = {};
  for (const { slug, embed_page: embedPage } of manifest) {
    await page.goto(`http://127.0.0.1:${port}/${embedPage}`);
    const faces = await page.evaluate(async () => {
      await document.fonts.ready;
      return [...document.fonts].filter((face) => !/fallback/i.test(face.family)).map((face) => face.status);
    });
    if (faces.length === 0 || faces.some((status) => status !== 'loaded')) throw new Error(`${embedPage}: its web faces did not load (${faces.join(', ') || 'none declared'})`);
    heights[slug] = {};
    for (const width of widths) {
      await page.setViewportSize({ width, height: 800 });
      heights[slug][width] = await page.evaluate(
        () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(Math.ceil(document.documentElement.getBoundingClientRect().height))))),
      );
    }
    console.log(slug, Object.entries(heights[slug]).map(([w, h]) => `${w}:${h}`).join(' '));
  }
  await writeFile('src/data/embed-heights.json', `${JSON.stringify(heights, null, 2)}\n`);
} finally {
  await browser.close();
  server.close();
}
