/**
 * Each chart as a picture, made at build time from the very SVG the page shows: a standalone SVG
 * (palette references replaced by the light palette's colours, so it needs no stylesheet) with
 * the chart's title, takeaway and key above (the page's words: its point, and what each mark
 * style means) and its credit line below, rendered to PNG by resvg in the site's own
 * chart face, Source Sans 3: Adobe's release of it (npm `source-sans`), whose TrueType files carry
 * every glyph (→ and ≈ too, which fontsource's "latin" cut, the pages' web font, leaves out). Three
 * pictures per chart: the wide drawing (the download), the narrow one (the embed snippet's
 * fallback, readable at phone width), and a 1200×630 card for Open Graph and Twitter.
 *
 * The words a picture adds (title, key, credit) are wrapped by measuring them: in the PNGs with
 * the advance widths of the very TTFs resvg sets them in (`faceWidth`), so lines run the
 * picture's width; in the SVG download with the charts' conservative estimate (`textWidth`),
 * since a viewer without Source Sans 3 sets it in its own, perhaps much wider, face. (Embedding the
 * face instead would add about 59 KB of base64 WOFF2, regular and bold cut to one chart's
 * characters, to a 3–14 KB file, and many editors ignore an SVG's @font-face anyway.)
 */
import { Resvg, type ResvgRenderOptions } from '@resvg/resvg-js';
import { create, type Font } from 'fontkitten';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { renderChart, type RenderedChart } from '../charts/build-time';
import type { LegendItem } from '../charts/definition';
import { isContextSource } from '../charts/frame';
import { chartBySlug } from '../charts/registry';
import { loadContent } from '../data/load';
import { layoutWidths, type LayoutName } from '../charts/layouts';
import { swatchMarkup, swatchSize } from '../charts/swatch';
import { textAscent, textDescent, textWidth, wrapText } from '../charts/text';
import { palettes, type ColorName } from '../styles/tokens';

const fontFamily = 'Source Sans 3';
/** In a standalone SVG, opened by whatever viewer a reader has: the face if installed, else theirs. */
const svgFontFamily = `'${fontFamily}', system-ui, sans-serif`;
/** Regular and bold, the two weights chart text uses. */
export const fontFiles = ['Regular', 'Bold'].map((weight) => createRequire(import.meta.url).resolve(`source-sans/TTF/SourceSans3-${weight}.ttf`));

/** How wide a line of text is set at `size` px: `textWidth` (src/charts/text.ts) or `faceWidth`. */
export type Measure = (text: string, size: number, options?: { bold?: boolean | undefined }) => number;

let faces: [Font, Font] | undefined;
/**
 * The width of a line as resvg sets it in the PNGs: the sum of its glyphs' advance widths in the
 * very TTFs it renders with (`fontFiles`), read with fontkitten. Kerning, which resvg applies and
 * this leaves out, only tightens Source Sans 3's lines (tested), so a line measured here fits.
 * For the PNGs only: the standalone SVG is set in whatever face its viewer has, and keeps the
 * charts' conservative estimate (`textWidth`, DejaVu Sans's widths with room for text spacing).
 */
export const faceWidth: Measure = (text, size, { bold = false } = {}) => {
  faces ??= fontFiles.map((file) => {
    const font = create(readFileSync(file));
    if (!('glyphsForString' in font)) throw new Error(`${file}: a font collection where one font was expected`);
    return font;
  }) as [Font, Font];
  const font = faces[bold ? 1 : 0];
  let units = 0;
  for (const glyph of font.glyphsForString(text)) units += glyph.advanceWidth;
  return (units / font.unitsPerEm) * size;
};

/** The card every page and embed shares on social media. */
export const cardSize = { width: 1200, height: 630 } as const;
/** PNGs at twice their CSS size, sharp on high-density screens, or less when that would pass the budget. */
const pixelRatios = [2, 1.5, 1.25, 1];
/** The most a PNG may weigh (bytes). */
export const pngBudget = 150 * 1024;
const margin = 16;
const titleSize = 18;
/** The takeaway under the title: the page's 1rem line, a little smaller, as the key is. */
const takeawaySize = 15;
const creditSize = 12;
/** The key's text: the page's key is 0.875rem (Legend.astro). */
const keySize = 14;
/** The card's key, read at a thumbnail's size. */
const cardKeySize = 18;
/** The card's credit and caveat: a little under the key, never shrunk to fit a line. */
const cardCreditSize = 17;

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
 * that the years are inferred (in these words), but an image travels without its notes.
 */
export const inferredYearsLine = 'Neither Daily NK report states its year: both years are inferred from the reports’ contents';

/** Whether the image's drawing (or its key) shows the year of a report whose year is inferred. */
function showsInferredYear(rendered: RenderedChart, drawing: string): boolean {
  const years = rendered.frame.sources.flatMap((entry) => (!isContextSource(entry) && entry.source.year.inferred ? [String(entry.source.year.value)] : []));
  const text = [...drawing.matchAll(/<text[^>]*>([\s\S]*?)<\/text>/g)].map((match) => match[1]!.replace(/<[^>]*>/g, ' ')).join(' ');
  return years.some((year) => text.includes(year));
}

/** The takeaway of what an image draws: its first variant's, where variants say their own, else the chart's. */
const drawingTakeaway = (rendered: RenderedChart) => rendered.variants?.options[0]?.takeaway ?? rendered.frame.takeaway;

/** The credit of what an image draws: its first variant's, where variants credit apart (see Variants), else the chart's. */
const drawingCredit = (rendered: RenderedChart) => rendered.variants?.options[0]?.credit ?? rendered.frame.credit;

/** A text ended as a sentence: with its own stop, or a full stop added. */
export const asSentence = (text: string) => (/[.!?…]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`);

/**
 * The credit, and the years' caveat where the drawing (or its key) shows a report's year: each a
 * sentence, so however they wrap the credit never runs on into the caveat.
 */
const imageCreditParts = (rendered: RenderedChart, drawing: string) =>
  [drawingCredit(rendered), ...(showsInferredYear(rendered, drawing) ? [inferredYearsLine] : [])].map(asSentence);

/** The key the page shows with the drawing: the chart's own, then its first (default) variant's. */
export const imageKey = (rendered: RenderedChart): LegendItem[] => [...rendered.legend, ...(rendered.variants?.options[0]?.legend ?? [])];

/**
 * The key laid out as the page lays out its list (Legend.astro: a wrapping row, 1.25rem between
 * entries, 0.3rem between a swatch and its words, each swatch on its words' baseline as there),
 * `width` wide from (x, y). An entry that does not fit on a row starts the next; words too long
 * for a whole row wrap, their lines under the first. Measured by `measure`: by default the widest of
 * the chart faces (src/charts/text.ts), so nothing overlaps in whichever face renders it; the
 * PNGs' face itself (`faceWidth`) where resvg renders it.
 */
export function keySvg(items: LegendItem[], width: number, x: number, y: number, size = keySize, measure: Measure = textWidth): { svg: string; height: number } {
  const lineHeight = Math.round(size * 1.5);
  const scale = size / keySize;
  const gap = { entry: 20 * scale, swatch: 5 * scale, row: 4 * scale };
  // The baseline inside a line box, as CSS centres the face's ascent and descent in it.
  const baseline = (lineHeight - (textAscent + textDescent) * size) / 2 + textAscent * size;
  const parts: string[] = [];
  let left = 0;
  let top = 0;
  let rowHeight = 0;
  for (const { swatch, label } of items) {
    const [swatchWidth, swatchHeight] = swatchSize[swatch.shape].map((length) => length * scale) as [number, number];
    const lines = wrapText(label, width - swatchWidth - gap.swatch, size, { measure });
    const entryWidth = swatchWidth + gap.swatch + Math.max(...lines.map((line) => measure(line, size)));
    if (left > 0 && left + entryWidth > width) {
      top += rowHeight + gap.row;
      left = 0;
      rowHeight = 0;
    }
    const base = y + top + baseline;
    // Legend.astro's vertical-align: a swatch's foot 2 px under the baseline, a line's or a letter's 4 px.
    const drop = (swatch.shape === 'line' || swatch.shape === 'letter' ? 4 : 2) * scale;
    const swatchTop = base + drop - swatchHeight;
    const [boxWidth, boxHeight] = swatchSize[swatch.shape];
    parts.push(
      `<svg x="${(x + left).toFixed(1)}" y="${swatchTop.toFixed(1)}" width="${swatchWidth}" height="${swatchHeight}" viewBox="0 0 ${boxWidth} ${boxHeight}" overflow="visible">${swatchMarkup(swatch, { forcedHatch: false })}</svg>`,
      textLines(lines, x + left + swatchWidth + gap.swatch, base, size, lineHeight, `fill="${palettes.light.muted}"`),
    );
    left += entryWidth + gap.entry;
    rowHeight = Math.max(rowHeight, lines.length * lineHeight);
  }
  return { svg: resolvePalette(parts.join('')), height: items.length > 0 ? top + rowHeight : 0 };
}

/**
 * The standalone SVG of a chart at a layout: title, takeaway, key, drawing, credit, on paper. Its words are
 * wrapped by `measure`: `faceWidth` for a PNG, which resvg sets in Source Sans 3; the charts'
 * conservative `textWidth` for the SVG download, which a viewer may set in a wider face.
 */
export function chartSvg(rendered: RenderedChart, layout: LayoutName, measure: Measure = textWidth): { svg: string; width: number; height: number } {
  const drawing = drawingAt(rendered, layout);
  const width = drawing.width + 2 * margin;
  const textRoom = drawing.width;
  const title = wrapText(rendered.frame.title, textRoom, titleSize, { bold: true, measure });
  const titleHeight = title.length * titleSize * 1.3;
  // The chart's point, as the page states it under the title: a picture travels without the page.
  const takeaway = wrapText(drawingTakeaway(rendered), textRoom, takeawaySize, { measure });
  const takeawayTop = margin + titleHeight + 4 + takeawaySize;
  const keyTop = takeawayTop + (takeaway.length - 1) * takeawaySize * 1.4 + textDescent * takeawaySize + 10;
  const key = keySvg(imageKey(rendered), textRoom, margin, keyTop, keySize, measure);
  const credit = wrapText(imageCreditParts(rendered, key.svg + drawing.inner).join(' '), textRoom, creditSize, { measure });
  const drawingTop = keyTop + (key.height > 0 ? key.height + 8 : 0);
  const creditTop = drawingTop + drawing.height + 12 + creditSize;
  const height = Math.ceil(creditTop + (credit.length - 1) * creditSize * 1.4 + margin);
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${svgFontFamily}">`,
    `<title>${escapeXml(rendered.frame.title)}</title>`,
    `<desc>${escapeXml(rendered.frame.description)}</desc>`,
    `<rect width="100%" height="100%" fill="${palettes.light.paper}"/>`,
    textLines(title, margin, margin + titleSize, titleSize, titleSize * 1.3, `font-weight="700" fill="${palettes.light.ink}"`),
    textLines(takeaway, margin, takeawayTop, takeawaySize, takeawaySize * 1.4, `fill="${palettes.light.ink}"`),
    key.svg,
    drawing.inner.replace(/^<svg/, `<svg x="${margin}" y="${drawingTop}"`),
    textLines(credit, margin, creditTop, creditSize, creditSize * 1.4, `fill="${palettes.light.muted}"`),
    `</svg>`,
  ].join('');
  return { svg, width, height };
}

/** A box on the card, in its px. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Where each part of a chart's card goes (`cardLayout`). */
export interface CardLayout {
  title: { lines: string[]; size: number; box: Box };
  key: { svg: string; box: Box };
  drawing: { inner: string; scale: number; box: Box };
  /** The credit and caveat: under the drawing, or in a column beside it where that lets the drawing grow. */
  credit: { lines: string[]; size: number; lineHeight: number; box: Box; beside: boolean };
  /**
   * The chart's point, in the column the drawing leaves empty to its right when the card's height
   * limits it and the credit goes under it; null where there is no such column, or it is too short.
   */
  takeaway: { lines: string[]; size: number; lineHeight: number; box: Box } | null;
}

const cardPad = 48;
/** Between the drawing and a credit set beside it. */
const cardGutter = 32;
/** The narrowest column a credit is set in beside the drawing. */
const cardCreditColumn = 260;
/** The last line of the credit: its baseline. */
const cardCreditBaseline = cardSize.height - cardPad + 8;
/** The takeaway beside the drawing: larger than the key, read at a thumbnail's size. */
const cardTakeawaySize = 24;
/** The narrowest column the takeaway is set in. */
const cardTakeawayColumn = 240;

/**
 * The card's layout, measured in the face that renders it: the title large (shrunk, never cut,
 * if it would take more than two lines), the key under it, then the wide drawing, scaled as large
 * as the card allows, every part from the same left margin. The credit goes under the drawing,
 * or beside it, at its foot, where the drawing is limited by the card's height and a column
 * beside it makes it larger; either way at 17 px, legible in a thumbnail.
 */
export function cardLayout(rendered: RenderedChart): CardLayout {
  const { width } = cardSize;
  const room = width - 2 * cardPad;
  const drawing = drawingAt(rendered, 'wide');
  let titleSize = 40;
  let title = wrapText(rendered.frame.title, room, titleSize, { bold: true, measure: faceWidth });
  while (title.length > 2 && titleSize > 28) title = wrapText(rendered.frame.title, room, (titleSize -= 2), { bold: true, measure: faceWidth });
  const titleBottom = cardPad + titleSize + (title.length - 1) * titleSize * 1.2 + textDescent * titleSize;
  const keyTop = titleBottom + 8;
  const key = keySvg(imageKey(rendered), room, cardPad, keyTop, cardKeySize, faceWidth);
  const top = keyTop + (key.height > 0 ? key.height + 12 : 4);
  const parts = imageCreditParts(rendered, key.svg + drawing.inner);
  const lineHeight = Math.round(cardCreditSize * 1.3);
  const creditAt = (columnWidth: number) => parts.flatMap((part) => wrapText(part, columnWidth, cardCreditSize, { measure: faceWidth }));
  // The credit's box: from its first line's ascent to its last line's descent.
  const creditHeight = (lines: string[]) => (lines.length - 1) * lineHeight + (textAscent + textDescent) * cardCreditSize;
  const creditBottom = cardCreditBaseline + textDescent * cardCreditSize;

  // Under the drawing.
  const under = creditAt(room);
  const underTop = creditBottom - creditHeight(under);
  const underScale = Math.min((underTop - 12 - top) / drawing.height, room / drawing.width);
  // Beside it: the drawing as tall as the card allows, or as wide as a column of at least
  // `cardCreditColumn` leaves it, the credit in the rest; taken if the credit fits there and the
  // drawing grows by a tenth or more (less is not worth a narrow column of words).
  const besideScale = Math.min((creditBottom - top) / drawing.height, (room - cardGutter - cardCreditColumn) / drawing.width);
  const columnWidth = Math.floor(room - cardGutter - drawing.width * besideScale);
  const beside = creditAt(columnWidth);
  const besideFits = creditHeight(beside) <= drawing.height * besideScale && besideScale >= underScale * 1.1;

  const scale = besideFits ? besideScale : underScale;
  const drawingBox = { x: cardPad, y: top, width: drawing.width * scale, height: drawing.height * scale };
  const lines = besideFits ? beside : under;
  // Beside the drawing, the credit's foot on the drawing's.
  const creditBox = besideFits
    ? { x: width - cardPad - columnWidth, y: top + drawingBox.height - creditHeight(lines), width: columnWidth, height: creditHeight(lines) }
    : { x: cardPad, y: underTop, width: room, height: creditHeight(lines) };
  // A drawing held back by the card's height leaves the right of the card empty (a third of it, for
  // the trade chart and the model): the chart's point goes there, its top on the drawing's.
  const takeawayWidth = Math.floor(room - cardGutter - drawingBox.width);
  const takeawayLineHeight = Math.round(cardTakeawaySize * 1.3);
  const takeawayLines = !besideFits && takeawayWidth >= cardTakeawayColumn ? wrapText(drawingTakeaway(rendered), takeawayWidth, cardTakeawaySize, { measure: faceWidth }) : [];
  const takeawayHeight = (takeawayLines.length - 1) * takeawayLineHeight + (textAscent + textDescent) * cardTakeawaySize;
  const takeaway =
    takeawayLines.length > 0 && takeawayHeight <= drawingBox.height
      ? { lines: takeawayLines, size: cardTakeawaySize, lineHeight: takeawayLineHeight, box: { x: width - cardPad - takeawayWidth, y: top, width: takeawayWidth, height: takeawayHeight } }
      : null;
  return {
    title: { lines: title, size: titleSize, box: { x: cardPad, y: cardPad - (textAscent - 1) * titleSize, width: room, height: titleBottom - cardPad + (textAscent - 1) * titleSize } },
    key: { svg: key.svg, box: { x: cardPad, y: keyTop, width: room, height: key.height } },
    drawing: { inner: drawing.inner, scale, box: drawingBox },
    credit: { lines, size: cardCreditSize, lineHeight, box: creditBox, beside: besideFits },
    takeaway,
  };
}

/** The 1200×630 card (`cardLayout`): a bar of the accent colour, the title, the key, the drawing, the takeaway where there is room, the credit. */
export function cardSvg(rendered: RenderedChart): string {
  const { width, height } = cardSize;
  const { title, key, drawing, credit, takeaway } = cardLayout(rendered);
  const firstBaseline = credit.box.y + textAscent * credit.size;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${svgFontFamily}">`,
    `<rect width="100%" height="100%" fill="${palettes.light.paper}"/>`,
    `<rect width="100%" height="8" fill="${palettes.light.accent}"/>`,
    textLines(title.lines, cardPad, cardPad + title.size, title.size, title.size * 1.2, `font-weight="700" fill="${palettes.light.ink}"`),
    // Read after the title, as on the page, wherever it is placed.
    takeaway ? textLines(takeaway.lines, takeaway.box.x, Number((takeaway.box.y + textAscent * takeaway.size).toFixed(1)), takeaway.size, takeaway.lineHeight, `fill="${palettes.light.ink}"`) : '',
    key.svg,
    `<g transform="translate(${drawing.box.x.toFixed(1)},${drawing.box.y.toFixed(1)}) scale(${drawing.scale.toFixed(4)})">${drawing.inner}</g>`,
    textLines(credit.lines, credit.box.x, Number(firstBaseline.toFixed(1)), credit.size, credit.lineHeight, `fill="${palettes.light.muted}"`),
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
