/**
 * The locator map: the region (North Korea, China across the border, the north of South Korea,
 * North Pyongan Province outlined) and a close-up of Sinuiju and Dandong on either side of the
 * border, side by side when wide and stacked on a phone. Drawn with d3-geo. The coasts, borders and
 * the province are drawn once for all three layouts (`locatorMapShared`: the page carries them
 * once), clipped to what any layout shows and thinned to the finest layout's resolution; each
 * layout's drawing shows them through a viewport on each panel (`<use>`), and places its own
 * labels, dots and scale bars. Pure: (data, target) → <svg>; every colour a palette reference.
 */
import { geoContains, geoMercator, geoPath, type GeoProjection, type GeoStream } from 'd3-geo';
import type { Feature, Polygon } from 'geojson';
import type { Locale } from '../../lib/locale';
import { colors } from '../../styles/tokens';
import type { ChartIds, DrawTarget, SharedTarget, SwatchStyle } from '../definition';
import { layoutNames, layoutWidths, minimumTextSize, type LayoutName } from '../layouts';
import { makeFocusableMark } from '../svg';
import { clipSegment, lengthInside, type Box, type Segment } from '../geometry';
import { textAscent, textDescent, textWidth, wrapText } from '../text';
import { earthRadiusKm, type CityId, type Extent, type LocatorData, type ScaleKey } from './data';
import type { CountryKey } from './geodata';
import type { LocatorWords } from './messages';

const fontSize = minimumTextSize;
/** The distance between the baselines of a label's lines, in ems. */
const lineSpacing = 1.15;
/** The height of a label of `count` lines as a browser measures its box (text.ts). */
const labelHeight = (count: number) => (textAscent + (count - 1) * lineSpacing + textDescent) * fontSize;

/** Degrees to two decimals (about a kilometre), in the locale's digits. */
export function formatDegrees(value: number, locale: Locale): string {
  return new Intl.NumberFormat(locale.tag, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value);
}
const svgNamespace = 'http://www.w3.org/2000/svg';

interface Panel {
  x: number;
  y: number;
  width: number;
  height: number;
  /** Where the map's extent is fitted, if not the whole panel: the rest of the panel shows more of the map around it. */
  fit?: Panel;
}

/**
 * Where the two panels sit at each layout: stacked up to medium, side by side when wide. The
 * close-up's title (`titleLines` lines) sits in a strip above its panel, off the map, where no
 * coast or border can run through it.
 */
export function panels(layout: LayoutName, width: number, titleLines = 1): { region: Panel; closeUp: Panel; title: { x: number; y: number }; height: number } {
  const gap = 12;
  const strip = Math.ceil(labelHeight(titleLines) + 4);
  if (layout === 'wide') {
    // Both panels start under the close-up's title strip, so their tops and feet line up.
    const regionWidth = Math.round(width * 0.62);
    const panelHeight = 340;
    const closeUp = { x: regionWidth + gap, y: strip, width: width - regionWidth - gap, height: panelHeight };
    return { region: { x: 0, y: strip, width: regionWidth, height: panelHeight }, closeUp, title: { x: closeUp.x, y: 0 }, height: strip + panelHeight };
  }
  // A phone's region is taller than its map is fitted (`fit`), so the map keeps its scale and
  // shows more of the south: room to name South Korea, which orientation needs.
  const regionHeight = layout === 'narrow' ? 266 : 300;
  const closeUpHeight = layout === 'narrow' ? 170 : 190;
  return {
    region: { x: 0, y: 0, width, height: regionHeight, ...(layout === 'narrow' && { fit: { x: 0, y: 0, width, height: 236 } }) },
    closeUp: { x: 0, y: regionHeight + gap + strip, width, height: closeUpHeight },
    title: { x: 0, y: regionHeight + gap },
    height: regionHeight + gap + strip + closeUpHeight,
  };
}

/** The marks' styles, which the legend draws with too. */
export const markStyles = {
  border: { shape: 'line', stroke: colors.ink, strokeWidth: 3 } satisfies SwatchStyle,
  /**
   * The province: a tint over the land, translucent so the coast stays visible through it, and a
   * line where it meets the country's other provinces (the coast and the border are the countries' lines).
   */
  province: { shape: 'bar', fill: colors.accent, fillOpacity: 0.22, tint: true, stroke: colors.accent, strokeWidth: 1.5 } satisfies SwatchStyle,
};

const extentPolygon = ([west, south, east, north]: Extent): Feature<Polygon> => ({
  type: 'Feature',
  properties: {},
  // Clockwise, as d3-geo expects of a polygon smaller than a hemisphere.
  geometry: { type: 'Polygon', coordinates: [[[west, south], [west, north], [east, north], [east, south], [west, south]]] },
});

/** A Mercator projection that fits an extent into a panel (centred), clipped to the whole panel. */
export function panelProjection(extent: Extent, panel: Panel, inset = 0): GeoProjection {
  const fit = panel.fit ?? panel;
  return geoMercator()
    .fitExtent([[fit.x + inset, fit.y + inset], [fit.x + fit.width - inset, fit.y + fit.height - inset]], extentPolygon(extent))
    .clipExtent([[panel.x, panel.y], [panel.x + panel.width, panel.y + panel.height]]);
}

/**
 * A path generator that drops projected points closer than `tolerance` px to the last one kept
 * (always keeping a line's or ring's ends), and writes one decimal: detail finer than the
 * drawing's resolution would only make the page heavier.
 */
function thinPath(projection: GeoProjection, tolerance = 0.8) {
  const thinned = {
    stream(output: GeoStream): GeoStream {
      let last: [number, number] | undefined;
      let pending: [number, number] | undefined;
      const thin: GeoStream = {
        point(x, y) {
          if (last && Math.hypot(x - last[0], y - last[1]) < tolerance) {
            pending = [x, y];
            return;
          }
          output.point(x, y);
          last = [x, y];
          pending = undefined;
        },
        lineStart() {
          last = pending = undefined;
          output.lineStart();
        },
        lineEnd() {
          if (pending) output.point(pending[0], pending[1]);
          last = pending = undefined;
          output.lineEnd();
        },
        polygonStart: () => output.polygonStart(),
        polygonEnd: () => output.polygonEnd(),
        sphere: () => output.sphere?.(),
      };
      return projection.stream(thin);
    },
  };
  return geoPath(thinned).digits(1);
}

const countryOrder: CountryKey[] = ['russia', 'china', 'southKorea', 'northKorea'];

type PanelName = 'region' | 'closeUp';
/** Each panel's `data-panel`, and the Natural Earth scale it is drawn from. */
const panelSettings: Record<PanelName, { name: string; scale: ScaleKey }> = {
  region: { name: 'region', scale: 'medium' },
  closeUp: { name: 'close-up', scale: 'large' },
};
/** The shapes a panel shares across layouts: the countries, the border, and in the region the province. */
type ShapeKey = CountryKey | 'province-area' | 'province-inland-boundary' | 'border';

/** The id of a shared shape: "locator-map-shared-close-up-north-korea". */
const sharedId = (ids: ChartIds, panel: PanelName, key: ShapeKey) => ids.shared(`${panelSettings[panel].name}-${key.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`);

/** The close-up title's lines at a layout, which set where its panel starts, and the panels. */
function layoutOf(layout: LayoutName, width: number, t: LocatorWords) {
  const titleLines = wrapText(t.closeUpTitle, layout === 'wide' ? width - Math.round(width * 0.62) - 12 : width, fontSize, { bold: true, balanced: true });
  return { titleLines, ...panels(layout, width, titleLines.length) };
}

/**
 * A panel's shapes, drawn once for every layout: projected with the same Mercator as every
 * layout's (panelProjection fits only its scale and translate to a layout's panel), at half the
 * largest scale any layout draws the panel at (`sharedScale`), and clipped to the union of what
 * every layout's panel shows (their aspects differ), with a margin past which no stroke reaches in.
 */
interface SharedPanel {
  /** The projection's scale and translate: a layout's point is `s × (shared − translate) + its translate`, s = its scale / this scale. */
  scale: number;
  translate: [number, number];
  /** Path data (absolute, as d3-geo writes it), by shape; a shape no layout shows is left out. */
  paths: Partial<Record<ShapeKey, string>>;
}

/**
 * The shared shapes' scale, as a share of the largest a layout draws: at half, a unit is 2 px of
 * the largest drawing, so a point written to a tenth of a unit is within a tenth of a pixel of
 * where it projects in every layout, and the thinning (0.4 unit) is the 0.8 px each layout's own
 * paths were thinned to; and the steps between points, half as long, take a character less.
 */
const sharedScale = 0.5;

const sharedCache = new WeakMap<LocatorData, Map<string, Record<PanelName, SharedPanel>>>();

function sharedPanels(data: LocatorData, t: LocatorWords): Record<PanelName, SharedPanel> {
  const byWords = sharedCache.get(data) ?? new Map<string, Record<PanelName, SharedPanel>>();
  sharedCache.set(data, byWords);
  const known = byWords.get(t.closeUpTitle);
  if (known) return known;
  const shapesOf = (name: PanelName): SharedPanel => {
    const fitted = layoutNames.map((layout) => {
      const panel = layoutOf(layout, layoutWidths[layout], t)[name];
      return { panel, projection: panelProjection(data.extents[name], panel) };
    });
    const scale = sharedScale * Math.max(...fitted.map(({ projection }) => projection.scale()));
    // Each layout's panel in the coordinates of the Mercator at `scale`, not translated.
    const boxes = fitted.map(({ panel, projection }) => {
      const [tx, ty] = projection.translate();
      const k = scale / projection.scale();
      return { left: (panel.x - tx) * k, top: (panel.y - ty) * k, right: (panel.x + panel.width - tx) * k, bottom: (panel.y + panel.height - ty) * k };
    });
    const margin = 8;
    const left = Math.min(...boxes.map((box) => box.left)) - margin;
    const top = Math.min(...boxes.map((box) => box.top)) - margin;
    const right = Math.max(...boxes.map((box) => box.right)) + margin;
    const bottom = Math.max(...boxes.map((box) => box.bottom)) + margin;
    const translate: [number, number] = [-left, -top];
    const projection = geoMercator().scale(scale).translate(translate).clipExtent([[0, 0], [right - left, bottom - top]]);
    const { countries, border } = data.scales[panelSettings[name].scale];
    const path = thinPath(projection, 0.8 * sharedScale);
    const paths: SharedPanel['paths'] = {};
    const add = (key: ShapeKey, d: string | null) => {
      if (d) paths[key] = d;
    };
    for (const key of countryOrder) add(key, path(countries[key]));
    // The province, in the region only (the close-up lies inside it). Its tint's edge sits under
    // the coast and the border, so it is thinned harder than they are.
    if (name === 'region') {
      add('province-area', thinPath(projection, 1.6 * sharedScale)(data.province.regionOutline));
      add('province-inland-boundary', thinPath(projection, 1.2 * sharedScale)(data.province.inlandBoundary));
    }
    add('border', path(border));
    return { scale, translate, paths };
  };
  const shared = { region: shapesOf('region'), closeUp: shapesOf('closeUp') };
  byWords.set(t.closeUpTitle, shared);
  return shared;
}

/**
 * The shapes every layout's drawing shows, once: an `<svg>` of `<defs>`, a path per shape with
 * no paint of its own, so each `<use>` paints it (with palette references) and CSS reaches it
 * only by what the `<use>` passes down.
 */
export function locatorMapShared(data: LocatorData, { document, ids, t }: SharedTarget<LocatorWords>): SVGSVGElement {
  const svg = document.createElementNS(svgNamespace, 'svg') as SVGSVGElement;
  const defs = svg.appendChild(document.createElementNS(svgNamespace, 'defs'));
  const shared = sharedPanels(data, t);
  for (const name of ['region', 'closeUp'] as const) {
    for (const [key, d] of Object.entries(shared[name].paths) as [ShapeKey, string][]) {
      const path = defs.appendChild(document.createElementNS(svgNamespace, 'path'));
      path.setAttribute('id', sharedId(ids, name, key));
      path.setAttribute('d', d);
    }
  }
  return svg;
}

export function locatorMapChart(data: LocatorData, { layout, width, document, ids, t, locale }: DrawTarget<LocatorWords>): SVGSVGElement {
  const layoutPanels = layoutOf(layout, width, t);
  const { titleLines, region, closeUp, height } = layoutPanels;
  const shared = sharedPanels(data, t);
  const element = <K extends keyof SVGElementTagNameMap>(tag: K, attributes: Record<string, string | number>, parent?: Element): SVGElementTagNameMap[K] => {
    const node = document.createElementNS(svgNamespace, tag) as SVGElementTagNameMap[K];
    for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
    parent?.appendChild(node);
    return node;
  };
  const svg = element('svg', { width, height, viewBox: `0 0 ${width} ${height}` });
  const halo = { stroke: colors.paper, 'stroke-width': 3, 'stroke-linejoin': 'round', 'paint-order': 'stroke' };

  const labels: Box[] = [];
  const clearance = 6;
  const collides = (box: Box) => labels.some((other) => box.left < other.right + clearance && other.left < box.right + clearance && box.top < other.bottom + clearance && other.top < box.bottom + clearance);

  /** Where a label's box would be, kept inside its panel. */
  const place = (panel: Panel, lines: string[], x: number, y: number, anchor: string, bold: boolean) => {
    const widest = Math.max(...lines.map((line) => textWidth(line, fontSize, { bold })));
    const shift = anchor === 'middle' ? widest / 2 : anchor === 'end' ? widest : 0;
    const left = Math.min(Math.max(x - shift, panel.x + 3), panel.x + panel.width - widest - 3);
    const height = labelHeight(lines.length);
    const top = Math.min(Math.max(y - textAscent * fontSize, panel.y + 3), panel.y + panel.height - height - 3);
    return { box: { left, right: left + widest, top, bottom: top + height }, x: left + shift, baseline: top + textAscent * fontSize };
  };

  // What a label keeps off besides other labels: every line drawn on the map (coasts and land
  // borders, the border, the frames, the scale bars, the leader) and every dot. The land and the
  // water are the ground labels sit on (data-ground); their outlines are lines like any other.
  const outlines: Segment[] = [];
  const dots: Box[] = [];
  const addSegments = (points: [number, number][]) => {
    for (let index = 1; index < points.length; index += 1) {
      const [[x1, y1], [x2, y2]] = [points[index - 1]!, points[index]!];
      outlines.push({ x1, y1, x2, y2 });
    }
  };
  /**
   * The segments of a shared path (written with M, L and Z only, as geoPath writes it) as a
   * layout shows them: moved to its place by `toLayout`, and clipped to the panel they show in.
   */
  const addShared = (d: string, toLayout: (point: [number, number]) => [number, number], panel: Box) => {
    for (const part of d.split(/(?=M)/)) {
      const points = [...part.matchAll(/(-?\d+(?:\.\d+)?),(-?\d+(?:\.\d+)?)/g)].map((match) => toLayout([Number(match[1]), Number(match[2])]));
      if (/Z/.test(part) && points.length > 1) points.push(points[0]!);
      for (let index = 1; index < points.length; index += 1) {
        const [[x1, y1], [x2, y2]] = [points[index - 1]!, points[index]!];
        const inside = clipSegment({ x1, y1, x2, y2 }, panel);
        if (inside) outlines.push(inside);
      }
    }
  };
  const addFrame = (left: number, top: number, right: number, bottom: number) =>
    addSegments([[left, top], [right, top], [right, bottom], [left, bottom], [left, top]]);
  /** A box clear of every label, dot and line, by 2 px. */
  const clear = (box: Box) => {
    const grown = { left: box.left - 2, right: box.right + 2, top: box.top - 2, bottom: box.bottom + 2 };
    const touches = (other: Box) => grown.left < other.right && other.left < grown.right && grown.top < other.bottom && other.top < grown.bottom;
    return !collides(box) && !dots.some(touches) && !outlines.some((segment) => lengthInside(segment, grown) > 0);
  };

  type Spot = { x: number; y: number; anchor?: string };
  /**
   * A label at the first of its spots where it is clear of everything (its box kept inside its
   * panel), or, if none is, at the first (`required`) or not at all. Returns the box it took.
   */
  const label = (
    parent: Element,
    panel: Panel,
    text: string | string[],
    spots: Spot[],
    style: Record<string, string | number> = {},
    { required = true, where = () => true }: { required?: boolean; where?: (spot: Spot) => boolean } = {},
  ) => {
    const lines = Array.isArray(text) ? text : [text];
    const bold = style['font-weight'] === 'bold';
    const anchorOf = (spot: Spot) => spot.anchor ?? String(style['text-anchor'] ?? 'middle');
    const chosen = spots.find((spot) => clear(place(panel, lines, spot.x, spot.y, anchorOf(spot), bold).box) && where(spot)) ?? (required ? spots[0] : undefined);
    if (!chosen) return undefined;
    const anchor = anchorOf(chosen);
    const spot = place(panel, lines, chosen.x, chosen.y, anchor, bold);
    const node = element('text', { x: spot.x.toFixed(1), y: spot.baseline.toFixed(1), fill: colors.ink, ...halo, ...style, 'text-anchor': anchor }, parent);
    lines.forEach((line, index) => {
      const span = element('tspan', { x: spot.x.toFixed(1), ...(index > 0 && { dy: `${lineSpacing}em` }) }, node);
      span.textContent = line;
    });
    labels.push(spot.box);
    return spot.box;
  };

  const drawPanel = (panel: Panel, name: PanelName) => {
    const { countries } = data.scales[panelSettings[name].scale];
    const group = element('g', { 'data-panel': panelSettings[name].name }, svg);
    const projection = panelProjection(data.extents[name], panel);
    // The layout's own path, for placing labels on the countries (their bounds and centres); the shapes drawn are the shared ones.
    const path = thinPath(projection);
    // The water and the land are ground (data-ground): labels sit on them; their outlines are lines.
    element('rect', { x: panel.x, y: panel.y, width: panel.width, height: panel.height, fill: colors.water, 'data-ground': 'water' }, group);
    // The shared shapes, through a viewport on the panel that clips them to it and scales them to
    // this layout; their strokes are widened by as much as the viewport shrinks them.
    const reference = shared[name];
    const s = projection.scale() / reference.scale;
    const [tx, ty] = projection.translate();
    const [rx, ry] = reference.translate;
    const toLayout = ([x, y]: [number, number]): [number, number] => [s * (x - rx) + tx, s * (y - ry) + ty];
    const view = element('svg', { x: panel.x, y: panel.y, width: panel.width, height: panel.height, viewBox: `${(panel.x - tx) / s + rx} ${(panel.y - ty) / s + ry} ${panel.width / s} ${panel.height / s}` }, group);
    const panelBox = { left: panel.x, top: panel.y, right: panel.x + panel.width, bottom: panel.y + panel.height };
    const strokeWidth = (width: number) => Number((width / s).toFixed(3));
    /** A shared shape, painted by `attributes`; its lines are kept off by labels unless `outline` is false. */
    const use = (key: ShapeKey, attributes: Record<string, string | number>, outline = true) => {
      const d = reference.paths[key];
      if (!d) return;
      element('use', { href: `#${sharedId(ids, name, key)}`, ...attributes }, view);
      if (outline) addShared(d, toLayout, panelBox);
    };
    for (const key of countryOrder) {
      use(key, { fill: key === 'northKorea' ? colors.landFocus : colors.land, stroke: colors.muted, 'stroke-width': strokeWidth(0.75), 'stroke-linejoin': 'round', 'data-country': key, 'data-ground': 'land' });
    }
    // The province, over the land and under the border, which runs along its north-west edge. In the
    // region, its outline. The close-up lies inside it (all but a sliver of its North Korean land at
    // the outline's resolution: the tests count), so there the province's tint covers North Korea's
    // land, and the key's "North Pyongan Province" reads the same in both panels: untinted, the
    // close-up's North Korea looked like somewhere outside the province.
    const { fill, fillOpacity, tint, stroke, strokeWidth: provinceWidth } = markStyles.province;
    const provinceTint = { fill, 'fill-opacity': fillOpacity, stroke: 'none', ...(tint && { 'data-tint': '' }) };
    if (name === 'region') {
      use('province-area', { ...provinceTint, 'data-mark': 'province', 'data-province': 'area' });
      use('province-inland-boundary', { fill: 'none', stroke, 'stroke-width': strokeWidth(provinceWidth), 'stroke-linejoin': 'round', 'stroke-linecap': 'round', 'data-mark': 'province', 'data-province': 'inland-boundary' }, false);
    } else {
      // Ground, as the land under it is: the close-up's labels are written on it (North Korea's among them).
      use('northKorea', { ...provinceTint, 'data-province': 'close-up', 'data-ground': 'land' }, false);
    }
    use('border', { fill: 'none', stroke: markStyles.border.stroke, 'stroke-width': strokeWidth(markStyles.border.strokeWidth), 'stroke-linejoin': 'round', 'stroke-linecap': 'round', 'data-border': 'north-korea-china' });
    element('rect', { x: panel.x + 0.5, y: panel.y + 0.5, width: panel.width - 1, height: panel.height - 1, fill: 'none', stroke: colors.muted, 'stroke-width': 1 }, group);
    addFrame(panel.x, panel.y, panel.x + panel.width, panel.y + panel.height);
    return { group, projection, path, countries };
  };

  /** A country's name at the centre of the part of it the panel shows, if that part is big enough to hold it. */
  const countryLabel = (panelDrawing: ReturnType<typeof drawPanel>, panel: Panel, key: CountryKey) => {
    const [[x0, y0], [x1, y1]] = panelDrawing.path.bounds(panelDrawing.countries[key]);
    const text = t.countryLabel[key];
    const words = text.split(' ');
    if (!Number.isFinite(x0) || x1 - x0 < Math.max(...words.map((word) => textWidth(word, fontSize, { bold: true }))) || y1 - y0 < 2 * fontSize) return;
    const [x, y] = panelDrawing.path.centroid(panelDrawing.countries[key]);
    // The centre of the country's visible part, or the nearest spot on its land clear of every
    // coast, border and label; none if the country shows no such room.
    const spots: Spot[] = [];
    for (let sy = y0; sy <= y1; sy += 5) for (let sx = x0; sx <= x1; sx += 5) spots.push({ x: sx, y: sy + 0.35 * fontSize });
    const ranked = [{ x, y: y + 0.35 * fontSize }, ...spots.sort((a, b) => Math.hypot(a.x - x, a.y - y) - Math.hypot(b.x - x, b.y - y))];
    // A box clear of every coast lies wholly on one ground: on this country's if its centre is.
    const onLand = (spot: Spot) => geoContains(panelDrawing.countries[key], panelDrawing.projection.invert!([spot.x, spot.y - 0.35 * fontSize])!);
    // On one line, or a word a line where one line finds no room.
    const style = { 'font-weight': 'bold', fill: colors.muted, 'data-label': key };
    if (!label(panelDrawing.group, panel, text, ranked, style, { required: false, where: onLand }) && words.length > 1) {
      label(panelDrawing.group, panel, words, ranked, style, { required: false, where: onLand });
    }
  };

  /** A scale bar: the roundest distance that takes at most a quarter of the panel's width. */
  const scaleBar = (panelDrawing: ReturnType<typeof drawPanel>, panel: Panel) => {
    const [cx, cy] = [panel.x + panel.width / 2, panel.y + panel.height / 2];
    const centre = panelDrawing.projection.invert!([cx, cy])!;
    const kmPerDegree = (Math.PI / 180) * earthRadiusKm * Math.cos((centre[1] * Math.PI) / 180);
    const pxPerKm = (panelDrawing.projection([centre[0] + 1, centre[1]])![0] - cx) / kmPerDegree;
    const km = [1, 2, 5, 10, 20, 50, 100, 200, 500].filter((step) => step * pxPerKm <= panel.width / 4).at(-1) ?? 1;
    const length = km * pxPerKm;
    const [x, y] = [panel.x + 10, panel.y + panel.height - 10];
    const group = element('g', { 'data-scale': `${km} km` }, panelDrawing.group);
    element('path', { d: `M${x},${(y - 5).toFixed(1)}V${y}H${(x + length).toFixed(1)}V${(y - 5).toFixed(1)}`, fill: 'none', stroke: colors.ink, 'stroke-width': 1.5 }, group);
    addSegments([[x, y - 5], [x, y], [x + length, y], [x + length, y - 5]]);
    // Beside the bar, or just above it, clear of the coasts; only then further along, where it
    // would read as apart from the bar.
    const text = t.kilometres(locale.number(km));
    const spots: Spot[] = [
      { x: x + length + 6, y },
      ...[0, 1, 2, 3].map((step) => ({ x, y: y - 9 - step * 6 })),
      ...[1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((step) => ({ x: x + length + 6 + step * 6, y })),
    ];
    label(group, panel, text, spots.map((spot) => ({ ...spot, anchor: 'start' })), { 'text-anchor': 'start' });
  };

  // The region.
  const regionDrawing = drawPanel(region, 'region');
  const project = (projection: GeoProjection, longitude: number, latitude: number) => projection([longitude, latitude])!;
  // The close-up's frame on the region; the close-up's title refers to it.
  const closeUpProjection = panelProjection(data.extents.closeUp, closeUp);
  const shownInCloseUp = [closeUpProjection.invert!([closeUp.x, closeUp.y])!, closeUpProjection.invert!([closeUp.x + closeUp.width, closeUp.y + closeUp.height])!];
  const [frameLeft, frameTop] = project(regionDrawing.projection, shownInCloseUp[0]![0], shownInCloseUp[0]![1]);
  const [frameRight, frameBottom] = project(regionDrawing.projection, shownInCloseUp[1]![0], shownInCloseUp[1]![1]);
  const frame = { left: Math.min(frameLeft, frameRight - 6), top: Math.min(frameTop, frameBottom - 6), right: frameRight, bottom: frameBottom };
  /**
   * In forced colours the province is solid (data-tint), and the box's and the leader's lines would
   * vanish into it (the leader is the province's own colour): there, and only there, a halo of the
   * background's colour runs under each (data-forced-colors-only, hidden otherwise).
   */
  const forcedHalo = (tag: 'rect' | 'path', attributes: Record<string, string | number>) =>
    element(tag, { ...attributes, fill: 'none', stroke: colors.paper, 'stroke-width': 4, visibility: 'hidden', 'data-forced-colors-only': '', 'aria-hidden': 'true' }, regionDrawing.group);
  const frameBox = { x: frame.left.toFixed(1), y: frame.top.toFixed(1), width: (frame.right - frame.left).toFixed(1), height: (frame.bottom - frame.top).toFixed(1) };
  forcedHalo('rect', frameBox);
  element('rect', { ...frameBox, fill: 'none', stroke: colors.ink, 'stroke-width': 1.5 }, regionDrawing.group);
  addFrame(frame.left, frame.top, frame.right, frame.bottom);

  // The province's label sits out in the bay, south-west of the province, with a leader to the centre of its outline.
  const [provinceX, provinceY] = project(regionDrawing.projection, ...data.province.centre);
  const provinceLines = wrapText(t.provinceLabel, layout === 'narrow' ? 96 : 120, fontSize, { bold: true, balanced: true });
  // The scale bar first, so the province's and the countries' names keep clear of it.
  scaleBar(regionDrawing, region);
  // Out in the bay, or as near it as is clear of the coast; the label names the places and its leader (data-labels).
  const provinceSpots: Spot[] = [0, 1, 2, 3, 4, 5, 6].flatMap((down) => [0, 1, 2, 3, 4].map((left) => ({ x: provinceX - 24 - left * 8, y: provinceY + 30 + down * 8 })));
  const provinceBox = label(regionDrawing.group, region, provinceLines, provinceSpots, { 'text-anchor': 'end', 'font-weight': 'bold', fill: colors.accent, 'data-label': 'province', 'data-labels': 'province' })!;
  const leaderStart: [number, number] = [provinceBox.right + 2, provinceBox.top + 4];
  forcedHalo('path', { d: `M${leaderStart[0].toFixed(1)},${leaderStart[1].toFixed(1)}L${provinceX.toFixed(1)},${provinceY.toFixed(1)}` });
  element('path', { d: `M${leaderStart[0].toFixed(1)},${leaderStart[1].toFixed(1)}L${provinceX.toFixed(1)},${provinceY.toFixed(1)}`, stroke: colors.accent, 'stroke-width': 1, fill: 'none', 'data-mark': 'province' }, regionDrawing.group);
  addSegments([leaderStart, [provinceX, provinceY]]);
  for (const key of ['northKorea', 'china', 'southKorea'] as const) countryLabel(regionDrawing, region, key);
  const provinceTarget = element('rect', {
    x: (provinceBox.left - 4).toFixed(1),
    y: (provinceBox.top - 4).toFixed(1),
    width: (provinceBox.right - provinceBox.left + 8).toFixed(1),
    height: Math.max(24, provinceBox.bottom - provinceBox.top + 8).toFixed(1),
    rx: 4,
    fill: 'transparent',
  }, regionDrawing.group);
  makeFocusableMark(provinceTarget, { figureId: data.quotes.crackdown.quote.id, label: t.provinceMark(t.province), describedBy: ids.source(data.quotes.crackdown.quote.id) });

  // The close-up: the two cities, either side of the border.
  const closeUpDrawing = drawPanel(closeUp, 'closeUp');
  const titlePanel = { x: layoutPanels.title.x, y: layoutPanels.title.y - 3, width: closeUp.width, height: closeUp.y - layoutPanels.title.y + 3 };
  label(closeUpDrawing.group, titlePanel, titleLines, [{ x: titlePanel.x, y: layoutPanels.title.y + textAscent * fontSize }], { 'text-anchor': 'start', 'font-weight': 'bold' });
  scaleBar(closeUpDrawing, closeUp);
  const cityIds = ['dandong', 'sinuiju'] as const;
  /** A city dot's halo: 3 px of paper around its 5 px dot. */
  const dotHalo = 8;
  const cityAt = Object.fromEntries(cityIds.map((id) => [id, project(closeUpProjection, data.cities[id].longitude, data.cities[id].latitude)])) as Record<CityId, [number, number]>;
  // Both halos first, then both dots: a halo never covers the other city's dot.
  for (const id of cityIds) {
    const [x, y] = cityAt[id];
    element('circle', { cx: x.toFixed(1), cy: y.toFixed(1), r: dotHalo, fill: colors.paper, 'data-mark': id, 'data-halo': id }, closeUpDrawing.group);
  }
  for (const id of cityIds) {
    const [x, y] = cityAt[id];
    // The dot lies on top of the border and the coasts (1:10m lines run within a few px of both
    // cities), its paper halo parting them from it: the place stays where its data puts it.
    element('circle', { cx: x.toFixed(1), cy: y.toFixed(1), r: 5, fill: colors.ink, 'data-mark': id }, closeUpDrawing.group);
    dots.push({ left: x - dotHalo - 1, right: x + dotHalo + 1, top: y - dotHalo - 1, bottom: y + dotHalo + 1 });
  }
  // Dandong, on the Chinese side, is labelled above its dot; Sinuiju, in North Korea, below; or
  // beside them, further off, where a coast or the border runs under that spot.
  const ascentPx = textAscent * fontSize;
  const around = (x: number, y: number, first: 'above' | 'below'): Spot[] =>
    [0, 4, 8, 12, 16].flatMap((off) => {
      const above = { x, y: y - dotHalo - 3 - textDescent * fontSize - off, anchor: 'middle' };
      const below = { x, y: y + dotHalo + 3 + ascentPx + off, anchor: 'middle' };
      const sides = [
        { x: x + dotHalo + 4 + off, y: y + 0.35 * fontSize, anchor: 'start' },
        { x: x - dotHalo - 4 - off, y: y + 0.35 * fontSize, anchor: 'end' },
      ];
      return first === 'above' ? [above, below, ...sides] : [below, above, ...sides];
    });
  for (const id of cityIds) {
    const [x, y] = cityAt[id];
    const city = data.cities[id];
    label(closeUpDrawing.group, closeUp, t.cityName[id], around(x, y, id === 'dandong' ? 'above' : 'below'), { 'text-anchor': 'middle', 'font-weight': 'bold', 'data-label': id, 'data-labels': id });
    const target = element('circle', { cx: x.toFixed(1), cy: y.toFixed(1), r: 12, fill: 'transparent' }, closeUpDrawing.group);
    makeFocusableMark(target, {
      figureId: data.freightTrain.fact.id,
      label: t.cityMark({ city: t.cityName[id], country: t.countryName[city.countryKey], latitude: t.latitude(formatDegrees(city.latitude, locale)), longitude: t.longitude(formatDegrees(city.longitude, locale)) }),
      describedBy: ids.source(data.freightTrain.fact.id),
    });
  }
  for (const key of ['china', 'northKorea'] as const) countryLabel(closeUpDrawing, closeUp, key);
  return svg;
}
