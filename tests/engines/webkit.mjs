/**
 * WebKit (Safari's engine) as WebKitGTK's MiniBrowser, driven through WebKitWebDriver with
 * selenium-webdriver. MiniBrowser has no headless mode, so it draws into an Xvfb screen.
 *
 * - Dark theme: MiniBrowser's `--dark-mode` (GTK's prefer-dark-theme, which WebKitGTK reports as
 *   `prefers-color-scheme: dark`), so this browser shows every page dark.
 * - A 320 px window: GTK gives MiniBrowser's toolbar a minimum width of about 450 px; a GTK style
 *   sheet (XDG_CONFIG_HOME/gtk-3.0/gtk.css) that lifts minimum sizes lets the window, and so the
 *   page's viewport, be 320 px wide. It styles MiniBrowser's own widgets, not the page.
 * - Console messages cannot be read. WebKitWebDriver (2.50) has no log endpoint and no WebDriver
 *   BiDi, and MiniBrowser's `--enable-write-console-messages-to-stdout` prints nothing under
 *   automation (WebKit skips that output for ephemeral sessions, which automation sessions are).
 *   So, once a page has loaded, open() installs listeners in it for `error` (scripts, and failed
 *   loads of images and other resources), `unhandledrejection` and `console.error` calls: they
 *   catch everything from then on (switches, resizing). An error while the page loads cannot be
 *   seen directly; its effect can, and is checked: a script that failed leaves its custom
 *   elements undefined and its charts unswitchable.
 * - Requests: `performance.getEntriesByType('resource')`, read at the end of each page's test.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Builder, By, Key, Origin } from 'selenium-webdriver';
import { Pointer } from 'selenium-webdriver/lib/input.js';
import { findMiniBrowser, findWebKitDriver, findXvfb } from '../../scripts/browsers.mjs';
import { isLocal } from './site.mjs';

/** A TCP port nothing listens on right now. */
function freePort() {
  return new Promise((done, fail) => {
    const probe = createServer().once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => done(port));
    });
  });
}

/** Starts Xvfb on a display it picks itself (-displayfd), resolving once it accepts clients. */
async function startXvfb(xvfbPath) {
  const xvfb = spawn(xvfbPath, ['-displayfd', '3', '-screen', '0', '1600x1200x24', '-nolisten', 'tcp'], { stdio: ['ignore', 'ignore', 'pipe', 'pipe'] });
  let errors = '';
  xvfb.stderr.on('data', (chunk) => (errors += chunk));
  const display = await new Promise((ready, failed) => {
    xvfb.stdio[3].once('data', (chunk) => ready(`:${String(chunk).trim()}`));
    xvfb.once('exit', (code) => failed(new Error(`Xvfb exited (${code}):\n${errors}`)));
  });
  return { xvfb, display };
}

/** Waits until WebKitWebDriver answers on its port. */
async function waitForDriver(url, driverProcess) {
  for (let tries = 0; tries < 100; tries += 1) {
    if (driverProcess.exitCode !== null) throw new Error(`WebKitWebDriver exited (${driverProcess.exitCode})`);
    try {
      if ((await fetch(`${url}/status`)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((wait) => setTimeout(wait, 50));
  }
  throw new Error(`WebKitWebDriver did not answer at ${url}`);
}

/** Runs in the page, once it has loaded: collect what goes wrong from now on (see above). */
function collectProblems() {
  const found = [];
  window.__engineProblems = found;
  addEventListener(
    'error',
    (event) => {
      const target = event.target;
      if (target instanceof Element) found.push(`failed to load: ${target.getAttribute('src') ?? target.getAttribute('href') ?? target.localName}`);
      else found.push(`page error: ${event.message} (${event.filename}:${event.lineno})`);
    },
    true,
  );
  addEventListener('unhandledrejection', (event) => found.push(`unhandled rejection: ${event.reason}`));
  const consoleError = console.error;
  console.error = (...args) => {
    found.push(`console error: ${args.map(String).join(' ')}`);
    consoleError.apply(console, args);
  };
}

export async function launchWebKit({ width, height }) {
  const [driverPath, miniBrowser, xvfbPath] = [findWebKitDriver(), findMiniBrowser(), findXvfb()];
  if (!driverPath || !miniBrowser || !xvfbPath) throw new Error('No WebKitWebDriver, MiniBrowser or Xvfb: run `node scripts/ensure-browsers.mjs webkit`.');

  const config = mkdtempSync(join(tmpdir(), 'engines-webkit-'));
  mkdirSync(join(config, 'gtk-3.0'));
  writeFileSync(join(config, 'gtk-3.0', 'gtk.css'), '* { min-width: 0; min-height: 0; margin: 0; padding: 0; }\n');

  const { xvfb, display } = await startXvfb(xvfbPath);
  const port = await freePort();
  const driverProcess = spawn(driverPath, [`--port=${port}`], {
    env: { ...process.env, DISPLAY: display, XDG_CONFIG_HOME: config },
    stdio: 'ignore',
  });
  const stop = () => {
    for (const child of [driverProcess, xvfb]) if (child.exitCode === null) child.kill();
    rmSync(config, { recursive: true, force: true });
  };

  let driver;
  try {
    await waitForDriver(`http://127.0.0.1:${port}`, driverProcess);
    driver = await new Builder()
      .usingServer(`http://127.0.0.1:${port}`)
      .withCapabilities({
        browserName: 'MiniBrowser',
        'webkitgtk:browserOptions': { binary: miniBrowser, args: ['--automation', '--dark-mode'] },
      })
      .build();
  } catch (error) {
    stop();
    throw error;
  }

  const resize = async (newWidth, newHeight) => {
    await driver.manage().window().setRect({ width: newWidth, height: newHeight });
    // The window manager's answer arrives asynchronously: wait until the page sees the new width.
    // On a busy machine that took over the 2 s once allowed, and the next page then loaded into a
    // window still changing size (its radios moved under the click): wait up to 15 s, then fail.
    const until = performance.now() + 15_000;
    while ((await driver.executeScript(() => innerWidth)) !== newWidth) {
      if (performance.now() > until) throw new Error(`WebKit: the window did not become ${newWidth} px wide within 15 s`);
      await new Promise((wait) => setTimeout(wait, 50));
    }
    // Then two frames, so the page has had its resize event (WebKit fires it at the next
    // rendering update, after innerWidth has changed) before anything is measured.
    await driver.executeAsyncScript((done) => requestAnimationFrame(() => requestAnimationFrame(() => done())));
  };
  await resize(width, height);

  return {
    name: 'WebKit',
    pids: [xvfb.pid, driverProcess.pid],
    async open(url) {
      await driver.get(url);
      await driver.executeScript(collectProblems);
    },
    evaluate: (fn, ...args) => driver.executeScript(fn, ...args),
    /** Clicks the index-th radio of readRadios() with a WebDriver element click, at its centre. */
    async clickRadio(index) {
      const radios = await driver.findElements(By.css('chart-frame input[type=radio]'));
      // Scrolled to first, as a reader would: WebKitWebDriver's own scrolling leaves a radio in a
      // not-yet-rendered `content-visibility: auto` frame "not interactable".
      // Then held in view until it stays put for three frames: frames above that render on the way
      // in change their height and move the radio, and a click at its old place lands on something
      // else (intercepted). Two fixed frames were not enough on a busy machine.
      const settle = () =>
        driver.executeAsyncScript((radio, done) => {
          let last = Number.NaN;
          let still = 0;
          const started = performance.now();
          const step = () => {
            radio.scrollIntoView({ block: 'center' });
            const top = radio.getBoundingClientRect().top;
            still = top === last ? still + 1 : 0;
            last = top;
            if (still >= 3 || performance.now() - started > 3000) done();
            else requestAnimationFrame(step);
          };
          step();
        }, radios[index]);
      await settle();
      try {
        await radios[index].click();
      } catch (error) {
        if (error?.name !== 'ElementClickInterceptedError') throw error;
        // What lay over the radio's centre when the click came: WebDriver says only "intercepted".
        const over = await driver.executeScript((radio) => {
          const box = radio.getBoundingClientRect();
          const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
          return `radio at ${Math.round(box.left)},${Math.round(box.top)}; on top: ${hit === radio ? 'the radio itself' : (hit?.outerHTML.slice(0, 160) ?? 'nothing')}`;
        }, radios[index]);
        throw new Error(`radio ${index}: the click was intercepted (${over})`, { cause: error });
      }
    },
    resize,
    /** A mouse moved to each point in turn (viewport CSS px), each move taking a moment, as a hand would. */
    async hover(...points) {
      let actions = driver.actions();
      for (const { x, y } of points) actions = actions.move({ x, y, origin: Origin.VIEWPORT, duration: 60 });
      await actions.perform();
    },
    /** A finger's tap at a point of the viewport. */
    async tap({ x, y }) {
      const finger = new Pointer('finger', Pointer.Type.TOUCH);
      await driver.actions().insert(finger, finger.move({ x, y, origin: Origin.VIEWPORT, duration: 0 }), finger.press(), finger.release()).perform();
    },
    /** A key pressed on whatever has focus, named as in the DOM: 'Tab', 'ArrowRight', 'Enter', 'Escape'. */
    async press(key) {
      const named = { Tab: Key.TAB, ArrowRight: Key.ARROW_RIGHT, ArrowLeft: Key.ARROW_LEFT, ArrowDown: Key.ARROW_DOWN, ArrowUp: Key.ARROW_UP, Home: Key.HOME, End: Key.END, Enter: Key.ENTER, Escape: Key.ESCAPE };
      await driver.actions().sendKeys(named[key] ?? key).perform();
    },
    async problems(allowed) {
      const { found, resources } = await driver.executeScript(() => ({
        found: window.__engineProblems ?? ['the page was replaced: its problems could not be read'],
        resources: performance.getEntriesByType('resource').map((entry) => entry.name),
      }));
      const elsewhere = resources.filter((url) => !isLocal(url, allowed)).map((url) => `request to another origin: ${url}`);
      return [...found, ...elsewhere];
    },
    async close() {
      await driver.quit().catch(() => {});
      stop();
    },
  };
}
