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

/** Each switch, what its options say when chosen, in the chart's own words (src/charts/<slug>/messages.ts). */
const switchAnnouncements: Record<string, RegExp[]> = {
  'price-tiers': [/^Prices now in Chinese yuan$/, /^Prices now in South Korean won$/, /^Prices now in US dollars$/],
  'covid-trade': [/^Trade now shown by year, \d{4}–\d{4}$/, /^Trade now shown month by month, \d{4}$/],
};

test('every chart named here as having a switch is a chart of the build', () => {
  expect(chartSlugs).toEqual(expect.arrayContaining(Object.keys(switchAnnouncements)));
});

// Every check on a chart's embed page is a step of one test, on one page load: a new context and a
// page load cost more than most checks. The steps run in this order because the first two need the
// page as it loads (no mark focused yet), and the switch, which redraws, comes last.
for (const slug of chartSlugs) {
  test(`the ${slug} chart: its marks, by keyboard, with its tooltip, source and switch`, async ({ page }) => {
    await page.goto(`embed/${slug}.html`);

    await test.step('every visible mark is focusable, named, and tied to a source entry on the page', async () => {
      const marks = page.locator('svg.chart-svg:visible .chart-mark');
      expect(await marks.count(), slug).toBeGreaterThan(0);
      const problems = await marks.evaluateAll((elements) =>
        elements.flatMap((mark) => {
          const name = mark.getAttribute('aria-label') ?? '';
          const source = mark.getAttribute('data-source') ?? '';
          const box = mark.getBoundingClientRect();
          const issues: string[] = [];
          // One Tab stop per drawing (a roving tabindex): the others are reached by the arrow keys.
          if (!['0', '-1'].includes(mark.getAttribute('tabindex') ?? '')) issues.push(`${name}: not focusable`);
          if (name.trim().length < 5) issues.push(`a mark has no name`);
          if (!document.getElementById(source)) issues.push(`${name}: source entry #${source} missing`);
          if (mark.hasAttribute('aria-describedby')) issues.push(`${name}: described before it has focus`);
          // WCAG 2.5.8: at least 24 by 24 CSS px (checked at the drawing's full size).
          if (box.width < 23.5 || box.height < 23.5) issues.push(`${name}: target ${Math.round(box.width)}×${Math.round(box.height)}px, under 24px`);
          return issues;
        }),
      );
      expect(problems, slug).toEqual([]);
    });

    await test.step('keyboard focus on a mark shows its value and source; Escape hides it', async () => {
      const mark = page.locator('svg.chart-svg:visible .chart-mark').first();
      await mark.focus();
      const tooltip = page.locator('.chart-tooltip');
      await expect(tooltip, slug).toBeVisible();
      const name = (await mark.getAttribute('aria-label'))!;
      await expect(tooltip.locator('strong'), slug).toHaveText(name);
      // Below the headline: the quote with "Daily NK", or a context fact's citation, or a derivation.
      await expect(tooltip.locator('q, .tooltip-citation, .tooltip-derivation').first(), slug).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(tooltip, slug).toBeHidden();
    });

    await test.step('has exactly one Tab stop in its drawing, shows the hint there, and the arrows reach every mark', async () => {
      const frame = page.locator('chart-frame');
      expect(await tabStopsInDrawing(page, frame), slug).toHaveLength(1);

      const marks = drawing(page).locator('.chart-mark');
      const all = await marks.evaluateAll((elements) => elements.map((element) => element.getAttribute('aria-label')));
      await marks.first().focus();
      const hint = frame.locator('.chart-hint');
      await expect(hint, slug).toBeVisible();
      await expect(hint, slug).toContainText('Enter');
      // The hint is read with the first mark reached from outside, not with every mark after it.
      await expect(marks.first(), slug).toHaveAttribute('aria-describedby', (await hint.getAttribute('id'))!);

      const reached = new Set<string>();
      await page.keyboard.press('Home');
      for (let step = 0; step <= all.length; step += 1) {
        reached.add(await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? ''));
        await page.keyboard.press('ArrowRight');
      }
      expect([...reached].sort(), slug).toEqual([...new Set(all)].sort() as string[]);
      // End and Home reach the two ends; arrowing does not describe the mark again.
      await page.keyboard.press('End');
      const last = page.locator(':focus');
      await expect(last, slug).not.toHaveAttribute('aria-describedby', /./);
      await expect(last, slug).toHaveAttribute('tabindex', '0');
      expect(await marks.evaluateAll((elements) => elements.filter((element) => element.getAttribute('tabindex') === '0').length), slug).toBe(1);
    });

    await test.step('Enter on a mark gives its source, focused; Escape goes back, and Escape again leaves the chart', async () => {
      const mark = drawing(page).locator('.chart-mark').first();
      await mark.focus();
      const figure = await focusedFigure(page);
      await page.keyboard.press('Enter');
      const source = page.getByRole('dialog', { name: 'Source' });
      await expect(source, slug).toBeFocused();
      // Its focus ring hugs it: solid, 3 px, drawn over its border inside its box (not apart from
      // it, where a frame that contains its paint would cut it off).
      const ring = await source.evaluate((element) => {
        const style = getComputedStyle(element);
        return { style: style.outlineStyle, width: parseFloat(style.outlineWidth), offset: parseFloat(style.outlineOffset) };
      });
      expect(ring.style, slug).toBe('solid');
      expect(ring.width, slug).toBeGreaterThanOrEqual(3);
      expect(ring.offset + ring.width, slug).toBeLessThanOrEqual(0);
      await expect(source.locator('q, .tooltip-citation, .tooltip-derivation').first(), slug).toBeVisible();
      // Read as its description, with no disclosure opened.
      const describedBy = (await source.getAttribute('aria-describedby'))!;
      expect((await page.locator(`[id="${describedBy}"]`).innerText()).length, slug).toBeGreaterThan(10);
      await expect(page.locator('details[open]'), slug).toHaveCount(0);

      await page.keyboard.press('Escape');
      expect(await focusedFigure(page), slug).toBe(figure);
      await page.keyboard.press('Escape');
      await expect(page.locator('.chart-tooltip'), slug).toBeHidden();
      await expect(page.locator('.chart-end'), slug).toBeFocused();
      await expect(page.locator('.chart-hint'), slug).toBeHidden();
    });

    await test.step('its switch, if it has one, turned by keyboard, says the new state once in its own words, in the frame’s one polite live region', async () => {
      const frame = page.locator('chart-frame');
      const radios = frame.locator('fieldset.chart-switch input[type="radio"]');
      const count = await radios.count();
      const expected = switchAnnouncements[slug];
      // A chart with a switch says here what it announces; one named here has a switch.
      expect(count > 0, `${slug} has a switch: say here what it announces`).toBe(expected !== undefined);
      if (!expected) return;
      expect(count, slug).toBe(expected.length);
      // One polite live region for the switch; nothing else in the frame speaks when it turns.
      const status = frame.locator('[data-switch-status]');
      await expect(status, slug).toHaveAttribute('role', 'status');
      await expect(status, slug).toBeEmpty();
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
        await expect(radios.nth(index), slug).toBeChecked();
        await expect(status, slug).toHaveText(expected[index]!);
        expect(await liveText(), slug).toEqual([await status.textContent()]);
      }
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
  // Both on price-tiers, so one page load: two steps.
  test('stays while the pointer crosses onto it, and Escape dismisses it; Escape dismisses a hovered tooltip after the keyboard has left the chart', async ({ page }) => {
    await page.goto('embed/price-tiers.html');
    const tooltip = page.locator('.chart-tooltip');

    await test.step('stays while the pointer crosses onto it, and Escape dismisses it', async () => {
      const mark = drawing(page).locator('[data-figure="crackdown-per-call"]');
      await mark.hover();
      await expect(tooltip).toBeVisible();
      // Across the gap, slowly, as a hand moves.
      const from = (await mark.boundingBox())!;
      const to = (await tooltip.boundingBox())!;
      await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
      await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 12 });
      // Longer than the frame's hide delay (300 ms, src/client/chart-frame.ts): it would be gone by now.
      await page.waitForTimeout(500);
      await expect(tooltip).toBeVisible();
      await expect(tooltip).toContainText('Daily NK');
      await page.keyboard.press('Escape');
      await expect(tooltip).toBeHidden();
    });

    await test.step('Escape dismisses a hovered tooltip after the keyboard has left the chart', async () => {
      // The pointer out of the way first, as on a fresh page.
      await page.mouse.move(0, 0);
      const mark = drawing(page).locator('.chart-mark').first();
      await mark.focus();
      await page.keyboard.press('Escape');
      await expect(page.locator('.chart-end')).toBeFocused();
      await drawing(page).locator('.chart-mark').nth(1).hover();
      await expect(tooltip).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(tooltip).toBeHidden();
    });
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
      // Every mark in one round trip: scrolled into view as Playwright's scrollIntoViewIfNeeded
      // does (centred, when it is not in view), focused, and its tooltip measured (the frame
      // places it synchronously on focus).
      const boxes = await drawing(page).evaluate((svg) =>
        Array.from(svg.querySelectorAll<SVGElement>('.chart-mark')).map((mark) => {
          (mark as unknown as { scrollIntoViewIfNeeded(center: boolean): void }).scrollIntoViewIfNeeded(true);
          mark.focus();
          const tooltip = mark.closest('chart-frame')!.querySelector<HTMLElement>('.chart-tooltip')!;
          const { x, y, width, height } = tooltip.getBoundingClientRect();
          return { focused: document.activeElement === mark, shown: !tooltip.hidden && width > 0, x, y, width, height };
        }),
      );
      expect(boxes.length, slug).toBeGreaterThan(0);
      boxes.forEach((box, index) => {
        if (!box.focused || !box.shown) outside.push(`${slug} #${index}: ${box.focused ? 'no tooltip shown' : 'not focused'}`);
        else if (box.x < 0 || box.y < 0 || box.x + box.width > 320.5 || box.y + box.height > 256.5) {
          outside.push(`${slug} #${index}: ${Math.round(box.x)},${Math.round(box.y)} ${Math.round(box.width)}×${Math.round(box.height)}`);
        }
      });
    }
    expect(outside).toEqual([]);
  });
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
