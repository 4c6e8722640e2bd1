/**
 * Everything around the locator map: the frame's words, its table of places, its sources, its key
 * and the rows of its downloads. Positions come from the datasets, words from messages.ts.
 */
import type { DownloadRow, LegendItem, RenderContext } from '../definition';
import type { FrameText } from '../frame';
import { sourceTitle } from '../../lib/sources';
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
  return {
    title: t.title,
    takeaway: t.takeaway,
    description: t.description({ province: t.province, sinuiju: t.cityName.sinuiju, dandong: t.cityName.dandong, distance: distanceText(data, context) }),
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
          latitude: `${t.latitude(formatDegrees(data.province.centre[1], locale))} (${t.table.provinceCoordinates})`,
          longitude: `${t.longitude(formatDegrees(data.province.centre[0], locale))} (${t.table.provinceCoordinates})`,
        },
      ],
    },
    notes: [
      t.notes.data({ naturalEarth: data.naturalEarthVersion, countries: credit('countries'), province: credit('province'), places: credit('places') }),
      t.notes.province({ isoCode: data.province.isoCode, name: data.province.name, geonamesCode: data.province.geonamesCode, geonamesName: data.province.geonamesName }),
      t.notes.distance(distanceText(data, context)),
      t.notes.closeUp,
      t.notes.borders,
      t.notes.sources({ outlet: data.secondReport.outlet, title: sourceTitle(data.secondReport) }),
    ],
    sources: [data.quotes.crackdown, data.freightTrain],
  };
}

export function locatorLegend(_data: LocatorData, { t }: Context): LegendItem[] {
  return [
    { swatch: markStyles.border, label: t.legendBorder },
    { swatch: markStyles.province, label: t.legendProvince },
  ];
}

/** One row per place: its position as its dataset gives it (the province's, the centre of its outline), and the dataset. */
export function locatorDownload(data: LocatorData, { t }: Context): DownloadRow[] {
  const { places, province } = data.packages;
  const geonames = `GeoNames via ${places.name} ${places.version} (${places.license})`;
  return [
    ...cityIds.map((id) => {
      const city = data.cities[id];
      return { place: t.cityName[id], kind: 'city', country: t.countryName[city.countryKey], latitude: city.latitude, longitude: city.longitude, geonames_name: city.geonamesName, province_code: city.admin1, dataset: geonames };
    }),
    {
      place: t.province,
      kind: 'province (centre of its outline)',
      country: t.countryName.northKorea,
      latitude: data.province.centre[1],
      longitude: data.province.centre[0],
      geonames_name: data.province.geonamesName,
      province_code: `${data.province.isoCode} (ISO 3166-2); ${data.province.geonamesCode} (GeoNames)`,
      dataset: `Natural Earth Admin 1 (1:10m) via ${province.name} ${province.version} (${province.license})`,
    },
  ];
}
