/**
 * Loads a chart's own script (a definition's `script`) only when the reader first reaches for the
 * chart, so a page neither downloads nor runs more JavaScript than its frame's until then. BaseLayout
 * leaves an inert marker with the script file's address, relative to the page:
 *
 *   <script type="text/plain" data-deferred-script="risk-model" data-src="../scripts/risk-model.js" data-eager-params="caught bribe days"></script>
 *
 * and this adds the file as a classic script (from file:// too: a classic script, unlike a module
 * or a fetch, loads from a file; the page's policy trusts what its own hashed script adds,
 * 'strict-dynamic') on the first pointer, touch, focus, key or input event inside any element the
 * selector matches, or at once when the address carries one of the eager parameters. The file
 * arrives after the event that asked for it, so the script starts from its controls' state as it
 * finds them: a change made meanwhile still counts.
 */

const triggers = ['pointerover', 'pointerdown', 'touchstart', 'focusin', 'keydown', 'input'] as const;

function addressParams(): URLSearchParams {
  // The risk model falls back to the hash (#model?caught=…) where a file:// query can't be written.
  const hashQuery = location.hash.includes('?') ? location.hash.slice(location.hash.indexOf('?') + 1) : '';
  const params = new URLSearchParams(location.search);
  for (const [key, value] of new URLSearchParams(hashQuery)) params.append(key, value);
  return params;
}

/** `cause` (the waking event's type, or "address") is kept on the element, so a test can say what woke it. */
function run(inert: HTMLScriptElement, cause: string) {
  if (inert.dataset['ran']) return;
  inert.dataset['ran'] = cause;
  const script = document.createElement('script');
  // Resolved against the page's own address, wherever and however it is hosted.
  script.src = new URL(inert.dataset['src'] ?? '', document.baseURI).href;
  document.body.append(script);
}

for (const inert of Array.from(document.querySelectorAll<HTMLScriptElement>('script[type="text/plain"][data-deferred-script]'))) {
  const hosts = Array.from(document.querySelectorAll(inert.dataset['deferredScript'] ?? ''));
  const eager = (inert.dataset['eagerParams'] ?? '').split(' ').filter(Boolean);
  const params = addressParams();
  if (eager.some((param) => params.has(param))) {
    run(inert, 'address');
    continue;
  }
  const controller = new AbortController();
  const onFirst = (event: Event) => {
    controller.abort();
    run(inert, event.type);
  };
  for (const host of hosts) for (const type of triggers) host.addEventListener(type, onFirst, { capture: true, passive: true, signal: controller.signal });
}
