/** The COVID-19 chart's two views, and its honesty about what is not known. */
import { test, expect } from './fixtures';

const embed = 'embed/covid-trade.html';
const drawn = (page: import('@playwright/test').Page) => page.locator('svg.chart-svg:visible');
const view = (page: import('@playwright/test').Page, name: string) => page.locator(`.chart-variant[data-variant="${name}"]`);
const switchTo = (page: import('@playwright/test').Page, name: string) => page.locator(`fieldset.chart-switch input[name="covid-trade-variant"][value="${name}"]`);

for (const javaScriptEnabled of [true, false]) {
  test.describe(`with JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled });

    test('switches between the yearly view and the 2020 months, each with its key, and shows unknown months as a gap', async ({ page }) => {
      await page.goto(embed);
      await expect(switchTo(page, 'yearly')).toBeChecked();
      await expect(view(page, 'yearly')).toBeVisible();
      await expect(view(page, 'monthly')).toBeHidden();
      await expect(drawn(page)).toHaveCount(1);
      await expect(drawn(page).locator('[data-figure="trade-2020"]')).toHaveCount(1);
      await expect(drawn(page).locator('[data-figure="trade-2020-06"]')).toHaveCount(0);
      await expect(view(page, 'yearly').locator('.chart-legend')).toContainText('Dashed: less certain (2024)');

      await page.getByLabel('2020, month by month').check();
      await expect(switchTo(page, 'monthly')).toBeChecked();
      await expect(view(page, 'monthly')).toBeVisible();
      await expect(view(page, 'yearly')).toBeHidden();
      await expect(drawn(page)).toHaveCount(1);
      await expect(drawn(page).locator('[data-figure="trade-2020-06"]')).toHaveCount(1);
      await expect(drawn(page).locator('[data-figure="trade-2020"]')).toHaveCount(0);
      await expect(view(page, 'monthly').locator('.chart-legend')).toContainText('Not known: no figure found');
      // January and February are one mark; September to December are a gap, not marks.
      await expect(drawn(page).locator('[data-figure="trade-2020-01-02"]')).toHaveCount(1);
      await expect(drawn(page)).toContainText('Not known');
      // The border events and the reports' own words stay on the same time axis.
      await expect(drawn(page).locator('[data-figure="border-closed"]')).toHaveCount(1);
      await expect(drawn(page).locator('[data-figure="covid-blow"]')).toHaveCount(1);
    });
  });
}

test('approximate and less certain values say so', async ({ page }) => {
  await page.goto(embed);
  await expect(drawn(page).locator('[data-figure="trade-2019"]')).toHaveAttribute('aria-label', /about/);
  await expect(drawn(page).locator('[data-figure="trade-2024"]')).toHaveAttribute('aria-label', /less certain/);
  await drawn(page).locator('[data-figure="covid-blow"]').focus();
  await expect(page.locator('.chart-tooltip q')).toHaveText('dealt a blow');
});
