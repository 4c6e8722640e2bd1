/** The pages around the stories: landing, methods and sources, and the navigation between them. */
import { test, expect, fetchText } from './fixtures';
import { embedPages, sitePages } from './charts';

test.describe('the landing page', () => {
  test('introduces both stories, links to each, and shows a chart', async ({ page }) => {
    await page.goto('index.html');
    await expect(page.locator('chart-frame svg.chart-svg:visible').first()).toBeVisible();
    for (const story of ['crackdown', 'rentals']) {
      await expect(page.locator(`main a[href$="stories/${story}.html"]`).first()).toBeVisible();
    }
  });
});

test.describe('navigation', { tag: '@hosting' }, () => {
  test('reaches every page and back, from wherever the site is hosted', async ({ page }) => {
    await page.goto('index.html');
    const nav = page.getByRole('navigation', { name: 'Site' });
    await nav.getByRole('link', { name: 'Methods', exact: true }).click();
    await expect(page).toHaveURL(/methods\.html$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Methods and sources');
    await expect(nav.getByRole('link', { name: 'Methods', exact: true })).toHaveAttribute('aria-current', 'page');
    await nav.getByRole('link', { name: 'Part 2: Pandemic' }).click();
    await expect(page).toHaveURL(/stories\/rentals\.html$/);
    await nav.getByRole('link', { name: 'Part 1: Crackdown' }).click();
    await expect(page).toHaveURL(/stories\/crackdown\.html$/);
    // The series card at the end of each story leads to the other part.
    const series = page.getByRole('navigation', { name: 'The series' });
    await series.getByRole('link', { name: /^Next\W+Part 2: Pandemic/ }).click();
    await expect(page).toHaveURL(/stories\/rentals\.html$/);
    await series.getByRole('link', { name: /^Previous\W+Part 1: Crackdown/ }).click();
    await expect(page).toHaveURL(/stories\/crackdown\.html$/);
    await nav.getByRole('link', { name: 'Home' }).click();
    await expect(page).toHaveURL(/index\.html$/);
  });
});

test('the site navigation fits a 375 px phone in one row, nothing scrolled out of view', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 667 });
  for (const path of ['index.html', 'stories/crackdown.html', 'stories/rentals.html', 'methods.html']) {
    await page.goto(path);
    const nav = page.getByRole('navigation', { name: 'Site' });
    const { scrollWidth, clientWidth } = await nav.evaluate((element) => {
      const list = element.querySelector('ul') ?? element;
      return { scrollWidth: list.scrollWidth, clientWidth: list.clientWidth };
    });
    expect(scrollWidth, `${path}: the navigation is ${scrollWidth} px wide in ${clientWidth} px`).toBeLessThanOrEqual(clientWidth);
    for (const link of await nav.getByRole('link').all()) await expect(link, path).toBeInViewport({ ratio: 1 });
  }
});

test.describe('methods and sources', () => {
  test('lists every figure with its kind and quote, how the years were inferred, and the corrections', async ({ page }) => {
    await page.goto('methods.html');
    const dataset = JSON.parse(await fetchText(page, new URL('data/explainer-dataset.json', page.url()).href)) as {
      figures: { id: string; quote: string }[];
      context: { id: string }[];
      corrections: { date: string }[];
    };
    for (const figure of dataset.figures) {
      await expect(page.locator(`#figure-${figure.id} q`)).toHaveText(figure.quote);
    }
    for (const fact of dataset.context) await expect(page.locator(`#context-${fact.id} .citation`)).not.toBeEmpty();
    await expect(page.locator('#years').locator('..')).toContainText('2019 (inferred)');
    await expect(page.locator('#years').locator('..')).toContainText('2020 (inferred)');
    await expect(page.locator('#model').locator('..')).toContainText('r = p × B ÷ d');
    await expect(page.locator('.corrections time')).toHaveCount(dataset.corrections.length);
  });

  test('offers the whole dataset as CSV and JSON', { tag: '@hosting' }, async ({ page }) => {
    await page.goto('methods.html');
    const csvHref = await page.locator('#data').locator('..').getByRole('link', { name: 'CSV' }).first().getAttribute('href');
    const csv = await fetchText(page, new URL(csvHref!, page.url()).href);
    expect(csv.split('\n')[0]).toBe('id,origin,kind,measures,when,value,low,high,approximate,unit,currency,per,quote,quote_speaker,quote_dated,derivation,formula,note,caveat,source,source_url');
    expect(csv).toContain('trade-2020-01-02');
    expect(csv).toContain('crackdown-day-rate');
  });
});

test('every page loads wherever the site is hosted, with its scripts running', { tag: '@hosting' }, async ({ page }) => {
  // At the root, accessibility.spec.ts loads every page under the same guard and checks the same
  // (its first step): eleven page loads this need not repeat.
  test.skip(test.info().project.name === 'root', 'at the root: accessibility.spec.ts, first step of each page');
  // The guard (fixtures.ts) fails this on any failed request, console error or request to another origin.
  for (const path of [...sitePages, ...embedPages]) {
    await page.goto(path);
    if ((await page.locator('chart-frame').count()) === 0) continue;
    expect(await page.evaluate(() => customElements.get('chart-frame') !== undefined), `${path} runs its chart script`).toBe(true);
  }
});
