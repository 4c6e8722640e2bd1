import { describe, expect, it } from 'vitest';
import type { Content } from '../../data/load';
import { ContentError, loadContent } from '../../data/load';
import { resolveRequirements } from '../../data/requirements';
import type { Figure } from '../../data/schema';
import { english } from '../../lib/locale';
import { attributeOf, markTags, withContentChanges } from '../../../tests/unit/chart-test-helpers';
import { prepareChart, renderChart } from '../build-time';
import { frameSourceEntryId } from '../frame';
import { chartIds } from '../definition';
import { pseudoLocale } from '../messages';
import { describeCall, panelTexts, periodWords, shareWords } from './chart';
import { prices, requires, riskEvidenceData } from './data';
import { definition } from './definition';
import { messages } from './messages';

const content = loadContent();
const shape = (contentToShape: Content) => riskEvidenceData(resolveRequirements(contentToShape, 'risk-evidence', requires));
const data = shape(content);
const t = messages.en;
const ids = chartIds('risk-evidence');

/** The drawings at every layout, as the page gets them. */
const drawings = (contentToDraw: Content = content) => renderChart(definition, contentToDraw).drawings[0]!.layouts;
const drawing = (layout: string, contentToDraw: Content = content) => drawings(contentToDraw).find((candidate) => candidate.layout === layout)!.svg;
const withFigures = (changes: Record<string, Partial<Figure>>) => withContentChanges(content, { figures: changes });
const withFigure = (id: string, change: Partial<Figure>) => withFigures({ [id]: change });
/** The words of an SVG's text, lines joined: headings and labels wrap, so compare words, not lines. */
const wordsOf = (svg: string) => [...svg.matchAll(/<(?:text|tspan)[^>]*>([^<]+)</g)].map(([, line]) => line).join(' ');

describe('riskEvidenceData(content)', () => {
  it('takes each panel’s prices from the figures, in yuan, ranges kept as ranges', () => {
    expect(prices(data).map((datum) => [datum.figure.id, datum.column, datum.low, datum.high, datum.isDerived])).toEqual([
      ['crackdown-day-rate-year-earlier', 'yearEarlier', 100, 100, true],
      ['crackdown-day-rate', 'reportYear', 200, 200, false],
      ['crackdown-per-call', 'call', 50, 50, false],
      ['crackdown-per-morning', 'morning', 130, 150, false],
      ['crackdown-day-rate', 'day', 200, 200, false],
      ['rentals-price-range', 'regions', 50, 200, false],
    ]);
  });

  it('takes a call’s share of a day from its derived figure, with the numbers it divides', () => {
    const { figure, ...share } = data.byLength.callShareOfDay;
    expect(figure).toBe(content.figures.get('crackdown-call-share-of-day'));
    expect(figure.kind).toBe('derived');
    expect(share).toEqual({ value: 0.25, dividend: 50, divisor: 200 });
    expect(shareWords(share, t, english)).toBe('a quarter');
  });

  it('follows the share’s figure, and refuses one that is not the call’s price over the day’s', () => {
    const third = shape(withFigure('crackdown-call-share-of-day', { value: 1 / 3 }));
    expect(shareWords(third.byLength.callShareOfDay, t, english)).toBe('a third');
    const otherFormula = withFigure('crackdown-call-share-of-day', {
      derivation: { text: 'A morning’s price over a day’s.', formula: '{crackdown-per-morning.low} / {crackdown-day-rate}' },
    });
    expect(() => shape(otherFormula)).toThrow(ContentError);
    expect(() => shape(otherFormula)).toThrow(/risk-evidence\/definition\.ts.*"crackdown-call-share-of-day".*\{crackdown-per-call\} \/ \{crackdown-day-rate\}/s);
  });

  it('fails naming the chart when a figure it needs is missing', () => {
    const figures = new Map(content.figures);
    figures.delete('crackdown-day-rate-year-earlier');
    expect(() => shape({ ...content, figures })).toThrow(ContentError);
    expect(() => shape({ ...content, figures })).toThrow(/risk-evidence.*"crackdown-day-rate-year-earlier"/);
  });
});

describe('shareWords(share, t, locale)', () => {
  it('names unit fractions and writes anything else as a percentage', () => {
    expect([0.5, 0.25, 0.1].map((value) => shareWords({ value }, t, english))).toEqual(['a half', 'a quarter', 'a tenth']);
    expect(shareWords({ value: 0.3 }, t, english)).toBe('30%');
    expect(shareWords({ value: 2 / 3 }, t, english)).toBe('66.7%');
  });
});

describe('periodWords(period, locale)', () => {
  it('writes a context fact’s period at the precision it is given in, in the locale’s words', () => {
    expect(periodWords('2018', english)).toBe('2018');
    expect(periodWords('2020-03', english)).toBe('March 2020');
    expect(periodWords('2020-01-31', english)).toBe('31 January 2020');
    expect(periodWords('2020-01/2020-02', english)).toBe('January 2020–February 2020');
    expect(periodWords('2020-03', pseudoLocale)).not.toContain('March');
  });
});

describe('riskEvidenceChart(data, target)', () => {
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

  it('draws at every layout', () => {
    expect(drawings().map(({ layout }) => layout)).toEqual(['narrow', 'medium', 'wide']);
  });

  for (const { layout, svg } of drawings()) {
    it(`makes every mark focusable, named and described by its source entry, in reading order, 24px at least (${layout})`, () => {
      const marks = markTags(svg);
      expect(marks.map((tag) => attributeOf(tag, 'data-figure'))).toEqual(expectedOrder);
      for (const mark of marks) {
        expect(attributeOf(mark, 'tabindex')).toBe('0');
        expect(attributeOf(mark, 'role')).toBe('img');
        expect(attributeOf(mark, 'aria-label')?.length).toBeGreaterThan(15);
        expect(attributeOf(mark, 'data-source')).toBe(ids.source(attributeOf(mark, 'data-figure')!));
        expect(Number(attributeOf(mark, 'width'))).toBeGreaterThanOrEqual(24);
        expect(Number(attributeOf(mark, 'height'))).toBeGreaterThanOrEqual(24);
      }
    });

    it(`draws panels as groups of one SVG, not nested drawings (${layout})`, () => {
      expect(svg.match(/<svg/g)).toHaveLength(1);
    });
  }

  it('puts the first two panels side by side only when wide, their columns on one baseline', () => {
    const baselines = (svg: string) => [...svg.matchAll(/<g[^>]*data-plot="rule"[^>]*>\s*<line[^>]*y1="([\d.]+)"/g)].map(([, y]) => Number(y));
    const panelOrigins = (svg: string) =>
      [...svg.matchAll(/<g[^>]*data-layer="panel"[^>]*>/g)].map(([tag]) => /translate\(([\d.]+),([\d.]+)\)/.exec(tag)!.slice(1).map(Number));
    const [first, second] = panelOrigins(drawing('wide'));
    expect(second![0]).toBeGreaterThan(0);
    expect(second![1]).toBe(first![1]);
    expect(new Set(baselines(drawing('wide')).slice(0, 2)).size).toBe(1);
    for (const layout of ['narrow', 'medium']) expect(panelOrigins(drawing(layout)).every(([x]) => x === 0)).toBe(true);
  });

  it('marks the derived day rate as derived: hollow and dashed, and so named', () => {
    const svg = drawing('narrow');
    const earlier = markTags(svg).find((tag) => attributeOf(tag, 'data-figure') === 'crackdown-day-rate-year-earlier')!;
    expect(attributeOf(earlier, 'aria-label')).toBe('A day, a year before 2019 (inferred): 100 yuan, derived');
    const dashedBars = [...svg.matchAll(/<g[^>]*stroke-dasharray="4,3"[^>]*>([\s\S]*?)<\/g>/g)];
    expect(dashedBars).toHaveLength(1);
    expect(dashedBars[0]![0]).toContain('fill="var(--color-paper)"');
    expect(svg).toMatch(/<tspan[^>]*>derived<\/tspan>/);
  });

  it('says the call’s share of a day is derived, and shows how', () => {
    expect(describeCall(data, t, english)).toBe('A call, 2019 (inferred): 50 yuan, a quarter of a day (derived: 50 ÷ 200)');
    expect(panelTexts(data, t, english)[1]).toEqual({
      title: 'A call cost a quarter of a day',
      subtitle: 'The first report, 2019 (inferred); the share is derived: 50 ÷ 200 yuan',
    });
  });

  it('types no price: different figures in the content draw different labels and a different share', () => {
    // As an editor would change it: the call's price and the share derived from it, together.
    const cheaperCall = wordsOf(drawing('wide', withFigures({ 'crackdown-per-call': { value: 40 }, 'crackdown-call-share-of-day': { value: 0.2 } })));
    expect(cheaperCall).toMatch(/40 yuan/);
    expect(cheaperCall).not.toMatch(/\b50 yuan/);
    expect(cheaperCall).toContain('A call cost a fifth of a day');
    expect(cheaperCall).toContain('derived: 40 ÷ 200 yuan');
    expect(wordsOf(drawing('narrow', withFigure('rentals-price-range', { low: 60, high: 180 })))).toContain('60–180 yuan, varying by region');
    expect(wordsOf(drawing('narrow', withFigure('crackdown-day-rate-growth', { value: 3 })))).toContain('A day cost three times as much as a year earlier');
  });

  it('names the crackdown band by its fact, its year and who reported it', () => {
    const band = markTags(drawing('medium')).find((tag) => attributeOf(tag, 'data-figure') === 'calls-to-china-blocked')!;
    expect(attributeOf(band, 'aria-label')).toBe('Crackdown, 2018: Near-total block on calls to Chinese networks (Radio Free Asia)');
  });
});

describe('the risk-evidence frame, key and downloads', () => {
  const { frame, data: shaped, context } = prepareChart(definition, content);
  const download = () => definition.download(shaped as typeof data, context as { t: typeof t; locale: typeof english });

  it('belongs to the rentals story and builds its words from the figures', () => {
    expect(frame.story).toBe('rentals');
    // The title claims no cause: the notes say the first report does not tie the rise to the crackdown.
    expect(frame.title).toBe('What the reports say about danger and price');
    expect(frame.takeaway).toBe(
      'The second report says prices of 50–200 yuan rise with danger. In the first, amid a crackdown, a day cost twice the year-earlier price.',
    );
    expect(frame.notes[0]).toContain('derived, not reported');
    expect(frame.notes[1]).toBe('A call’s share of a day is our arithmetic on the first report’s prices: 50 ÷ 200 is a quarter.');
    expect(frame.notes[2]).toContain('Radio Free Asia, 20 September 2018');
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

  it('keys each report’s colour, the hollow derived column and the pale top of a range', () => {
    const legend = renderChart(definition, content).legend;
    expect(legend.map((item) => item.label)).toEqual([
      'The first report, Daily NK, 2019 (inferred)',
      'The second report, Daily NK, 2020 (inferred)',
      'Hollow, dashed: derived from a report, not stated in it',
      'Pale top: the span of a range',
    ]);
    expect(legend[2]!.swatch).toMatchObject({ fill: 'var(--color-paper)', strokeDasharray: '4,3' });
  });

  it('downloads the prices in yuan and the derived share with its arithmetic', () => {
    const rows = download();
    expect(rows.find((row) => row['entry_id'] === 'crackdown-per-morning')).toMatchObject({ what: 'A morning', low_cny: 130, high_cny: 150, kind: 'reported' });
    const share = content.figures.get('crackdown-call-share-of-day')!;
    expect(rows.at(-1)).toMatchObject({ entry_id: share.id, what: 'A call, as a share of a day', kind: 'derived', share_of_day: 0.25, derivation: share.derivation!.text, quote: share.quote });
    // Report years as the page writes them, saying they are inferred.
    expect(rows.map((row) => row['report_year'])).toEqual(expect.arrayContaining(['2019 (inferred)', '2020 (inferred)']));
    expect(rows.every((row) => String(row['report_year']).endsWith('(inferred)'))).toBe(true);
    expect(new Set(rows.map((row) => Object.keys(row).join()))).toHaveProperty('size', 1);
  });

  it('lists the derived share among its sources, so the call’s mark can cite it', () => {
    const entryIds = frame.sources.map(frameSourceEntryId);
    expect(entryIds).toContain('crackdown-call-share-of-day');
    expect(new Set(entryIds).size).toBe(entryIds.length);
  });
});
