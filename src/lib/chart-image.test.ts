/**
 * Chart pictures: made from the page's own drawing with the palette's colours written in, with
 * the page's key, the card at 1200×630, every PNG within its budget; and the social tags each
 * page gets.
 */
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import type { CovidTradeWords } from '../charts/covid-trade/messages';
import { charts } from '../charts/registry';
import { textWidth } from '../charts/text';
import { cardLayout, cardSize, cardSvg, chartSvg, faceWidth, fontFiles, inferredYearsLine, keySvg, pngBudget, renderedForImages, svgToPng } from './chart-image';
import { pageMeta } from './page-meta';

/** A picture's words, its wrapped lines read as one text. */
const pictureText = (svg: string) =>
  [...svg.matchAll(/<text[^>]*>([\s\S]*?)<\/text>/g)]
    .map((match) => match[1]!.replace(/<[^>]*>/g, ' '))
    .join(' ')
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
const squeezed = (text: string) => text.replace(/\s+/g, ' ');

const pngSize = (png: Uint8Array) => {
  const view = new DataView(png.buffer, png.byteOffset);
  return { width: view.getUint32(16), height: view.getUint32(20) };
};

describe.each([...charts.keys()])('the pictures of %s', (slug) => {
  const rendered = renderedForImages(slug, 'chart-image.test.ts');

  it('are standalone: no palette reference, the title and the credit line written in', () => {
    const { svg, width } = chartSvg(rendered, 'wide');
    expect(svg).not.toMatch(/var\(--|currentColor|aria-|tabindex/);
    expect(svg).toContain(rendered.frame.title.split(' ')[0]);
    expect(svg).toContain(rendered.frame.credit.split(' ').slice(0, 2).join(' ').replace(/&/g, '&amp;'));
    expect(width).toBe(640 + 32);
  });

  it('state the chart’s point, the page’s takeaway, between the title and the key, at each width and in either measure', () => {
    const takeaway = rendered.variants?.options[0]?.takeaway ?? rendered.frame.takeaway;
    for (const [layout, measure] of [['wide', undefined], ['narrow', undefined], ['wide', faceWidth], ['narrow', faceWidth]] as const) {
      const { svg } = chartSvg(rendered, layout, measure);
      // The picture's own words, before the drawing's nested <svg>: title (bold), takeaway, key.
      const own = svg.slice(0, svg.indexOf('<svg', 1));
      const texts = [...own.matchAll(/<text x="[\d.]+" y="([\d.]+)" font-size="(\d+)" ([^>]*)>([^<]*)<\/text>/g)].map(([, y, size, attributes, text]) => ({ y: Number(y), size: Number(size), bold: attributes!.includes('700'), text: text! }));
      const lines = texts.filter(({ size, bold }) => size === 15 && !bold);
      expect(lines.map(({ text }) => text).join(' '), layout).toBe(takeaway.replace(/&/g, '&amp;'));
      const title = texts.filter(({ bold }) => bold);
      expect(title.map(({ text }) => text).join(' '), layout).toBe(rendered.frame.title.replace(/&/g, '&amp;'));
      expect(lines[0]!.y, `${layout}: under the title`).toBeGreaterThan(title.at(-1)!.y);
    }
  });

  it('say under the drawing that the reports’ years are inferred, exactly when the drawing shows one', () => {
    const { svg } = chartSvg(rendered, 'wide');
    const [drawing] = svg.match(/<svg x=[\s\S]*<\/svg>(?=<text)/) ?? [''];
    const texts = [...drawing.matchAll(/<text[^>]*>([\s\S]*?)<\/text>/g)].map((match) => match[1]).join(' ');
    const showsReportYear = /\b(2019|2020)\b/.test(texts);
    // The credit's lines, outside the drawing, read as one text (it wraps).
    const credit = [...svg.slice(svg.indexOf(drawing) + drawing.length).matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((match) => match[1]).join(' ');
    expect(credit.includes(inferredYearsLine), `${slug}: drawing shows a report's year: ${showsReportYear}`).toBe(showsReportYear);
  });

  it('say so on the card too, under its credit, exactly when its key or drawing shows a report’s year, wrapped rather than shrunk', () => {
    const card = cardSvg(rendered);
    // The key and the drawing: every text between the title (40 px) and the credit.
    const shown = card.slice(0, card.lastIndexOf('</g>'));
    const texts = [...shown.matchAll(/<text(?![^>]*font-size="40")[^>]*>([\s\S]*?)<\/text>/g)].map((match) => match[1]).join(' ');
    const showsReportYear = /\b(2019|2020)\b/.test(texts);
    const foot = [...card.slice(card.lastIndexOf('</g>')).matchAll(/<text[^>]*font-size="([\d.]+)"[^>]*>([^<]*)<\/text>/g)];
    const footText = foot.map((match) => match[2]).join(' ');
    expect(footText.includes(inferredYearsLine), `${slug} card: drawing shows a report's year: ${showsReportYear}`).toBe(showsReportYear);
    expect(footText).toContain(rendered.frame.credit.split(' ').slice(0, 2).join(' ').replace(/&/g, '&amp;'));
    // Legible in a thumbnail: no line of it shrunk below 16 px (a long credit once fell to 11).
    for (const [, size] of foot) expect(Number(size), `${slug} card`).toBeGreaterThanOrEqual(16);
  });

  it('carry the key the page shows beside the drawing, in its words, at each width and on the card', () => {
    // The page's key: the chart's own, then its default (first) view's, as Chart.astro shows them.
    const labels = [...rendered.legend, ...(rendered.variants?.options[0]?.legend ?? [])].map(({ label }) => squeezed(label));
    for (const [name, svg] of [
      ['wide', chartSvg(rendered, 'wide').svg],
      ['narrow', chartSvg(rendered, 'narrow').svg],
      ['card', cardSvg(rendered)],
    ] as const) {
      for (const label of labels) expect(pictureText(svg), `${slug} (${name})`).toContain(label);
    }
  });

  it('credit their sources in a sentence of its own, then the caveat, on each picture (the card once ran "Daily NK" into "Neither")', () => {
    const credit = (rendered.variants?.options[0]?.credit ?? rendered.frame.credit).trim();
    const sentence = /[.!?]$/.test(credit) ? credit : `${credit}.`;
    const card = cardSvg(rendered);
    const foot = pictureText(card.slice(card.lastIndexOf('</g>'))).trim();
    const { svg } = chartSvg(rendered, 'wide', faceWidth);
    const [drawing] = svg.match(/<svg x=[\s\S]*<\/svg>(?=<text)/) ?? [''];
    const under = pictureText(svg.slice(svg.indexOf(drawing) + drawing.length)).trim();
    for (const [name, text] of [['card', foot], ['wide', under]]) {
      expect(text, `${slug} ${name}`).toMatch(new RegExp(`^${sentence.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( ${inferredYearsLine}\\.)?$`));
    }
  });

  it('wrap the PNGs’ words to the picture’s width as Source Sans 3 sets them: a line takes the next word only if it would not fit', () => {
    for (const layout of ['wide', 'narrow'] as const) {
      const { svg, width } = chartSvg(rendered, layout, faceWidth);
      const room = width - 32;
      // The title (bold, 18 px) and the credit (12 px): outside the drawing, one block each.
      for (const [size, bold] of [[18, true], [12, false]] as const) {
        const lines = [...svg.matchAll(new RegExp(`<text x="16" y="[\\d.]+" font-size="${size}"[^>]*>([^<]*)</text>`, 'g'))].map((match) => pictureText(match[0]));
        expect(lines.length, `${slug} ${layout}`).toBeGreaterThan(0);
        lines.forEach((line, index) => {
          expect(faceWidth(line, size, { bold }), `${slug} ${layout}: "${line}"`).toBeLessThanOrEqual(room);
          const next = lines[index + 1]?.split(' ')[0];
          if (next) expect(faceWidth(`${line} ${next}`, size, { bold }), `${slug} ${layout}: "${line}" + "${next}"`).toBeGreaterThan(room);
        });
      }
    }
  });

  it('lay the card out from one left margin, nothing overlapping or cut, the drawing as large as the card allows and never smaller than on the page', () => {
    const { title, key, drawing, credit } = cardLayout(rendered);
    const pad = 48;
    const right = cardSize.width - pad;
    for (const box of [title.box, key.box, drawing.box]) expect(box.x, slug).toBe(pad);
    expect(title.lines.join(' '), slug).toBe(rendered.frame.title.replace(/ +/g, ' '));
    for (const line of title.lines) expect(faceWidth(line, title.size, { bold: true }), slug).toBeLessThanOrEqual(right - pad);
    for (const line of credit.lines) expect(faceWidth(line, credit.size), slug).toBeLessThanOrEqual(credit.box.width);
    // Top to bottom: the accent bar, title, key, drawing; the credit under the drawing or beside it.
    expect(title.box.y).toBeGreaterThanOrEqual(8);
    expect(title.box.y + title.box.height, slug).toBeLessThanOrEqual(key.box.y);
    expect(key.box.y + key.box.height, slug).toBeLessThanOrEqual(drawing.box.y);
    if (credit.beside) expect(drawing.box.x + drawing.box.width + 24, slug).toBeLessThanOrEqual(credit.box.x);
    else expect(drawing.box.y + drawing.box.height + 8, slug).toBeLessThanOrEqual(credit.box.y);
    for (const box of [drawing.box, credit.box]) {
      expect(box.x + box.width, slug).toBeLessThanOrEqual(right + 0.5);
      expect(box.y + box.height, slug).toBeLessThanOrEqual(cardSize.height - pad + 16);
    }
    // As large as it can be: it reaches the right margin, or the credit under it, or the card's foot.
    const reachesRight = drawing.box.x + drawing.box.width >= right - 1;
    const reachesFoot = drawing.box.y + drawing.box.height >= (credit.beside ? cardSize.height - pad : credit.box.y - 12) - 1;
    expect(reachesRight || reachesFoot, `${slug}: ${JSON.stringify(drawing.box)}`).toBe(true);
    // Its words at least at their page size (12 px and up), legible in a thumbnail.
    expect(drawing.scale, slug).toBeGreaterThanOrEqual(1);
  });

  it('set the chart’s point in the card’s empty right column, where the drawing leaves one: beside the drawing, over the credit, every line fitting', () => {
    const { drawing, credit, takeaway } = cardLayout(rendered);
    const pad = 48;
    const right = cardSize.width - pad;
    const emptyRight = right - (drawing.box.x + drawing.box.width);
    // A column of 240 px or more beside the drawing, and the credit not in it: the takeaway goes there.
    if (!credit.beside && emptyRight >= 240 + 32) {
      expect(takeaway, `${slug}: ${Math.round(emptyRight)} px empty to the drawing's right`).not.toBeNull();
    }
    if (takeaway === null) return;
    expect(takeaway.lines.join(' '), slug).toBe((rendered.variants?.options[0]?.takeaway ?? rendered.frame.takeaway).replace(/ +/g, ' '));
    expect(pictureText(cardSvg(rendered)), slug).toContain(squeezed(takeaway.lines.join(' ')));
    for (const line of takeaway.lines) expect(faceWidth(line, takeaway.size), slug).toBeLessThanOrEqual(takeaway.box.width);
    expect(takeaway.box.x, slug).toBeGreaterThanOrEqual(drawing.box.x + drawing.box.width + 24);
    expect(takeaway.box.x + takeaway.box.width, slug).toBeLessThanOrEqual(right + 0.5);
    expect(takeaway.box.y, slug).toBe(drawing.box.y);
    expect(takeaway.box.y + takeaway.box.height, slug).toBeLessThanOrEqual(Math.min(drawing.box.y + drawing.box.height, credit.box.y - 8));
  });

  it('render to PNGs within budget, the card at 1200×630', () => {
    const wide = svgToPng(chartSvg(rendered, 'wide').svg);
    const narrow = svgToPng(chartSvg(rendered, 'narrow').svg);
    const card = svgToPng(cardSvg(rendered), { card: true });
    for (const png of [wide, narrow, card]) expect(png.length).toBeLessThanOrEqual(pngBudget);
    expect(pngSize(card)).toEqual({ width: 1200, height: 630 });
    expect(pngSize(wide).width).toBeGreaterThanOrEqual(672);
  }, 60_000);
});

describe('the covid-trade picture', () => {
  const rendered = renderedForImages('covid-trade', 'chart-image.test.ts');
  const t = rendered.context.t as CovidTradeWords;
  for (const layout of ['wide', 'narrow'] as const) {
    it(`says at ${layout} width what its "≈" marks and its dashed bars mean, in the page's words`, () => {
      const { svg } = chartSvg(rendered, layout);
      const [drawing] = svg.match(/<svg x=[\s\S]*<\/svg>(?=<text)/) ?? [''];
      const drawn = drawing.slice(drawing.lastIndexOf('<svg x='));
      // The mark styles the drawing uses…
      expect(pictureText(drawn)).toContain('≈');
      expect(drawn).toMatch(/<rect[^>]*stroke-dasharray/);
      // …each said in the key above it, with the messages' words.
      const key = pictureText(svg.slice(0, svg.indexOf(drawn)));
      expect(key).toContain(t.legend.approximate);
      expect(key).toContain(t.legend.lessCertain('2024'));
      expect(key).toContain(t.legend.reported);
    });
  }
});

describe('faceWidth', () => {
  it('measures a line as resvg sets it in Source Sans 3: a hair wider than its ink, far narrower than the charts’ estimate', () => {
    const rendered = renderedForImages('covid-trade', 'chart-image.test.ts');
    for (const [text, size, bold] of [
      [rendered.frame.title, 40, true],
      [rendered.frame.credit, 17, false],
      [inferredYearsLine, 12, false],
      ['AVAVA Tower, “≈ 2.8” – 27 May 2019', 18, false],
    ] as const) {
      const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="3000" height="100"><text x="100" y="60" font-size="${size}"${bold ? ' font-weight="700"' : ''}>${text.replace(/&/g, '&amp;')}</text></svg>`;
      const ink = new Resvg(svg, { font: { fontFiles, loadSystemFonts: false, defaultFontFamily: 'Source Sans 3' } }).getBBox()!.width;
      const width = faceWidth(text, size, { bold });
      expect(width, text).toBeGreaterThanOrEqual(ink);
      expect(width, text).toBeLessThanOrEqual(ink * 1.02 + 0.15 * size);
      expect(textWidth(text, size, { bold }), text).toBeGreaterThan(width * 1.3);
    }
  });
});

describe('keySvg', () => {
  const items = [
    { swatch: { shape: 'bar', fill: 'var(--color-rule)' }, label: 'Trade, as reported' },
    { swatch: { shape: 'text', letter: '≈' }, label: 'Approximate' },
    { swatch: { shape: 'bar', fill: 'var(--color-rule)', strokeDasharray: '4,3' }, label: 'A label far too long to sit on one row of a narrow picture beside its swatch' },
  ] as const;
  it.each([
    ['the charts’ conservative estimate (the SVG)', textWidth],
    ['Source Sans 3’s own widths (the PNGs)', faceWidth],
  ] as const)('lays the entries out in rows within its width, none overlapping, a long label wrapped, measured by %s', (_, measure) => {
    const width = 288;
    const { svg, height } = keySvg([...items], width, 16, 100, 14, measure);
    expect(svg).not.toMatch(/var\(--|currentColor/);
    const texts = [...svg.matchAll(/<text x="([\d.]+)" y="([\d.]+)" font-size="14"[^>]*>([^<]*)<\/text>/g)].map((match) => ({ x: Number(match[1]), y: Number(match[2]), right: Number(match[1]) + measure(match[3]!, 14) }));
    for (const text of texts) expect(text.right).toBeLessThanOrEqual(16 + width);
    const rows = Map.groupBy(texts, (text) => text.y);
    for (const row of rows.values()) {
      const sorted = row.toSorted((a, b) => a.x - b.x);
      sorted.slice(1).forEach((text, index) => expect(text.x).toBeGreaterThan(sorted[index]!.right));
    }
    expect(texts.length).toBeGreaterThan(items.length); // the long one wrapped
    expect(height).toBeGreaterThanOrEqual(rows.size * 21);
    expect(keySvg([], width, 16, 100)).toEqual({ svg: '', height: 0 });
  });
});

describe('pageMeta', () => {
  const site = new URL('https://example.org/graphics/');
  it('gives every page Open Graph and Twitter tags with its card, and canonical and JSON-LD only with a site address', () => {
    const story = pageMeta('/stories/crackdown.html', 'T', 'D', site);
    const tag = (meta: typeof story, key: string) => meta.meta.find((entry) => entry.property === key || entry.name === key)?.content;
    expect(tag(story, 'og:image')).toMatch(/^https:\/\/example\.org\/graphics\/images\/[a-z-]+-card\.png$/);
    expect(tag(story, 'twitter:card')).toBe('summary_large_image');
    expect(story.links).toContainEqual({ rel: 'canonical', href: 'https://example.org/graphics/stories/crackdown.html' });
    expect(story.jsonLd).toMatchObject({ '@type': 'NewsArticle', headline: 'T' });

    const local = pageMeta('/stories/crackdown.html', 'T', 'D', undefined);
    expect(tag(local, 'og:image')).toMatch(/^\.\.\/images\/[a-z-]+-card\.png$/);
    expect(local.links).toEqual([]);
    expect(local.jsonLd).toBeNull();
  });
  it('gives an embed its own card, its oEmbed link and a Dataset of its downloads', () => {
    const embed = pageMeta('/embed/covid-trade.html', 'T', 'D', site);
    expect(embed.meta).toContainEqual({ property: 'og:image', content: 'https://example.org/graphics/images/covid-trade-card.png' });
    expect(embed.links).toContainEqual({ rel: 'alternate', type: 'application/json+oembed', href: 'https://example.org/graphics/oembed/covid-trade.json', title: 'T' });
    expect(embed.jsonLd).toMatchObject({ '@type': 'Dataset', distribution: [{ contentUrl: 'https://example.org/graphics/data/covid-trade.csv' }, { contentUrl: 'https://example.org/graphics/data/covid-trade.json' }] });
    expect(pageMeta('/methods.html', 'T', 'D', site).jsonLd).toMatchObject({ '@type': 'Dataset' });
  });
  it('gives the landing and methods pages the lead graphic’s card, not the one story one shares', () => {
    const image = (path: string) => pageMeta(path, 'T', 'D', site).meta.find((entry) => entry.property === 'og:image')?.content;
    expect(image('/index.html')).toBe('https://example.org/graphics/images/price-meaning-card.png');
    expect(image('/')).toBe(image('/index.html'));
    expect(image('/methods.html')).toBe(image('/index.html'));
    expect(image('/stories/crackdown.html')).toBe('https://example.org/graphics/images/locator-map-card.png');
    expect(image('/stories/rentals.html')).not.toBe(image('/stories/crackdown.html'));
  });
});
