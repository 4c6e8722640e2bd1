/**
 * Links between pages are always relative and always name the .html file, so the one build
 * works at a server's root, under any sub-path, and opened straight from file:// (which has no
 * index lookup and no notion of the site's root).
 */

/** Site routes, written as the file the build produces: "stories/crackdown.html". */
export const routes = {
  home: 'index.html',
  story: (slug: string) => `stories/${slug}.html`,
  embed: (slug: string) => `embed/${slug}.html`,
  data: (slug: string, extension: 'csv' | 'json') => `data/${slug}.${extension}`,
  methods: 'methods.html',
  /** Every number the site shows, with its quote or citation, in one file. */
  dataset: (extension: 'csv' | 'json') => `data/explainer-dataset.${extension}`,
  /** A chart as a picture: the download (wide), the embed's fallback (narrow), the social card. */
  image: (slug: string, extension: 'png' | 'svg', kind: 'wide' | 'narrow' | 'card' = 'wide') =>
    `images/${slug}${kind === 'wide' ? '' : `-${kind}`}.${extension}`,
  /** The script that turns an embed snippet into a sized iframe on a newsroom's page. */
  embedLoader: 'embed-loader.js',
  /** A chart's own browser script, fetched only when the reader first reaches for the chart. */
  chartScript: (slug: string) => `scripts/${slug}.js`,
  /** A chart's oEmbed response, as a static file. */
  oembed: (slug: string) => `oembed/${slug}.json`,
} as const;

/**
 * How many folders deep a page is, from its pathname as Astro reports it:
 * "/" and "/index.html" → 0; "/stories/crackdown" or "/stories/crackdown.html" → 1.
 */
export function depthOf(pathname: string): number {
  const segments = pathname.split('/').filter(Boolean);
  const isFolder = pathname.endsWith('/');
  return Math.max(0, isFolder ? segments.length : segments.length - 1);
}

/** A link from the page at `fromPathname` to a site route, e.g. "../data/price-tiers.csv". */
export function relativeHref(fromPathname: string, route: string): string {
  const depth = depthOf(fromPathname);
  return (depth === 0 ? './' : '../'.repeat(depth)) + route.replace(/^\/+/, '');
}
