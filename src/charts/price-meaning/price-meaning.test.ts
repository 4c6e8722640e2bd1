import { describe, expect, it } from 'vitest';
import { ContentError, loadContent } from '../../data/load';
import { withContentChanges, type ContentChanges } from '../../../tests/unit/chart-test-helpers';
import { normalizeSvg } from '../../../tests/unit/svg-snapshot';
import { frameSourceEntryId, frameSourceId } from '../frame';
import { finishSvg } from '../svg';
import { serverDocument } from '../build-time';
import { describeDatum, priceMeaningChart } from './chart';
import { layoutWidths as widths } from '../layouts';
import { wrapText } from '../text';
import { byPanel, meaningData, type MeaningDatum } from './data';
import { priceMeaningDownload, priceMeaningFrame, slug } from './frame-content';

const content = loadContent();
const data = meaningData(content);
const sourceElementId = (factId: string) => frameSourceId(slug, factId);

function render(width: number, chartData: MeaningDatum[] = data): string {
  const svg = priceMeaningChart(chartData, { width, document: serverDocument(), sourceElementId });
  return finishSvg(svg, { labelledBy: 'title', describedBy: 'description' });
}

const withChanges = (changes: ContentChanges) => withContentChanges(content, changes);

/** The focusable marks of a drawing, as attribute maps. */
function focusableMarks(svg: string): Record<string, string>[] {
  return [...svg.matchAll(/<rect[^>]*class="chart-mark"[^>]*>/g)].map(([tag]) =>
    Object.fromEntries([...tag.matchAll(/([a-z-]+)="([^"]*)"/g)].map(([, name, value]) => [name!, value!])),
  );
}

/** The text of one panel's headline (its first <text>, whatever the wrapping). */
function headlineIn(svg: string, panel: string): string {
  const start = svg.indexOf(`data-panel="${panel}"`);
  const text = /<text[^>]*>(.*?)<\/text>/s.exec(svg.slice(start))![1]!;
  return [...text.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map(([, line]) => line).join(' ');
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
    expect(byPanel(data, 'rice').inputs.map((input) => [input.id, input.text, input.when])).toEqual([
      ['crackdown-day-rate', '200 yuan', '2019 (inferred)'],
      ['rice-price-yuan', 'about 4.6 yuan a kilogram', '13 August 2019'],
      ['rice-price-won', '5,520 North Korean won a kilogram', '13 August 2019'],
      ['market-won-per-yuan-2019-08-13', '1,200 North Korean won per yuan', '13 August 2019'],
    ]);
    // Used at both ends of the range formula, the pay is an input as a whole range; the rate's
    // own inputs (the second report's range in yuan and in dollars) follow it, whole.
    expect(byPanel(data, 'pay').inputs.map((input) => [input.id, input.end, input.text, input.when])).toEqual([
      ['crackdown-day-rate', undefined, '200 yuan', '2019 (inferred)'],
      ['dollars-per-yuan', undefined, 'about 0.14 dollars per yuan', '2020 (inferred)'],
      ['rentals-price-range-dollars', undefined, 'US$7–28', '2020 (inferred)'],
      ['rentals-price-range', undefined, '50–200 yuan', '2020 (inferred)'],
      ['official-monthly-pay-usd', undefined, 'about US$1–3 a month', 'February 2022'],
    ]);
    // The share values the first report's day rate, converted at the second report's rate.
    expect(byPanel(data, 'earnings').inputs.map((input) => [input.id, input.end, input.text, input.when])).toEqual([
      ['crackdown-day-rate', undefined, '200 yuan', '2019 (inferred)'],
      ['dollars-per-yuan', undefined, 'about 0.14 dollars per yuan', '2020 (inferred)'],
      ['rentals-price-range-dollars', undefined, 'US$7–28', '2020 (inferred)'],
      ['rentals-price-range', undefined, '50–200 yuan', '2020 (inferred)'],
      ['average-monthly-earnings', undefined, 'about US$100 a month', 'September 2019'],
    ]);
  });

  it('values the first report’s day rate in every panel, so every panel is coloured as that report’s', () => {
    for (const datum of data) {
      expect([datum.panel, datum.sum.id, datum.report.id]).toEqual([datum.panel, 'crackdown-day-rate', 'daily-nk-crackdown']);
      // No panel takes one end of the second report's regional range as if it were a day's price.
      expect(datum.inputs.filter((input) => input.end !== undefined)).toEqual([]);
    }
  });

  it('writes the arithmetic with its inputs, where they come from and when', () => {
    expect(data.map((datum) => datum.how)).toEqual([
      'Derived: 200 yuan (first report) ÷ about 4.6 yuan a kilogram (Asia Press, 13 August 2019)',
      'Derived: 200 yuan (first report) × about 0.14 dollars per yuan (second report) ÷ about US$100 a month (Reuters, September 2019)',
      'Derived: 200 yuan (first report) × about 0.14 dollars per yuan (second report) ÷ about US$1–3 a month (NK News, February 2022)',
      'Derived: 3,500 yuan (Daily NK, July 2020) ÷ 200 yuan (first report)',
    ]);
  });

  it('fails naming the file when a fact is missing, and when the panels would value different sums', () => {
    const context = new Map(content.context);
    context.delete('rice-for-day-rate');
    expect(() => meaningData({ ...content, context }, 'src/test.ts')).toThrow(ContentError);
    expect(() => meaningData({ ...content, context }, 'src/test.ts')).toThrow(/src\/test\.ts.*"rice-for-day-rate"/);
    // The sum each panel values is the report price in yuan its formula names.
    const earnings = content.context.get('earnings-share-for-day-rate')!;
    const withFormula = (formula: string) =>
      withChanges({ context: { 'earnings-share-for-day-rate': { derivation: { ...earnings.derivation!, formula } } } });
    const morning = withFormula('{crackdown-per-morning.high} * {dollars-per-yuan} / {average-monthly-earnings} * 100');
    expect(() => meaningData(morning)).toThrow(/"earnings" panel values 150 yuan, not 200 yuan/);
    const noSum = withFormula('{rentals-price-range-dollars.high} / {average-monthly-earnings} * 100');
    expect(() => meaningData(noSum, 'src/test.ts')).toThrow(ContentError);
    expect(() => meaningData(noSum, 'src/test.ts')).toThrow(/src\/test\.ts.*"earnings-share-for-day-rate".*exactly one report price in yuan/s);
  });
});

describe('priceMeaningChart(data, options)', () => {
  for (const [layout, width] of Object.entries(widths)) {
    it(`draws the same SVG as before (${layout}, ${width}px)`, async () => {
      await expect(normalizeSvg(render(width))).toMatchFileSnapshot(`__snapshots__/price-meaning-${layout}.svg`);
    });
  }

  it('labels every result approximate and derived exactly as its fact says', () => {
    const svg = render(widths.wide);
    for (const datum of data) {
      const { approximate, kind } = datum.fact;
      expect(headlineIn(svg, datum.panel)).toBe(datum.headline);
      expect(datum.headline.includes(' ≈ ')).toBe(approximate);
      expect(datum.headline.includes(' = ')).toBe(!approximate);
      expect(describeDatum(datum).includes('about')).toBe(approximate);
      expect(describeDatum(datum).endsWith(`, ${kind}`)).toBe(true);
      expect(datum.how.startsWith('Derived: ')).toBe(kind === 'derived');
    }
    expect(headlineIn(svg, 'rice')).toBe('A day’s rental ≈ 43 kg of rice');
    expect(headlineIn(svg, 'handset')).toBe('One handset = 17.5 days of renting');
  });

  it('draws the months of pay as a range: a bar from the low end to the high end of the months axis', () => {
    expect([byPanel(data, 'pay').low, byPanel(data, 'pay').high]).toEqual([9, 28]);
    const svg = render(widths.wide);
    const pay = svg.slice(svg.indexOf('data-panel="pay"'), svg.indexOf('data-panel="handset"'));
    // The x scale, read off the axis: where the ticks "0" and "12" are.
    const tickX = (label: string) => Number(new RegExp(`translate\\(([\\d.]+),[\\d.]+\\)"[^>]*>${label}</text>`).exec(pay)![1]);
    const perMonth = (tickX('12') - tickX('0')) / 12;
    // The result bar: the dashed (derived) one.
    const bar = /<g[^>]*stroke-dasharray[^>]*>\s*<rect([^>]*)>/.exec(pay)![1]!;
    const [x, barWidth] = [Number(/\sx="([\d.]+)"/.exec(bar)![1]), Number(/width="([\d.]+)"/.exec(bar)![1])];
    expect(x).toBeCloseTo(tickX('0') + 9 * perMonth, 1);
    expect(x + barWidth).toBeCloseTo(tickX('0') + 28 * perMonth, 1);
    const [mark] = focusableMarks(pay);
    expect(mark?.['aria-label']).toBe('A day’s rental: about 9–28 months of official pay, derived');
  });

  it('makes each result one focusable mark, in panel order, described by an entry in the frame’s sources', () => {
    const frame = priceMeaningFrame(content, data);
    const entryIds = new Set(frame.sources.map((entry) => frameSourceId(slug, frameSourceEntryId(entry))));
    for (const width of Object.values(widths)) {
      const marks = focusableMarks(render(width));
      expect(marks.map((mark) => mark['data-figure'])).toEqual(data.map((datum) => datum.fact.id));
      for (const mark of marks) {
        expect(mark['tabindex']).toBe('0');
        expect(entryIds).toContain(mark['aria-describedby']);
        // A 24px target at least (WCAG 2.5.8).
        expect(Number(mark['height'])).toBeGreaterThanOrEqual(24);
        expect(Number(mark['width'])).toBeGreaterThanOrEqual(24);
      }
    }
  });

  it('writes no text under 11px at the narrow width, and no inline style or labelled plain group', () => {
    const svg = render(widths.narrow);
    const sizes = [...svg.matchAll(/font-size="([\d.]+)"/g)].map(([, size]) => Number(size));
    expect(sizes.length).toBeGreaterThan(0);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(11);
    expect(svg).not.toMatch(/\sstyle=|<style/);
    expect(svg).not.toMatch(/<g[^>]*\saria-label=/);
  });

  it('wraps text at word boundaries within the width', () => {
    const lines = wrapText('Derived: 200 yuan (first report) × 1,200 North Korean won per yuan', 160, 11);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe('Derived: 200 yuan (first report) × 1,200 North Korean won per yuan');
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(Math.floor(160 / (11 * 0.56)));
  });
});

describe('labels follow the content', () => {
  it('rewrites headlines, takeaway and marks when a result or its hedge changes', () => {
    const changed = withChanges({
      context: { 'rice-for-day-rate': { value: 50, approximate: false }, 'rental-days-for-handset': { approximate: true } },
    });
    const changedData = meaningData(changed);
    const svg = render(widths.narrow, changedData);
    expect(byPanel(changedData, 'rice').headline).toBe('A day’s rental = 50 kg of rice');
    expect(byPanel(changedData, 'handset').headline).toBe('One handset ≈ 17.5 days of renting');
    expect(svg).toContain('50 kg of rice');
    expect(focusableMarks(svg)[0]?.['aria-label']).toBe('A day’s rental: 50 kg of rice, derived');
    expect(priceMeaningFrame(changed, changedData).takeaway).toContain('cost as much as 50 kg of rice');
    expect(priceMeaningFrame(changed, changedData).table.rows[3]?.['result']).toBe('about 17.5 days');
  });

  it('draws a pay range of other bounds at those bounds', () => {
    const changed = meaningData(withChanges({ context: { 'pay-months-for-day-rate': { low: 12, high: 36 } } }));
    expect(byPanel(changed, 'pay').headline).toBe('A day’s rental ≈ 12–36 months of official pay');
    expect(focusableMarks(render(widths.wide, changed))[2]?.['aria-label']).toContain('about 12–36 months');
  });
});

describe('priceMeaningFrame(content) and priceMeaningDownload(content)', () => {
  const frame = priceMeaningFrame(content, data);

  it('take every number in their words from the content', () => {
    expect(frame.story).toBe('crackdown');
    expect(frame.takeaway).toBe(
      'A day’s rental, 200 yuan, cost as much as about 43 kg of rice, about 28% of a month’s average earnings or about 9–28 months of official pay; 17.5 days of renting added up to the price of a handset.',
    );
    expect(frame.table.rows.map((row) => [row['equivalence'], row['result'], row['kind']])).toEqual([
      ['Rice', 'about 43 kg', 'derived'],
      ['Share of average earnings', 'about 28%', 'derived'],
      ['Months of official pay', 'about 9–28 months', 'derived'],
      ['Days of renting for a handset', '17.5 days', 'derived'],
    ]);
  });

  it('list every result and every number it rests on, the report figures with their quotes', () => {
    const ids = frame.sources.map(frameSourceEntryId);
    for (const datum of data) {
      expect(ids).toContain(datum.fact.id);
      for (const input of datum.inputs) expect(ids).toContain(input.id);
    }
    expect(new Set(ids).size).toBe(ids.length);
    const dayRate = frame.sources.find((entry) => frameSourceEntryId(entry) === 'crackdown-day-rate');
    expect(dayRate && 'figure' in dayRate && dayRate.figure.quote).toContain('200 yuan');
  });

  it('show that the inputs come from different dates, in the notes and the table', () => {
    const notes = frame.notes.join(' ');
    for (const date of ['2019 (inferred)', '2020 (inferred)', '13 August 2019', 'September 2019', 'July 2020', 'February 2022']) {
      expect(notes).toContain(date);
    }
    const pay = frame.table.rows.find((row) => row['equivalence'] === 'Months of official pay')!;
    expect(pay['inputs']).toContain('2019 (inferred)');
    expect(pay['inputs']).toContain('February 2022');
    expect(pay['arithmetic']).toContain('February 2022');
  });

  it('say that the dollars come from the second report’s rate, not from its range, which has no rental period', () => {
    expect(frame.notes[1]).toBe(
      'The 200 yuan is the first report’s price for a whole day, 2019 (inferred). Where a result needs dollars, it is converted at about 0.14 dollars per yuan, ' +
        'the rate implied by the second report’s own conversion of its prices, 2020 (inferred). The second report does not say for how long a phone is rented ' +
        'at its prices, so only its rate is used. Neither report states its year; both years are inferred.',
    );
    expect(frame.table.rows[1]?.['inputs']).toContain('US dollars to one yuan');
  });

  it('fail naming the file, not write a blank, when a number their words need is missing', () => {
    const withoutWhole = data.map((datum) => (datum.panel === 'earnings' ? { ...datum, whole: undefined } : datum));
    expect(() => priceMeaningFrame(content, withoutWhole)).toThrow(ContentError);
    expect(() => priceMeaningFrame(content, withoutWhole)).toThrow(/src\/charts\/price-meaning\/frame-content\.ts.*average earnings/);
    const withoutRate = data.map((datum) => (datum.panel === 'earnings' ? { ...datum, inputs: datum.inputs.filter((input) => input.id !== 'dollars-per-yuan') } : datum));
    expect(() => priceMeaningFrame(content, withoutRate)).toThrow(/frame-content\.ts.*exchange rate/);
  });

  it('download numbers as numbers, with low and high for the range', () => {
    const rows = priceMeaningDownload(content);
    expect(rows.map((row) => [row['fact_id'], row['result_low'], row['result_high'], row['approximate'], row['kind']])).toEqual([
      ['rice-for-day-rate', 43, 43, true, 'derived'],
      ['earnings-share-for-day-rate', 28, 28, true, 'derived'],
      ['pay-months-for-day-rate', 9, 28, true, 'derived'],
      ['rental-days-for-handset', 17.5, 17.5, false, 'derived'],
    ]);
    expect(rows[2]?.['inputs']).toContain('official-monthly-pay-usd: 1–3 USD per month [February 2022; reported]');
    expect(rows[1]?.['formula']).toBe('{crackdown-day-rate} * {dollars-per-yuan} / {average-monthly-earnings} * 100');
    expect(new Set(rows.map((row) => Object.keys(row).join()))).toHaveProperty('size', 1);
  });
});
