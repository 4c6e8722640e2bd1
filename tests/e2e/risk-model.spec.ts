/** The explorable model: sliders redraw it, the address keeps the settings, bad addresses fall back. */
import { test, expect } from './fixtures';

const embed = 'embed/risk-model.html';
const summary = (page: import('@playwright/test').Page) => page.locator('[data-summary]');
const point = (page: import('@playwright/test').Page) => page.locator('svg.chart-svg:visible [data-figure="risk-model-assumptions"]');

test.describe('the risk model', () => {
  test('the keyboard moves a slider; the chart, the announced sentence and the address follow', { tag: '@hosting' }, async ({ page }) => {
    await page.goto(embed);
    const chance = page.getByLabel('Chance a lender is caught in a month');
    await chance.focus();
    for (let step = 0; step < 10; step += 1) await page.keyboard.press('ArrowRight');
    await expect(chance).toHaveValue('20');
    await expect(chance).toHaveAttribute('aria-valuetext', '20% a month');
    await expect(point(page)).toHaveAttribute('aria-label', /60 yuan a day/);
    await expect(summary(page)).toContainText('60 yuan for each day');
    // The one live region says only what changed, once the slider settles; the values it shows are not live.
    const announcer = page.locator('[data-announce]');
    await expect(announcer).toHaveAttribute('role', 'status');
    // (From the value it last said: on a slow machine a pause between key presses counts as settling.)
    await expect(announcer).toHaveText(/^\d+ → 60 yuan a day, 30% of the reported price$/);
    await expect(page.locator('risk-model [role="status"], risk-model [aria-live]')).toHaveCount(1);
    await expect(page.locator('risk-model output[aria-hidden="true"]')).toHaveCount(3);
    // The frame's takeaway and description follow the settings.
    await expect(page.locator('#risk-model-takeaway')).toHaveText('In this model, bribes cover 60 yuan of the 200 yuan day rate. Covering it all needs a 67% chance of being caught a month.');
    await expect(page.locator('#risk-model-description')).toContainText('A point marks 20%: 60 yuan a day.');
    await expect.poll(() => page.evaluate(() => location.search + location.hash)).toMatch(/caught=20&bribe=3000&days=10/);
    // Every drawing is redrawn, at its own width, and the frame still shows the one that fits.
    const drawings = page.locator('[data-drawings] svg.chart-svg');
    await expect(drawings).toHaveCount(3);
    expect(await drawings.evaluateAll((svgs) => svgs.map((svg) => [svg.getAttribute('data-layout'), svg.getAttribute('viewBox')?.split(' ')[2]]))).toEqual([
      ['narrow', '288'],
      ['medium', '420'],
      ['wide', '640'],
    ]);
    await expect(page.locator('svg.chart-svg:visible')).toHaveCount(1);
  });

  // One page load: the defaults are only read, which does not wake the model's script (the next step fails if it did).
  test("starts at the stated defaults, labelled as a model; its script is fetched only once the reader reaches for it, and the first change still counts", async ({ page }) => {
    const scriptRequests: string[] = [];
    page.on('request', (request) => {
      if (/\/scripts\/risk-model\.js$/.test(request.url())) scriptRequests.push(request.url());
    });
    await page.goto(embed);
    await test.step('starts at the stated defaults, labelled as a model', async () => {
      await expect(page.getByRole('heading', { level: 1 })).toContainText('A model');
      await expect(page.getByText('Illustrative model', { exact: true })).toBeVisible();
      await expect(page.getByLabel('Chance a lender is caught in a month')).toHaveValue('10');
      await expect(page.getByLabel('Bribe paid when caught')).toHaveValue('3000');
      await expect(page.getByLabel('Days a month the phone is rented out')).toHaveValue('10');
      await expect(summary(page)).toContainText('30 yuan for each day');
      await expect(point(page)).toHaveAttribute('aria-label', /30 yuan a day/);
    });

    await test.step("the model's script is fetched only once the reader reaches for it, and the first change still counts", async () => {
      const defined = () => page.evaluate(() => customElements.get('risk-model') !== undefined);
      await page.waitForLoadState('load');
      expect(await defined()).toBe(false);
      expect(scriptRequests, 'the model script was downloaded before the reader touched the model').toEqual([]);
      // A tap on "Link to this view" before the script arrives stays on the model, never "#" (the page's top).
      await expect(page.locator('[data-share]')).toHaveAttribute('href', '#risk-model-title');
      // A change that arrives with no pointer or focus first (as assistive technology may send it).
      const days = page.getByLabel('Days a month the phone is rented out');
      const sliderBefore = await days.boundingBox();
      await days.evaluate((input: HTMLInputElement) => {
        input.value = '20';
        input.dispatchEvent(new Event('input', { bubbles: true }));
      });
      // The file arrives after that change, and starts from the slider as the reader left it.
      await expect.poll(defined).toBe(true);
      expect(scriptRequests).toHaveLength(1);
      await expect(summary(page)).toContainText('15 yuan for each day');
      // Announced once settled, as any change is.
      await expect(page.locator('[data-announce]')).toContainText('15 yuan a day');
      // "Settings changed" shows in room kept for it: the slider under the reader's finger stays put.
      await expect(page.locator('.model-changed')).toBeVisible();
      expect(await days.boundingBox()).toEqual(sliderBefore);
    });
  });

  test('the pointer wakes the model before its first drag', async ({ page }) => {
    await page.goto(embed);
    const bribe = page.getByLabel('Bribe paid when caught');
    const box = (await bribe.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await expect.poll(() => page.evaluate(() => customElements.get('risk-model') !== undefined)).toBe(true);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width - 2, box.y + box.height / 2, { steps: 5 });
    await page.mouse.up();
    await expect(bribe).not.toHaveValue('3000');
    await expect(summary(page)).not.toContainText('30 yuan for each day');
  });

  test('a shared address opens at its settings', { tag: '@hosting' }, async ({ page }) => {
    await page.goto(`${embed}?caught=40&bribe=5000&days=5&ref=newsletter`);
    await expect(page.getByLabel('Bribe paid when caught')).toHaveValue('5000');
    await expect(summary(page)).toContainText('400 yuan for each day');
    await expect(summary(page)).toContainText('would not even cover the bribes');
    // The frame's words describe the state opened, not the defaults, and nothing is announced on load.
    await expect(page.locator('#risk-model-takeaway')).toHaveText('In this model, bribes cost 400 yuan a day. That is more than the whole 200 yuan day rate.');
    await expect(page.locator('#risk-model-description')).toContainText('for a bribe of 5,000 yuan');
    await expect(page.locator('[data-announce]')).toBeEmpty();
    await page.getByRole('button', { name: 'Reset to the defaults' }).click();
    await expect(summary(page)).toContainText('30 yuan for each day');
    // Reset is said once.
    await expect(page.locator('[data-announce]')).toHaveText('400 → 30 yuan a day, 15% of the reported price');
    // The model's settings leave the address; a parameter that is not the model's stays.
    await expect.poll(() => page.evaluate(() => location.search + location.hash)).toBe('?ref=newsletter');
  });

  test('a malformed address falls back to the defaults, without an error', { tag: '@hosting' }, async ({ page }) => {
    await page.goto(`${embed}?caught=%E0%A4%A&bribe=-1&days=lots&extra=1`);
    await expect(page.getByLabel('Chance a lender is caught in a month')).toHaveValue('10');
    await expect(summary(page)).toContainText('30 yuan for each day');
  });

  test('at 200% zoom on a phone (188 px), each slider keeps the full width, its label and value above it', async ({ page }) => {
    await page.setViewportSize({ width: 188, height: 600 });
    await page.goto(embed);
    const controls = page.locator('.model-control');
    await expect(controls).toHaveCount(3);
    for (const control of await controls.all()) {
      const [box, label, output, input] = await Promise.all(
        [control, control.locator('label'), control.locator('output'), control.locator('input')].map((part) => part.boundingBox()),
      );
      expect(input!.width).toBeGreaterThanOrEqual(box!.width - 1);
      expect(label!.y + label!.height).toBeLessThanOrEqual(input!.y + 1);
      expect(output!.y + output!.height).toBeLessThanOrEqual(input!.y + 1);
    }
  });

  test('nothing scrolls sideways at 320 px', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 700 });
    await page.goto(embed);
    await expect(page.locator('.model-controls')).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  });

  test('the story page carries the model too', { tag: '@hosting' }, async ({ page }) => {
    await page.goto('stories/rentals.html?caught=50');
    await expect(page.locator('chart-frame[data-slug="risk-model"] [data-summary]')).toContainText('150 yuan for each day');
  });
});

test.describe('the risk model with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('shows the default drawing and its assumptions, and no sliders that would do nothing', async ({ page }) => {
    await page.goto(embed);
    await expect(page.locator('.model-controls')).toBeHidden();
    await expect(point(page)).toHaveAttribute('aria-label', /30 yuan a day/);
    await expect(page.getByText('Defaults, and why')).toBeVisible();
  });
});
