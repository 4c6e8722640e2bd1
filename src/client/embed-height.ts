/**
 * Tells the page that embeds this chart how tall it is, whenever that changes, in the formats
 * newsroom tools already listen for:
 * - pym.js: "pymxPYMx{childId}xPYMxheightxPYMx{height}", when the parent passed ?childId=;
 * - plain: { type: "embed-height", height, slug }.
 * It answers a parent's pym "width" message or { type: "embed-height-request" } by reporting
 * again, and ignores messages from anyone but its parent.
 */
export function reportHeight(slug: string): void {
  if (window.parent === window) return; // not embedded: nobody to tell
  const childId = new URLSearchParams(location.search).get('childId');
  const pymPrefix = childId ? `pymxPYMx${childId}xPYMx` : null;
  let lastHeight = -1;

  const send = (force = false) => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (!force && height === lastHeight) return;
    lastHeight = height;
    window.parent.postMessage({ type: 'embed-height', height, slug }, '*');
    if (pymPrefix) window.parent.postMessage(`${pymPrefix}heightxPYMx${height}`, '*');
  };

  new ResizeObserver(() => send()).observe(document.documentElement);
  window.addEventListener('message', (event) => {
    if (event.source !== window.parent) return;
    const message: unknown = event.data;
    const askedByPym = typeof message === 'string' && pymPrefix !== null && message.startsWith(`${pymPrefix}width`);
    const askedPlainly = typeof message === 'object' && message !== null && (message as { type?: unknown }).type === 'embed-height-request';
    if (askedByPym || askedPlainly) send(true);
  });
  send(true);
}
