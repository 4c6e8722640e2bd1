// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import portableBuild from './integrations/portable-build';
import subsetFonts from './integrations/subset-fonts';

export default defineConfig({
  // Optional: set SITE_URL when the site's public address is known, so the embed codes printed
  // into the HTML are absolute even before JavaScript runs.
  ...(process.env.SITE_URL ? { site: process.env.SITE_URL } : {}),
  build: {
    // "stories/crackdown.html", not "stories/crackdown/index.html": file:// has no index lookup.
    format: 'file',
    // One file per page: no stylesheet request, and nothing to resolve from file:// or a sub-path.
    inlineStylesheets: 'always',
  },
  devToolbar: { enabled: false },
  vite: {
    build: {
      rollupOptions: {
        // Astro marks MDX modules with its own "use astro:head-inject" directive, which the
        // bundler warns about on every build; the warning is about Astro's internals, not ours.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
  // The fonts are cut to the built pages' characters, then every page is checked and given its CSP.
  integrations: [mdx(), subsetFonts(), portableBuild()],
});
