/**
 * Tells the page that embeds this chart how tall it is, whenever that changes, in every format
 * newsroom tools listen for:
 * - pym.js: "pymxPYMx{childId}xPYMxheightxPYMx{height}", when the parent passed a well-formed
 *   ?childId= (letters, digits, "-", "_", ".", ":"; at most 64), as pym's Parent does;
 * - Datawrapper: { "datawrapper-height": { [slug]: height } }; its listener finds the iframe by
 *   id "datawrapper-chart-{slug}" or by the slug in its src;
 * - AMP's amp-iframe: { sentinel: "amp", type: "embed-size", height };
 * - plain, which our loader reads: { type: "embed-height", height, slug }.
 * It answers a parent's pym "width" message or { type: "embed-height-request" } by reporting
 * again, and ignores every other message, and messages from anyone but its parent.
 */

/** A childId as pym's Parent makes it (the container's id); anything else is not pym's. */
export const isPymChildId = (value: string | null): value is string => value !== null && /^[A-Za-z0-9_.:-]{1,64}$/.test(value);

/** The messages that carry one height, in each protocol. */
export function heightMessages(height: number, slug: string, childId: string | null): unknown[] {
  const messages: unknown[] = [
    { type: 'embed-height', height, slug },
    { 'datawrapper-height': { [slug]: height } },
    { sentinel: 'amp', type: 'embed-size', height },
  ];
  if (isPymChildId(childId)) messages.push(`pymxPYMx${childId}xPYMxheightxPYMx${height}`);
  return messages;
}

export function reportHeight(slug: string): void {
  if (window.parent === window) return; // not embedded: nobody to tell
  const rawChildId = new URLSearchParams(location.search).get('childId');
  const childId = isPymChildId(rawChildId) ? rawChildId : null;
  let lastHeight = -1;

  const send = (force = false) => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (!force && height === lastHeight) return;
    lastHeight = height;
    for (const message of heightMessages(height, slug, childId)) window.parent.postMessage(message, '*');
  };

  new ResizeObserver(() => send()).observe(document.documentElement);
  window.addEventListener('message', (event) => {
    if (event.source !== window.parent) return;
    const message: unknown = event.data;
    const askedByPym = typeof message === 'string' && childId !== null && message.startsWith(`pymxPYMx${childId}xPYMxwidth`);
    const askedPlainly = typeof message === 'object' && message !== null && (message as { type?: unknown }).type === 'embed-height-request';
    if (askedByPym || askedPlainly) send(true);
  });
  send(true);
}
