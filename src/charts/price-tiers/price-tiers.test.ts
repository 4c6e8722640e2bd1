import { describe, expect, it } from 'vitest';
import { loadContent } from '../../data/load';
import { ratesFromReports } from '../../lib/currency';
import { normalizeSvg } from '../../../tests/unit/svg-snapshot';
import { serverDocument, finishSvg } from '../svg';
import { priceTiersChart, describeDatum } from './chart';
import { priceTierData } from './data';

const content = loadContent();
const rates = ratesFromReports(content, 'test');
const data = priceTierData(content);

function render(currency: keyof typeof rates, width: number): string {
  const svg = priceTiersChart(data, { rate: rates[currency], width, document: serverDocument() });
  return finishSvg(svg, { labelledBy: 'title', describedBy: 'description' });
}

describe('priceTierData(content)', () => {
  it('puts each reported tier on its row, in yuan, with ranges kept as ranges', () => {
    expect(data.map((datum) => [datum.tier, datum.low, datum.high, datum.figure.kind])).toEqual([
      ['Per call', 50, 50, 'reported'],
      ['Per morning', 130, 150, 'reported'],
      ['Per day', 100, 100, 'derived'],
      ['Per day', 200, 200, 'reported'],
      ['By region', 50, 200, 'reported'],
    ]);
  });

  it('labels every year as inferred', () => {
    expect(data.map((datum) => datum.when)).toEqual([
      '2019 (inferred)',
      '2019 (inferred)',
      'a year before 2019 (inferred)',
      '2019 (inferred)',
      '2020 (inferred)',
    ]);
  });
});

describe('priceTiersChart(data, options)', () => {
  it('makes every figure a focusable, named mark', () => {
    const svg = render('CNY', 640);
    const marks = svg.match(/<(?:circle|rect|path)[^>]*data-figure="[^"]+"[^>]*>/g) ?? [];
    expect(marks).toHaveLength(data.length);
    for (const mark of marks) {
      expect(mark).toContain('tabindex="0"');
      expect(mark).toMatch(/aria-label="[^"]+"/);
    }
  });

  it('leaves no aria-label on a role-less group and no inline style', () => {
    const svg = render('CNY', 640);
    expect(svg).not.toMatch(/<g[^>]*\saria-label=/);
    expect(svg).not.toMatch(/\sstyle=|<style/);
  });

  it('converts at the reports\' own rates', () => {
    const perDay = data.find((datum) => datum.figure.id === 'crackdown-day-rate')!;
    expect(describeDatum(perDay, rates.KRW)).toBe('Per day, 2019 (inferred): 35,000 won (converted from 200 yuan)');
    const byRegion = data.find((datum) => datum.figure.id === 'rentals-price-range')!;
    expect(describeDatum(byRegion, rates.USD)).toBe('By region, 2020 (inferred): US$7–28 (converted from 50–200 yuan)');
  });

  for (const currency of ['CNY', 'KRW', 'USD'] as const) {
    for (const width of [340, 640]) {
      it(`draws the same SVG as before (${currency}, ${width}px)`, async () => {
        await expect(normalizeSvg(render(currency, width))).toMatchFileSnapshot(
          `__snapshots__/price-tiers-${currency.toLowerCase()}-${width}.svg`,
        );
      });
    }
  }
});
