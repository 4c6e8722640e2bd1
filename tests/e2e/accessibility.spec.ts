import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures';
import { embedPages, sitePages } from './charts';

const pages = [...sitePages, ...embedPages];

for (const path of pages) {
  test(`axe finds no violation on ${path}, with every disclosure open`, async ({ page }) => {
    await page.goto(path);
    // Closed <details> hide their content from axe: open them all so the table and embed code are checked too.
    await page.evaluate(() => document.querySelectorAll('details').forEach((details) => (details.open = true)));
    // Sections off screen keep the size they had before their disclosures opened (content-visibility:
    // auto), so axe would measure stale, overlapping boxes a reader never sees: lay them all out, as
    // scrolling to each would.
    await page.evaluate(() =>
      document.querySelectorAll<HTMLElement>('*').forEach((element) => {
        if (getComputedStyle(element).contentVisibility === 'auto') element.style.contentVisibility = 'visible';
      }),
    );
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
    expect(results.violations.map(({ id, nodes }) => `${id}: ${nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}

test('every page has a language, a title, one h1, and a working skip link when it has navigation', async ({ page }) => {
  for (const path of pages) {
    await page.goto(path);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page).toHaveTitle(/\S/);
    await expect(page.locator('h1')).toHaveCount(1);
    if ((await page.getByRole('navigation').count()) === 0) continue;
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#main$/);
  }
});
