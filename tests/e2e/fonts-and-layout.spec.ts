/**
 * The site's typefaces and the layout around them: the faces come from the site itself and load
 * (also from a sub-path and file://), a late face never moves the layout, every story has its
 * masthead dated by the corrections log, and complex charts break out of the text column on a
 * wide screen but never past a narrow one. (That a graphic starts within a phone's first screen
 * and a half is story.spec.ts's "the lead graphic", which asks for a drawn chart.)
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { create, type Font } from 'fontkitten';
import { expect, test } from './fixtures';
import { embedPages, sitePages, stories } from './charts';
import { charactersIn, coveredBy } from '../../integrations/subset-fonts';
import { sourcePath, webFonts } from '../../src/styles/fonts';

const phone = { width: 375, height: 667 };

/** The web fonts document.fonts reports as loaded, as "family weight". */
async function loadedFaces(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    // Asked for explicitly: `font-display: optional` may leave a face unused on a slow first paint,
    // but its file must load from where the page is (URL and CSP).
    for (const face of document.fonts) if (!face.family.includes('Fallback')) await face.load().catch(() => undefined);
    await document.fonts.ready;
    return [...document.fonts].filter((face) => face.status === 'loaded' && !face.family.includes('Fallback')).map((face) => `${face.family.replace(/"/g, '')} ${face.weight}`);
  });
}

test.describe('typefaces', () => {
  for (const path of [...sitePages, embedPages[0]!]) {
    test(`${path} loads its faces from the site itself`, { tag: '@hosting' }, async ({ page, baseURL }) => {
      const fontRequests: string[] = [];
      page.on('request', (request) => {
        if (request.resourceType() === 'font' || request.url().endsWith('.woff2')) fontRequests.push(request.url());
      });
      await page.goto(path);
      const expected = webFonts.filter((font) => font.pages === (path.startsWith('embed/') ? 'embed' : 'site')).map((font) => `${font.family} ${font.weight}`);
      expect((await loadedFaces(page)).sort()).toEqual([...new Set(expected)].sort());
      expect(fontRequests.length).toBeGreaterThan(0);
      // The fixture's guard fails on any request to another origin; these are the site's own files, relative to it.
      for (const url of fontRequests) expect(url.startsWith(new URL('fonts/', baseURL!).href), url).toBe(true);
    });
  }

  for (const path of sitePages) {
    test(`${path} does not move when the faces arrive late (CLS 0)`, async ({ page }) => {
      await page.setViewportSize(phone);
      // Hold the fonts back until the page has painted with its fallback, and past the 100 ms a
      // `font-display: optional` face may block text for: the fallback then stays, so nothing may
      // shift; a `swap` would reflow the page when they arrive. (Released on the page's own paint,
      // not after a fixed delay, so it is past the first paint however slow the machine.)
      let release!: () => void;
      const released = new Promise<void>((resolve) => (release = resolve));
      await page.route('**/*.woff2', async (route) => {
        await released;
        await route.continue();
      });
      await page.addInitScript(() => {
        (window as unknown as { cls: number }).cls = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
            if (!entry.hadRecentInput) (window as unknown as { cls: number }).cls += entry.value;
          }
        }).observe({ type: 'layout-shift', buffered: true });
      });
      // Not `load`: the held fonts hold the load event too.
      await page.goto(path, { waitUntil: 'commit' });
      await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
      await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 150)));
      release();
      await page.waitForLoadState('load');
      await page.evaluate(() => document.fonts.ready);
      // Layout shifts are reported after the frame that laid the page out again: two frames and a moment.
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 100)))));
      expect(await page.evaluate(() => (window as unknown as { cls: number }).cls), path).toBe(0);
    });
  }

  test('chart text and the story are set in the site’s faces once they have loaded', async ({ page }) => {
    await page.goto('stories/crackdown.html');
    await page.evaluate(() => document.fonts.ready);
    const families = await page.evaluate(() => ({
      text: getComputedStyle(document.querySelector('main p:not([class])')!).fontFamily,
      chart: getComputedStyle(document.querySelector('chart-frame svg.chart-svg text')!).fontFamily,
    }));
    expect(families.text).toMatch(/^"Source Serif 4"/);
    expect(families.chart).toMatch(/^"Source Sans 3"/);
  });

  test('every character the built pages use is in the faces cut for them', () => {
    const dist = 'dist';
    const html = (folder: string): string[] =>
      readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
        entry.isDirectory() ? html(join(folder, entry.name)) : entry.name.endsWith('.html') ? [join(folder, entry.name)] : [],
      );
    const pages = html(dist);
    for (const font of webFonts) {
      const used = new Set<string>();
      for (const file of pages.filter((page) => page.includes(`${dist}/embed/`) === (font.pages === 'embed'))) {
        for (const character of charactersIn(readFileSync(file, 'utf8'))) used.add(character);
      }
      const source = create(readFileSync(sourcePath(font))) as Font;
      const subset = create(readFileSync(join(dist, font.file))) as Font;
      const wanted = coveredBy(source, used);
      expect(wanted.length, font.file).toBeGreaterThan(90);
      expect(wanted.filter((character) => !subset.hasGlyphForCodePoint(character.codePointAt(0)!)), font.file).toEqual([]);
      // And it is a cut: most of the source's characters are gone.
      expect(subset.characterSet.length, font.file).toBeLessThan(source.characterSet.length / 1.5);
    }
  });
});

test.describe('story masthead', () => {
  const corrections = JSON.parse(readFileSync('content/corrections.json', 'utf8')) as { date: string }[];
  const lastCorrection = corrections.map(({ date }) => date).sort().at(-1)!;

  for (const story of stories) {
    test(`${story}: kicker, byline, and a date line that is the last correction’s date`, async ({ page }) => {
      await page.goto(`stories/${story}.html`);
      const header = page.locator('.story-header');
      await expect(header.locator('.kicker')).toHaveText(/Explainer · Part \d of \d/);
      await expect(header.locator('.byline-name')).toHaveText(/^By the .+ team$/);
      const updated = header.locator('.dateline a');
      await expect(updated).toHaveText(/^Updated \d{1,2} [A-Z][a-z]+ \d{4}$/);
      await expect(updated.locator('time')).toHaveAttribute('datetime', lastCorrection);
      await expect(updated).toHaveAttribute('href', '../methods.html#corrections');
      // Its facts are the story's own numbers, each linking to its endnote.
      const facts = page.locator('.key-facts li a.num');
      expect(await facts.count()).toBeGreaterThanOrEqual(3);
      for (const fact of await facts.all()) {
        const target = (await fact.getAttribute('href'))!;
        await expect(page.locator(target)).toHaveCount(1);
      }
    });
  }

  test('the navigation is one row on a phone', async ({ page }) => {
    await page.setViewportSize(phone);
    await page.goto('stories/crackdown.html');
    const height = await page.locator('.site-header').evaluate((header) => header.getBoundingClientRect().height);
    expect(height).toBeLessThanOrEqual(48);
  });
});

test.describe('breakout charts', () => {
  test('are wider than the text column at 1280 px, drawn at their own width', async ({ page }) => {
    test.setTimeout(90_000);
    await page.setViewportSize({ width: 1280, height: 900 });
    for (const story of stories) {
      await page.goto(`stories/${story}.html`);
      const frames = page.locator('chart-frame[data-breakout]');
      expect(await frames.count(), story).toBeGreaterThan(0);
      for (const frame of await frames.all()) {
        const sizes = await frame.evaluate(async (element) => {
          // Laid out only near the screen (content-visibility): bring it there first.
          element.scrollIntoView();
          await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
          const svg = [...element.querySelectorAll<SVGSVGElement>('svg.chart-svg')].find((drawing) => drawing.getBoundingClientRect().width > 0)!;
          return {
            column: element.closest('.prose')!.getBoundingClientRect().width,
            drawing: svg.getBoundingClientRect().width,
            drawnAt: svg.viewBox.baseVal.width,
            layout: svg.getAttribute('data-layout'),
          };
        });
        expect(sizes.layout).toBe('breakout');
        expect(sizes.drawing).toBeGreaterThan(sizes.column + 100);
        expect(sizes.drawing).toBeGreaterThanOrEqual(sizes.drawnAt);
      }
    }
  });

  test('are never wider than the window at 320 px', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    for (const story of stories) {
      await page.goto(`stories/${story}.html`);
      const overflow = await page.evaluate(() =>
        [...document.querySelectorAll('chart-frame[data-breakout]')].map((frame) => {
          const box = frame.getBoundingClientRect();
          return { left: box.left, right: box.right, width: innerWidth, scroll: document.documentElement.scrollWidth };
        }),
      );
      expect(overflow.length).toBeGreaterThan(0);
      for (const box of overflow) {
        expect(box.left).toBeGreaterThanOrEqual(0);
        expect(box.right).toBeLessThanOrEqual(box.width);
        expect(box.scroll).toBeLessThanOrEqual(box.width);
      }
    }
  });
});

test.describe('a chart frame’s links', () => {
  // "Download the data: CSV, JSON; the chart: PNG, SVG" and "From the full story.": each link a
  // target of 24 by 24 CSS px or more (WCAG 2.5.8), yet its punctuation follows its last letter
  // as in running text, with no gap before it (padding at a link's sides made one).
  for (const width of [375, 1280]) {
    test(`are 24 px targets with no gap before the punctuation after them, at ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto('embed/risk-model.html');
      await page.evaluate(() => document.fonts.ready);
      const links = await page.locator('.chart-links a').evaluateAll((anchors) =>
        anchors.map((anchor) => {
          const box = anchor.getBoundingClientRect();
          const next = anchor.nextSibling;
          const text = anchor.firstChild!;
          const range = document.createRange();
          // The link's last letter, and the character after the link.
          range.setStart(text, text.textContent!.length - 1);
          range.setEnd(text, text.textContent!.length);
          const last = range.getBoundingClientRect();
          let gap: number | null = null;
          let after = '';
          if (next?.nodeType === Node.TEXT_NODE && /^[,.;]/.test(next.textContent!)) {
            after = next.textContent![0]!;
            range.setStart(next, 0);
            range.setEnd(next, 1);
            gap = range.getBoundingClientRect().left - last.right;
          }
          return { link: anchor.textContent, width: box.width, height: box.height, after, gap };
        }),
      );
      expect(links.map((link) => link.link)).toEqual(['CSV', 'JSON', 'PNG', 'SVG', 'the full story']);
      for (const link of links) {
        expect(link.width, link.link!).toBeGreaterThanOrEqual(24);
        expect(link.height, link.link!).toBeGreaterThanOrEqual(24);
        if (link.gap !== null) expect(link.gap, `${link.link}${link.after}`).toBeLessThan(1);
      }
      expect(links.filter((link) => link.gap !== null).map((link) => link.after)).toEqual([',', ';', ',', '.']);
    });
  }
});
