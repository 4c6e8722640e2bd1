/**
 * Everything around the locator map: the frame's words, its table of places, its sources, its key
 * and the rows of its downloads. Positions come from the datasets, words from messages.ts.
 */
import type { DownloadRow, LegendItem, RenderContext } from '../definition';
import type { FrameText } from '../frame';
import { formatDegrees, markStyles } from './chart';
import { cityIds, type LocatorData } from './data';
import type { LocatorWords } from './messages';

type Context = RenderContext<LocatorWords>;

/** "about 3 km": the distance rounded to a whole kilometre. */
const distanceText = (data: LocatorData, { t, locale }: Context) => t.kilometres(locale.number(Math.round(data.cityDistanceKm)));

export function locatorFrame(data: LocatorData, context: Context): FrameText {
  const { t, locale } = context;
  const { packages } = data;
  const credit = (name: keyof typeof packages) => t.packageCredit(packages[name].name, packages[name].version, packages[name].license);
  const placeCount = locale.number(data.province.places.length);
  return {
    title: t.title,
    takeaway: t.takeaway,
    description: t.description({ province: t.province, placeCount, sinuiju: t.cityName.sinuiju, dandong: t.cityName.dandong, distance: distanceText(data, context) }),
    table: {
      caption: t.table.caption,
      columns: [
        { key: 'place', label: t.table.place },
        { key: 'what', label: t.table.what },
        { key: 'country', label: t.table.country },
        { key: 'latitude', label: t.table.latitude, numeric: true },
        { key: 'longitude', label: t.table.longitude, numeric: true },
      ],
      rows: [
        ...cityIds.map((id) => {
          const city = data.cities[id];
          return {
            place: t.cityName[id],
            what: t.table.city,
            country: t.countryName[city.countryKey],
            latitude: t.latitude(formatDegrees(city.latitude, locale)),
            longitude: t.longitude(formatDegrees(city.longitude, locale)),
          };
        }),
        {
          place: t.province,
          what: t.table.provinceWhat,
          country: t.countryName.northKorea,
          latitude: `${t.latitude(formatDegrees(data.province.centre[1], locale))} (${t.table.provinceCoordinates(placeCount)})`,
          longitude: `${t.longitude(formatDegrees(data.province.centre[0], locale))} (${t.table.provinceCoordinates(placeCount)})`,
        },
      ],
    },
    notes: [
      t.notes.data({ naturalEarth: data.naturalEarthVersion, countries: credit('countries'), places: credit('places') }),
      t.notes.province({ count: placeCount, code: data.province.code, name: data.province.geonamesName }),
      t.notes.distance(distanceText(data, context)),
      t.notes.borders,
      t.notes.sources,
    ],
    sources: [data.quotes.crackdown, data.quotes.rentals, data.freightTrain],
  };
}

export function locatorLegend(_data: LocatorData, { t }: Context): LegendItem[] {
  return [
    { swatch: markStyles.border, label: t.legendBorder },
    { swatch: markStyles.provincePlace, label: t.legendProvincePlaces },
  ];
}

/** One row per place: its position as the dataset gives it, and the dataset. */
export function locatorDownload(data: LocatorData, { t }: Context): DownloadRow[] {
  const { places } = data.packages;
  const dataset = `GeoNames via ${places.name} ${places.version} (${places.license})`;
  return [
    ...cityIds.map((id) => {
      const city = data.cities[id];
      return { place: t.cityName[id], kind: 'city', country: t.countryName[city.countryKey], latitude: city.latitude, longitude: city.longitude, geonames_name: city.geonamesName, province_code: city.admin1, dataset };
    }),
    ...data.province.places.map((place) => ({
      place: place.geonamesName,
      kind: 'place in North Pyongan Province',
      country: t.countryName.northKorea,
      latitude: place.latitude,
      longitude: place.longitude,
      geonames_name: place.geonamesName,
      province_code: place.admin1,
      dataset,
    })),
  ];
}
