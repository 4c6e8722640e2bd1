/**
 * What every chart must do, checked for each definition the registry finds: the drawings are
 * stable (snapshots), follow the palette and the minimum text size, name their marks' sources,
 * keep their labels apart and inside the drawing, and take every word from their messages,
 * proved by rendering each chart in the pseudo-locale, where every string is accented and 40%
 * longer.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../data/load';
import { pseudoLocale } from './messages';
import { hasUnlocalizedWord } from './messages';
import { maxVariants, renderChart, type RenderedChart } from './build-time';
import { chartIds } from './definition';
import { frameSourceEntryId } from './frame';
import { minimumTextSize } from './layouts';
import { charts, chartSlugsIn } from './registry';
import { normalizeSvg } from '../../tests/unit/svg-snapshot';
import { overlappingText, textBoxes, textOutside } from '../../tests/unit/svg-text-boxes';

const content = loadContent();

/** Words that come from content, not from a chart's messages: quotations, names, the reports' own phrases. */
const contentStrings = [
  ...[...content.sources.values()].flatMap((source) => [source.outlet, source.headline, source.shortTitle, source.referredToAs, source.author, source.translator]),
  ...[...content.figures.values()].flatMap((figure) => [figure.quote, figure.measures, figure.derivation?.text, figure.inference]),
  ...[...content.quotes.values()].flatMap((quote) => [quote.text, quote.speaker]),
  ...[...content.citations.values()].flatMap((citation) => [citation.publisher, citation.reference, citation.via, citation.caveat]),
  ...[...content.context.values()].flatMap((fact) => [fact.measures, fact.note, fact.caveat, fact.derivation?.text]),
]
  .filter((text): text is string => Boolean(text))
  // Longest first, so a phrase is removed before a shorter one inside it.
  .sort((a, b) => b.length - a.length);

/** A text with every content string (and its capitalised form) taken out: what is left is the chart's own words. */
function withoutContent(text: string): string {
  let rest = text;
  for (const phrase of contentStrings) {
    rest = rest.split(phrase).join(' ');
    rest = rest.split(`${phrase.charAt(0).toUpperCase()}${phrase.slice(1)}`).join(' ');
  }
  return rest;
}

/** Every string a rendered chart shows a reader, with where it is shown. */
function shownStrings(rendered: RenderedChart): [where: string, text: string][] {
  const { frame, legend, variants, drawings } = rendered;
  const svgText = drawings.flatMap(({ variant, layouts }) =>
    layouts.flatMap(({ name: layout, svg }) => [
      ...[...svg.matchAll(/<text[^>]*>([\s\S]*?)<\/text>/g)].map(([, inner]): [string, string] => [`${variant}/${layout} text`, inner!.replace(/<[^>]+>/g, ' ')]),
      ...[...svg.matchAll(/aria-label="([^"]*)"/g)].map(([, label]): [string, string] => [`${variant}/${layout} aria-label`, label!]),
    ]),
  );
  return [
    ['title', frame.title],
    ['takeaway', frame.takeaway],
    ['description', frame.description],
    ['table caption', frame.table.caption],
    ...frame.table.columns.map((column): [string, string] => ['table header', column.label]),
    ...frame.table.rows.flatMap((row) => Object.values(row).map((cell): [string, string] => ['table cell', cell])),
    ...frame.notes.map((note): [string, string] => ['note', note]),
    ...legend.map((item): [string, string] => ['legend', item.label]),
    ...(variants
      ? [
          ['switch legend', variants.legend] as [string, string],
          ...variants.options.flatMap((option): [string, string][] => [
            ['switch label', option.label],
            ['switch announcement', option.announce],
            ...(option.note ? [['variant note', option.note] as [string, string]] : []),
            ...(option.legend ?? []).map((item): [string, string] => ['variant legend', item.label]),
          ]),
        ]
      : []),
    ...svgText,
  ];
}

const unescape = (text: string) => text.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&#39;/g, "'");

const paintAttributes = /\s(fill|stroke|color|stop-color|flood-color)="([^"]*)"/g;
const allowedPaint = /^(none|transparent|currentColor|var\(--color-[a-z-]+\)|url\(#[^)]+\))$/;

for (const definition of charts.values()) {
  describe(`chart "${definition.slug}"`, () => {
    // Every drawing a page may show, the breakout included.
    const rendered = renderChart(definition, content, undefined, { breakout: true });
    const ids = chartIds(definition.slug);
    const drawings = rendered.drawings.flatMap(({ variant, layouts }) => layouts.map((drawing) => ({ variant, ...drawing, layout: drawing.name })));
    const name = (variant: string, layout: string) => [definition.slug, variant === 'default' ? undefined : variant.toLowerCase(), layout].filter(Boolean).join('-');
    // With the shapes the drawings share (ChartDefinition.shared), which the page carries beside them.
    const parts = [...drawings, ...(rendered.shared ? [{ variant: 'default', layout: 'shared', svg: rendered.shared }] : [])];

    for (const { variant, layout, svg } of parts) {
      it(`draws the same SVG as before (${name(variant, layout)})`, async () => {
        await expect(normalizeSvg(svg)).toMatchFileSnapshot(`${definition.slug}/__snapshots__/${name(variant, layout)}.svg`);
      });
    }

    it('paints only with palette references, so themes, forced colours and print need no redraw', () => {
      for (const { variant, layout, svg } of parts) {
        const foreign = [...svg.matchAll(paintAttributes)].map(([, attribute, value]) => `${attribute}="${value}"`).filter((paint) => !allowedPaint.test(/"(.*)"/.exec(paint)![1]!));
        expect(foreign, `${name(variant, layout)}`).toEqual([]);
      }
    });

    // All of a chart's drawings share one page (the others hidden), so an id in two of them makes a
    // reference such as a marker's url(#…) resolve to the hidden copy: risk-flow's breakout drawing
    // lost its arrowheads that way.
    it('gives every element id once across all its drawings, so a url(#id) finds its own drawing', () => {
      const seen = new Map<string, string>();
      const repeated: string[] = [];
      for (const { variant, layout, svg } of parts)
        for (const [, id] of svg.matchAll(/\sid="([^"]+)"/g)) {
          if (seen.has(id!)) repeated.push(`${id} in ${seen.get(id!)} and ${name(variant, layout)}`);
          else seen.set(id!, name(variant, layout));
        }
      expect(repeated).toEqual([]);
    });

    // A drawing is shown alone (the others hidden) and downloaded alone (src/lib/chart-image.ts):
    // what it refers to must be in it or in the shapes the frame carries for all of them.
    it('finds every url(#id) and <use> of a drawing in that drawing or in the shared shapes', () => {
      const sharedIds = new Set([...(rendered.shared ?? '').matchAll(/\sid="([^"]+)"/g)].map(([, id]) => id!));
      for (const { variant, layout, svg } of drawings) {
        const own = new Set([...svg.matchAll(/\sid="([^"]+)"/g)].map(([, id]) => id!));
        const references = [...svg.matchAll(/(?:\shref="#|url\(#)([^")]+)/g)].map(([, id]) => id!);
        expect(references.filter((id) => !own.has(id) && !sharedIds.has(id)), `${name(variant, layout)}: references to nothing`).toEqual([]);
      }
    });

    it(`sets no text below ${minimumTextSize} px and no inline style (the CSP forbids it)`, () => {
      for (const { variant, layout, svg } of parts) {
        const small = [...svg.matchAll(/font-size="([\d.]+)(px)?"/g)].map(([, size]) => Number(size)).filter((size) => size < minimumTextSize);
        expect(small, `${name(variant, layout)}`).toEqual([]);
        expect(svg, `${name(variant, layout)}`).not.toMatch(/\sstyle=|<style/);
        expect(svg, `${name(variant, layout)}`).not.toMatch(/<g[^>]*\saria-label=/);
      }
    });

    it("describes every focusable mark by one of the frame's source entries", () => {
      const entries = new Set(rendered.frame.sources.map((entry) => ids.source(frameSourceEntryId(entry))));
      for (const { variant, layout, svg } of drawings) {
        const marks = [...svg.matchAll(/<[^>]*class="chart-mark"[^>]*>/g)].map(([tag]) => tag);
        expect(marks.length, `${name(variant, layout)} has marks`).toBeGreaterThan(0);
        for (const mark of marks) {
          const describedBy = /data-source="([^"]+)"/.exec(mark)?.[1];
          expect(describedBy && entries.has(describedBy), `${name(variant, layout)}: ${mark.slice(0, 160)}`).toBe(true);
        }
      }
    });

    it('keeps every label apart from the others and inside the drawing', () => {
      for (const { variant, layout, svg } of drawings) {
        const boxes = textBoxes(svg);
        expect(overlappingText(boxes).map(([a, b]) => `"${a.text}" × "${b.text}"`), `${name(variant, layout)}: overlapping labels`).toEqual([]);
        expect(textOutside(svg, boxes).map((box) => `"${box.text}"`), `${name(variant, layout)}: labels outside the drawing`).toEqual([]);
      }
    });

    describe('in the pseudo-locale (every word accented and 40% longer)', () => {
      const pseudo = renderChart(definition, content, pseudoLocale, { breakout: true });

      it('shows no word that did not come from its messages or from content', () => {
        const leftovers = shownStrings(pseudo)
          .map(([where, text]) => [where, withoutContent(unescape(text))] as const)
          .filter(([, rest]) => hasUnlocalizedWord(rest))
          .map(([where, rest]) => `${where}: ${rest.replace(/\s+/g, ' ').trim()}`);
        expect(leftovers).toEqual([]);
      });

      it('keeps every label apart from the others and inside the drawing', () => {
        for (const { variant, layouts } of pseudo.drawings) {
          for (const { name: layout, svg } of layouts) {
            const boxes = textBoxes(svg);
            expect(overlappingText(boxes).map(([a, b]) => `"${a.text}" × "${b.text}"`), `${name(variant, layout)}: overlapping labels`).toEqual([]);
            expect(textOutside(svg, boxes).map((box) => `"${box.text}"`), `${name(variant, layout)}: labels outside the drawing`).toEqual([]);
          }
        }
      });
    });
  });
}

describe('the charts and the stories', () => {
  it('places every chart once, in the story its definition names, and nothing that is not a chart', () => {
    const placements = (['crackdown', 'rentals'] as const).map((story) => [story, chartSlugsIn(readFileSync(`content/stories/${story}.mdx`, 'utf8'))] as const);
    const placed = placements.flatMap(([story, slugs]) => slugs.map((slug) => `${slug} in ${story}`));
    expect(placed.sort()).toEqual([...charts.values()].map((definition) => `${definition.slug} in ${definition.story}`).sort());
  });
});

describe('a chart with more variants than a frame can show', () => {
  it('fails the build, naming the chart', () => {
    const withSwitch = [...charts.values()].find((definition) => definition.variants)!;
    const variants = withSwitch.variants!;
    const fiveVariants = {
      ...withSwitch,
      variants: (...args: Parameters<typeof variants>) => {
        const real = variants(...args);
        const first = real.options[0]!;
        return { ...real, options: [...real.options, ...Array.from({ length: 5 }, (_, index) => ({ ...first, id: `extra-${index}` }))].slice(0, maxVariants + 1) };
      },
    };
    expect(() => renderChart(fiveVariants, content)).toThrow(`${withSwitch.slug}: ${maxVariants + 1} variants`);
    expect(() => renderChart(withSwitch, content)).not.toThrow();
  });
});
