/**
 * Every word the locator map shows, by locale. Place names are words too: GeoNames' own
 * spellings ("Sinŭiju", "P'yŏngan-bukto") appear only in the table and the downloads, where they
 * say what the data was looked up by.
 */
import { listNames, type CreditWords } from '../credit-words';
import type { ChartMessages } from '../messages';
import type { CountryKey } from './geodata';
import type { CityId } from './data';

export interface LocatorWords {
  title: string;
  takeaway: string;
  description: (values: { province: string; placeCount: string; sinuiju: string; dandong: string; distance: string }) => string;
  /** Country names on the map, set in capitals as a map's countries are. */
  countryLabel: Record<CountryKey, string>;
  countryName: Record<CountryKey, string>;
  cityName: Record<CityId, string>;
  province: string;
  /** The province's label on the map, in lines. */
  provinceLabel: string;
  closeUpTitle: string;
  /** A scale bar: "100 km". */
  kilometres: (distance: string) => string;
  /** A city's name for screen readers and its tooltip. */
  cityMark: (values: { city: string; country: string; latitude: string; longitude: string }) => string;
  provinceMark: (province: string) => string;
  legendBorder: string;
  legendProvincePlaces: string;
  /** 40.10° N. */
  latitude: (degrees: string) => string;
  longitude: (degrees: string) => string;
  table: {
    caption: string;
    place: string;
    what: string;
    country: string;
    latitude: string;
    longitude: string;
    lookedUpAs: string;
    city: string;
    provinceWhat: string;
    provinceCoordinates: (count: string) => string;
  };
  notes: {
    data: (values: { naturalEarth: string; countries: string; places: string }) => string;
    province: (values: { count: string; code: string; name: string }) => string;
    distance: (distance: string) => string;
    borders: string;
    sources: string;
  };
  /** "world-atlas 2.0.2 (ISC licence)". */
  packageCredit: (name: string, version: string, license: string) => string;
}

export const messages: ChartMessages<LocatorWords> = {
  en: {
    title: 'Where the reports’ sources were',
    takeaway: 'Both reports rest on sources in North Pyongan. This province lies on North Korea’s border with China.',
    description: (v) =>
      `A map of North Korea, China and the north of South Korea, with the land border between North Korea and China drawn in bold. ` +
      `${v.province} is in North Korea’s north-west, on that border; dots mark the ${v.placeCount} places the GeoNames gazetteer lists in it. ` +
      `A close-up shows ${v.sinuiju}, North Korea, and ${v.dandong}, China, on either side of the border, about ${v.distance} apart.`,
    countryLabel: { northKorea: 'NORTH KOREA', china: 'CHINA', southKorea: 'SOUTH KOREA', russia: 'RUSSIA' },
    countryName: { northKorea: 'North Korea', china: 'China', southKorea: 'South Korea', russia: 'Russia' },
    cityName: { sinuiju: 'Sinuiju', dandong: 'Dandong' },
    province: 'North Pyongan Province',
    provinceLabel: 'North Pyongan Province',
    closeUpTitle: 'Close-up of the box',
    kilometres: (distance) => `${distance} km`,
    cityMark: ({ city, country, latitude, longitude }) => `${city}, ${country}: ${latitude}, ${longitude}`,
    provinceMark: (province) => `${province}: where both reports’ sources were`,
    legendBorder: 'Border with China',
    legendProvincePlaces: 'Place in North Pyongan',
    latitude: (degrees) => `${degrees}° N`,
    longitude: (degrees) => `${degrees}° E`,
    table: {
      caption: 'The places on the map, with their positions in the GeoNames gazetteer',
      place: 'Place',
      what: 'What it is',
      country: 'Country',
      latitude: 'Latitude',
      longitude: 'Longitude',
      lookedUpAs: 'GeoNames name',
      city: 'City',
      provinceWhat: 'Province where both reports’ sources were',
      provinceCoordinates: (count) => `mean of its ${count} places`,
    },
    notes: {
      data: ({ naturalEarth, countries, places }) =>
        `Countries and the border: Natural Earth ${naturalEarth}, Admin 0 countries at 1:10m (public domain), from the package ${countries}. ` +
        `Places: the GeoNames gazetteer (CC BY 4.0), from the package ${places}. Both are read when the site is built.`,
      province: ({ count, code, name }) =>
        `The province is shown by the ${count} places GeoNames lists in it (division ${code}, “${name}”), not by its outline, which neither package ships.`,
      distance: (distance) => `The distance between the two cities, about ${distance}, is the great-circle distance between their GeoNames positions, rounded.`,
      borders: 'Borders as Natural Earth draws them.',
      sources: 'Each quotation below comes from a source the report places in North Pyongan Province; the last entry is context on the two cities from another publication.',
    },
    packageCredit: (name, version, license) => `${name} ${version} (${license})`,
  },
};

/** The one-line source under the map: the map data, then the outlets behind the places' sources (src/charts/credit.ts). */
export const credit: ChartMessages<CreditWords> = {
  en: ({ reports, context }) => `Map: Natural Earth, GeoNames. Sources: ${listNames([...reports, ...context])}`,
};
