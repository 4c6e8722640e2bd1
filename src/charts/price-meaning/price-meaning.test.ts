import { describe, expect, it } from 'vitest';
import { ContentError, loadContent, type Content } from '../../data/load';
import { resolveRequirements } from '../../data/requirements';
import { english } from '../../lib/locale';
import { attributeOf, markTags, withContentChanges, type ContentChanges } from '../../../tests/unit/chart-test-helpers';
import { prepareChart, renderChart } from '../build-time';
import { chartIds } from '../definition';
import { frameSourceEntryId } from '../frame';
import { byPanel, meaningData, requires, type MeaningDatum } from './data';
import { definition } from './definition';
import { priceMeaningDownload, priceMeaningFrame } from './frame';
import { messages } from './messages';
import { basisLine } from './chart';
import { bigNumber, describeDatum, headline, howLine, inputAmount, inputWhen } from './phrases';

const content = loadContent();
const shape = (source: Content = content) => meaningData(resolveRequirements(source, 'price-meaning', requires));
const data = shape();
const context = { t: messages.en, locale: english };
const ids = chartIds('price-meaning');
const withChanges = (changes: ContentChanges) => withContentChanges(content, changes);

/** The drawings of the chart in English, by layout. */
function drawings(source: Content = content): Record<string, string> {
  const { layouts } = renderChart(definition, source).drawings[0]!;
  return Object.fromEntries(layouts.map(({ layout, svg }) => [layout, svg]));
}

/** The big numbers as drawn, in panel order. */
const bigNumbersIn = (svg: string) => [...svg.matchAll(/<text[^>]*data-role="result"[^>]*>([^<]*)<\/text>/g)].map(([, text]) => text);
/** Every line of text in a cell, in order. */
function cellText(svg: string, panel: string): string[] {
  const group = new RegExp(`<g data-panel="${panel}">([\\s\\S]*?)</g>`).exec(svg)![1]!;
  return [...group.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map(([, text]) => text!);
}

describe('meaningData(content)', () => {
  it('gives one derived result per panel, in reading order, with ranges kept as ranges', () => {
    expect(data.map((datum) => [datum.panel, datum.fact.id, datum.low, datum.high, datum.isRange, datum.fact.kind])).toEqual([
      ['rice', 'rice-for-day-rate', 43, 43, false, 'derived'],
      ['earnings', 'earnings-share-for-day-rate', 28, 28, false, 'derived'],
      ['pay', 'pay-months-for-day-rate', 9, 28, true, 'derived'],
      ['handset', 'rental-days-for-handset', 17.5, 17.5, false, 'derived'],
    ]);
  });

  it('finds every input through the checked formula, inputs of derived inputs included, each with its date', () => {
    const inputs = (datum: MeaningDatum) => datum.inputs.map((input) => [input.id, input.end, inputAmount(input, context), inputWhen(input, context)]);
    expect(inputs(byPanel(data, 'rice'))).toEqual([
      ['crackdown-day-rate', undefined, '200 yuan', '2019 (inferred)'],
      ['rice-price-yuan', undefined, 'about 4.6 yuan a kilogram', '13 August 2019'],
      ['rice-price-won', undefined, '5,520 North Korean won a kilogram', '13 August 2019'],
      ['market-won-per-yuan-2019-08-13', undefined, '1,200 North Korean won per yuan', '13 August 2019'],
    ]);
    // Used at both ends of the range formula, the pay is an input as a whole range; the rate's
    // own inputs (the second report's range in yuan and in dollars) follow it, whole.
    expect(inputs(byPanel(data, 'pay'))).toEqual([
      ['crackdown-day-rate', undefined, '200 yuan', '2019 (inferred)'],
      ['dollars-per-yuan', undefined, 'about 0.14 dollars per yuan', '2020 (inferred)'],
      ['rentals-price-range-dollars', undefined, 'US$7–28', '2020 (inferred)'],
      ['rentals-price-range', undefined, '50–200 yuan', '2020 (inferred)'],
      ['official-monthly-pay-usd', undefined, 'about US$1–3 a month', 'February 2022'],
    ]);
    // The share values the first report's day rate, converted at the second report's rate.
    expect(inputs(byPanel(data, 'earnings'))).toEqual([
      ['crackdown-day-rate', undefined, '200 yuan', '2019 (inferred)'],
      ['dollars-per-yuan', undefined, 'about 0.14 dollars per yuan', '2020 (inferred)'],
      ['rentals-price-range-dollars', undefined, 'US$7–28', '2020 (inferred)'],
      ['rentals-price-range', undefined, '50–200 yuan', '2020 (inferred)'],
      ['average-monthly-earnings', undefined, 'about US$100 a month', 'September 2019'],
    ]);
  });

  it('requires exactly the numbers the formulas refer to', () => {
    const used = new Set(data.flatMap((datum) => [datum.fact.id, ...datum.inputs.map((input) => input.id), ...(datum.whole ? [datum.whole.id] : [])]));
    expect([...requires.figures, ...requires.contextNumbers].sort()).toEqual([...used].sort());
  });

  it('values the first report’s day rate in every panel, so every panel is coloured as that report’s', () => {
    for (const datum of data) {
      expect([datum.panel, datum.sum.id, datum.report.id]).toEqual([datum.panel, 'crackdown-day-rate', 'daily-nk-crackdown']);
      // No panel takes one end of the second report's regional range as if it were a day's price.
      expect(datum.inputs.filter((input) => input.end !== undefined)).toEqual([]);
    }
  });

  it('writes the arithmetic with its inputs, where they come from and when', () => {
    expect(data.map((datum) => howLine(datum, context))).toEqual([
      'Derived: 200 yuan (first report) ÷ about 4.6 yuan a kilogram (Asia Press, 13 August 2019)',
      'Derived: 200 yuan (first report) × about 0.14 dollars per yuan (second report) ÷ about US$100 a month (Reuters, September 2019)',
      'Derived: 200 yuan (first report) × about 0.14 dollars per yuan (second report) ÷ about US$1–3 a month (NK News, February 2022)',
      'Derived: 3,500 yuan (Daily NK, July 2020) ÷ 200 yuan (first report)',
    ]);
  });

  it('fails naming the chart when a fact is missing, when a formula names a number it does not require, and when the panels would value different sums', () => {
    const context = new Map(content.context);
    context.delete('rice-for-day-rate');
    expect(() => shape({ ...content, context })).toThrow(ContentError);
    expect(() => shape({ ...content, context })).toThrow(/chart "price-meaning".*"rice-for-day-rate"/);
    // The sum each panel values is the report price in yuan its formula names.
    const earnings = content.context.get('earnings-share-for-day-rate')!;
    const withFormula = (formula: string) =>
      withChanges({ context: { 'earnings-share-for-day-rate': { derivation: { ...earnings.derivation!, formula } } } });
    expect(() => shape(withFormula('{crackdown-per-morning.high} * {dollars-per-yuan} / {average-monthly-earnings} * 100'))).toThrow(
      /chart "price-meaning".*"earnings-share-for-day-rate" refers to "crackdown-per-morning", which its requires/,
    );
    expect(() => shape(withFormula('{rentals-price-range.low} * {dollars-per-yuan} / {average-monthly-earnings} * 100'))).toThrow(
      /"earnings" panel values rentals-price-range\.low \(50 CNY\), not crackdown-day-rate \(200 CNY\)/,
    );
    expect(() => shape(withFormula('{rentals-price-range-dollars.high} / {average-monthly-earnings} * 100'))).toThrow(
      /chart "price-meaning".*"earnings-share-for-day-rate" must name exactly one report price in yuan/,
    );
  });
});

describe('priceMeaningChart(data, target)', () => {
  const drawn = drawings();

  it('draws every layout: two columns of numbers on a phone, four across from the wide layout', () => {
    expect(Object.keys(drawn)).toEqual(['narrow', 'medium', 'wide']);
    const xs = (svg: string) => new Set([...svg.matchAll(/<text[^>]*data-role="result"[^>]*>/g)].map(([tag]) => attributeOf(tag, 'x'))).size;
    expect(xs(drawn['narrow']!)).toBe(2);
    expect(xs(drawn['wide']!)).toBe(4);
  });

  it('writes each result as a big number, the hedge as a sign exactly as its fact says, a range as a range', () => {
    for (const svg of Object.values(drawn)) expect(bigNumbersIn(svg)).toEqual(['≈43', '≈28%', '≈9–28', '17.5']);
    for (const datum of data) {
      expect(bigNumber(datum, context).startsWith('≈')).toBe(datum.fact.amount.approximate);
      expect(describeDatum(datum, context).includes('about')).toBe(datum.fact.amount.approximate);
      expect(describeDatum(datum, context).endsWith(', derived')).toBe(true);
    }
  });

  it('says under each number what it counts and what it was measured against, from the content', () => {
    const svg = drawn['wide']!;
    expect(cellText(svg, 'rice').join(' ')).toBe('≈43 kilograms of rice at about 4.6 yuan a kilogram');
    expect(cellText(svg, 'earnings').join(' ')).toContain('of about US$100 a month');
    // The pay's arithmetic divides by each end of the range; the cell names the range whole.
    expect(cellText(svg, 'pay').join(' ')).toContain('at about US$1–3 a month');
    expect(cellText(svg, 'handset').join(' ')).toContain('priced at 3,500 yuan');
    expect(basisLine(byPanel(data, 'rice'), context)).toBe('at about 4.6 yuan a kilogram');
  });

  it('says under the grid that the numbers are our arithmetic on the day rate and the figures under them, pointing to nothing a picture or a printout lacks', () => {
    for (const [layout, svg] of Object.entries(drawn)) {
      const words = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map(([, text]) => text).join(' ');
      // The dollar results convert at the second report's rate, which the footnote must give: nothing else in a picture does.
      expect(words, layout).toContain('Our arithmetic, not the reports’: each number compares the 200 yuan with the figure under it, converted at about 0.14 dollars per yuan (the second report’s rate) where that figure is in dollars.');
      expect(words, layout).not.toMatch(/tooltip|data table|hover/i);
    }
  });

  it('makes each result one focusable mark of 24px or more, in panel order, described by its entry in the frame’s sources', () => {
    const { frame } = prepareChart(definition, content);
    const entries = new Set(frame.sources.map((entry) => ids.source(frameSourceEntryId(entry))));
    for (const svg of Object.values(drawn)) {
      const marks = markTags(svg);
      expect(marks.map((mark) => attributeOf(mark, 'data-figure'))).toEqual(data.map((datum) => datum.fact.id));
      for (const [index, mark] of marks.entries()) {
        expect(attributeOf(mark, 'tabindex')).toBe('0');
        expect(attributeOf(mark, 'data-source')).toBe(ids.source(data[index]!.fact.id));
        expect(entries).toContain(attributeOf(mark, 'data-source'));
        expect(Number(attributeOf(mark, 'height'))).toBeGreaterThanOrEqual(24);
        expect(Number(attributeOf(mark, 'width'))).toBeGreaterThanOrEqual(24);
      }
    }
    expect(attributeOf(markTags(drawn['narrow']!)[2]!, 'aria-label')).toBe('A day’s rental: about 9–28 months of official pay, derived');
  });

  it('gives every number’s arithmetic on demand: the tooltip of its source entry carries the derivation', () => {
    const { frame } = prepareChart(definition, content);
    for (const datum of data) {
      const entry = frame.sources.find((source) => frameSourceEntryId(source) === datum.fact.id);
      expect(entry && 'fact' in entry && entry.fact.derivation?.text).toBe(datum.derivation.text);
    }
    expect(frame.table.rows.map((row) => row['arithmetic'])).toEqual(data.map((datum) => datum.derivation.text));
  });
});

describe('labels follow the content', () => {
  it('rewrites the numbers, takeaway and marks when a result or its hedge changes', () => {
    const changed = withChanges({
      context: { 'rice-for-day-rate': { value: 50, approximate: false }, 'rental-days-for-handset': { approximate: true } },
    });
    const changedData = shape(changed);
    const svg = drawings(changed)['narrow']!;
    expect(headline(byPanel(changedData, 'rice'), context)).toBe('A day’s rental = 50 kg of rice');
    expect(bigNumbersIn(svg)).toEqual(['50', '≈28%', '≈9–28', '≈17.5']);
    expect(attributeOf(markTags(svg)[0]!, 'aria-label')).toBe('A day’s rental: 50 kg of rice, derived');
    const frame = priceMeaningFrame(changedData, context);
    expect(frame.takeaway).toContain('cost as much as 50 kg of rice');
    expect(frame.table.rows[3]?.['result']).toBe('about 17.5 days');
  });

  it('draws a pay range of other bounds as those bounds', () => {
    const changed = withChanges({ context: { 'pay-months-for-day-rate': { low: 12, high: 36 } } });
    expect(bigNumbersIn(drawings(changed)['wide']!)[2]).toBe('≈12–36');
    expect(attributeOf(markTags(drawings(changed)['wide']!)[2]!, 'aria-label')).toContain('about 12–36 months');
  });
});

describe('the frame and the downloads', () => {
  const frame = priceMeaningFrame(data, context);

  it('take every number in their words from the content', () => {
    expect(frame.takeaway).toBe(
      'A day’s rental, 200 yuan, cost as much as about 43 kg of rice, or about 28% of a month’s average earnings.',
    );
    expect(frame.table.rows.map((row) => [row['equivalence'], row['result'], row['kind']])).toEqual([
      ['Rice', 'about 43 kg', 'derived'],
      ['Share of average earnings', 'about 28%', 'derived'],
      ['Months of official pay', 'about 9–28 months', 'derived'],
      ['Days of renting for a handset', '17.5 days', 'derived'],
    ]);
  });

  it('list every result and every number it rests on, the report figures with their quotes', () => {
    const entryIds = frame.sources.map(frameSourceEntryId);
    for (const datum of data) {
      expect(entryIds).toContain(datum.fact.id);
      for (const input of datum.inputs) expect(entryIds).toContain(input.id);
    }
    expect(new Set(entryIds).size).toBe(entryIds.length);
    const dayRate = frame.sources.find((entry) => frameSourceEntryId(entry) === 'crackdown-day-rate');
    expect(dayRate && 'figure' in dayRate && dayRate.figure.quote).toContain('200 yuan');
  });

  it('show that the inputs come from different dates, in the notes and the table', () => {
    const notes = frame.notes.join(' ');
    for (const date of ['2019', '2020', '13 August 2019', 'September 2019', 'July 2020', 'February 2022']) {
      expect(notes).toContain(date);
    }
    // A report's year is hedged wherever the notes show it, but in the note that itself says both are inferred.
    for (const note of frame.notes.filter((candidate) => !candidate.includes('both years are inferred'))) {
      expect(note.match(/(first|second) report, 20\d\d(?! \(inferred\))/), note).toBeNull();
    }
    expect(notes).toContain('the first report, 2019 (inferred); the second report, 2020 (inferred)');
    expect(notes).toContain('Neither report states its year; both years are inferred.');
    const pay = frame.table.rows.find((row) => row['equivalence'] === 'Months of official pay')!;
    expect(pay['inputs']).toContain('2019 (inferred)');
    expect(pay['inputs']).toContain('February 2022');
    expect(pay['arithmetic']).toContain('February 2022');
  });

  it('say that the dollars come from the second report’s rate, not from its range, which has no rental period', () => {
    expect(frame.notes[1]).toBe(
      'The 200 yuan is the first report’s price for a whole day, 2019. Where a result needs dollars, it is converted at about 0.14 dollars per yuan, ' +
        'the rate implied by the second report’s own conversion of its prices, 2020. The second report does not say for how long a phone is rented ' +
        'at its prices, so only its rate is used. Neither report states its year; both years are inferred.',
    );
    expect(frame.table.rows[1]?.['inputs']).toContain('US dollars to one yuan');
  });

  it('fail naming the chart, not write a blank, when a number their words need is missing', () => {
    const withoutWhole = data.map((datum) => (datum.panel === 'earnings' ? { ...datum, whole: undefined } : datum));
    expect(() => priceMeaningFrame(withoutWhole, context)).toThrow(/chart "price-meaning".*average earnings/);
    const withoutRate = data.map((datum) => (datum.panel === 'earnings' ? { ...datum, inputs: datum.inputs.filter((input) => input.id !== 'dollars-per-yuan') } : datum));
    expect(() => priceMeaningFrame(withoutRate, context)).toThrow(/chart "price-meaning".*exchange rate/);
  });

  it('need no key: the colour is the one report’s, which the numbers’ words name', () => {
    expect(definition.legend).toBeUndefined();
  });

  it('download numbers as numbers, with low and high for the range', () => {
    const rows = priceMeaningDownload(data, context);
    expect(rows.map((row) => [row['fact_id'], row['result_low'], row['result_high'], row['approximate'], row['kind']])).toEqual([
      ['rice-for-day-rate', 43, 43, true, 'derived'],
      ['earnings-share-for-day-rate', 28, 28, true, 'derived'],
      ['pay-months-for-day-rate', 9, 28, true, 'derived'],
      ['rental-days-for-handset', 17.5, 17.5, false, 'derived'],
    ]);
    expect(rows[2]?.['inputs']).toContain('official-monthly-pay-usd: 1–3 USD per month [February 2022; reported]');
    expect(rows[0]?.['inputs']).toContain('market-won-per-yuan-2019-08-13: 1200 KPW per CNY [13 August 2019; reported]');
    expect(rows[1]?.['formula']).toBe('{crackdown-day-rate} * {dollars-per-yuan} / {average-monthly-earnings} * 100');
    expect(new Set(rows.map((row) => Object.keys(row).join()))).toHaveProperty('size', 1);
  });
});
