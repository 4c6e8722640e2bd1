/**
 * Each chart as a picture, made at build time from the very SVG the page shows: a standalone SVG
 * (palette references replaced by the light palette's colours, so it needs no stylesheet) with
 * the chart's title above and its credit line below, rendered to PNG by resvg in the site's own
 * chart face, Source Sans 3: Adobe's release of it (npm `source-sans`), whose TrueType files carry
 * every glyph (→ and ≈ too, which fontsource's "latin" cut, the pages' web font, leaves out). Three
 * pictures per chart: the wide drawing (the download), the narrow one (the embed snippet's
 * fallback, readable at phone width), and a 1200×630 card for Open Graph and Twitter.
 */
import { Resvg, type ResvgRenderOptions } from '@resvg/resvg-js';
import { createRequire } from 'node:module';
import { renderChart, type RenderedChart } from '../charts/build-time';
import { isContextSource } from '../charts/frame';
import { chartBySlug } from '../charts/registry';
import { loadContent } from '../data/load';
import { layoutWidths, type LayoutName } from '../charts/layouts';
import { textWidth, wrapText } from '../charts/text';
import { palettes, type ColorName } from '../styles/tokens';

const fontFamily = 'Source Sans 3';
/** In a standalone SVG, opened by whatever viewer a reader has: the face if installed, else theirs. */
const svgFontFamily = `'${fontFamily}', system-ui, sans-serif`;
/** Regular and bold, the two weights chart text uses. */
export const fontFiles = ['Regular', 'Bold'].map((weight) => createRequire(import.meta.url).resolve(`source-sans/TTF/SourceSans3-${weight}.ttf`));
/** The card every page and embed shares on social media. */
export const cardSize = { width: 1200, height: 630 } as const;
/** PNGs at twice their CSS size, sharp on high-density screens, or less when that would pass the budget. */
const pixelRatios = [2, 1.5, 1.25, 1];
/** The most a PNG may weigh (bytes). */
export const pngBudget = 150 * 1024;
const margin = 16;
const titleSize = 18;
const creditSize = 12;

const kebab = (name: string) => name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The drawing with every `var(--color-…)` and `currentColor` made a light-palette colour. */
export function resolvePalette(svg: string): string {
  let out = svg;
  for (const name of Object.keys(palettes.light) as ColorName[]) out = out.split(`var(--color-${kebab(name)})`).join(palettes.light[name]);
  return out.replace(/currentColor/g, palettes.light.ink);
}

/** The default variant's drawing at a layout, as the page shows it. */
function drawingAt(rendered: RenderedChart, layout: LayoutName): { inner: string; width: number; height: number } {
  const drawing = rendered.drawings[0]!.layouts.find((candidate) => candidate.layout === layout) ?? rendered.drawings[0]!.layouts.at(-1)!;
  // The shapes it <use>s (ChartDefinition.shared) go in with it, so the picture refers only to itself.
  const defs = /<defs>[\s\S]*<\/defs>/.exec(rendered.shared ?? '')?.[0] ?? '';
  const svg = drawing.svg.replace(/^<svg[^>]*>/, (tag) => tag + defs);
  const viewBox = /viewBox="([\d.\s-]+)"/.exec(svg)?.[1]?.split(/\s+/).map(Number) ?? [0, 0, layoutWidths[layout], 400];
  const width = viewBox[2]!;
  const height = viewBox[3]!;
  // Nested as an <svg> at its own size; ids and ARIA are the page's business, not a picture's.
  const inner = resolvePalette(svg)
    .replace(/\s(aria-[a-z]+|role|tabindex|class|data-[a-z-]+)="[^"]*"/g, '')
    .replace(/font-family="[^"]*"/g, `font-family="${svgFontFamily}"`);
  return { inner, width, height };
}

function textLines(lines: string[], x: number, y: number, size: number, lineHeight: number, attributes: string): string {
  return lines.map((line, index) => `<text x="${x}" y="${y + index * lineHeight}" font-size="${size}" ${attributes}>${escapeXml(line)}</text>`).join('');
}

/**
 * Said under an image whose drawing shows a report's year: on the page the chart's notes say once
 * that the years are inferred, but an image travels without its notes.
 */
const inferredYearsLine = 'The Daily NK reports carry no dateline: their years are inferred.';

/** Whether the image's drawing shows the year of a report whose year is inferred. */
function showsInferredYear(rendered: RenderedChart, drawing: string): boolean {
  const years = rendered.frame.sources.flatMap((entry) => (!isContextSource(entry) && entry.source.year.inferred ? [String(entry.source.year.value)] : []));
  const text = [...drawing.matchAll(/<text[^>]*>([\s\S]*?)<\/text>/g)].map((match) => match[1]!.replace(/<[^>]*>/g, ' ')).join(' ');
  return years.some((year) => text.includes(year));
}

/** The credit of what an image draws: its first variant's, where variants credit apart (see Variants), else the chart's; and the years' caveat where it shows one. */
const imageCredit = (rendered: RenderedChart, drawing: string) =>
  [rendered.variants?.options[0]?.credit ?? rendered.frame.credit, ...(showsInferredYear(rendered, drawing) ? [inferredYearsLine] : [])].join('. ');

/** The standalone SVG of a chart at a layout: title, drawing, credit, on paper. */
export function chartSvg(rendered: RenderedChart, layout: LayoutName): { svg: string; width: number; height: number } {
  const drawing = drawingAt(rendered, layout);
  const width = drawing.width + 2 * margin;
  const textRoom = drawing.width;
  const title = wrapText(rendered.frame.title, textRoom, titleSize, { bold: true });
  const credit = wrapText(imageCredit(rendered, drawing.inner), textRoom, creditSize);
  const titleHeight = title.length * titleSize * 1.3;
  const drawingTop = margin + titleHeight + 8;
  const creditTop = drawingTop + drawing.height + 12 + creditSize;
  const height = Math.ceil(creditTop + (credit.length - 1) * creditSize * 1.4 + margin);
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${svgFontFamily}">`,
    `<title>${escapeXml(rendered.frame.title)}</title>`,
    `<desc>${escapeXml(rendered.frame.description)}</desc>`,
    `<rect width="100%" height="100%" fill="${palettes.light.paper}"/>`,
    textLines(title, margin, margin + titleSize, titleSize, titleSize * 1.3, `font-weight="700" fill="${palettes.light.ink}"`),
    drawing.inner.replace(/^<svg/, `<svg x="${margin}" y="${drawingTop}"`),
    textLines(credit, margin, creditTop, creditSize, creditSize * 1.4, `fill="${palettes.light.muted}"`),
    `</svg>`,
  ].join('');
  return { svg, width, height };
}

/** The 1200×630 card: the title large, the wide drawing scaled to the room left, the credit. */
export function cardSvg(rendered: RenderedChart): string {
  const { width, height } = cardSize;
  const drawing = drawingAt(rendered, 'wide');
  const pad = 48;
  const bigTitle = 40;
  const title = wrapText(rendered.frame.title, width - 2 * pad, bigTitle, { bold: true }).slice(0, 2);
  // One line on the card, with no room for the years' caveat: a card links back to the page.
  const creditLine = imageCredit(rendered, '');
  const creditFont = Math.min(20, Math.floor(((width - 2 * pad) / Math.max(textWidth(creditLine, 20), 1)) * 20));
  const top = pad + title.length * bigTitle * 1.2 + 16;
  const bottom = height - pad - 20;
  const scale = Math.min((bottom - top - 12) / drawing.height, (width - 2 * pad) / drawing.width);
  const x = (width - drawing.width * scale) / 2;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${svgFontFamily}">`,
    `<rect width="100%" height="100%" fill="${palettes.light.paper}"/>`,
    `<rect width="100%" height="8" fill="${palettes.light.accent}"/>`,
    textLines(title, pad, pad + bigTitle, bigTitle, bigTitle * 1.2, `font-weight="700" fill="${palettes.light.ink}"`),
    `<g transform="translate(${x.toFixed(1)},${top.toFixed(1)}) scale(${scale.toFixed(4)})">${drawing.inner}</g>`,
    textLines([creditLine], pad, height - pad + 8, Math.max(creditFont, 12), 0, `fill="${palettes.light.muted}"`),
    `</svg>`,
  ].join('');
}

/**
 * A standalone SVG as PNG, at twice its size, or the largest of `pixelRatios` that stays within
 * `pngBudget` (the card at its own 1200×630).
 */
export function svgToPng(svg: string, { card = false } = {}): Uint8Array {
  const render = (fitTo: NonNullable<ResvgRenderOptions['fitTo']>) =>
    new Resvg(svg, { font: { fontFiles, loadSystemFonts: false, defaultFontFamily: fontFamily, sansSerifFamily: fontFamily }, fitTo }).render().asPng();
  if (card) return render({ mode: 'original' });
  let png = render({ mode: 'zoom', value: pixelRatios[0]! });
  for (const ratio of pixelRatios.slice(1)) {
    if (png.length <= pngBudget) break;
    png = render({ mode: 'zoom', value: ratio });
  }
  return png;
}

const renderedBySlug = new Map<string, RenderedChart>();
/** A chart rendered once for all its pictures (the build asks for four per chart). */
export function renderedForImages(slug: string, usedIn: string): RenderedChart {
  let rendered = renderedBySlug.get(slug);
  if (!rendered) renderedBySlug.set(slug, (rendered = renderChart(chartBySlug(slug, usedIn), loadContent())));
  return rendered;
}
