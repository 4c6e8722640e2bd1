/**
 * Every built page in Firefox and in WebKit (Safari's engine), from the site's own static server
 * and from file://, as a reader sees it: `node --test tests/engines/engines.test.mjs` (needs a
 * build; `npm run test:engines` also makes sure the browsers exist).
 *
 * For each page, in each engine, from each origin:
 * - it loads with no console error, page error or failed request, and requests nothing from
 *   another origin (WebKit: see webkit.mjs for what can be seen there);
 * - every custom element on it is defined, `<chart-frame>` included, and every chart frame
 *   shows at least one `svg.chart-svg` with a nonzero size (an embed page shows exactly one);
 * - each radio switch in a chart frame changes which chart SVG is shown, and the first choice
 *   brings the first chart back;
 * - in the reader's dark theme (both browsers are started dark): the page matches
 *   `prefers-color-scheme: dark`, its background is dark and the charts' text is light;
 * - in a 320 px wide window the page does not scroll sideways and its charts still show;
 * - on each embed page, from the server: the chart by keyboard (checkKeyboard), with real keys;
 * - on one embed page, from the server: the tooltip per WCAG 1.4.13 with a real mouse and finger
 *   (checkTooltip); on each embed page, every mark's tooltip inside a 320 × 256 window.
 *
 * One browser per engine serves all its pages; the two engines run side by side. Each browser
 * (firefox.mjs, webkit.mjs) is driven through the same few calls: open(url), evaluate(fn, ...args)
 * for site.mjs's in-page readers, clickRadio(index), resize(width, height), problems(allowed
 * origin) and close().
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { launchFirefox } from './firefox.mjs';
import { focusFirstMark, isDefined, isRadioChecked, listPages, luminance, markPoint, origins, readKeyboard, readPage, readRadios, readTooltip, readVisibleCharts, startServer, tooltipsOutsideWindow, wakeDeferred } from './site.mjs';
import { launchWebKit } from './webkit.mjs';

const wide = { width: 1280, height: 900 };
const narrow = { width: 320, height: 800 };
const pages = listPages();
const seconds = (since) => `${((performance.now() - since) / 1000).toFixed(1)} s`;
const started = performance.now();

let server;
before(async () => {
  server = await startServer();
});
after(() => {
  server?.kill();
  console.log(`engines: ${pages.length} pages × ${origins.length} origins × 2 engines in ${seconds(started)}`);
});
// Whatever happens, the server does not outlive the tests.
process.on('exit', () => server?.kill());

/**
 * Clicks every radio of each switch, the checked one last, comparing the charts shown before and
 * after each click. Returns what went wrong.
 */
async function checkSwitches(browser) {
  const failures = [];
  const groups = Map.groupBy(await browser.evaluate(readRadios), (radio) => radio.name);
  for (const [name, radios] of groups) {
    const frame = radios[0].frame;
    const first = radios.find((radio) => radio.checked);
    const shownAtFirst = await browser.evaluate(readVisibleCharts, frame);
    let shown = shownAtFirst;
    for (const radio of [...radios.filter((other) => other !== first), ...(first ? [first] : [])]) {
      await browser.clickRadio(radio.index);
      // The hand moves on, as a reader's does. A mouse left on the radio ends up over the new
      // drawing when the view's takeaway and key change height, and WebKit replays a stationary
      // mouse over content that moves in beneath it: a mark's tooltip opened there and lay over
      // the other radio, intercepting the next click (seen on the trade chart's switch).
      await browser.hover({ x: 0, y: 0 });
      const now = await browser.evaluate(readVisibleCharts, frame);
      if (!(await browser.evaluate(isRadioChecked, radio.index))) failures.push(`switch ${name}=${radio.value}: not checked after a click`);
      if (!now.length) failures.push(`switch ${name}=${radio.value}: no chart shown after the click`);
      else if (now.join() === shown.join()) failures.push(`switch ${name}=${radio.value}: the click did not change which chart is shown (svg #${shown.join(', #')})`);
      shown = now;
    }
    if (first && shown.join() !== shownAtFirst.join()) failures.push(`switch ${name}: going back to ${first.value} did not bring back its chart`);
  }
  return failures;
}

/**
 * An embed page's chart by keyboard, with real key presses: one Tab stop in the drawing; the
 * arrows reach every mark, with the hint shown; Enter gives the source, focused; Escape goes
 * back to the mark, and again leaves the chart; the tooltip stays inside a small window.
 */
async function checkKeyboard(browser) {
  const failures = [];
  const expect = (ok, message) => ok || failures.push(`keyboard: ${message}`);
  const start = await browser.evaluate(readKeyboard);
  expect(start.tabStops === 1, `${start.tabStops} Tab stops in the drawing, not 1`);
  await browser.evaluate(focusFirstMark);
  const reached = new Set();
  for (let step = 0; step < start.labels.length; step += 1) {
    const now = await browser.evaluate(readKeyboard);
    if (step === 0) expect(now.hint, 'no hint shown on the first mark');
    reached.add(now.focused);
    await browser.press('ArrowRight');
  }
  const missed = start.labels.filter((label) => !reached.has(label));
  expect(missed.length === 0, `the arrows did not reach ${missed.join('; ')}`);
  await browser.press('Home');
  const home = await browser.evaluate(readKeyboard);
  expect(home.focused === start.labels[0], `Home went to ${home.focused}`);
  await browser.press('Enter');
  const source = await browser.evaluate(readKeyboard);
  expect(/chart-tooltip/.test(source.focused) && (source.tooltip?.text.length ?? 0) > 20, `Enter did not give the source (focus on ${source.focused})`);
  await browser.press('Escape');
  expect((await browser.evaluate(readKeyboard)).focused === start.labels[0], 'Escape in the source did not go back to the mark');
  await browser.press('Escape');
  const left = await browser.evaluate(readKeyboard);
  expect(/chart-end/.test(left.focused) && !left.tooltip && !left.hint, `Escape did not leave the chart (focus on ${left.focused})`);
  return failures;
}

/** Longer than the tooltip's grace period for the pointer to cross onto it (hideDelay in src/client/chart-frame.ts, 300 ms). */
const linger = 450;
const wait = (ms) => new Promise((done) => setTimeout(done, ms));
/** The page used for the tooltip: a chart whose marks carry quotes (long tooltips). */
const tooltipPage = 'embed/price-tiers.html';
/** The window at 400% zoom of a 1280 × 1024 screen (WCAG 1.4.10 and 1.4.13). */
const zoomed = { width: 320, height: 256 };

/**
 * The tooltip per WCAG 1.4.13, with a real mouse and a real finger: it shows on hover; the
 * pointer can cross onto it and it stays (hoverable); it stays until the pointer leaves both
 * (persistent) and goes once it has; Escape dismisses it with the pointer still on the mark; a
 * tap on a mark shows it and a tap elsewhere hides it.
 */
async function checkTooltip(browser) {
  const since = performance.now();
  const failures = [];
  const expect = (ok, message) => ok || failures.push(`tooltip: ${message}`);
  const mark = await browser.evaluate(markPoint, 1);

  await browser.hover(mark.away, mark);
  await wait(100);
  const hovered = await browser.evaluate(readTooltip);
  expect(hovered.shown && hovered.headline === mark.label, `hovering "${mark.label}" showed ${hovered.shown ? `"${hovered.headline}"` : 'nothing'}`);
  // Onto the tooltip, through the gap between them, then a rest there: it stays.
  const edge = hovered.box.bottom <= mark.y ? { x: mark.x, y: Math.round(hovered.box.bottom - 3) } : { x: mark.x, y: Math.round(hovered.box.top + 3) };
  await browser.hover(edge, hovered.centre);
  await wait(linger);
  const onTooltip = await browser.evaluate(readTooltip, hovered.centre);
  expect(onTooltip.shown && onTooltip.headline === mark.label, `moving the pointer onto it ${onTooltip.shown ? `changed it to "${onTooltip.headline}"` : 'hid it'}`);
  expect(onTooltip.under, 'the pointer did not reach it (something covers its centre)');
  // Off both: it goes, after the grace period.
  await browser.hover(mark.away);
  await wait(linger);
  expect(!(await browser.evaluate(readTooltip)).shown, 'still shown after the pointer left both the mark and the tooltip');
  // Escape, with the pointer still on the mark.
  await browser.hover(mark);
  await wait(100);
  expect((await browser.evaluate(readTooltip)).shown, 'not shown on hovering the mark again');
  await browser.press('Escape');
  expect(!(await browser.evaluate(readTooltip)).shown, 'Escape did not dismiss it');
  await browser.hover(mark.away);
  await wait(linger);

  // By touch.
  await browser.tap(mark);
  await wait(100);
  const tapped = await browser.evaluate(readTooltip);
  expect(tapped.shown && tapped.headline === mark.label, `tapping "${mark.label}" showed ${tapped.shown ? `"${tapped.headline}"` : 'nothing'}`);
  await wait(linger);
  expect((await browser.evaluate(readTooltip)).shown, 'a tapped tooltip went away by itself');
  await browser.tap(mark.away);
  await wait(100);
  expect(!(await browser.evaluate(readTooltip)).shown, 'a tap elsewhere did not hide it');

  console.log(`${browser.name}: tooltip checked in ${seconds(since)}`);
  return failures;
}

/** At 400% zoom (320 × 256 CSS px), every mark's tooltip on an embed page is wholly inside the window. */
async function checkZoomedTooltips(browser) {
  const failures = [];
  await browser.resize(zoomed.width, zoomed.height);
  try {
    const { marks, outside } = await browser.evaluate(tooltipsOutsideWindow);
    if (!marks) failures.push(`tooltip: no marks at ${zoomed.width} × ${zoomed.height}`);
    for (const where of outside) failures.push(`tooltip: at ${zoomed.width} × ${zoomed.height} not inside the window: ${where}`);
  } finally {
    await browser.resize(wide.width, wide.height);
  }
  return failures;
}

/** Every check on one page; all that went wrong is reported together. */
async function checkPage(browser, path, origin) {
  const failures = [];
  const expect = (ok, message) => ok || failures.push(message);

  await browser.open(origin.base + path);
  const page = await browser.evaluate(readPage);
  expect(page.readyState === 'complete', `the page is still ${page.readyState} after its load event`);
  for (const src of page.brokenImages) expect(false, `an image did not load: ${src}`);
  // Every custom element on the page, <chart-frame> first of all, is defined.
  for (const { tag } of page.customElements.filter((element) => !element.defined && !element.deferred)) expect(false, `<${tag}> is not defined (did its script fail?)`);
  // A chart's own script waits for the reader, then is fetched and runs (a file added by the
  // page's own script, which its policy trusts: 'strict-dynamic'), from a server and from file://.
  for (const { tag, defined, wokenBy } of page.customElements.filter((element) => element.deferred)) {
    expect(!defined, `<${tag}>'s script ran before the reader touched it (woken by: ${wokenBy})`);
    const woken = await browser.evaluate(wakeDeferred, tag);
    let arrived = woken.defined;
    for (let tries = 0; woken.focused && !arrived && tries < 50; tries += 1) {
      await wait(100);
      arrived = await browser.evaluate(isDefined, tag);
    }
    expect(woken.focused && arrived, `<${tag}> is not defined within 5 s of a control inside it taking focus (focused: ${woken.focused}; did its script fail to load or run?)`);
  }
  if (path.startsWith('embed/')) expect(page.frames.length === 1, `an embed page shows one chart frame, not ${page.frames.length}`);
  for (const frame of page.frames) expect(frame.visible.length > 0, `chart ${frame.slug}: none of its ${frame.svgs} svg.chart-svg is visible with a size`);

  // The dark theme (both browsers are started with it).
  expect(page.dark, 'dark theme: matchMedia("(prefers-color-scheme: dark)") does not match');
  // The body's background, or the root's where the body's is transparent.
  const background = page.background.find((color) => !/^rgba\(.*, 0\)$|^transparent$/.test(color)) ?? page.background[0];
  expect(luminance(background) < 0.2, `dark theme: the background ${background} is not dark (luminance ${luminance(background)?.toFixed(2)})`);
  // Most of a chart's text is light; a few labels may be dark on a light chip (risk-flow's numbers).
  for (const frame of page.frames) {
    const [fill] = Object.entries(frame.textFills).sort((a, b) => b[1] - a[1])[0] ?? [];
    expect(luminance(fill ?? '') > 0.3, `dark theme: most text of chart ${frame.slug} is filled ${fill}, not light (fills: ${JSON.stringify(frame.textFills)})`);
  }

  failures.push(...(await checkSwitches(browser)));
  // Keys, once per engine: the same bytes wherever the page is served.
  if (path.startsWith('embed/') && origin === origins[0]) failures.push(...(await checkKeyboard(browser)));
  // The tooltip by mouse, by finger and at 400% zoom, once per engine.
  if (path === tooltipPage && origin === origins[0]) failures.push(...(await checkTooltip(browser)));
  if (path.startsWith('embed/') && origin === origins[0]) failures.push(...(await checkZoomedTooltips(browser)));

  // A 320 px window (a phone, or 400 % zoom on a 1280 px screen): no sideways scrolling.
  await browser.resize(narrow.width, narrow.height);
  try {
    const small = await browser.evaluate(readPage);
    expect(small.innerWidth <= narrow.width, `the window did not narrow to ${narrow.width} px: the page is ${small.innerWidth} px wide`);
    expect(small.scrollWidth <= small.innerWidth, `at ${small.innerWidth} px the page scrolls sideways: it is ${small.scrollWidth} px wide`);
    for (const frame of small.frames) expect(frame.visible.length > 0, `at ${narrow.width} px, chart ${frame.slug} shows no svg.chart-svg`);
  } finally {
    await browser.resize(wide.width, wide.height);
  }

  // Park the mouse in the window's top corner (a page's header or a chart's title, never a chart's
  // drawing). Left where the last click or hover put it, the next page would load under it, and
  // WebKit, which replays a stationary mouse over content that moves in beneath it, would wake a
  // deferred chart script there (seen as "woken by: pointerover" on the risk model's embed).
  await browser.hover({ x: 0, y: 0 });

  // Errors and requests, from the load to now.
  failures.push(...(await browser.problems(origin.allowed)));
  assert.deepEqual(failures, [], `${browser.name}, ${origin.base}${path}`);
}

// Pinned, as in tests/e2e/charts.ts, so a page missing from a broken build fails instead of being skipped.
test('the build has the four site pages and embed pages', () => {
  for (const page of ['index.html', 'methods.html', 'stories/crackdown.html', 'stories/rentals.html', tooltipPage]) assert.ok(pages.includes(page), `no ${page} in the build`);
  assert.ok(pages.some((page) => page.startsWith('embed/')), 'no embed page in the build');
});

// The two engines run side by side; each browser goes through the pages one at a time (subtests
// inherit concurrency, hence the 1 below).
describe('engines', { concurrency: 2 }, () => {
  for (const [engine, launch] of [
    ['Firefox', launchFirefox],
    ['WebKit', launchWebKit],
  ]) {
    describe(engine, { concurrency: 1 }, () => {
      let browser;
      let ready;
      before(async () => {
        const since = performance.now();
        browser = await launch(wide);
        ready = performance.now();
        console.log(`${engine}: started in ${seconds(since)}`);
      });
      after(async () => {
        if (ready) console.log(`${engine}: ${pages.length * origins.length} page checks in ${seconds(ready)}`);
        const since = performance.now();
        await browser?.close();
        console.log(`${engine}: stopped in ${seconds(since)}`);
      });
      for (const origin of origins) {
        describe(`from ${origin.name === 'file' ? 'file://' : origin.base}`, () => {
          for (const path of pages)
            test(path, { timeout: 60_000 }, async () => {
              await checkPage(browser, path, origin);
            });
        });
      }
    });
  }
});
