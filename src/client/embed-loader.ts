/**
 * The embed loader, served as its own file (embed-loader.js, MIT-licensed) for a newsroom's page:
 * every `<div data-chart-embed="…embed/x.html" data-title data-heights>` becomes a titled, lazy
 * iframe at the height the chart has at that width (measured at build time), and every
 * `<iframe data-chart-embed>` is kept at its chart's height as the chart reports it. Nothing
 * inline, so a page whose CSP allows our host for scripts and frames needs nothing more. Until a
 * chart reports its height the placeholder's own link and image stay under the frame's box; a
 * frame that never reports (blocked) leaves them in place of the frame.
 *
 * Messages are trusted only from the frame they name, as plain numbers within reason.
 */
import { pickHeight } from './embed-loader-height';

type Loaded = HTMLIFrameElement & { chartFallback?: HTMLElement[] | undefined };

const maxHeight = 30000;
const waitForReport = 4000;

function size(frame: HTMLIFrameElement, height: unknown): boolean {
  if (typeof height !== 'number' || !(height > 0 && height < maxHeight)) return false;
  frame.style.height = `${Math.ceil(height)}px`;
  return true;
}

function load(placeholder: HTMLElement): void {
  const src = placeholder.getAttribute('data-chart-embed');
  if (!src || !/^(https?|file):$/.test(new URL(src, location.href).protocol)) return;
  const frame = document.createElement('iframe') as Loaded;
  frame.src = src;
  frame.title = placeholder.getAttribute('data-title') || 'Chart';
  frame.loading = 'lazy';
  frame.setAttribute('data-chart-embed', '');
  frame.style.cssText = 'display:block;border:0;width:100%';
  size(frame, pickHeight(placeholder.getAttribute('data-heights') || '', placeholder.clientWidth || 320));
  const fallback = Array.from(placeholder.children) as HTMLElement[];
  for (const element of fallback) element.hidden = true;
  frame.chartFallback = fallback;
  // A frame that loads and never reports (blocked by the page, or by the reader): give the link back.
  frame.addEventListener('load', () =>
    setTimeout(() => {
      if (frame.chartFallback) {
        for (const element of fallback) element.hidden = false;
        frame.remove();
      }
    }, waitForReport),
  );
  placeholder.removeAttribute('data-chart-embed');
  placeholder.prepend(frame);
}

function start(): void {
  for (const placeholder of Array.from(document.querySelectorAll<HTMLElement>('[data-chart-embed]:not(iframe)'))) load(placeholder);
}

const flag = '__chartEmbedLoader';
const global = window as unknown as Record<string, boolean>;
if (!global[flag]) {
  global[flag] = true;
  addEventListener('message', (event) => {
    const data = event.data as { type?: unknown; height?: unknown } | null;
    if (!data || typeof data !== 'object' || data.type !== 'embed-height') return;
    for (const frame of Array.from(document.querySelectorAll<Loaded>('iframe[data-chart-embed]'))) {
      if (frame.contentWindow !== event.source || !size(frame, data.height)) continue;
      if (frame.chartFallback) for (const element of frame.chartFallback) element.remove();
      frame.chartFallback = undefined;
    }
  });
}
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
