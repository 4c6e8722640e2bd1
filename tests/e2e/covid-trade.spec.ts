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
      // With JavaScript on, on the same page load, before the switch: the yearly view's marks and a tooltip.
      if (javaScriptEnabled) {
        await test.step('approximate and less certain values say so', async () => {
          await expect(drawn(page).locator('[data-figure="trade-2019"]')).toHaveAttribute('aria-label', /about/);
          await expect(drawn(page).locator('[data-figure="trade-2024"]')).toHaveAttribute('aria-label', /less certain/);
          // Trade in one unit on the drawing, and the years' inference said once, in the notes, not on the drawing.
          await expect(drawn(page).locator('text.covid-trade-value')).toHaveText(['5.1', '2.4', '≈ 2.8', '0.5', '0.3', '1.0', '≈ 2.3', '≈ 2.2']);
          await expect(drawn(page)).not.toContainText('inferred');
          await drawn(page).locator('[data-figure="border-closed"]').focus();
          await expect(page.locator('.chart-tooltip')).toContainText('All air and train routes to China suspended');
          // Back out of the drawing, as the page was.
          await page.keyboard.press('Escape');
        });
      }
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
      await expect(view(page, 'monthly').locator('.chart-legend')).toContainText('drawn at its monthly average');
      // January and February are one mark, at their monthly average; September to December are a gap, not marks.
      await expect(drawn(page).locator('[data-figure="trade-2020-01-02"]')).toHaveCount(1);
      await expect(drawn(page)).toContainText('104 a month');
      await expect(drawn(page).locator('text.covid-trade-gap tspan')).toHaveText(['Not', 'known']);
      // The border events stay on the same time axis; the second report's date is marked above the bars.
      await expect(drawn(page).locator('[data-figure="border-closed"]')).toHaveCount(1);
      await expect(drawn(page)).toContainText('The second report, 17 June 2020');
    });
  });
}
