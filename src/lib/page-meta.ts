/**
 * What a page tells the sites that link to it, worked out from its address: Open Graph and
 * Twitter card tags with a 1200×630 card (the chart's own; a story's first chart's; the lead
 * chart's elsewhere), the oEmbed discovery link on an embed page, and, only when the site's
 * public address is known (SITE_URL), the canonical address and JSON-LD: NewsArticle for the
 * stories, Dataset for a chart's and the whole site's downloads.
 *
 * Without SITE_URL the image and oEmbed addresses are relative to the page, which browsers
 * resolve but most crawlers do not; a published site should be built with SITE_URL.
 */
import { charts, leadChart } from '../charts/registry';
import { relativeHref, routes } from './paths';

const siteName = 'Renting a line to China';

export interface PageMeta {
  /** Tags for <head>, as [tag, attributes] pairs. */
  meta: { property?: string; name?: string; content: string }[];
  links: { rel: string; type?: string; href: string; title?: string }[];
  jsonLd: object | null;
}

/** The page at `pathname` ("/stories/crackdown.html"), with its title and description. */
export function pageMeta(pathname: string, title: string, description: string, site: URL | undefined): PageMeta {
  const folder = site && new URL(site.href.replace(/\/?$/, '/'));
  const here = pathname.replace(/^\/+/, '').replace(/\/$/, '/index.html') || 'index.html';
  const address = (route: string) => (folder ? new URL(route, folder).href : relativeHref(pathname, route));

  const embed = /^embed\/([^/]+)\.html$/.exec(here)?.[1];
  const story = /^stories\/([^/]+)\.html$/.exec(here)?.[1];
  const definitions = [...charts.values()];
  const chartSlug =
    (embed && charts.has(embed) ? embed : undefined) ??
    definitions.find((definition) => definition.story === story)?.slug ??
    (charts.has(leadChart) ? leadChart : definitions[0]?.slug);
  const image = chartSlug ? address(routes.image(chartSlug, 'png', 'card')) : undefined;

  const meta: PageMeta['meta'] = [
    { property: 'og:site_name', content: siteName },
    { property: 'og:type', content: story ? 'article' : 'website' },
    { property: 'og:title', content: title },
    { property: 'og:description', content: description },
    ...(folder ? [{ property: 'og:url', content: address(here) }] : []),
    ...(image
      ? [
          { property: 'og:image', content: image },
          { property: 'og:image:width', content: '1200' },
          { property: 'og:image:height', content: '630' },
          { property: 'og:image:alt', content: title },
          { name: 'twitter:image', content: image },
          { name: 'twitter:image:alt', content: title },
        ]
      : []),
    { name: 'twitter:card', content: image ? 'summary_large_image' : 'summary' },
    { name: 'twitter:title', content: title },
    { name: 'twitter:description', content: description },
  ];

  const links: PageMeta['links'] = [
    ...(folder ? [{ rel: 'canonical', href: address(here) }] : []),
    ...(embed && charts.has(embed) ? [{ rel: 'alternate', type: 'application/json+oembed', href: address(routes.oembed(embed)), title }] : []),
  ];

  let jsonLd: object | null = null;
  if (folder && story) {
    jsonLd = {
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: title,
      description,
      url: address(here),
      ...(image && { image: [image] }),
      publisher: { '@type': 'Organization', name: siteName },
      isAccessibleForFree: true,
    };
  } else if (folder && embed && charts.has(embed)) {
    jsonLd = {
      '@context': 'https://schema.org',
      '@type': 'Dataset',
      name: title,
      description,
      url: address(here),
      isAccessibleForFree: true,
      distribution: (['csv', 'json'] as const).map((extension) => ({
        '@type': 'DataDownload',
        encodingFormat: extension === 'csv' ? 'text/csv' : 'application/json',
        contentUrl: address(routes.data(embed, extension)),
      })),
    };
  } else if (folder && here === routes.methods) {
    jsonLd = {
      '@context': 'https://schema.org',
      '@type': 'Dataset',
      name: `${siteName}: every figure and its source`,
      description,
      url: address(here),
      isAccessibleForFree: true,
      distribution: (['csv', 'json'] as const).map((extension) => ({
        '@type': 'DataDownload',
        encodingFormat: extension === 'csv' ? 'text/csv' : 'application/json',
        contentUrl: address(routes.dataset(extension)),
      })),
    };
  }
  return { meta, links, jsonLd };
}

/** JSON for an inline <script type="application/ld+json">: "<" escaped so no text ends the element. */
export const jsonLdText = (value: object) => JSON.stringify(value).replace(/</g, '\\u003c');
