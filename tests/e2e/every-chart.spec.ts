/** What every chart must do, on its embed page and in its story, in all three hosting modes. */
import { readdirSync } from 'node:fs';
import { test, expect, fetchText, parentPageUrl } from './fixtures';
import { chartsByStory, chartSlugs } from './charts';

test('the build has an embed page for exactly the expected charts', () => {
  const built = readdirSync('dist/embed').filter((name) => name.endsWith('.html')).map((name) => name.replace(/\.html$/, ''));
  expect(built.sort()).toEqual([...chartSlugs].sort());
});

for (const [story, slugs] of Object.entries(chartsByStory)) {
  test(`the ${story} story shows its charts, each in a full frame`, async ({ page }) => {
    await page.goto(`stories/${story}.html`);
    await expect(page.locator('chart-frame')).toHaveCount(slugs.length);
    for (const slug of slugs) {
      const frame = page.locator(`chart-frame[data-slug="${slug}"]`);
      await expect(frame.locator('.chart-title')).not.toBeEmpty();
      await expect(frame.locator('.chart-takeaway')).not.toBeEmpty();
      await expect(frame.locator('svg.chart-svg:visible').first()).toBeVisible();
      for (const part of ['Data table', 'Notes and sources', 'Embed this chart']) await expect(frame.getByText(part, { exact: true })).toBeAttached();
    }
  });
}

// The checks on a chart's marks, tooltip and keyboard, on its embed page, are in keyboard.spec.ts
// (one page load for all of them). Here: its embed page wherever it is hosted.
for (const slug of chartSlugs) {
  test.describe(`the ${slug} chart`, () => {
    test('its embed page has the frame, a source line, and downloads that work; it tells the parent its height', { tag: '@hosting' }, async ({ page, baseURL }) => {
      await test.step('its embed page has the frame, a source line, and downloads that work', async () => {
        await page.goto(`embed/${slug}.html`);
        await expect(page.locator('h1')).toHaveCount(1);
        await expect(page.locator('.site-header, .site-footer')).toHaveCount(0);
        await expect(page.locator('.embed-source-line')).toContainText('the full story');
        await expect(page.locator('.chart-credit')).toBeVisible();
        const csvHref = await page.getByRole('link', { name: 'CSV' }).getAttribute('href');
        const csv = await fetchText(page, new URL(csvHref!, page.url()).href);
        expect(csv.trim().split('\n').length).toBeGreaterThan(1);
        const jsonHref = await page.getByRole('link', { name: 'JSON' }).getAttribute('href');
        const rows = JSON.parse(await fetchText(page, new URL(jsonHref!, page.url()).href)) as unknown[];
        expect(rows.length).toBe(csv.trim().split('\n').length - 1);
      });

      await test.step('its embed page tells the parent its height', async () => {
        await page.goto(parentPageUrl(baseURL!, `embed/${slug}.html`, `chart-${slug}`));
        const heights = () =>
          page.evaluate((childId) => {
            const messages = (window as unknown as { messages: unknown[] }).messages;
            return messages.flatMap((message) => {
              const match = typeof message === 'string' && message.match(new RegExp(`^pymxPYMx${childId}xPYMxheightxPYMx(\\d+)$`));
              return match ? [Number(match[1])] : [];
            });
          }, `chart-${slug}`);
        await expect.poll(async () => (await heights()).at(-1) ?? 0).toBeGreaterThan(250);
      });
    });
  });
}

test.describe('with JavaScript off', { tag: '@hosting' }, () => {
  test.use({ javaScriptEnabled: false });

  // One page visits every embed in turn (a step each): a context per embed cost more than the check.
  test('every embed shows one drawing, its marks and its table', async ({ page }) => {
    for (const slug of chartSlugs) {
      await test.step(`the ${slug} embed shows one drawing, its marks and its table`, async () => {
        await page.goto(`embed/${slug}.html`);
        await expect(page.locator('svg.chart-svg:visible').first(), slug).toBeVisible();
        expect(await page.locator('svg.chart-svg:visible .chart-mark').count(), slug).toBeGreaterThan(0);
        await page.getByText('Data table', { exact: true }).click();
        await expect(page.locator('table'), slug).toBeVisible();
        expect(await page.locator('table tbody tr').count(), slug).toBeGreaterThan(0);
      });
    }
  });
});
