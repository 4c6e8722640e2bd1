import { test, expect, parentPageUrl } from './fixtures';

type Messages = unknown[];
const plainHeights = (messages: Messages) =>
  messages.flatMap((message) =>
    typeof message === 'object' && message !== null && (message as { type?: string }).type === 'embed-height'
      ? [(message as { height: number }).height]
      : [],
  );
const pymHeights = (messages: Messages, childId: string) =>
  messages.flatMap((message) => {
    const match = typeof message === 'string' && message.match(new RegExp(`^pymxPYMx${childId}xPYMxheightxPYMx(\\d+)$`));
    return match ? [Number(match[1])] : [];
  });

test.describe('the embed page', { tag: '@hosting' }, () => {
  test('shows the frame without the site header or footer, with a source line back to the story', async ({ page }) => {
    await page.goto('embed/price-tiers.html');
    await expect(page.getByRole('heading', { level: 1, name: 'What it cost to rent a Chinese phone' })).toBeVisible();
    await expect(page.locator('.site-header, .site-footer, nav')).toHaveCount(0);
    const back = page.getByRole('link', { name: 'the full story' });
    await expect(back).toHaveAttribute('href', '../stories/crackdown.html');
    await expect(back).toHaveAttribute('target', '_blank');
    await expect(page.locator('.chart-credit')).toHaveText('Source: Daily NK');
  });

  test('posts its height to the parent page, again when it changes, and ignores strangers', async ({ page, baseURL }) => {
    await page.goto(parentPageUrl(baseURL!, 'embed/price-tiers.html', 'chart-1'));
    const messages = () => page.evaluate(() => (window as unknown as { messages: unknown[] }).messages);

    await expect.poll(async () => plainHeights(await messages()).length).toBeGreaterThan(0);
    const first = plainHeights(await messages()).at(-1)!;
    expect(first).toBeGreaterThan(300);
    expect(pymHeights(await messages(), 'chart-1').at(-1)).toBe(first);

    // Opening the data table makes the chart taller: the parent hears the new height.
    await page.frameLocator('#embed').getByText('Data table', { exact: true }).click();
    await expect.poll(async () => plainHeights(await messages()).at(-1)).toBeGreaterThan(first);

    // A message from another frame is ignored; the same message from the parent is answered.
    const count = (await messages()).length;
    await page.evaluate(() => (window as unknown as { askAsStranger: () => void }).askAsStranger());
    await page.waitForTimeout(300);
    expect((await messages()).length).toBe(count);
    await page.evaluate(() => (window as unknown as { askAsParent: () => void }).askAsParent());
    await expect.poll(async () => (await messages()).length).toBeGreaterThan(count);
  });
});
