/**
 * Each chart as a screen reader speaks it, through @guidepup/virtual-screen-reader running in the
 * page (bundled here for the browser; the page's CSP is bypassed for that one script). For every
 * chart: walking the frame says its title and its description once each; Tab onto the drawing
 * says the first mark's name with the key hint; an arrow says the next mark alone; Enter says
 * the mark's source, the quote and its report, or the citation, or the derivation, with no
 * disclosure opened. Run once, at the root.
 */
import { createRequire } from 'node:module';
import { buildSync } from 'esbuild';
import { test, expect } from './fixtures';
import { chartSlugs } from './charts';

const require = createRequire(import.meta.url);
// Built on first use, not on import: the runner and every worker import this file to list its
// tests, and only a worker that runs one needs the bundle.
let built: string | undefined;
const bundle = (): string =>
  (built ??= buildSync({
    entryPoints: [require.resolve('@guidepup/virtual-screen-reader/browser.js')],
    bundle: true,
    format: 'iife',
    globalName: 'guidepup',
    write: false,
    logLevel: 'error',
  }).outputFiles[0]!.text);

interface Spoken {
  walked: string[];
  title: string;
  description: string;
  firstMark: string[];
  secondLabel: string;
  nextMark: string[];
  source: string[];
  sourceText: string;
  openDisclosures: number;
}

test.use({ bypassCSP: true });

for (const slug of chartSlugs) {
  test(`a screen reader hears the ${slug} chart, a mark and its source, each once`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto(`embed/${slug}.html`);
    await page.addScriptTag({ content: bundle() });
    const spoken: Spoken = await page.evaluate(async () => {
      type Virtual = {
        start(options: { container: Element }): Promise<void>;
        stop(): Promise<void>;
        next(): Promise<void>;
        press(key: string): Promise<void>;
        spokenPhraseLog(): Promise<string[]>;
        clearSpokenPhraseLog(): Promise<void>;
        lastSpokenPhrase(): Promise<string>;
      };
      const { virtual } = (window as unknown as { guidepup: { virtual: Virtual } }).guidepup;
      const frame = document.querySelector('chart-frame')!;
      const said = async () => {
        const log = [...(await virtual.spokenPhraseLog())];
        await virtual.clearSpokenPhraseLog();
        return log;
      };
      await virtual.start({ container: frame });
      // Through the frame, up to its data table.
      const walked: string[] = [];
      for (let step = 0; step < 80 && !walked.some((phrase) => phrase.includes('Data table')); step += 1) {
        await virtual.next();
        walked.push(await virtual.lastSpokenPhrase());
      }
      await said();
      // Tab onto the drawing, from the control before it (or the skip link).
      (frame.querySelector('.chart-skip') as HTMLElement).focus();
      for (let step = 0; step < 12 && !document.activeElement?.classList.contains('chart-mark'); step += 1) await virtual.press('Tab');
      await virtual.press('Shift+Tab');
      await said();
      await virtual.press('Tab');
      const firstMark = await said();
      await virtual.press('ArrowRight');
      const secondLabel = document.activeElement?.getAttribute('aria-label') ?? '';
      const nextMark = await said();
      await virtual.press('Enter');
      await new Promise((resolve) => setTimeout(resolve, 50));
      const source = await said();
      const shown = document.querySelector('.chart-tooltip > div');
      await virtual.stop();
      return {
        walked,
        title: frame.querySelector('.chart-title')!.textContent!.trim(),
        description: frame.querySelector('.chart-figure > p.visually-hidden')!.textContent!.trim(),
        firstMark,
        secondLabel,
        nextMark,
        source,
        sourceText: shown?.textContent?.trim() ?? '',
        openDisclosures: document.querySelectorAll('details[open]').length,
      };
    });

    // The chart: its title once (as the heading), its description once (as text).
    const spaced = (text: string) => text.replace(/\s+/g, ' ');
    const mentions = (text: string) => spoken.walked.filter((phrase) => spaced(phrase).includes(spaced(text))).length;
    expect(spoken.walked).toContain(`heading, ${spoken.title}, level 1`);
    expect(mentions(spoken.title), spoken.walked.join('\n')).toBe(1);
    expect(mentions(spoken.description), spoken.walked.join('\n')).toBe(1);

    // A mark: its name, then the hint, once, on arriving; the next mark by its name alone.
    const first = await page.locator('svg.chart-svg:visible .chart-mark').first().getAttribute('aria-label');
    expect(spoken.firstMark).toEqual([`image, ${first}, Arrow keys: ← → each mark, ↑ ↓ ${await groupsOf(page)}. Enter: its source. Esc: leave the chart.`]);
    expect(spoken.nextMark).toEqual([`image, ${spoken.secondLabel}`]);

    // Its source: read out, quote and report or citation or derivation, nothing opened.
    expect(spoken.sourceText.length).toBeGreaterThan(20);
    expect(spoken.source).toHaveLength(1);
    expect(spoken.source[0]).toMatch(/^dialog, Source, /);
    const squeezed = (text: string) => text.replace(/\s+/g, '');
    expect(squeezed(spoken.source[0]!)).toBe(squeezed(`dialog, Source, ${spoken.sourceText}`));
    expect(spoken.openDisclosures).toBe(0);
  });
}

async function groupsOf(page: import('@playwright/test').Page): Promise<string> {
  const hint = (await page.locator('.chart-hint').textContent()) ?? '';
  return /↑ ↓ (\w+)\./.exec(hint)?.[1] ?? '';
}

test('a screen reader hears a switch’s new state once, in the chart’s words', async ({ page }) => {
  test.setTimeout(120_000);
  const cases = [
    { slug: 'price-tiers', option: 'US dollars', heard: 'Prices now in US dollars' },
    { slug: 'covid-trade', option: /month by month/, heard: /^Trade now shown month by month, \d{4}$/ },
  ];
  for (const { slug, option, heard } of cases) {
    await page.goto(`embed/${slug}.html`);
    await page.addScriptTag({ content: bundle() });
    await page.evaluate(async () => {
      const { virtual } = (window as unknown as { guidepup: { virtual: { start(options: { container: Element }): Promise<void>; clearSpokenPhraseLog(): Promise<void> } } }).guidepup;
      await virtual.start({ container: document.body });
      await virtual.clearSpokenPhraseLog();
    });
    // A real key press on the switch, as a reader turns it.
    const radio = page.locator('fieldset.chart-switch').getByLabel(option);
    await page.locator('fieldset.chart-switch input').first().focus();
    await page.keyboard.press('ArrowRight');
    if (slug === 'price-tiers') await page.keyboard.press('ArrowRight');
    await expect(radio).toBeChecked();
    await page.waitForTimeout(300);
    const log: string[] = await page.evaluate(async () => {
      const { virtual } = (window as unknown as { guidepup: { virtual: { spokenPhraseLog(): Promise<string[]>; stop(): Promise<void> } } }).guidepup;
      const said = [...(await virtual.spokenPhraseLog())];
      await virtual.stop();
      return said;
    });
    // Each live announcement once, and only the chart's words for the switch's state.
    const announced = log.filter((phrase) => /^(polite|assertive)\b/.test(phrase));
    const expected = slug === 'price-tiers' ? ['Prices now in South Korean won', 'Prices now in US dollars'] : [heard];
    expect(announced, log.join('\n')).toHaveLength(expected.length);
    announced.forEach((phrase, index) => {
      expect(phrase.startsWith('polite')).toBe(true);
      const words = phrase.replace(/^polite:\s*/, '');
      const want = expected[index]!;
      if (typeof want === 'string') expect(words).toBe(want);
      else expect(words).toMatch(want);
    });
  }
});
