/**
 * Chart pictures: made from the page's own drawing with the palette's colours written in, the
 * card at 1200×630, every PNG within its budget; and the social tags each page gets.
 */
import { describe, expect, it } from 'vitest';
import { charts } from '../charts/registry';
import { cardSvg, chartSvg, pngBudget, renderedForImages, svgToPng } from './chart-image';
import { pageMeta } from './page-meta';

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

  it('say under the drawing that the reports’ years are inferred, exactly when the drawing shows one', () => {
    const { svg } = chartSvg(rendered, 'wide');
    const [drawing] = svg.match(/<svg x=[\s\S]*<\/svg>(?=<text)/) ?? [''];
    const texts = [...drawing.matchAll(/<text[^>]*>([\s\S]*?)<\/text>/g)].map((match) => match[1]).join(' ');
    const showsReportYear = /\b(2019|2020)\b/.test(texts);
    // The credit's lines, outside the drawing, read as one text (it wraps).
    const credit = [...svg.slice(svg.indexOf(drawing) + drawing.length).matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((match) => match[1]).join(' ');
    expect(credit.includes('their years are inferred'), `${slug}: drawing shows a report's year: ${showsReportYear}`).toBe(showsReportYear);
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
});
