import { test, expect } from './fixtures';

test.use({ javaScriptEnabled: false });

test.describe('with JavaScript off', { tag: '@hosting' }, () => {
  test('the story shows the chart in yuan and the table in all three currencies', async ({ page }) => {
    await page.goto('stories/crackdown.html');
    const frame = page.locator('chart-frame[data-slug="price-tiers"]');
    const drawn = frame.locator('svg.chart-svg:visible');
    await expect(drawn).toHaveCount(1);
    await expect(drawn).toContainText('Price (Chinese yuan)');
    await expect(drawn.locator('.chart-mark')).toHaveCount(5);

    await frame.getByText('Data table', { exact: true }).click();
    const table = frame.getByRole('table');
    await expect(table).toBeVisible();
    await expect(table.getByRole('columnheader')).toHaveText(['Rental', 'When', 'Kind', 'Yuan', 'South Korean won (converted)', 'US dollars (converted)']);
    await expect(table.getByRole('row', { name: /Per morning/ })).toContainText('≈22,800–26,300');
    await expect(table.getByRole('row', { name: /Across regions/ })).toContainText('≈7–28');
  });

  test('the embed page shows its chart, table and source line', async ({ page }) => {
    await page.goto('embed/price-tiers.html');
    await expect(page.locator('svg.chart-svg:visible')).toHaveCount(1);
    await expect(page.locator('table')).toBeAttached();
    await expect(page.getByRole('link', { name: 'the full story' })).toBeVisible();
  });
});
