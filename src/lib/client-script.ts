/**
 * Bundles a browser entry point into one minified classic script, to be inlined in the page.
 * Module scripts and shared chunks fail from file:// (CORS blocks them on origin "null"), and
 * inlining also saves a request on a slow connection; the build-done step hashes each inline
 * script into the page's Content-Security-Policy.
 */
import { buildSync } from 'esbuild';
import { resolve } from 'node:path';

const bundles = new Map<string, string>();

/** Bundles the entry points (paths from the project root) together, as one script. */
export function clientScript(entries: readonly string[]): string {
  const key = entries.join('+');
  // Bundled once per build; in the dev server, anew on each page load so edits show up.
  const cached = import.meta.env.PROD ? bundles.get(key) : undefined;
  if (cached !== undefined) return cached;
  const result = buildSync({
    stdin: {
      contents: entries.map((entry) => `import ${JSON.stringify(resolve(process.cwd(), entry))};`).join('\n'),
      resolveDir: process.cwd(),
      sourcefile: 'page-script.ts',
      loader: 'ts',
    },
    bundle: true,
    write: false,
    format: 'iife',
    minify: true,
    target: 'es2022',
    legalComments: 'none',
    // The charts a browser redraws use a few functions of d3-selection and d3-array, which bundle
    // poorly; their lite twins are what the page carries (src/client/d3-*-lite.ts, each checked
    // against the real one in its test).
    alias: {
      'd3-selection': resolve(process.cwd(), 'src/client/d3-selection-lite.ts'),
      'd3-array': resolve(process.cwd(), 'src/client/d3-array-lite.ts'),
    },
  });
  const code = result.outputFiles[0]!.text.trim();
  if (/<\/script/i.test(code)) throw new Error(`${key}: the bundle contains "</script", which would end the inline script early`);
  bundles.set(key, code);
  return code;
}
