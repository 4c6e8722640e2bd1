import { describe, expect, it } from 'vitest';
import { loadContent } from '../../data/load';
import { ratesFromReports } from '../../lib/currency';
import { normalizeSvg } from '../../../tests/unit/svg-snapshot';
import { finishSvg } from '../svg';
import { serverDocument } from '../build-time';
import { priceTiersChart, describeDatum } from './chart';
import { layoutWidths as widths } from '../layouts';
import { byRole, priceTierData, rowLabel } from './data';
import { priceTiersDownload, priceTiersFrame } from './frame-content';

const content = loadContent();
const rates = ratesFromReports(content, 'test');
const data = priceTierData(content);
const sourceElementId = (figureId: string) => `source-${figureId}`;

function render(currency: keyof typeof rates, width: number): string {
  const svg = priceTiersChart(data, { rate: rates[currency], width, document: serverDocument(), sourceElementId });
  return finishSvg(svg, { labelledBy: 'title', describedBy: 'description' });
}

describe('priceTierData(content)', () => {
  it('puts each figure on its row, in reading order and in yuan, with ranges kept as ranges', () => {
    expect(data.map((datum) => [datum.role, datum.row, datum.low, datum.high, datum.figure.kind])).toEqual([
      ['perCall', 'Per call', 50, 50, 'reported'],
      ['perMorning', 'Per morning', 130, 150, 'reported'],
      ['dayEarlier', 'Per day', 100, 100, 'derived'],
      ['day', 'Per day', 200, 200, 'reported'],
      ['byRegion', 'Across regions', 50, 200, 'reported'],
    ]);
  });

  it('labels every year as inferred, on the marks and on the rows', () => {
    expect(data.map((datum) => datum.when)).toEqual([
      '2019 (inferred)',
      '2019 (inferred)',
      'a year before 2019 (inferred)',
      '2019 (inferred)',
      '2020 (inferred)',
    ]);
    expect(rowLabel(data, 'Per day')).toBe('Per day\n2019 (inferred)');
    expect(rowLabel(data, 'Across regions')).toBe('Across regions\n2020 (inferred)');
  });
});

describe('priceTiersChart(data, options)', () => {
  it('makes every figure one focusable, named mark, in reading order, described by its source', () => {
    const svg = render('CNY', widths.wide);
    const marks = [...svg.matchAll(/<rect[^>]*class="chart-mark"[^>]*>/g)].map(([tag]) => tag);
    expect(marks.map((tag) => /data-figure="([^"]+)"/.exec(tag)?.[1])).toEqual(data.map((datum) => datum.figure.id));
    for (const [index, mark] of marks.entries()) {
      expect(mark).toContain('tabindex="0"');
      expect(mark).toContain(`aria-describedby="source-${data[index]!.figure.id}"`);
      expect(mark).toMatch(/aria-label="[^"]+"/);
    }
  });

  it('leaves no aria-label on a role-less group and no inline style', () => {
    const svg = render('CNY', widths.wide);
    expect(svg).not.toMatch(/<g[^>]*\saria-label=/);
    expect(svg).not.toMatch(/\sstyle=|<style/);
  });

  it('writes conversions as approximate and rounded, with the yuan they come from', () => {
    expect(describeDatum(byRole(data, 'day'), rates.KRW)).toBe('Per day, 2019 (inferred): ≈35,000 won (converted from 200 yuan)');
    expect(describeDatum(byRole(data, 'perMorning'), rates.KRW)).toBe(
      'Per morning, 2019 (inferred): ≈22,800–26,300 won (converted from 130–150 yuan)',
    );
    expect(describeDatum(byRole(data, 'byRegion'), rates.USD)).toBe('Across regions, 2020 (inferred): ≈US$7–28 (converted from 50–200 yuan)');
    expect(describeDatum(byRole(data, 'dayEarlier'), rates.CNY)).toBe('Per day, a year before 2019 (inferred): 100 yuan, derived');
  });

  for (const currency of ['CNY', 'KRW', 'USD'] as const) {
    for (const [layout, width] of Object.entries(widths)) {
      it(`draws the same SVG as before (${currency}, ${layout}, ${width}px)`, async () => {
        await expect(normalizeSvg(render(currency, width))).toMatchFileSnapshot(
          `__snapshots__/price-tiers-${currency.toLowerCase()}-${layout}.svg`,
        );
      });
    }
  }
});

describe('priceTiersFrame(content) and priceTiersDownload(content)', () => {
  it('take every number in their words from the figures', () => {
    const frame = priceTiersFrame(content, data);
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
    const [row] = priceTiersDownload(content);
    expect(row).toMatchObject({ low_cny: 50, low_krw_converted: 8750, krw_per_cny: 175, usd_per_cny: 0.14, low_usd_converted: 7 });
    expect(row?.['krw_rate_source']).toContain('35,000 ÷ 200 = 175');
  });
});
