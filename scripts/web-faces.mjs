/**
 * Pages set in their web faces for certain, for measuring layout (embed heights, printed sheets).
 * The faces are `font-display: optional`: a face that misses its first ~100 ms is not used for that
 * page load, even when cached and reported "loaded", and a busy machine misses it. Here every page
 * the context (or page) loads asks for `block` instead, so its text waits for its face. The pages'
 * Content-Security-Policy hashes the style rewritten here: the caller's context must bypass it
 * (`bypassCSP: true`).
 *
 *   const context = await browser.newContext({ bypassCSP: true });
 *   await blockForWebFaces(context);
 */

/** @param {import('playwright-core').BrowserContext | import('playwright-core').Page} target */
export async function blockForWebFaces(target) {
  await target.route(/\.html(?:[?#].*)?$/, async (route) => {
    const response = await route.fetch();
    const html = await response.text();
    if (!html.includes('font-display:optional')) throw new Error(`${route.request().url()}: declares no font-display: optional face to rewrite`);
    await route.fulfill({ response, body: html.replaceAll('font-display:optional', 'font-display:block') });
  });
}
