import { describe, expect, it } from 'vitest';
import { attributeOf, markTags, withContentChanges } from '../../../tests/unit/chart-test-helpers';
import { ContentError, loadContent, type Content } from '../../data/load';
import { resolveRequirements } from '../../data/requirements';
import type { Figure } from '../../data/schema';
import { english, type Locale } from '../../lib/locale';
import { prepareChart, renderChart } from '../build-time';
import { frameSourceEntryId } from '../frame';
import { layoutNames, layoutWidths, type LayoutName } from '../layouts';
import { messagesFor, pseudoLocale } from '../messages';
import { textWidth, wrapText } from '../text';
import { linkById, requires, riskFlowData, type LinkId, type RiskFlowData } from './data';
import { definition } from './definition';
import { riskFlowDownload, riskFlowLegend } from './frame';
import { arrangements, chipBoxes, flowLayout, narrowestLine, sizes, visualOrder, wrapLabel, type Arrangement } from './layout';
import { messages } from './messages';
import { claimText } from './words';

const content = loadContent();
const data = riskFlowData(resolveRequirements(content, 'risk-flow', requires));
const t = messages.en;
const words = { t, locale: english };
const locales: Locale[] = [english, pseudoLocale];

const layoutIn = (layout: LayoutName, locale: Locale = english, shaped: RiskFlowData = data) =>
  flowLayout(shaped, { layout, width: layoutWidths[layout], t: messagesFor(messages, locale), locale });
const drawingsOf = (contentToDraw: Content = content) => renderChart(definition, contentToDraw).drawings[0]!.layouts;
const svgOf = (layout: LayoutName, contentToDraw: Content = content) => drawingsOf(contentToDraw).find((drawing) => drawing.layout === layout)!.svg;
const withFigure = (id: string, change: Partial<Figure>) => withContentChanges(content, { figures: { [id]: change } });

describe('riskFlowData(content)', () => {
  it('lists the four links in reading order, each from and to the right party', () => {
    expect(data.links.map((link) => [link.id, link.from, link.to, link.ifCaught])).toEqual([
      ['phone', 'lender', 'renter', false],
      ['fee', 'renter', 'lender', false],
      ['bribe', 'lender', 'officials', true],
      ['blame', 'officials', 'renter', true],
    ]);
  });

  it('keeps every claim with its report: the fee from both, the bribe from both, the rest from the first', () => {
    const reportsOf = (id: LinkId) => linkById(data, id).claims.map((claim) => [claim.entryId, claim.report.source.id]);
    expect(reportsOf('fee')).toEqual([
      ['crackdown-day-rate', 'daily-nk-crackdown'],
      ['rising-with-danger', 'daily-nk-rentals'],
    ]);
    expect(reportsOf('bribe')).toEqual([
      ['lenders-pay-bribes', 'daily-nk-rentals'],
      ['well-connected', 'daily-nk-crackdown'],
    ]);
    expect(data.reports.map((report) => [t.reportLetter(report.index), report.source.id])).toEqual([
      ['A', 'daily-nk-crackdown'],
      ['B', 'daily-nk-rentals'],
    ]);
  });

  it('uses every figure and quotation it requires, each once', () => {
    const used = data.links.flatMap((link) => link.claims.map((claim) => claim.entryId));
    expect([...used].sort()).toEqual([...requires.figures, ...requires.quotes].sort());
  });

  it('says how the fee is charged, not how much: the amounts are charted once, in the price chart', () => {
    const fee = linkById(data, 'fee');
    expect(fee.claims.map((claim) => claimText(claim, words))).toEqual(['a fee charged by the day', 'prices that rise with the dangers involved']);
    for (const { svg } of drawingsOf()) expect(svg).not.toMatch(/\d\s*(&#160;| )?yuan/);
  });

  it('fails naming the chart when an entry it needs is missing', () => {
    const quotes = new Map(content.quotes);
    quotes.delete('renters-responsible');
    const render = () => renderChart(definition, { ...content, quotes });
    expect(render).toThrow(ContentError);
    expect(render).toThrow(/risk-flow\/definition\.ts.*"renters-responsible"/);
  });
});

describe('wrapLabel(text, maxWidth, style)', () => {
  const style = { fontSize: 12 };
  const fits = (lines: string[], maxWidth: number) => lines.every((line) => textWidth(line, 12) <= maxWidth);

  it('wraps at spaces, as every chart does, when every word fits', () => {
    const text = 'renters are held responsible, not the business';
    expect(wrapLabel(text, 120, style)).toEqual({ lines: wrapText(text, 120, 12, { balanced: true }), forcedBreaks: 0 });
  });

  it('breaks a word wider than the line after its hyphen, packing the parts with their neighbours', () => {
    const { lines, forcedBreaks } = wrapLabel('owner must be well-connected', 80, style);
    expect(lines.join(' ').replace(/- /g, '-')).toBe('owner must be well-connected');
    expect(lines).toContain('connected');
    expect(forcedBreaks).toBe(0);
    expect(fits(lines, 80)).toBe(true);
  });

  it('breaks a word with no hyphen only where it must, adding one, and counts it', () => {
    const { lines, forcedBreaks } = wrapLabel('responsibilities', 60, style);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.slice(0, -1).every((line) => line.endsWith('-'))).toBe(true);
    expect(lines.map((line) => line.replace(/-$/, '')).join('')).toBe('responsibilities');
    expect(forcedBreaks).toBe(1);
    expect(fits(lines, 60)).toBe(true);
  });

  it('measures the narrowest line a label takes whole: its widest word, or part of a hyphenated one', () => {
    expect(narrowestLine('owner must be well-connected', style)).toBe(textWidth('connected', 12));
  });
});

/** The order Tab visits the links in each arrangement: as drawn, top to bottom, then left to right. */
const focusOrder: Record<Arrangement, LinkId[]> = {
  // A column: the phone (left) and the fee (right), then the blame (left) and the bribes (right).
  column: ['phone', 'fee', 'blame', 'bribe'],
  // A triangle: the phone over the fee in the middle, then the bribes (left) and the blame (right) below.
  triangle: ['phone', 'fee', 'bribe', 'blame'],
};

describe('the layout (flowLayout)', () => {
  it('stands the parties in a column on a phone and in a triangle where it fits, in English', () => {
    expect(arrangements.narrow).toEqual(['column']);
    expect(layoutNames.map((layout) => layoutIn(layout).arrangement)).toEqual(['column', 'triangle', 'triangle']);
  });

  for (const locale of locales) {
    for (const layout of layoutNames) {
      const flow = layoutIn(layout, locale);
      const where = `${layout}, ${locale.id}`;

      it(`orders the links as drawn: top to bottom, and left to right among stacks side by side (${where})`, () => {
        const order = visualOrder(flow);
        expect(order.map((link) => link.id)).toEqual(focusOrder[flow.arrangement]);
        // Each next stack either starts lower than every stack before it, or stands level with the
        // previous one (each one's middle within the other's height), to its right.
        const extent = (id: LinkId) => {
          const { top, cx, height } = flow.stacks[id];
          return { top, bottom: top + height, middle: top + height / 2, cx };
        };
        order.slice(1).forEach((link, index) => {
          const [a, b] = [extent(order[index]!.id), extent(link.id)];
          const level = a.middle >= b.top && a.middle <= b.bottom && b.middle >= a.top && b.middle <= a.bottom;
          const lower = order.slice(0, index + 1).every((earlier) => b.top > extent(earlier.id).top);
          expect((level && b.cx > a.cx) || (!level && lower), `${order[index]!.id} → ${link.id}`).toBe(true);
        });
      });

      it(`gives every target at least 24×24 px, inside the drawing, clear of the other targets, the stacks' headings and the parties (${where})`, () => {
        const boxes = chipBoxes(flow).map(({ box }) => box);
        for (const box of boxes) {
          expect(box.width).toBeGreaterThanOrEqual(sizes.target);
          expect(box.height).toBeGreaterThanOrEqual(sizes.target);
          expect(box.x).toBeGreaterThanOrEqual(0);
          expect(box.y).toBeGreaterThanOrEqual(0);
          expect(box.x + box.width).toBeLessThanOrEqual(flow.width);
          expect(box.y + box.height).toBeLessThanOrEqual(flow.height);
        }
        const apart = (a: (typeof boxes)[number], b: (typeof boxes)[number]) =>
          a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
        const stacks = Object.values(flow.stacks).map((stack) => ({ x: stack.cx - stack.width / 2, y: stack.top, width: stack.width, height: stack.height }));
        for (const [index, a] of boxes.entries()) {
          for (const b of boxes.slice(index + 1)) expect(apart(a, b)).toBe(true);
          for (const node of Object.values(flow.nodes)) expect(apart(a, node)).toBe(true);
        }
        // Whole stacks (heading and chips) stay clear of each other and of the parties.
        for (const [index, a] of stacks.entries()) {
          for (const b of stacks.slice(index + 1)) expect(apart(a, b)).toBe(true);
          for (const node of Object.values(flow.nodes)) expect(apart(a, node)).toBe(true);
        }
      });

      it(`fits every line of text in its box, with room for a reader's text spacing (${where})`, () => {
        for (const { chip, box } of chipBoxes(flow)) {
          for (const line of chip.lines) {
            expect(chip.textInset + textWidth(line.text, sizes.fontSize, { bold: line.bold }) + sizes.chipPadding, `"${line.text}"`).toBeLessThanOrEqual(box.width + 0.01);
          }
        }
        for (const stack of Object.values(flow.stacks)) {
          for (const line of stack.heading) expect(textWidth(line, sizes.headingFontSize, { bold: true }), `"${line}"`).toBeLessThanOrEqual(stack.width + 0.01);
        }
        for (const node of Object.values(flow.nodes)) {
          const room = node.width - 2 * sizes.nodePadding.inline + 0.01;
          for (const line of node.name) expect(textWidth(line, sizes.nodeFontSize, { bold: true }), `"${line}"`).toBeLessThanOrEqual(room);
          for (const line of node.detail) expect(textWidth(line, sizes.fontSize), `"${line}"`).toBeLessThanOrEqual(room);
        }
      });

      it(`breaks no word except after a hyphen (${where})`, () => {
        expect(flow.forcedBreaks).toBe(0);
      });
    }
  }
});

describe('riskFlowChart(data, target)', () => {
  const drawings = drawingsOf();

  it('draws every layout at its own width', () => {
    expect(drawings.map(({ layout, svg }) => [layout, /width="(\d+)"/.exec(svg)?.[1]])).toEqual(layoutNames.map((layout) => [layout, String(layoutWidths[layout])]));
  });

  for (const layout of layoutNames) {
    it(`makes every claim one focusable, named mark, in visual reading order, described by its source in the frame (${layout})`, () => {
      const { frame } = prepareChart(definition, content);
      const sourceIds = new Set(frame.sources.map((entry) => `risk-flow-source-${frameSourceEntryId(entry)}`));
      const marks = markTags(svgOf(layout));
      const claims = focusOrder[layoutIn(layout).arrangement].flatMap((id) => linkById(data, id).claims);
      expect(marks.map((tag) => attributeOf(tag, 'data-figure'))).toEqual(claims.map((claim) => claim.entryId));
      for (const mark of marks) {
        expect(attributeOf(mark, 'tabindex')).toBe('0');
        expect(attributeOf(mark, 'role')).toBe('img');
        expect(attributeOf(mark, 'aria-label')?.length).toBeGreaterThan(20);
        expect(sourceIds).toContain(attributeOf(mark, 'data-source'));
        expect(attributeOf(mark, 'data-source')).toBe(`risk-flow-source-${attributeOf(mark, 'data-figure')}`);
      }
    });
  }

  it('dashes the links that happen only if someone is caught', () => {
    for (const { svg } of drawings) {
      const dashed = [...svg.matchAll(/<path[^>]*data-link="([a-z]+)"[^>]*>/g)].filter(([tag]) => tag.includes('stroke-dasharray')).map(([, id]) => id);
      expect(dashed).toEqual(['bribe', 'blame']);
    }
  });

  it('stops each link’s line short of its heading, 4 px or more above and beside every line of it, down to the first chip', () => {
    const breakout = renderChart(definition, content, english, { breakout: true }).drawings[0]!.layouts;
    for (const drawing of breakout) {
      const layout = flowLayout(data, { layout: drawing.layout, width: drawing.name === 'breakout' ? 960 : layoutWidths[drawing.layout], t, locale: english });
      for (const stack of Object.values(layout.stacks)) {
        const patch = new RegExp(`<rect[^>]*data-knockout="${stack.link.id}"[^>]*>`).exec(drawing.svg)?.[0];
        expect(patch, `${drawing.name} ${stack.link.id}`).toBeDefined();
        const [x, y, width, height] = ['x', 'y', 'width', 'height'].map((name) => Number(attributeOf(patch!, name)));
        expect(attributeOf(patch!, 'fill')).toBe('var(--color-paper)');
        const widest = Math.max(...stack.heading.map((line) => textWidth(line, sizes.headingFontSize, { bold: true })));
        expect(x!).toBeLessThanOrEqual(stack.cx - widest / 2 - 4);
        expect(x! + width!).toBeGreaterThanOrEqual(stack.cx + widest / 2 + 4);
        expect(y!).toBeLessThanOrEqual(stack.top - 4);
        expect(y! + height!).toBeCloseTo(stack.top + stack.headingHeight, 5);
      }
    }
  });

  it('gives each drawing its own arrowhead id', () => {
    const ids = drawings.map(({ svg }) => /<marker[^>]*id="([^"]+)"/.exec(svg)?.[1]);
    expect(new Set(ids).size).toBe(layoutNames.length);
  });

  it('rests the fee on the day rate’s figure, which its mark cites, whatever the amount', () => {
    const svg = svgOf('narrow', withFigure('crackdown-day-rate', { value: 240 }));
    expect(svg).toEqual(svgOf('narrow'));
    expect(markTags(svg).map((tag) => attributeOf(tag, 'data-figure'))).toContain('crackdown-day-rate');
    expect(markTags(svgOf('wide')).map((tag) => attributeOf(tag, 'aria-label'))).toContain(
      'The fee, renter to lender: prices that rise with the dangers involved; the second report, 2020 (inferred)',
    );
  });

  it('names each mark with its link, its route, when it happens and its report', () => {
    expect(markTags(svgOf('wide')).map((tag) => attributeOf(tag, 'aria-label'))).toContain(
      'Bribes, lender to security officials, if the lender is caught: a lender who is caught pays bribes to security officials; the second report, 2020 (inferred)',
    );
  });
});

describe('the risk-flow frame, key and downloads', () => {
  const { frame, context } = prepareChart(definition, content);

  it('has one table row per link, with its quote and report', () => {
    expect(frame.table.rows.map((row) => [row['what'], row['from'], row['to'], row['when'], row['report']])).toEqual([
      ['The phone: a phone that can call China', 'Lender', 'Renter', 'With every rental', 'The first report, 2019 (inferred)'],
      ['The fee: a fee charged by the day; prices that rise with the dangers involved', 'Renter', 'Lender', 'With every rental', 'The first report, 2019 (inferred); The second report, 2020 (inferred)'],
      [
        'Bribes: a lender who is caught pays bribes to security officials; the owner must be well-connected, with contacts among officials and the means to bribe them',
        'Lender',
        'Security officials',
        'If the lender is caught',
        'The second report, 2020 (inferred); The first report, 2019 (inferred)',
      ],
      ['Blame: renters are held responsible, not the rental business', 'Security officials', 'Renter', 'If the renter is caught', 'The first report, 2019 (inferred)'],
    ]);
    expect(frame.table.rows[3]?.['quote']).toBe(`“${content.quotes.get('renters-responsible')!.text}”`);
  });

  it('says that it combines two reports of different, inferred years, and belongs to the crackdown story', () => {
    expect(frame.story).toBe('crackdown');
    expect(frame.notes[0]).toBe(
      'The diagram combines two reports, marked on each claim by letter and colour: A: the first report (Daily NK, 2019); ' +
        'B: the second report (Daily NK, 2020). They come from different sources and different years, and neither states its year: ' +
        'both years are inferred from the reports’ contents.',
    );
    expect(frame.notes[1]).toContain('say how it is charged, not how much');
    expect(frame.notes.join(' ').match(/inferred/g)).toHaveLength(1); // the note that says so writes the years plainly
    expect(frame.notes[2]).toContain('Under “Bribes, if caught”, a source in the first report adds');
    expect(frame.description).toContain(
      'The fee, from the renter to the lender, with every rental: a fee charged by the day, from the first report, 2019 (inferred); and prices that rise with the dangers involved, from the second report, 2020 (inferred).',
    );
  });

  it('lists every figure and quotation a chip rests on as a source, once, in reading order', () => {
    expect(frame.sources.map(frameSourceEntryId)).toEqual(data.links.flatMap((link) => link.claims.map((claim) => claim.entryId)));
  });

  it('keys each report by its letter and colour; the dashed links need no key, their headings say “if caught”', () => {
    const legend = riskFlowLegend(data, context as { t: typeof t; locale: Locale });
    expect(legend.map((item) => item.label)).toEqual([
      'A: the first report, Daily NK, 2019 (inferred)',
      'B: the second report, Daily NK, 2020 (inferred)',
    ]);
    expect(frame.table.rows.filter((row) => row['when']?.startsWith('If')).map((row) => row['what']?.split(':')[0])).toEqual(['Bribes', 'Blame']);
    expect(legend.map((item) => item.swatch)).toEqual([
      { shape: 'letter', fill: 'var(--color-report-crackdown)', letter: 'A' },
      { shape: 'letter', fill: 'var(--color-report-rentals)', letter: 'B' },
    ]);
  });

  it('downloads one row per claim, figures and quotations with their speaker, years saying they are inferred', () => {
    const rows = riskFlowDownload(data, context as { t: typeof t; locale: Locale });
    expect(rows).toHaveLength(data.links.flatMap((link) => link.claims).length);
    expect(rows.find((row) => row['entry_id'] === 'crackdown-day-rate')).toMatchObject({ report_letter: 'A', claim: 'a fee charged by the day', what: 'The fee', entry_type: 'figure' });
    expect(rows.find((row) => row['entry_id'] === 'lenders-pay-bribes')).toMatchObject({ speaker: 'a source in North Pyongan Province', when: 'if the lender is caught' });
    // Read apart from the page, a download says on every row that the report's year is inferred.
    expect(rows.find((row) => row['entry_id'] === 'crackdown-day-rate')).toMatchObject({ report_year: '2019 (inferred)' });
    expect(rows.find((row) => row['entry_id'] === 'rising-with-danger')).toMatchObject({ report_year: '2020 (inferred)' });
    expect(rows.every((row) => !('report_year_inferred' in row))).toBe(true);
  });
});
