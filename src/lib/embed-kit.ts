/**
 * The embed kit, build side: the render flags a newsroom adds to an embed's address, the CSS that
 * applies them, the starting heights measured for each chart (src/data/embed-heights.json, written
 * by `npm run measure:embeds`), and the snippet a newsroom pastes. The browser side is
 * src/client/embed.ts (in the embed) and src/client/embed-loader.ts (on the newsroom's page).
 */
import heightsFile from '../data/embed-heights.json';
import { forcedColors, palettes, type ColorName } from '../styles/tokens';

/** The render flags, as query parameters of the embed page's address; what each does, for the README and the disclosure. */
export const embedFlags = [
  { flag: 'theme=light', does: 'light colours whatever the reader’s system prefers' },
  { flag: 'theme=dark', does: 'dark colours, for a dark page' },
  { flag: 'theme=auto', does: 'the reader’s system preference (the default)' },
  { flag: 'transparent', does: 'no background of its own: the page shows through where its color-scheme matches the theme (browsers paint a backdrop where they differ)' },
  { flag: 'plain', does: 'no title, takeaway or source line, for a page that writes its own' },
  { flag: 'static', does: 'no switches, sliders or tooltips: the default view only' },
] as const;

/** The widths (of the iframe, in CSS px) at which each embed's height was measured: either side of each layout change too. */
export const measuredWidths = [300, 320, 360, 375, 414, 435, 436, 480, 560, 655, 656, 720, 800, 960, 1200] as const;

const heights = heightsFile as Record<string, Record<string, number>>;

/** "300:1450 320:1400 …": a chart's measured heights, as the snippet carries them for the loader. */
export function heightTable(slug: string): string {
  const measured = heights[slug];
  if (!measured) return '';
  return measuredWidths.flatMap((width) => (measured[width] ? [`${width}:${measured[width]}`] : [])).join(' ');
}

/**
 * The chart's height in an iframe `width` px wide, as the loader works it out: between two
 * measured widths, along the line joining their heights; outside them, the nearest one's. The
 * widths include one on each side of each layout change (435/436, 655/656), so no line crosses one.
 */
export function startingHeight(slug: string, width: number): number | undefined {
  const table = heightTable(slug);
  return table ? interpolateHeight(table, width) : undefined;
}

/** The loader's arithmetic (src/client/embed-loader.ts has the same), over a "w:h w:h" table sorted by width. */
export function interpolateHeight(table: string, width: number): number {
  const points = table.split(' ').map((pair) => pair.split(':').map(Number) as [number, number]).filter(([w, h]) => w > 0 && h > 0);
  if (!points.length) return 0;
  let [w0, h0] = points[0]!;
  if (width <= w0) return h0;
  for (const [w1, h1] of points.slice(1)) {
    if (width <= w1) return Math.ceil(h0 + ((h1 - h0) * (width - w0)) / (w1 - w0));
    [w0, h0] = [w1, h1];
  }
  return h0;
}

const attribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

export interface SnippetParts {
  slug: string;
  title: string;
  /** The embed page, the loader, and the chart's image: absolute when the site's address is known. */
  embedUrl: string;
  loaderUrl: string;
  /** The narrow drawing's picture, shown 320 px wide (its height follows its own proportions). */
  imageUrl: string;
}

/**
 * The code a newsroom pastes: a placeholder that is a link to the chart, with its image, until
 * the loader (an external script from our host: no inline code, so a strict CSP can allow it by
 * host) turns it into a sized, titled, lazy iframe. Frames or scripts blocked: the link stays.
 */
export function embedSnippet(parts: SnippetParts): string {
  const { slug, title, embedUrl, loaderUrl, imageUrl } = parts;
  return [
    `<div data-chart-embed="${attribute(embedUrl)}" data-title="${attribute(title)}" data-heights="${heightTable(slug)}">`,
    `<a href="${attribute(embedUrl)}"><img src="${attribute(imageUrl)}" alt="${attribute(title)}" width="320"></a>`,
    `<p><a href="${attribute(embedUrl)}">${attribute(title)}</a></p>`,
    `</div>`,
    `<script src="${attribute(loaderUrl)}" async></script>`,
  ].join('\n');
}

const kebab = (name: string) => name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
const declarations = (values: Record<ColorName, string>) =>
  (Object.keys(values) as ColorName[]).map((name) => `--color-${kebab(name)}:${values[name]}`).join(';');

/**
 * The flags' CSS, keyed on attributes src/client/embed.ts sets on <html>. A chosen theme outranks
 * the system's (attribute selectors are more specific than :root); forced colours and print still
 * outrank the chosen theme.
 */
export function embedFlagStyles(): string {
  return [
    `:root[data-theme=light]{color-scheme:light;${declarations(palettes.light)}}`,
    `:root[data-theme=dark]{color-scheme:dark;${declarations(palettes.dark)}}`,
    `@media (forced-colors:active){:root[data-theme]{${declarations(forcedColors)}}}`,
    `@media print{:root[data-theme]{color-scheme:light;${declarations(palettes.light)}}}`,
    `:root[data-transparent],:root[data-transparent] body{background:transparent}`,
    `:root[data-plain] .chart-credit,:root[data-plain] .embed-source-line{display:none}`,
    `:root[data-plain] .chart-title,:root[data-plain] .chart-takeaway{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}`,
    `:root[data-static] .chart-switch,:root[data-static] .model-controls{display:none}`,
    `:root[data-static] .chart-graphic{pointer-events:none}`,
  ].join('');
}

/**
 * Every <a> that leaves the embed opens a new tab, with rel="noopener" (kept alongside any rel it
 * has): how an embed's links behave as a guest's. A link within the embed (href="#…": the chart's
 * skip link, a note's anchor) stays in the frame, where its target is.
 */
export function asGuestLinks(html: string): string {
  return html.replace(/<a\s[^>]*>/gi, (tag) => {
    // (A bare "#" is a placeholder a script fills in, such as the risk model's share link: it leaves.)
    if (/\shref\s*=\s*"#[^"]/i.test(tag)) return tag;
    let out = tag;
    if (!/\starget\s*=/i.test(out)) out = out.replace(/^<a/i, '<a target="_blank"');
    const rel = /\srel\s*=\s*"([^"]*)"/i.exec(out);
    if (!rel) out = out.replace(/^<a/i, '<a rel="noopener"');
    else if (!/\bnoopener\b/.test(rel[1]!)) out = out.replace(rel[0], ` rel="${rel[1]} noopener"`);
    return out;
  });
}
