import { describe, expect, it } from 'vitest';
import type { Content } from '../../data/load';
import { ContentError, loadContent } from '../../data/load';
import type { Figure } from '../../data/schema';
import { attributeOf, markTags, withContentChanges } from '../../../tests/unit/chart-test-helpers';
import { normalizeSvg } from '../../../tests/unit/svg-snapshot';
import { frameSourceEntryId, frameSourceId } from '../frame';
import { finishSvg } from '../svg';
import { serverDocument } from '../build-time';
import { chipBoxes, flowLayout, riskFlowChart, sizes, stackHeight, visualOrder } from './chart';
import { layoutWidths as widths, type LayoutName } from '../layouts';
import { riskFlowData, type LinkId } from './data';
import { riskFlowDownload, riskFlowFrame, slug } from './frame-content';

const content = loadContent();
const data = riskFlowData(content);
const layouts = Object.keys(widths) as LayoutName[];

function render(layout: LayoutName, contentToDraw: Content = content): string {
  const svg = riskFlowChart(riskFlowData(contentToDraw), {
    layout,
    document: serverDocument(),
    sourceElementId: (entryId) => frameSourceId(slug, entryId),
  });
  return finishSvg(svg, { labelledBy: 'title', describedBy: 'description' });
}

const marksIn = markTags;
const attribute = attributeOf;
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
    const reportsOf = (id: string) => data.links.find((link) => link.id === id)!.claims.map((claim) => [claim.entryId, claim.report.source.id]);
    expect(reportsOf('fee')).toEqual([
      ['crackdown-per-call', 'daily-nk-crackdown'],
      ['crackdown-per-morning', 'daily-nk-crackdown'],
      ['crackdown-day-rate', 'daily-nk-crackdown'],
      ['rentals-price-range', 'daily-nk-rentals'],
    ]);
    expect(reportsOf('bribe')).toEqual([
      ['lenders-pay-bribes', 'daily-nk-rentals'],
      ['well-connected', 'daily-nk-crackdown'],
    ]);
    expect(data.reports.map((report) => [report.letter, report.source.id])).toEqual([
      ['A', 'daily-nk-crackdown'],
      ['B', 'daily-nk-rentals'],
    ]);
  });

  it('builds prices from the figures, a range kept as a range', () => {
    const fee = data.links.find((link) => link.id === 'fee')!;
    expect(fee.claims.map((claim) => claim.lines)).toEqual([
      ['50 yuan', 'a call'],
      ['130–150 yuan', 'a morning'],
      ['200 yuan', 'a day'],
      ['50–200 yuan', 'varying by region'],
    ]);
  });

  it('fails naming the file when an entry it needs is missing', () => {
    const quotes = new Map(content.quotes);
    quotes.delete('renters-responsible');
    expect(() => riskFlowData({ ...content, quotes }, 'src/charts/risk-flow/data.ts')).toThrow(ContentError);
    expect(() => riskFlowData({ ...content, quotes }, 'src/charts/risk-flow/data.ts')).toThrow(/risk-flow\/data\.ts.*"renters-responsible"/);
  });
});

/** The order Tab visits the links in each layout: as drawn, top to bottom, then left to right. */
const focusOrder: Record<LayoutName, LinkId[]> = {
  // A column: the phone (left) and the fee (right) side by side, then blame (left) and bribes (right).
  narrow: ['phone', 'fee', 'blame', 'bribe'],
  // A triangle: the phone over the fee in the middle, then bribes (left) and blame (right) below.
  wide: ['phone', 'fee', 'bribe', 'blame'],
};

describe('riskFlowChart(data, options)', () => {
  for (const layout of layouts) {
    it(`orders the links as drawn: top to bottom, and left to right among stacks side by side (${layout})`, () => {
      const flow = flowLayout(data, layout);
      const order = visualOrder(data, flow);
      expect(order.map((link) => link.id)).toEqual(focusOrder[layout]);
      // Each next stack either starts lower than every stack before it, or stands level with the
      // previous one (each one's middle within the other's height), to its right.
      const extent = (link: (typeof order)[number]) => {
        const { top, cx } = flow.stacks[link.id];
        return { top, bottom: top + stackHeight(link), middle: top + stackHeight(link) / 2, cx };
      };
      order.slice(1).forEach((link, index) => {
        const [a, b] = [extent(order[index]!), extent(link)];
        const level = a.middle >= b.top && a.middle <= b.bottom && b.middle >= a.top && b.middle <= a.bottom;
        const lower = order.slice(0, index + 1).every((earlier) => b.top > extent(earlier).top);
        expect((level && b.cx > a.cx) || (!level && lower), `${order[index]!.id} → ${link.id}`).toBe(true);
      });
    });

    it(`makes every claim one focusable, named mark, in visual reading order, described by a source of the frame (${layout})`, () => {
      const frame = riskFlowFrame(content, data);
      const sourceIds = new Set(frame.sources.map((entry) => frameSourceId(slug, frameSourceEntryId(entry))));
      const marks = marksIn(render(layout));
      const claims = focusOrder[layout].flatMap((id) => data.links.find((link) => link.id === id)!.claims);
      expect(marks.map((tag) => attribute(tag, 'data-figure'))).toEqual(claims.map((claim) => claim.entryId));
      for (const mark of marks) {
        expect(attribute(mark, 'tabindex')).toBe('0');
        expect(attribute(mark, 'role')).toBe('img');
        expect(attribute(mark, 'aria-label')?.length).toBeGreaterThan(20);
        expect(sourceIds).toContain(attribute(mark, 'aria-describedby'));
        expect(attribute(mark, 'aria-describedby')).toBe(frameSourceId(slug, attribute(mark, 'data-figure')!));
      }
    });

    it(`gives every target at least 24×24 px, inside the drawing, clear of the other targets and of the parties (${layout})`, () => {
      const { width, height } = flowLayout(data, layout);
      const boxes = chipBoxes(data, flowLayout(data, layout)).map(({ box }) => box);
      for (const box of boxes) {
        expect(box.width).toBeGreaterThanOrEqual(24);
        expect(box.height).toBeGreaterThanOrEqual(24);
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.y).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width).toBeLessThanOrEqual(width);
        expect(box.y + box.height).toBeLessThanOrEqual(height);
      }
      const apart = (a: typeof boxes[number], b: typeof boxes[number]) =>
        a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
      for (const [index, a] of boxes.entries()) {
        for (const b of boxes.slice(index + 1)) expect(apart(a, b)).toBe(true);
        for (const node of Object.values(flowLayout(data, layout).nodes)) expect(apart(a, node)).toBe(true);
      }
    });

    it(`writes no text smaller than 11px, no inline style and no aria-label on a group (${layout})`, () => {
      const svg = render(layout);
      const fontSizes = [...svg.matchAll(/font-size="([\d.]+)"/g)].map(([, size]) => Number(size));
      expect(Math.min(...fontSizes)).toBeGreaterThanOrEqual(11);
      expect(svg).not.toMatch(/\sstyle=|<style/);
      expect(svg).not.toMatch(/<g[^>]*\saria-label=/);
    });

    it(`draws the same SVG as before (${layout}, ${widths[layout]}px)`, async () => {
      await expect(normalizeSvg(render(layout))).toMatchFileSnapshot(`__snapshots__/risk-flow-${layout}.svg`);
    });
  }

  it('fits every chip’s text in its chip, at a generous estimate of glyph width', () => {
    // Glyph widths in em, each above DejaVu Sans's (a wide fallback font: i 0.28, r 0.41, a 0.61,
    // m 0.97), and a tenth more in bold: a pass here leaves room in narrower system-ui fonts too.
    const glyphWidth = (glyph: string) => (/[ijlftr ,.'’-]/.test(glyph) ? 0.42 : /[mwMW]/.test(glyph) ? 1 : 0.66);
    const estimate = (text: string, bold: boolean) =>
      [...text].reduce((sum, glyph) => sum + glyphWidth(glyph), 0) * sizes.fontSize * (bold ? 1.1 : 1);
    for (const layout of layouts) {
      for (const { claim, box } of chipBoxes(data, flowLayout(data, layout))) {
        claim.lines.forEach((line, index) => {
          expect(sizes.chipTextInset + estimate(line, claim.kind === 'figure' && index === 0), `${layout}: "${line}"`).toBeLessThanOrEqual(box.width);
        });
      }
    }
  });

  it('dashes the links that happen only if someone is caught', () => {
    const svg = render('wide');
    const dashed = [...svg.matchAll(/<path[^>]*data-link="([a-z]+)"[^>]*>/g)].filter(([tag]) => tag.includes('stroke-dasharray')).map(([, id]) => id);
    expect(dashed).toEqual(['bribe', 'blame']);
  });

  it('types no price: a different figure in the content draws a different label', () => {
    const svg = render('narrow', withFigure('crackdown-day-rate', { value: 240 }));
    expect(svg).toContain('>240 yuan<');
    expect(svg).not.toContain('>200 yuan<');
    const ranged = render('wide', withFigure('rentals-price-range', { low: 60, high: 180 }));
    expect(ranged).toContain('>60–180 yuan<');
    expect(marksIn(ranged).map((tag) => attribute(tag, 'aria-label'))).toContain(
      'The fee, renter to lender: 60–180 yuan varying by region; the second report, 2020 (inferred)',
    );
  });
});

describe('riskFlowFrame(content) and riskFlowDownload(content)', () => {
  const frame = riskFlowFrame(content, data);

  it('has one table row per link, with its quote and report', () => {
    expect(frame.table.rows.map((row) => [row['what'], row['from'], row['to'], row['when'], row['report']])).toEqual([
      ['The phone: a phone that can call China', 'Lender', 'Renter', 'With every rental', 'The first report, 2019 (inferred)'],
      [
        'The fee: 50 yuan a call; 130–150 yuan a morning; 200 yuan a day; 50–200 yuan varying by region',
        'Renter',
        'Lender',
        'With every rental',
        'The first report, 2019 (inferred); The second report, 2020 (inferred)',
      ],
      [
        'Bribes: a lender who is caught pays bribes to local security officials; the owner must be well-connected: know officials, and how to use bribes',
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
    expect(frame.notes[0]).toContain('combines two reports');
    expect(frame.notes[0]).toContain('2019 (inferred)');
    expect(frame.notes[0]).toContain('2020 (inferred)');
    expect(frame.description).toContain('50–200 yuan varying by region, from the second report, 2020 (inferred)');
  });

  it('downloads one row per claim, prices in yuan from the figures and quotations with their speaker', () => {
    const rows = riskFlowDownload(content);
    expect(rows).toHaveLength(data.links.flatMap((link) => link.claims).length);
    expect(rows.find((row) => row['entry_id'] === 'crackdown-per-morning')).toMatchObject({ low_cny: 130, high_cny: 150, report_letter: 'A' });
    expect(rows.find((row) => row['entry_id'] === 'lenders-pay-bribes')).toMatchObject({ low_cny: '', speaker: 'a source in North Pyongan Province' });
    // Report years as the page writes them, saying they are inferred, not a bare number.
    expect(rows.find((row) => row['entry_id'] === 'crackdown-per-call')).toMatchObject({ report_year: '2019 (inferred)' });
    expect(rows.find((row) => row['entry_id'] === 'rentals-price-range')).toMatchObject({ report_year: '2020 (inferred)' });
    expect(rows.every((row) => !('report_year_inferred' in row))).toBe(true);
  });
});
