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
          // Trade in one unit on the drawing; each report's date says its year is inferred, where it is shown.
          await expect(drawn(page).locator('text.covid-trade-value')).toHaveText(['5.1', '2.4', '≈2.8', '0.5', '0.3', '1.0', '≈2.3', '≈2.2']);
          await expect(drawn(page)).toContainText(/The first report,\s?27\sMay\s2019 \(year inferred\)/);
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
      await expect(view(page, 'yearly').locator('.chart-legend')).toContainText('Less certain (2024)');
      // The source line credits the view shown: the yearly figures' outlets, not the monthly ones' (38 North, UPI).
      const credit = page.locator('.chart-credit-variant:visible');
      await expect(credit).toHaveCount(1);
      await expect(credit).toContainText('Global Times');
      await expect(credit).not.toContainText('38 North');

      await page.getByLabel('2020, month by month').check();
      await expect(switchTo(page, 'monthly')).toBeChecked();
      await expect(view(page, 'monthly')).toBeVisible();
      await expect(view(page, 'yearly')).toBeHidden();
      await expect(drawn(page)).toHaveCount(1);
      await expect(drawn(page).locator('[data-figure="trade-2020-06"]')).toHaveCount(1);
      await expect(drawn(page).locator('[data-figure="trade-2020"]')).toHaveCount(0);
      await expect(view(page, 'monthly').locator('.chart-legend')).toContainText('drawn at its monthly average');
      await expect(credit).toHaveCount(1);
      await expect(credit).toContainText('38 North data');
      await expect(credit).not.toContainText('Global Times');
      // January and February are one mark, at their monthly average; September to December are a gap, not marks.
      await expect(drawn(page).locator('[data-figure="trade-2020-01-02"]')).toHaveCount(1);
      await expect(drawn(page)).toContainText('104 a month');
      // No box as tall as the chart: a dotted stretch of baseline under the words “No figure found”.
      await expect(drawn(page).locator('text.covid-trade-gap')).toHaveText(/^No ?figure ?found$/);
      await expect(drawn(page).locator('rect.covid-trade-gap')).toHaveCount(0);
      await expect(drawn(page).locator('line.covid-trade-gap')).toHaveCount(1);
      // The border events stay on the same time axis; the second report's date is marked above the bars.
      await expect(drawn(page).locator('[data-figure="border-closed"]')).toHaveCount(1);
      await expect(drawn(page)).toContainText(/The second report,\s?17\sJune\s2020 \(year inferred\)/);
    });
  });
}

/** The share of a screenshot's pixels in its two commonest colours, commonest first. */
async function twoCommonest(png: Buffer): Promise<[number, number]> {
  const { default: sharp } = await import('sharp');
  const { data, info } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const counts = new Map<string, number>();
  for (let index = 0; index < data.length; index += info.channels) {
    const key = `${data[index]},${data[index + 1]},${data[index + 2]}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const total = info.width * info.height;
  const [first = 0, second = 0] = [...counts.values()].sort((a, b) => b - a);
  return [first / total, second / total];
}

test('under forced colours, 2020 stays picked out by stripes, in the drawing and its key, where every bar is one colour', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(embed);
  const bar = (year: number) => drawn(page).locator('rect.covid-trade-bar').nth(year - 2017);
  const key = view(page, 'yearly').locator('.chart-legend li', { hasText: 'border closed' }).locator('svg');
  // Out of forced colours, 2020 is picked out by its ink and the stripes are not drawn.
  await expect(drawn(page).locator('.covid-trade-bar-hatch')).toHaveCount(1);
  await expect(drawn(page).locator('.covid-trade-bar-hatch')).toBeHidden();
  await expect(key.locator('[data-forced-colors-only]')).toBeHidden();
  await page.emulateMedia({ forcedColors: 'active' });
  await expect(drawn(page).locator('.covid-trade-bar-hatch')).toBeVisible();
  await expect(key.locator('[data-forced-colors-only]')).toBeVisible();
  // 2019 is one solid colour; 2020 two, in stripes (antialiased: the rest are their blends), the commonest under three quarters of the bar.
  const [solid] = await twoCommonest(await bar(2019).screenshot());
  expect(solid).toBeGreaterThan(0.95);
  const [stripe, between] = await twoCommonest(await bar(2020).screenshot());
  expect(stripe).toBeLessThan(0.75);
  expect(between).toBeGreaterThan(0.12);
});
