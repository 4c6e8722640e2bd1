import { test, expect } from './fixtures';
import { axeViolations } from './axe';
import { embedPages, sitePages } from './charts';

const pages = [...sitePages, ...embedPages];

// One page load per page: the basic checks on the page as a reader meets it, then axe over it
// with every disclosure open (a page load and a browser context cost more than the checks). At the
// root this is also pages.spec.ts's "every page loads … with its scripts running".
for (const path of pages) {
  test(`${path}: a language, a title, one h1, a working skip link when it has navigation; axe finds no violation with every disclosure open`, async ({ page }) => {
    await page.goto(path);

    await test.step('it loads with its scripts running (the guard in fixtures.ts fails it on any error or failed request)', async () => {
      if ((await page.locator('chart-frame').count()) === 0) return;
      expect(await page.evaluate(() => customElements.get('chart-frame') !== undefined), `${path} runs its chart script`).toBe(true);
    });

    await test.step('a language, a title, one h1, and a working skip link when it has navigation', async () => {
      await expect(page.locator('html'), path).toHaveAttribute('lang', 'en');
      await expect(page, path).toHaveTitle(/\S/);
      await expect(page.locator('h1'), path).toHaveCount(1);
      if ((await page.getByRole('navigation').count()) === 0) return;
      await page.keyboard.press('Tab');
      const skip = page.getByRole('link', { name: 'Skip to content' });
      await expect(skip, path).toBeFocused();
      await expect(skip, path).toBeInViewport();
      await page.keyboard.press('Enter');
      await expect(page, path).toHaveURL(/#main$/);
      // Back to the top with nothing focused, as the page was before the skip link.
      await page.evaluate(() => {
        (document.activeElement as HTMLElement | null)?.blur();
        scrollTo(0, 0);
      });
    });

    await test.step('axe finds no violation, with every disclosure open', async () => {
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
      expect(await axeViolations(page), `axe on ${path}`).toEqual([]);
    });
  });
}
