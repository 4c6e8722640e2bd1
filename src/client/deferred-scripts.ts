/**
 * Runs a chart's own script (a definition's `script`) only when the reader first reaches for the
 * chart, so a page spends no more JavaScript before interaction than its frame's. BaseLayout
 * carries each such script inline as inert text:
 *
 *   <script type="text/plain" data-deferred-script="risk-model" data-eager-params="caught bribe days">…</script>
 *
 * and this runs it as a classic inline script (allowed by its hash in the page's policy, and
 * working from file://, where a script file could not be fetched lazily) on the first pointer,
 * touch, focus, key or input event inside any element the selector matches, or at once when the
 * address carries one of the eager parameters. The event that triggers it is caught in the
 * capture phase, before it reaches its target, so listeners the script adds to the target hear
 * that same event: the first drag or key press is never lost.
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
  script.textContent = inert.textContent;
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
