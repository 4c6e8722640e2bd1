/**
 * Every chart by keyboard, as a reader without a mouse meets it: one Tab stop per drawing, the
 * arrow keys to every mark, a hint while there, Enter for the mark's source, Escape out, and a
 * skip link past each chart. And the tooltip as WCAG 1.4.13 asks: hoverable, persistent until
 * dismissed, inside the window at 320 × 256 CSS px (400% zoom). Run once, at the root: the same
 * bytes wherever the site is hosted.
 */
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { chartSlugs, chartsByStory } from './charts';

const drawing = (page: Page) => page.locator('svg.chart-svg:visible').first();
const focusedFigure = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('data-figure') ?? null);

/** Tab from the frame's skip link to its first disclosure (the data table), naming each stop inside its drawing. */
async function tabStopsInDrawing(page: Page, frame: Locator): Promise<string[]> {
  await frame.locator('.chart-skip').focus();
  const stops: string[] = [];
  for (let step = 0; step < 40; step += 1) {
    await page.keyboard.press('Tab');
    const where = await page.evaluate(() => {
      const active = document.activeElement;
      return { inDrawing: Boolean(active?.closest('svg.chart-svg')), label: active?.getAttribute('aria-label') ?? active?.tagName ?? '' };
    });
    if (where.label === 'SUMMARY' || where.label === 'BODY') break;
    if (where.inDrawing) stops.push(where.label);
  }
  return stops;
}

for (const slug of chartSlugs) {
  test.describe(`the ${slug} chart by keyboard`, () => {
    test('has exactly one Tab stop in its drawing, shows the hint there, and the arrows reach every mark', async ({ page }) => {
      await page.goto(`embed/${slug}.html`);
      const frame = page.locator('chart-frame');
      expect(await tabStopsInDrawing(page, frame)).toHaveLength(1);

      const marks = drawing(page).locator('.chart-mark');
      const all = await marks.evaluateAll((elements) => elements.map((element) => element.getAttribute('aria-label')));
      await marks.first().focus();
      const hint = frame.locator('.chart-hint');
      await expect(hint).toBeVisible();
      await expect(hint).toContainText('Enter');
      // The hint is read with the first mark reached from outside, not with every mark after it.
      await expect(marks.first()).toHaveAttribute('aria-describedby', (await hint.getAttribute('id'))!);

      const reached = new Set<string>();
      await page.keyboard.press('Home');
      for (let step = 0; step <= all.length; step += 1) {
        reached.add(await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? ''));
        await page.keyboard.press('ArrowRight');
      }
      expect([...reached].sort()).toEqual([...new Set(all)].sort() as string[]);
      // End and Home reach the two ends; arrowing does not describe the mark again.
      await page.keyboard.press('End');
      const last = page.locator(':focus');
      await expect(last).not.toHaveAttribute('aria-describedby', /./);
      await expect(last).toHaveAttribute('tabindex', '0');
      expect(await marks.evaluateAll((elements) => elements.filter((element) => element.getAttribute('tabindex') === '0').length)).toBe(1);
    });

    test('Enter on a mark gives its source, focused; Escape goes back, and Escape again leaves the chart', async ({ page }) => {
      await page.goto(`embed/${slug}.html`);
      const mark = drawing(page).locator('.chart-mark').first();
      await mark.focus();
      const figure = await focusedFigure(page);
      await page.keyboard.press('Enter');
      const source = page.getByRole('dialog', { name: 'Source' });
      await expect(source).toBeFocused();
      await expect(source.locator('q, .tooltip-citation, .tooltip-derivation').first()).toBeVisible();
      // Read as its description, with no disclosure opened.
      const describedBy = (await source.getAttribute('aria-describedby'))!;
      expect((await page.locator(`[id="${describedBy}"]`).innerText()).length).toBeGreaterThan(10);
      await expect(page.locator('details[open]')).toHaveCount(0);

      await page.keyboard.press('Escape');
      expect(await focusedFigure(page)).toBe(figure);
      await page.keyboard.press('Escape');
      await expect(page.locator('.chart-tooltip')).toBeHidden();
      await expect(page.locator('.chart-end')).toBeFocused();
      await expect(page.locator('.chart-hint')).toBeHidden();
    });
  });
}

for (const [story, slugs] of Object.entries(chartsByStory)) {
  test(`on the ${story} story a skip link passes each chart`, async ({ page }) => {
    await page.goto(`stories/${story}.html`);
    for (const slug of slugs) {
      const frame = page.locator(`chart-frame[data-slug="${slug}"]`);
      const skip = frame.locator('.chart-skip');
      await skip.focus();
      await expect(skip).toBeVisible();
      await expect(skip).toHaveText('Skip past the chart');
      await page.keyboard.press('Enter');
      await expect(frame.locator('.chart-end')).toBeFocused();
      // The next Tab leaves the frame.
      await page.keyboard.press('Tab');
      expect(await page.evaluate((name) => Boolean(document.activeElement?.closest(`chart-frame[data-slug="${name}"]`)), slug)).toBe(false);
    }
  });
}

test.describe('the tooltip (WCAG 1.4.13)', () => {
  test('stays while the pointer crosses onto it, and Escape dismisses it', async ({ page }) => {
    await page.goto('embed/price-tiers.html');
    const mark = drawing(page).locator('[data-figure="crackdown-per-call"]');
    await mark.hover();
    const tooltip = page.locator('.chart-tooltip');
    await expect(tooltip).toBeVisible();
    // Across the gap, slowly, as a hand moves.
    const from = (await mark.boundingBox())!;
    const to = (await tooltip.boundingBox())!;
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 12 });
    await page.waitForTimeout(500);
    await expect(tooltip).toBeVisible();
    await expect(tooltip).toContainText('Daily NK');
    await page.keyboard.press('Escape');
    await expect(tooltip).toBeHidden();
  });

  test('a tap on a mark shows it, and a tap elsewhere closes it', async ({ browser }) => {
    const context = await browser.newContext({ hasTouch: true, viewport: { width: 375, height: 700 } });
    const page = await context.newPage();
    await page.goto(new URL('embed/price-meaning.html', test.info().project.use.baseURL).href);
    await drawing(page).locator('.chart-mark').first().tap();
    const tooltip = page.locator('.chart-tooltip');
    await expect(tooltip).toBeVisible();
    await page.waitForTimeout(500);
    await expect(tooltip).toBeVisible();
    await page.locator('h1').tap();
    await expect(tooltip).toBeHidden();
    await context.close();
  });

  test('stays inside a 320 × 256 window for every mark of every chart', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 256 });
    const outside: string[] = [];
    for (const slug of chartSlugs) {
      await page.goto(`embed/${slug}.html`);
      const count = await drawing(page).locator('.chart-mark').count();
      for (let index = 0; index < count; index += 1) {
        const mark = drawing(page).locator('.chart-mark').nth(index);
        await mark.scrollIntoViewIfNeeded();
        await mark.focus();
        const box = (await page.locator('.chart-tooltip').boundingBox())!;
        if (box.x < 0 || box.y < 0 || box.x + box.width > 320.5 || box.y + box.height > 256.5) {
          outside.push(`${slug} #${index}: ${Math.round(box.x)},${Math.round(box.y)} ${Math.round(box.width)}×${Math.round(box.height)}`);
        }
      }
    }
    expect(outside).toEqual([]);
  });
});

/** Each switch, what its options say when chosen, in the chart's own words (src/charts/<slug>/messages.ts). */
const switchAnnouncements: Record<string, RegExp[]> = {
  'price-tiers': [/^Prices now in Chinese yuan$/, /^Prices now in South Korean won$/, /^Prices now in US dollars$/],
  'covid-trade': [/^Trade now shown by year, \d{4}–\d{4}$/, /^Trade now shown month by month, \d{4}$/],
};

test('every switch, turned by keyboard, says the new state once in its own words, in the frame’s one polite live region', async ({ page }) => {
  const switched = new Set<string>();
  for (const slug of chartSlugs) {
    await page.goto(`embed/${slug}.html`);
    const frame = page.locator('chart-frame');
    const radios = frame.locator('fieldset.chart-switch input[type="radio"]');
    const count = await radios.count();
    if (!count) continue;
    switched.add(slug);
    const expected = switchAnnouncements[slug];
    expect(expected, `${slug} has a switch: say here what it announces`).toBeDefined();
    expect(count).toBe(expected!.length);
    // One polite live region for the switch; nothing else in the frame speaks when it turns.
    const status = frame.locator('[data-switch-status]');
    await expect(status).toHaveAttribute('role', 'status');
    await expect(status).toBeEmpty();
    const liveText = () =>
      frame.evaluate((element) =>
        Array.from(element.querySelectorAll('[role="status"], [role="alert"], [aria-live]:not([aria-live="off"])'))
          .map((region) => region.textContent?.trim() ?? '')
          .filter(Boolean),
      );
    // Through every option with the arrow keys, then back to the first.
    await radios.first().focus();
    for (const index of [...Array.from({ length: count - 1 }, (_, step) => step + 1), 0]) {
      await page.keyboard.press(index === 0 ? 'ArrowDown' : 'ArrowRight');
      await expect(radios.nth(index)).toBeChecked();
      await expect(status).toHaveText(expected![index]!);
      expect(await liveText()).toEqual([await status.textContent()]);
    }
  }
  expect([...switched].sort()).toEqual(Object.keys(switchAnnouncements).sort());
});

test('the risk model’s point gives the model and its assumptions as its source, with a link to them', async ({ page }) => {
  await page.goto('embed/risk-model.html');
  const point = drawing(page).locator('.chart-mark[data-figure="risk-model-assumptions"]');
  await point.focus();
  const tooltip = page.locator('.chart-tooltip');
  await expect(tooltip).toBeVisible();
  // Shown, not yet a Tab stop: the tooltip is hidden from screen readers until Enter.
  const link = tooltip.getByRole('link', { includeHidden: true });
  await expect(link).toHaveAttribute('tabindex', '-1');
  await page.keyboard.press('Enter');
  const source = page.getByRole('dialog', { name: 'Source' });
  await expect(source).toBeFocused();
  await expect(source).toContainText('illustrative model');
  await expect(source).toContainText('r = p × B ÷ d');
  await expect(source).toContainText('chance of being caught');
  await expect(source).toContainText('rental days');
  // Not the bribe's citation, which is what it showed before.
  const bribeCitation = (await page.locator('template[data-tooltip-for$="bribe-to-escape-punishment"]').evaluate((template: HTMLTemplateElement) => template.content.textContent ?? '')).trim();
  expect(bribeCitation.length).toBeGreaterThan(10);
  expect(await source.innerText()).not.toContain(bribeCitation.slice(0, 40));
  // The link: reached by Tab, to the assumptions on the methods page.
  await page.keyboard.press('Tab');
  const reached = source.getByRole('link', { name: 'The model’s assumptions, and why (methods page)' });
  await expect(reached).toBeFocused();
  await expect(reached).not.toHaveAttribute('tabindex', /./);
  expect(await reached.getAttribute('href')).toBe('../methods.html#model');
  await page.goto(new URL('../methods.html#model', page.url()).href);
  await expect(page.locator('#model')).toHaveText('The risk model’s assumptions');
});

test('Escape dismisses a hovered tooltip after the keyboard has left the chart', async ({ page }) => {
  await page.goto('embed/price-tiers.html');
  const mark = drawing(page).locator('.chart-mark').first();
  await mark.focus();
  await page.keyboard.press('Escape');
  await expect(page.locator('.chart-end')).toBeFocused();
  await drawing(page).locator('.chart-mark').nth(1).hover();
  const tooltip = page.locator('.chart-tooltip');
  await expect(tooltip).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(tooltip).toBeHidden();
});
