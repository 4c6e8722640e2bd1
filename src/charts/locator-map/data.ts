/**
 * Shapes what the locator map draws: the countries, the North Korea–China border, the two cities
 * and the province's outline, from the datasets geodata.ts reads, plus the report quotations and
 * the context fact its marks are described by. Positions only; no words (those are in messages.ts).
 */
import { geoCentroid, geoContains, geoDistance } from 'd3-geo';
import type { Feature, MultiLineString, MultiPolygon, Position } from 'geojson';
import type { Resolved } from '../../data/requirements';
import type { Source } from '../../data/schema';
import type { ContextSource, QuoteSource } from '../frame';
import { loadGeodata, type Countries, type CountryKey, type PackageCredit, type Place } from './geodata';

/**
 * Where the reports' sources were. The first report's own words place its source in North Pyongan
 * Province, and the map's province mark quotes them. The second report says the same in the same
 * words, but quoting them from it too would take its quoted share past the 15% the site allows
 * itself (tests/e2e/quote-budget.spec.ts): the map's notes say it, naming the report, unquoted.
 */
export const requires = {
  quotes: ['province-based-source-crackdown'],
  contextEvents: ['first-freight-train'],
} as const;

/** The two cities, looked up in GeoNames by its spelling and their country. */
const cityLookup = {
  sinuiju: { geonamesName: 'Sinŭiju', country: 'KP', countryKey: 'northKorea' },
  dandong: { geonamesName: 'Dandong', country: 'CN', countryKey: 'china' },
} as const satisfies Record<string, { geonamesName: string; country: string; countryKey: CountryKey }>;

export type CityId = keyof typeof cityLookup;
export const cityIds = Object.keys(cityLookup) as CityId[];

export interface City extends Place {
  id: CityId;
  countryKey: CountryKey;
}

/** Natural Earth's two scales the map draws: 1:50m for the region, 1:10m for the close-up. */
export type ScaleKey = 'medium' | 'large';

/** [west, south, east, north] in degrees. */
export type Extent = [number, number, number, number];

export interface LocatorData {
  /** Countries and border at 1:50m (the region) and 1:10m (the close-up). */
  scales: Record<ScaleKey, Countries>;
  cities: Record<CityId, City>;
  /** The province both reports' sources were in: North Pyongan, Sinuiju's province. */
  province: {
    /** ISO 3166-2, "KP-03": how its outline was looked up. */
    isoCode: string;
    /** Its name in Natural Earth ("P'yŏngan-bukto"). */
    name: string;
    /** Its outline (Natural Earth Admin 1, 1:10m). */
    outline: Feature<MultiPolygon>;
    /**
     * The outline as the region draws it: only its parts (the mainland, islands) that are land in
     * the countries at 1:50m, so no island shows in the sea where the coarser coast has none.
     */
    regionOutline: Feature<MultiPolygon>;
    /** The stretches of its outline inside North Korea, shared with its neighbouring provinces. */
    inlandBoundary: MultiLineString;
    /** Where its label's leader points, and its position in the table: the centre of its outline. */
    centre: [number, number];
    /** Sinuiju's first-level division in GeoNames, "KP.11", and its name there: the same province, by another dataset. */
    geonamesCode: string;
    geonamesName: string;
    /** The package file the outline was read from. */
    file: string;
  };
  /** How far apart GeoNames puts the two cities, in km (great-circle). */
  cityDistanceKm: number;
  /** The two framings: the region, and a close-up of the two cities. */
  extents: { region: Extent; closeUp: Extent };
  quotes: { crackdown: QuoteSource };
  /** The second report, which places its source in the province too (in words the map does not quote). */
  secondReport: Source;
  freightTrain: ContextSource;
  packages: { countries: PackageCredit; province: PackageCredit; places: PackageCredit };
  naturalEarthVersion: string;
}

/** Earth's mean radius, for great-circle distances. */
export const earthRadiusKm = 6371;

/**
 * The region: all of North Korea, China's provinces across the border, and the north of South
 * Korea for orientation. A framing choice, in degrees, not a position of anything.
 */
const regionExtent: Extent = [121.2, 37.2, 131.2, 43.2];
/** How far the close-up reaches beyond the two cities, in degrees of longitude and latitude. */
const closeUpMargin = { longitude: 0.26, latitude: 0.14 };

export function locatorData(content: Resolved<typeof requires>): LocatorData {
  const geodata = loadGeodata(Object.values(cityLookup));
  const cities = Object.fromEntries(
    cityIds.map((id) => {
      const { geonamesName, country, countryKey } = cityLookup[id];
      return [id, { ...geodata.places[`${country}:${geonamesName}`]!, id, countryKey }];
    }),
  ) as Record<CityId, City>;
  const { sinuiju, dandong } = cities;
  const { province } = geodata;
  // The two datasets must agree: the outline holds Sinuiju, and every place GeoNames puts in
  // Sinuiju's province.
  const outside = [sinuiju, ...geodata.placesIn(sinuiju.admin1)].filter((place) => !geoContains(province.outline, [place.longitude, place.latitude]));
  if (outside.length > 0) {
    throw new Error(`src/charts/locator-map: the outline of ${province.isoCode} in ${province.file} does not hold ${outside.map((place) => place.geonamesName).join(', ')}, which GeoNames puts in ${sinuiju.admin1}`);
  }
  const centre = geoCentroid(province.outline) as [number, number];
  const onRegionLand = (rings: Position[][]) => geoContains(geodata.scales.medium.countries.northKorea, geoCentroid({ type: 'Polygon', coordinates: rings }));
  const regionOutline: Feature<MultiPolygon> = { ...province.outline, geometry: { type: 'MultiPolygon', coordinates: province.outline.geometry.coordinates.filter(onRegionLand) } };
  if (!geoContains(province.outline, centre)) throw new Error(`src/charts/locator-map: the centre of ${province.isoCode}'s outline in ${province.file} falls outside it`);
  const longitudes = [sinuiju.longitude, dandong.longitude];
  const latitudes = [sinuiju.latitude, dandong.latitude];
  return {
    scales: geodata.scales,
    cities,
    province: {
      isoCode: province.isoCode,
      name: province.name,
      outline: province.outline,
      regionOutline,
      inlandBoundary: province.inlandBoundary,
      centre,
      geonamesCode: sinuiju.admin1,
      geonamesName: sinuiju.admin1Name,
      file: province.file,
    },
    cityDistanceKm: geoDistance([sinuiju.longitude, sinuiju.latitude], [dandong.longitude, dandong.latitude]) * earthRadiusKm,
    extents: {
      region: regionExtent,
      closeUp: [
        Math.min(...longitudes) - closeUpMargin.longitude,
        Math.min(...latitudes) - closeUpMargin.latitude,
        Math.max(...longitudes) + closeUpMargin.longitude,
        Math.max(...latitudes) + closeUpMargin.latitude,
      ],
    },
    quotes: { crackdown: content.quotes['province-based-source-crackdown'] },
    secondReport: content.reports.find((report) => report.id === 'daily-nk-rentals')!,
    freightTrain: content.contextEvents['first-freight-train'],
    packages: geodata.packages,
    naturalEarthVersion: geodata.naturalEarthVersion,
  };
}
