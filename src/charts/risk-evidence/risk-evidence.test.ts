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
import { periodWords } from './chart';
import { allEvidence, requires, riskEvidenceData } from './data';
import { definition } from './definition';
import { riskEvidenceDownload } from './frame';
import { messages } from './messages';

const content = loadContent();
const shape = (contentToShape: Content) => riskEvidenceData(resolveRequirements(contentToShape, 'risk-evidence', requires));
const data = shape(content);
const t = messages.en;
const context = { t, locale: english };
const ids = chartIds('risk-evidence');

/** The drawings at every layout, as a story page gets them (with the breakout). */
const drawings = (contentToDraw: Content = content) => renderChart(definition, contentToDraw, english, { breakout: true }).drawings[0]!.layouts;
const drawing = (layout: string, contentToDraw: Content = content) => drawings(contentToDraw).find((candidate) => candidate.name === layout)!.svg;
/** The words of an SVG's text, lines joined: the timeline wraps, so compare words, not lines. */
const wordsOf = (svg: string) => [...svg.matchAll(/<text[^>]*>([^<]+)</g)].map(([, line]) => line).join(' ');

describe('riskEvidenceData(content)', () => {
  it('groups the evidence by report, oldest report first, after the cited crackdown', () => {
    expect(data.crackdown.fact.id).toBe('calls-to-china-blocked');
    expect(data.reports.map((report) => [report.source.id, report.evidence.map((evidence) => evidence.id)])).toEqual([
      ['daily-nk-crackdown', ['crackdown-day-rate-growth', 'dangerous-but-lucrative']],
      ['daily-nk-rentals', ['rising-with-danger', 'lenders-pay-bribes']],
    ]);
  });

  it('fails naming the chart when an entry it needs is missing', () => {
    const quotes = new Map(content.quotes);
    quotes.delete('rising-with-danger');
    expect(() => renderChart(definition, { ...content, quotes })).toThrow(ContentError);
    expect(() => renderChart(definition, { ...content, quotes })).toThrow(/risk-evidence.*"rising-with-danger"/);
  });
});

describe('riskEvidenceChart(data, target)', () => {
  it('charts no price and draws no scale of danger: the price chart has the prices, and the reports give no scale', () => {
    for (const { svg } of drawings()) {
      const words = wordsOf(svg);
      expect(words).not.toMatch(/\d+\s*yuan|yuan\s*\d/);
      expect(words).not.toMatch(/less danger|more danger(?!ous)/);
      expect(svg).not.toContain('<path');
      expect(svg).not.toContain('marker');
    }
  });

  it('keeps report B’s two statements apart, and says report A ties the rise to no cause', () => {
    const words = wordsOf(drawing('wide'));
    expect(words).not.toMatch(/across regions, the price rises with the danger/i);
    expect(words).toContain('Prices are higher where renting is more dangerous.');
    expect(words).toContain('Separately, it says costs vary by region.');
    expect(words).toContain('it does not say which raised the price.');
    expect(words).not.toMatch(/as (a|the) crackdown .* went on/);
  });

  it('places the crackdown’s words right beside its band, joined by a leader, on the year of the fact', () => {
    for (const { svg } of drawings()) {
      const band = /<rect[^>]*fill="var\(--color-wash\)"[^>]*>/.exec(svg)![0];
      const leader = /<line[^>]*>/g;
      const lines = [...svg.matchAll(leader)].map(([tag]) => tag);
      const bandRight = Number(attributeOf(band, 'x')) + Number(attributeOf(band, 'width'));
      const bandTop = Number(attributeOf(band, 'y'));
      const bandBottom = bandTop + Number(attributeOf(band, 'height'));
      const leaderLine = lines.find((tag) => Number(attributeOf(tag, 'x1')) === bandRight)!;
      expect(leaderLine).toBeDefined();
      const leaderY = Number(attributeOf(leaderLine, 'y1'));
      expect(leaderY).toBeGreaterThan(bandTop);
      expect(leaderY).toBeLessThan(bandBottom);
      // The words start where the leader ends, on the leader's line.
      const first = [...svg.matchAll(/<text[^>]*>Crackdown[^<]*</g)][0]![0];
      expect(Number(attributeOf(first, 'x')) - Number(attributeOf(leaderLine, 'x2'))).toBeLessThanOrEqual(6);
      expect(Math.abs(Number(attributeOf(first, 'y')) - leaderY)).toBeLessThan(8);
    }
    expect(wordsOf(drawing('wide'))).toContain(periodWords(data.crackdown.fact.period, english));
  });

  it('gives a phone’s words the width: the years stand over their words there, in a gutter from the wide layout', () => {
    const textsAt = (svg: string, words: string) => [...svg.matchAll(/<text[^>]*>([^<]+)</g)].filter(([, line]) => line === words).map(([tag]) => Number(attributeOf(tag, 'x')));
    const firstLineX = (svg: string) => textsAt(svg, 'The first report (Daily NK)')[0];
    for (const layout of ['narrow', 'medium']) {
      const svg = drawing(layout);
      expect(textsAt(svg, '2019 (inferred)')).toEqual([firstLineX(svg)]);
      expect(firstLineX(svg)).toBeLessThan(30);
    }
    for (const layout of ['wide', 'breakout']) {
      const svg = drawing(layout);
      expect(textsAt(svg, '2019 (inferred)')).toEqual([0]);
      expect(firstLineX(svg)).toBeGreaterThan(40);
    }
  });

  it('sets a report’s pieces of evidence side by side in the breakout, so its lines fill the width, one under another below it', () => {
    const starts = (svg: string, words: RegExp) => [...svg.matchAll(/<text[^>]*>([^<]+)</g)].filter(([, line]) => words.test(line!)).map(([tag]) => ({ x: Number(attributeOf(tag, 'x')), y: Number(attributeOf(tag, 'y')) }))[0]!;
    const first = /^A day’s rental cost/;
    const second = /^A source: lending/;
    const breakout = drawing('breakout');
    expect(starts(breakout, second).x).toBeGreaterThan(400);
    expect(starts(breakout, second).y).toBe(starts(breakout, first).y);
    for (const layout of ['narrow', 'medium', 'wide']) {
      const svg = drawing(layout);
      expect(starts(svg, second).x).toBe(starts(svg, first).x);
      expect(starts(svg, second).y).toBeGreaterThan(starts(svg, first).y);
    }
  });

  it('says a report’s year is inferred wherever the drawing shows it; the crackdown’s year, cited, stands plain', () => {
    for (const { svg, layout } of drawings()) {
      const years = [...svg.matchAll(/<text[^>]*font-weight="700"[^>]*>(20\d\d[^<]*)</g)].map(([, year]) => year);
      expect(years, layout).toEqual(['2018', '2019 (inferred)', '2020 (inferred)']);
    }
    const { frame } = prepareChart(definition, content);
    expect(frame.notes.filter((note) => note.includes('inferred'))).toHaveLength(1);
  });

  it('makes the crackdown and each piece of evidence one focusable mark of 24 px or more, in reading order, described by its source', () => {
    const { frame } = prepareChart(definition, content);
    const entries = new Set(frame.sources.map((entry) => ids.source(frameSourceEntryId(entry))));
    for (const { svg } of drawings()) {
      const marks = markTags(svg);
      expect(marks.map((mark) => attributeOf(mark, 'data-figure'))).toEqual([
        'calls-to-china-blocked',
        'crackdown-day-rate-growth',
        'dangerous-but-lucrative',
        'rising-with-danger',
        'lenders-pay-bribes',
      ]);
      for (const mark of marks) {
        expect(attributeOf(mark, 'tabindex')).toBe('0');
        expect(attributeOf(mark, 'role')).toBe('img');
        expect(attributeOf(mark, 'aria-label')?.length).toBeGreaterThan(15);
        expect(entries).toContain(attributeOf(mark, 'data-source'));
        expect(Number(attributeOf(mark, 'height'))).toBeGreaterThanOrEqual(24);
      }
      expect(attributeOf(marks[1]!, 'aria-label')).toBe('The first report, 2019 (inferred): A day’s rental cost twice as much as a year earlier.');
    }
  });

  it('takes the growth from its figure: a different multiple in the content draws different words', () => {
    const changed = withContentChanges(content, { figures: { 'crackdown-day-rate-growth': { value: 3 } as Partial<Figure> } });
    expect(wordsOf(drawing('wide', changed))).not.toContain('twice as much');
  });
});

describe('the risk-evidence frame and downloads', () => {
  const { frame } = prepareChart(definition, content);

  it('has a takeaway that ties no price rise to the crackdown, in 25 words or fewer', () => {
    expect(frame.takeaway).not.toMatch(/as a crackdown/);
    expect(frame.takeaway.split(/\s+/).length).toBeLessThanOrEqual(25);
  });

  it('has one table row for the crackdown and one per piece of evidence, with the verbatim words it rests on', () => {
    expect(frame.table.rows.map((row) => [row['kind'], row['when']])).toEqual([
      ['context', '2018'],
      ['reported', '2019 (inferred)'],
      ['quotation', '2019 (inferred)'],
      ['quotation', '2020 (inferred)'],
      ['quotation', '2020 (inferred)'],
    ]);
    expect(frame.table.rows[3]?.['words']).toBe(`“${content.quotes.get('rising-with-danger')!.text}”`);
    expect(frame.sources.map(frameSourceEntryId)).toEqual(['calls-to-china-blocked', ...allEvidence(data).map((evidence) => evidence.id)]);
  });

  it('needs no key: the timeline names each report in words', () => {
    expect(definition.legend).toBeUndefined();
  });

  it('downloads one row per entry, years saying they are inferred', () => {
    const rows = riskEvidenceDownload(data, context);
    expect(rows.map((row) => row['entry_id'])).toEqual(['calls-to-china-blocked', ...allEvidence(data).map((evidence) => evidence.id)]);
    expect(rows[1]).toMatchObject({ when: '2019 (inferred)', kind: 'reported', quote: content.figures.get('crackdown-day-rate-growth')!.quote, quote_speaker: 'Daily NK', quote_dated: true });
    expect(rows.find((row) => row['entry_id'] === 'dangerous-but-lucrative')).toMatchObject({ quote: 'very dangerous', quote_speaker: 'a source the report calls additional', quote_dated: false });
    expect(rows[3]).toMatchObject({ when: '2020 (inferred)', kind: 'quotation' });
  });
});
