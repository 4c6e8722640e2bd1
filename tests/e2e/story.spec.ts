import { test, expect, fetchText } from './fixtures';
import { embedPages, sitePages } from './charts';

const story = 'stories/crackdown.html';
const chart = (page: import('@playwright/test').Page) => page.locator('chart-frame[data-slug="price-tiers"]');
const visibleChart = (page: import('@playwright/test').Page) => chart(page).locator('svg.chart-svg:visible');

test.describe('story one', () => {
  // Checks that only read the page (and one that follows a link within it, last) share one page load.
  test('renders the narrative and the price-tier chart; its pop-up sources date what the report dates; its CSP allows nothing from elsewhere; every number links to its quote', async ({ page }) => {
    await page.goto(story);
    await test.step('renders the narrative and the price-tier chart', async () => {
      await expect(page.getByRole('heading', { level: 1 })).toContainText('A phone for the day');
      await expect(page.getByRole('heading', { name: 'What it cost to rent a Chinese phone' })).toBeVisible();
      await expect(visibleChart(page)).toHaveCount(1);
      await expect(visibleChart(page).locator('.chart-mark')).toHaveCount(5);
      // Numbers in prose come from the figures: the same values the chart shows.
      await expect(page.locator('.prose > p .num[data-figure="crackdown-day-rate"]')).toHaveText('200 yuan');
      await expect(page.locator('.prose > p .num[data-figure="crackdown-per-morning"]')).toHaveText('130–150 yuan');
      await expect(page.getByText('2019 (inferred)').first()).toBeVisible();
    });

    await test.step("a mark's pop-up source dates only the words of the source the report dates", async () => {
      const speaker = (slug: string, entry: string) => page.locator(`template[data-tooltip-for="${slug}-source-${entry}"]`).evaluate((template: HTMLTemplateElement) => template.content.querySelector('.tooltip-speaker')?.textContent ?? '');
      // The prices per call and per morning, and the line on being well-connected, are an undated source's.
      for (const [slug, entry] of [['price-tiers', 'crackdown-per-call'], ['price-tiers', 'crackdown-per-morning'], ['risk-flow', 'well-connected']] as const) {
        const words = await speaker(slug, entry);
        expect(words, `${slug} ${entry}`).toMatch(/whose interview it does not date/);
        expect(words, `${slug} ${entry}`).not.toMatch(/27 May/);
      }
      expect(await speaker('price-tiers', 'crackdown-day-rate')).toMatch(/reporting an interview of 27 May 2019 \(year inferred\)/);
    });

    await test.step('sends a Content-Security-Policy that allows nothing from elsewhere', async () => {
      const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
      expect(policy).toContain("default-src 'none'");
      expect(policy).not.toContain('unsafe-inline');
      expect(policy).not.toMatch(/https?:/);
    });

    await test.step('every number in the prose links to its quote and report', async () => {
      const targets = await page.locator('a.num').evaluateAll((links) =>
        links.map((link) => document.getElementById(link.getAttribute('href')!.slice(1))?.textContent ?? `missing ${link.getAttribute('href')}`),
      );
      expect(targets.length).toBeGreaterThan(5);
      for (const target of targets) expect(target).toMatch(/Daily NK, .+ (reporting an interview of|whose interview it does not date)/);
      const won = page.locator('a.num[data-figure="crackdown-day-rate-won"]');
      await expect(won).toHaveText('about 35,000 South Korean won');
      await won.click();
      await expect(page.locator('#figure-crackdown-day-rate-won')).toContainText('(around 35,000 South Korean won)');
      await expect(page.locator('#figure-crackdown-day-rate-year-earlier')).toContainText('Derived');
    });
  });

  test('a number’s endnote links back to the very number the reader followed, one of several', async ({ page }) => {
    await page.goto(story);
    // A figure the prose gives more than once: the note cannot know which one the reader came from.
    const id = await page.locator('.prose a.num').evaluateAll((links) => {
      const ids = links.map((link) => link.getAttribute('data-figure'));
      return ids.find((figure, index) => ids.indexOf(figure) !== index) ?? null;
    });
    expect(id, 'a figure given twice in the prose').not.toBeNull();
    const numbers = page.locator(`.prose a.num[data-figure="${id}"]`);
    const note = page.locator(`#figure-${id}`);
    const back = note.getByRole('link', { name: 'Back to the text' });
    await expect(back, 'no way back before a number is followed').toHaveCount(0);

    for (const index of [1, 0]) {
      const number = numbers.nth(index);
      await number.click();
      await expect(page).toHaveURL(new RegExp(`#figure-${id}$`));
      await expect(back).toHaveCount(1);
      await back.click();
      const numberId = await number.getAttribute('id');
      expect(numberId, `occurrence ${index + 1} has an id to come back to`).toMatch(/\S/);
      await expect(page).toHaveURL(new RegExp(`#${numberId}$`));
      await expect(number).toBeInViewport();
    }
    expect(await numbers.nth(0).getAttribute('id')).not.toBe(await numbers.nth(1).getAttribute('id'));
  });

  // The price-tier chart's interactions share one page load: pointer, keyboard, then the switch (which redraws it).
  test('hovering a mark shows its value and quote; keyboard focus reaches every mark; the currency switch redraws the chart', async ({ page }) => {
    await page.goto(story);
    await test.step('hovering a mark shows its value and the quote it comes from', async () => {
      await visibleChart(page).locator('[data-figure="crackdown-per-call"]').hover();
      const tooltip = chart(page).locator('.chart-tooltip');
      await expect(tooltip).toBeVisible();
      await expect(tooltip).toContainText('Per call, 2019 (inferred): 50 yuan');
      await expect(tooltip).toContainText('per call basis for 50 yuan');
      // WCAG 1.4.13: the pointer can move onto the tooltip without it closing; Escape dismisses it.
      await tooltip.hover();
      await expect(tooltip).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(tooltip).toBeHidden();
    });

    await test.step('an open tooltip stays while only the height changes (a phone scrolling) and goes when the width does', async () => {
      const size = page.viewportSize()!;
      const afterResize = () => page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      await visibleChart(page).locator('[data-figure="crackdown-per-call"]').hover();
      const tooltip = chart(page).locator('.chart-tooltip');
      await expect(tooltip).toBeVisible();
      await page.setViewportSize({ width: size.width, height: size.height - 120 });
      await afterResize();
      await expect(tooltip).toBeVisible();
      await page.setViewportSize({ width: size.width - 40, height: size.height - 120 });
      await afterResize();
      await expect(tooltip).toBeHidden();
      await page.setViewportSize(size);
    });

    // The pointer out of the way, as on a fresh page.
    await page.mouse.move(0, 0);
    await test.step('keyboard focus reaches every mark and shows its value and quote', async () => {
      await page.getByLabel('US dollars').focus();
      // One Tab onto the drawing, then the arrow keys from mark to mark.
      await page.keyboard.press('Tab');
      const focused = new Set<string>();
      for (let step = 0; step < 12 && focused.size < 5; step += 1) {
        const figure = await page.evaluate(() => document.activeElement?.getAttribute('data-figure'));
        if (figure) focused.add(figure);
        await page.keyboard.press('ArrowRight');
      }
      expect([...focused].sort()).toEqual(
        ['crackdown-day-rate', 'crackdown-day-rate-year-earlier', 'crackdown-per-call', 'crackdown-per-morning', 'rentals-price-range'].sort(),
      );
      const tooltip = chart(page).locator('.chart-tooltip');
      await expect(tooltip).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(tooltip).toBeHidden();
    });

    await test.step('the currency switch redraws the chart in won and in dollars, with the rate shown', async () => {
      await expect(visibleChart(page)).toContainText('Price (Chinese yuan)');
      await page.getByLabel('South Korean won').check();
      await expect(visibleChart(page)).toContainText('Price (South Korean won, converted)');
      await expect(visibleChart(page).locator('[data-figure="crackdown-day-rate"]')).toHaveAttribute('aria-label', /35,000 won/);
      await expect(chart(page).locator('.chart-variant-note:visible')).toContainText('175 won per yuan');
      await page.getByLabel('US dollars').check();
      await expect(visibleChart(page)).toContainText('Price (US dollars, converted)');
      await expect(visibleChart(page).locator('[data-figure="rentals-price-range"]')).toHaveAttribute('aria-label', /≈US\$7–28/);
      await expect(chart(page).locator('.chart-variant-note:visible')).toContainText('0.14 dollars per yuan');
    });
  });

  test('draws a narrow chart on a phone, a medium one on a small tablet and a wide one on a desktop, never scaled down', async ({ page }) => {
    for (const [width, layout] of [
      [320, 'narrow'],
      [375, 'narrow'],
      [600, 'medium'],
      [1200, 'wide'],
    ] as const) {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(story);
      await expect(visibleChart(page), `${width} px`).toHaveAttribute('data-layout', layout);
      const scale = await visibleChart(page).evaluate((svg) => svg.getBoundingClientRect().width / (svg as SVGSVGElement).viewBox.baseVal.width);
      expect(scale, `${width} px`).toBeGreaterThanOrEqual(1);
    }
  });

  test('never scrolls sideways on a narrow phone, even with the text size doubled', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 700 });
    for (const path of [...sitePages, ...embedPages]) {
      await page.goto(path);
      for (const rootSize of ['100%', '200%']) {
        await page.evaluate((size) => (document.documentElement.style.fontSize = size), rootSize);
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        expect(width, `${path} at ${rootSize} text`).toBeLessThanOrEqual(320);
      }
    }
  });

  test('keeps a wide data table’s caption to the width a phone shows, the table scrolling under it', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 700 });
    await page.goto('stories/crackdown.html');
    const boxes = await page.evaluate(() =>
      [...document.querySelectorAll('.table-scroll')].map((scroller) => {
        scroller.closest('details')?.setAttribute('open', '');
        const caption = scroller.querySelector('caption')!.getBoundingClientRect();
        return { caption: scroller.querySelector('caption')!.textContent!.slice(0, 30), right: caption.right, edge: scroller.getBoundingClientRect().right, table: scroller.scrollWidth, width: scroller.clientWidth };
      }),
    );
    // The stories have tables wider than a phone, or this would prove nothing.
    expect(boxes.some(({ table, width }) => table > width)).toBe(true);
    for (const box of boxes) expect(box.right, box.caption).toBeLessThanOrEqual(box.edge + 0.5);
  });

  // One page load for both: the embed code first, then the links that leave the page.
  test('offers an absolute embed code to copy; navigation and downloads work from wherever the site is hosted', { tag: '@hosting' }, async ({ page, context, baseURL }) => {
    const servedOverHttp = !baseURL!.startsWith('file:');
    if (servedOverHttp) await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(story);
    await test.step('offers an absolute embed code to copy', async () => {
      await chart(page).getByText('Embed this chart').click();
      const code = chart(page).getByLabel(/Embed code/);
      await expect(code).toHaveValue(new RegExp(`<div data-chart-embed="${new URL('../embed/price-tiers.html', page.url()).href.replace(/[.?]/g, '\\$&')}"`));
      await expect(code).toHaveValue(new RegExp(`<script src="${new URL('../embed-loader.js', page.url()).href.replace(/[.?]/g, '\\$&')}" async>`));
      // The tests' server is on this computer, so the code points where no other site can reach: the box says so, and why.
      const warning = chart(page).locator('.embed-warning:visible');
      await expect(warning).toHaveCount(1);
      await expect(warning).toHaveText(servedOverHttp ? /served from this computer or a private network/ : /open from a file on this computer/);
      await chart(page).getByRole('button', { name: 'Copy embed code' }).click();
      // Over http with permission the clipboard takes it; from file:// the code is selected for Ctrl+C.
      await expect(chart(page).locator('.copy-status')).toHaveText(servedOverHttp ? 'Copied' : /Copied|Selected/);
      if (servedOverHttp) expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('<div data-chart-embed="http');
    });

    await test.step('navigation and downloads work from wherever the site is hosted', async () => {
      const csvHref = await chart(page).getByRole('link', { name: 'CSV' }).getAttribute('href');
      const csv = await fetchText(page, new URL(csvHref!, page.url()).href);
      expect(csv.split('\n')[0]).toContain('figure_id,rental');
      expect(csv).toContain('crackdown-per-morning');
      const jsonHref = await chart(page).getByRole('link', { name: 'JSON' }).getAttribute('href');
      const rows = JSON.parse(await fetchText(page, new URL(jsonHref!, page.url()).href));
      expect(rows).toHaveLength(5);

      await page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Home' }).click();
      await expect(page).toHaveURL(/index\.html$/);
      await page.getByRole('link', { name: /A phone for the day/ }).click();
      await expect(page).toHaveURL(/stories\/crackdown\.html$/);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    });
  });
});

test.describe('the lead graphic', () => {
  const phone = { width: 375, height: 667 };
  // Each story and the landing: its first drawn chart, not just the chart's title, starts within
  // the first 1.5 screens of a phone, so a reader scrolling through the lede meets a graphic.
  for (const path of ['index.html', 'stories/crackdown.html', 'stories/rentals.html']) {
    test(`${path}: the first chart's drawing starts within 1.5 screens of a 375 × 667 phone`, async ({ page }) => {
      await page.setViewportSize(phone);
      await page.goto(path);
      const drawing = page.locator('chart-frame svg.chart-svg:visible').first();
      await expect(drawing).toBeVisible();
      const box = (await drawing.boundingBox())!;
      expect(box.height, `${path}: a drawing, not an empty box`).toBeGreaterThan(100);
      const top = await drawing.evaluate((svg) => svg.getBoundingClientRect().top + window.scrollY);
      expect(top, `${path}: top of the first chart drawing, px from the page top`).toBeLessThanOrEqual(1.5 * phone.height);
    });
  }
});
