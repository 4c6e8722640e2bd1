import { describe, expect, it } from 'vitest';
import { loadContent } from '../../data/load';
import { resolveRequirements } from '../../data/requirements';
import { english } from '../../lib/locale';
import { prepareChart, renderChart } from '../build-time';
import { describeDatum, rowLabel, whenOf } from './chart';
import { byRole, priceTiersData, requires } from './data';
import { definition } from './definition';
import { messages } from './messages';

const content = loadContent();
const data = priceTiersData(resolveRequirements(content, 'price-tiers', requires));
const t = messages.en;
const { prices, rates } = data;

describe('priceTiersData(content)', () => {
  it('puts each figure on its row, in reading order and in yuan, with ranges kept as ranges', () => {
    expect(prices.map((datum) => [datum.role, datum.row, datum.low, datum.high, datum.figure.kind])).toEqual([
      ['perCall', 'perCall', 50, 50, 'reported'],
      ['perMorning', 'perMorning', 130, 150, 'reported'],
      ['dayEarlier', 'perDay', 100, 100, 'derived'],
      ['day', 'perDay', 200, 200, 'reported'],
      ['byRegion', 'byRegion', 50, 200, 'reported'],
    ]);
  });

  it('says a report’s year is inferred wherever it shows one: rows, marks, key and downloads alike', () => {
    expect(prices.map((datum) => whenOf(datum, t, english))).toEqual([
      '2019 (inferred)',
      '2019 (inferred)',
      'a year before 2019 (inferred)',
      '2019 (inferred)',
      '2020 (inferred)',
    ]);
    expect(rowLabel(prices, 'perDay', t, english)).toBe('Per day\n2019 (inferred)');
    expect(rowLabel(prices, 'byRegion', t, english)).toBe('Across regions\n2020 (inferred)');
    const { legend, drawings } = renderChart(definition, content);
    expect(legend.map((item) => item.label)).toEqual(['The first report (Daily NK), 2019 (inferred)', 'The second report (Daily NK), 2020 (inferred)']);
    for (const { layout, svg } of drawings[0]!.layouts) {
      const text = [...svg.matchAll(/<text[^>]*>([\s\S]*?)<\/text>/g)].map(([, inner]) => inner!.replace(/<[^>]*>/g, ' ')).join(' ').replace(/\s+/g, ' ');
      expect(text.match(/20(19|20)(?! \(inferred\))/g), layout).toBeNull();
    }
  });
});

describe('priceTiersChart(data, target)', () => {
  const rendered = renderChart(definition, content);
  const drawingsOf = (currency: string) => rendered.drawings.find(({ variant }) => variant === currency)!.layouts;

  it('draws every currency at every layout', () => {
    expect(rendered.drawings.map(({ variant, layouts }) => [variant, layouts.map(({ layout }) => layout)])).toEqual([
      ['CNY', ['narrow', 'medium', 'wide']],
      ['KRW', ['narrow', 'medium', 'wide']],
      ['USD', ['narrow', 'medium', 'wide']],
    ]);
  });

  it('makes every figure one focusable, named mark, in reading order, described by its source', () => {
    const { svg } = drawingsOf('CNY').at(-1)!;
    const marks = [...svg.matchAll(/<rect[^>]*class="chart-mark"[^>]*>/g)].map(([tag]) => tag);
    expect(marks.map((tag) => /data-figure="([^"]+)"/.exec(tag)?.[1])).toEqual(prices.map((datum) => datum.figure.id));
    for (const [index, mark] of marks.entries()) {
      expect(mark).toContain('tabindex="0"');
      expect(mark).toContain(`data-source="price-tiers-source-${prices[index]!.figure.id}"`);
      expect(mark).toMatch(/aria-label="[^"]+"/);
    }
  });

  it('writes conversions as approximate and rounded, with the yuan they come from', () => {
    expect(describeDatum(byRole(prices, 'day'), rates.KRW, t, english)).toBe('Per day, 2019 (inferred): ≈35,000 won (converted from 200 yuan)');
    expect(describeDatum(byRole(prices, 'perMorning'), rates.KRW, t, english)).toBe(
      'Per morning, 2019 (inferred): ≈22,800–26,300 won (converted from 130–150 yuan)',
    );
    expect(describeDatum(byRole(prices, 'byRegion'), rates.USD, t, english)).toBe('Across regions, 2020 (inferred): ≈US$7–28 (converted from 50–200 yuan)');
    expect(describeDatum(byRole(prices, 'dayEarlier'), rates.CNY, t, english)).toBe('Per day, a year before 2019 (inferred): 100 yuan, derived');
  });
});

describe('the price-tier frame and downloads', () => {
  const { frame, data: shaped, context } = prepareChart(definition, content);

  it('take every number in their words from the figures', () => {
    expect(frame.takeaway).toBe('A whole day cost 200 yuan, twice the price a year earlier; a single call cost 50 yuan.');
    expect(frame.table.rows.map((row) => [row['row'], row['CNY'], row['KRW'], row['USD']])).toEqual([
      ['Per call', '50', '≈8,800', '≈7'],
      ['Per morning', '130–150', '≈22,800–26,300', '≈18–21'],
      ['Per day', '100', '≈17,500', '≈14'],
      ['Per day', '200', '≈35,000', '≈28'],
      ['Across regions', '50–200', '≈8,800–35,000', '≈7–28'],
    ]);
  });

  it('label converted columns as conversions and carry the rate and its derivation', () => {
    const [row] = definition.download(shaped as typeof data, context as { t: typeof t; locale: typeof english });
    expect(row).toMatchObject({ low_cny: 50, low_krw_converted: 8750, krw_per_cny: 175, usd_per_cny: 0.14, low_usd_converted: 7 });
    expect(row?.['krw_rate_source']).toContain('35,000 ÷ 200 = 175');
    expect(row?.['when']).toBe('2019 (inferred)');
  });
});
