import { describe, expect, it } from 'vitest';
import type { Content } from '../../data/load';
import { ContentError, loadContent } from '../../data/load';
import type { Figure } from '../../data/schema';
import { attributeOf, markTags, withContentChanges } from '../../../tests/unit/chart-test-helpers';
import { normalizeSvg } from '../../../tests/unit/svg-snapshot';
import { frameSourceEntryId, frameSourceId } from '../frame';
import { finishSvg } from '../svg';
import { serverDocument } from '../build-time';
import { describeCall, panelTexts, riskEvidenceChart, sizes } from './chart';
import { layoutWidths as widths, type LayoutName } from '../layouts';
import { textWidth, wrapText } from '../text';
import { prices, riskEvidenceData, shareInWords } from './data';
import { riskEvidenceDownload, riskEvidenceFrame, slug } from './frame-content';

const content = loadContent();
const data = riskEvidenceData(content);
const layouts = Object.keys(widths) as LayoutName[];

function render(layout: LayoutName, contentToDraw: Content = content): string {
  const svg = riskEvidenceChart(riskEvidenceData(contentToDraw), {
    layout,
    document: serverDocument(),
    sourceElementId: (entryId) => frameSourceId(slug, entryId),
  });
  return finishSvg(svg, { labelledBy: 'title', describedBy: 'description' });
}

const marksIn = markTags;
const attribute = attributeOf;
const withFigures = (changes: Record<string, Partial<Figure>>) => withContentChanges(content, { figures: changes });
const withFigure = (id: string, change: Partial<Figure>) => withFigures({ [id]: change });

describe('riskEvidenceData(content)', () => {
  it('takes each panel’s prices from the figures, in yuan, ranges kept as ranges', () => {
    expect(prices(data).map((datum) => [datum.figure.id, datum.column, datum.low, datum.high, datum.isDerived])).toEqual([
      ['crackdown-day-rate-year-earlier', 'a year earlier', 100, 100, true],
      ['crackdown-day-rate', '2019 (inferred)', 200, 200, false],
      ['crackdown-per-call', 'a call', 50, 50, false],
      ['crackdown-per-morning', 'a morning', 130, 150, false],
      ['crackdown-day-rate', 'a day', 200, 200, false],
      ['rentals-price-range', 'across regions', 50, 200, false],
    ]);
  });

  it('takes a call’s share of a day from its derived figure, in words, with the numbers it divides', () => {
    const { figure, ...share } = data.byLength.callShareOfDay;
    expect(figure).toBe(content.figures.get('crackdown-call-share-of-day'));
    expect(figure.kind).toBe('derived');
    expect(share).toEqual({ value: 0.25, words: 'a quarter', arithmetic: '50 ÷ 200' });
  });

  it('follows the share’s figure, and refuses one that is not the call’s price over the day’s', () => {
    const third = riskEvidenceData(withFigure('crackdown-call-share-of-day', { value: 1 / 3 }));
    expect(third.byLength.callShareOfDay.words).toBe('a third');
    const otherFormula = withFigure('crackdown-call-share-of-day', {
      derivation: { text: 'A morning’s price over a day’s.', formula: '{crackdown-per-morning.low} / {crackdown-day-rate}' },
    });
    expect(() => riskEvidenceData(otherFormula, 'src/test.ts')).toThrow(ContentError);
    expect(() => riskEvidenceData(otherFormula, 'src/test.ts')).toThrow(/src\/test\.ts.*"crackdown-call-share-of-day".*\{crackdown-per-call\} \/ \{crackdown-day-rate\}/s);
  });

  it('fails naming the file when a figure it needs is missing', () => {
    const figures = new Map(content.figures);
    figures.delete('crackdown-day-rate-year-earlier');
    expect(() => riskEvidenceData({ ...content, figures }, 'src/charts/risk-evidence/data.ts')).toThrow(ContentError);
    expect(() => riskEvidenceData({ ...content, figures }, 'src/charts/risk-evidence/data.ts')).toThrow(/risk-evidence\/data\.ts.*"crackdown-day-rate-year-earlier"/);
  });
});

describe('shareInWords(value)', () => {
  it('names unit fractions and writes anything else as a percentage', () => {
    expect([0.5, 0.25, 0.1].map(shareInWords)).toEqual(['a half', 'a quarter', 'a tenth']);
    expect(shareInWords(0.3)).toBe('30%');
    expect(shareInWords(2 / 3)).toBe('66.7%');
  });
});

describe('wrapText(text, width, fontSize)', () => {
  it('breaks between words so that no line is estimated wider than the width', () => {
    const lines = wrapText('Crackdown: near-total block on calls to Chinese networks, 2018 (Radio Free Asia)', 200, 12);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe('Crackdown: near-total block on calls to Chinese networks, 2018 (Radio Free Asia)');
    for (const line of lines) expect(textWidth(line, 12)).toBeLessThanOrEqual(200);
  });
});

describe('riskEvidenceChart(data, options)', () => {
  const expectedOrder = [
    'calls-to-china-blocked',
    'crackdown-day-rate-year-earlier',
    'crackdown-day-rate',
    // The call's column cites the derived share, whose entry quotes the call's price.
    'crackdown-call-share-of-day',
    'crackdown-per-morning',
    'crackdown-day-rate',
    'rentals-price-range',
    'rising-with-danger',
  ];

  for (const layout of layouts) {
    it(`makes every mark focusable, named and described by a source of the frame, in reading order (${layout})`, () => {
      const frame = riskEvidenceFrame(content, data);
      const sourceIds = new Set(frame.sources.map((entry) => frameSourceId(slug, frameSourceEntryId(entry))));
      const marks = marksIn(render(layout));
      expect(marks.map((tag) => attribute(tag, 'data-figure'))).toEqual(expectedOrder);
      for (const mark of marks) {
        expect(attribute(mark, 'tabindex')).toBe('0');
        expect(attribute(mark, 'role')).toBe('img');
        expect(attribute(mark, 'aria-label')?.length).toBeGreaterThan(15);
        expect(sourceIds).toContain(attribute(mark, 'aria-describedby'));
        expect(attribute(mark, 'aria-describedby')).toBe(frameSourceId(slug, attribute(mark, 'data-figure')!));
        expect(Number(attribute(mark, 'width'))).toBeGreaterThanOrEqual(24);
        expect(Number(attribute(mark, 'height'))).toBeGreaterThanOrEqual(24);
      }
    });

    it(`writes no text smaller than 12px, no inline style and no aria-label on a group (${layout})`, () => {
      const svg = render(layout);
      const fontSizes = [...svg.matchAll(/font-size="([\d.]+)"/g)].map(([, size]) => Number(size));
      expect(Math.min(...fontSizes)).toBeGreaterThanOrEqual(12);
      expect(svg).not.toMatch(/\sstyle=|<style/);
      expect(svg).not.toMatch(/<g[^>]*\saria-label=/);
    });

    it(`draws the same SVG as before (${layout}, ${widths[layout]}px)`, async () => {
      await expect(normalizeSvg(render(layout))).toMatchFileSnapshot(`__snapshots__/risk-evidence-${layout}.svg`);
    });
  }

  it('marks the derived day rate as derived: hollow and dashed, and so named', () => {
    const svg = render('narrow');
    const earlier = marksIn(svg).find((tag) => attribute(tag, 'data-figure') === 'crackdown-day-rate-year-earlier')!;
    expect(attribute(earlier, 'aria-label')).toBe('A day, a year before 2019 (inferred): 100 yuan, derived');
    const dashedBars = [...svg.matchAll(/<g[^>]*stroke-dasharray="4,3"[^>]*>([\s\S]*?)<\/g>/g)];
    expect(dashedBars).toHaveLength(1);
    expect(dashedBars[0]![0]).toContain(`fill="#ffffff"`);
    expect(svg).toMatch(/<tspan[^>]*>derived<\/tspan>/);
  });

  it('says the call’s share of a day is derived, and shows how', () => {
    expect(describeCall(data)).toBe('A call, 2019 (inferred): 50 yuan, a quarter of a day (derived: 50 ÷ 200)');
    expect(panelTexts(data)[1]).toEqual({
      title: 'A call cost a quarter of a day',
      subtitle: 'The first report, 2019 (inferred); the share is derived: 50 ÷ 200 yuan',
    });
  });

  it('types no price: different figures in the content draw different labels and a different share', () => {
    // As an editor would change it: the call's price and the share derived from it, together.
    const cheaperCall = withFigures({ 'crackdown-per-call': { value: 40 }, 'crackdown-call-share-of-day': { value: 0.2 } });
    const svg = render('wide', cheaperCall);
    expect(svg).toContain('>40 yuan<');
    expect(svg).not.toContain('>50 yuan<');
    expect(svg).toContain('A call cost a fifth of a day');
    expect(svg).toContain('derived: 40 ÷ 200 yuan');
    const ranged = render('narrow', withFigure('rentals-price-range', { low: 60, high: 180 }));
    expect(ranged).toContain('>60–180 yuan, varying by region<');
    const doubled = render('narrow', withFigure('crackdown-day-rate-growth', { value: 3 }));
    // Headings wrap, so compare the words, not the lines.
    const headingWords = [...doubled.matchAll(/<text[^>]*font-size="14"[^>]*>([^<]*)<\/text>/g)].map(([, line]) => line).join(' ');
    expect(headingWords).toContain('A day cost three times as much as a year earlier');
  });

  it('keeps every line of the headings inside the drawing, at a generous width estimate', () => {
    for (const layout of layouts) {
      for (const text of panelTexts(data)) {
        for (const line of wrapText(text.subtitle, widths[layout] / (layout === 'wide' ? 2 : 1), sizes.text)) {
          expect(textWidth(line, sizes.text)).toBeLessThanOrEqual(widths[layout]);
        }
      }
    }
  });
});

describe('riskEvidenceFrame(content) and riskEvidenceDownload(content)', () => {
  const frame = riskEvidenceFrame(content, data);

  it('belongs to the rentals story and builds its words from the figures', () => {
    expect(frame.story).toBe('rentals');
    // The title claims no cause: the notes say the first report does not tie the rise to the crackdown.
    expect(frame.title).toBe('What the reports say about danger and price');
    expect(frame.takeaway).toBe(
      'The second report says rental prices, 50–200 yuan, rise with the danger; in the first, a day’s rent was twice what it had been a year earlier, as a crackdown on calls went on.',
    );
    expect(frame.notes[0]).toContain('derived, not reported');
    expect(frame.notes[1]).toBe('A call’s share of a day is our arithmetic on the first report’s prices: 50 ÷ 200 is a quarter.');
    expect(frame.notes.join(' ')).toContain('gives no price for any region');
  });

  it('tabulates every price once with its kind, the derived share, the crackdown and the statement on danger', () => {
    expect(frame.table.rows.map((row) => [row['what'], row['value'], row['kind']?.split(':')[0]])).toEqual([
      ['A day', '100 yuan', 'derived'],
      ['A day', '200 yuan', 'reported'],
      ['A call', '50 yuan', 'reported'],
      ['A morning', '130–150 yuan', 'reported'],
      ['Across regions', '50–200 yuan', 'reported'],
      ['A call, as a share of a day', 'a quarter', 'derived'],
      ['Crackdown on calls to China', 'Near-total block on calls to Chinese networks', 'context'],
      ['Price and danger', `“${content.quotes.get('rising-with-danger')!.text}”`, 'quotation'],
    ]);
  });

  it('downloads the prices in yuan and the derived share with its arithmetic', () => {
    const rows = riskEvidenceDownload(content);
    expect(rows.find((row) => row['entry_id'] === 'crackdown-per-morning')).toMatchObject({ low_cny: 130, high_cny: 150, kind: 'reported' });
    const share = content.figures.get('crackdown-call-share-of-day')!;
    expect(rows.at(-1)).toMatchObject({ entry_id: share.id, kind: 'derived', share_of_day: 0.25, derivation: share.derivation!.text, quote: share.quote });
    // Report years as the page writes them, saying they are inferred.
    expect(rows.map((row) => row['report_year'])).toEqual(expect.arrayContaining(['2019 (inferred)', '2020 (inferred)']));
    expect(rows.every((row) => String(row['report_year']).endsWith('(inferred)'))).toBe(true);
    expect(new Set(rows.map((row) => Object.keys(row).join()))).toHaveProperty('size', 1);
  });

  it('lists the derived share among its sources, so the call’s mark can cite it', () => {
    const ids = frame.sources.map(frameSourceEntryId);
    expect(ids).toContain('crackdown-call-share-of-day');
    expect(new Set(ids).size).toBe(ids.length);
  });
});
