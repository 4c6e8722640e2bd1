/**
 * What a chart is: one definition per chart folder (`src/charts/<slug>/definition.ts`), from which
 * the registry, the story and embed pages, the downloads, the methods page and the tests all
 * derive. Adding a chart is adding a folder and placing `<Chart slug="…" />` in its story.
 *
 * A definition is data and pure functions only (no .astro import), so Vitest and the browser
 * can load it. A chart that needs more than a switch, a legend and its drawings adds a
 * `Body.astro` beside it (the risk model's sliders), which the Chart component finds by folder.
 */
import type { Requirements, Resolved } from '../data/requirements';
import type { Locale } from '../lib/locale';
import type { FrameText } from './frame';
import type { LayoutName } from './layouts';
import type { ChartMessages } from './messages';

/** The stories, by their file name in content/stories/. */
export type StoryId = 'crackdown' | 'rentals';

/** Every id a chart's HTML uses, made here and nowhere else. */
export function chartIds(slug: string) {
  return {
    frame: `${slug}-chart`,
    title: `${slug}-title`,
    description: `${slug}-description`,
    /** The takeaway, which a chart with controls rewrites for the reader's settings. */
    takeaway: `${slug}-takeaway`,
    /** A source entry in the frame, which a mark's aria-describedby points at. */
    source: (entryId: string) => `${slug}-source-${entryId}`,
    /** The name shared by a switch's radio buttons. */
    switchName: `${slug}-variant`,
    /** A control of the chart's own (a slider), by its parameter. */
    control: (name: string) => `${slug}-${name}`,
    embedCode: `${slug}-embed-code`,
    /** The short key hint shown while a mark has focus. */
    hint: `${slug}-hint`,
    /** Where the skip link and Escape land: just past the chart's frame. */
    end: `${slug}-end`,
    /** A shape of the chart's shared drawing (`ChartDefinition.shared`), which each layout's drawing `<use>`s. */
    shared: (name: string) => `${slug}-shared-${name}`,
  };
}
export type ChartIds = ReturnType<typeof chartIds>;

/** What every function of a definition is given: the chart's words and the locale's formats. */
export interface RenderContext<Words> {
  t: Words;
  locale: Locale;
}

/** One drawing: which variant, at which layout width, into which document. */
export interface DrawTarget<Words> extends RenderContext<Words> {
  variant: string;
  layout: LayoutName;
  width: number;
  /** linkedom's document at build time, `window.document` in a browser. */
  document: Document;
  ids: ChartIds;
}

/** What a chart's shared drawing is given (`ChartDefinition.shared`): no layout, as it serves them all. */
export interface SharedTarget<Words> extends RenderContext<Words> {
  document: Document;
  ids: ChartIds;
}

/**
 * How a legend entry is drawn: the same style object the chart's marks use, so key and marks
 * cannot drift apart. Colours are palette references (`colors.*`).
 */
export interface SwatchStyle {
  /** `text`: a plain glyph (`letter`) as the chart writes it on its labels, in `fill`. */
  shape: 'dot' | 'bar' | 'line' | 'letter' | 'text';
  fill?: string;
  fillOpacity?: number;
  /**
   * A translucent wash over other marks (the map's province): solid under forced colours, where a
   * system colour at a fifth of its strength would fade away (`data-tint`, ChartFrame's rule), in
   * the key as on the drawing.
   */
  tint?: boolean;
  stroke?: string;
  strokeWidth?: number;
  strokeDasharray?: string;
  /** For `letter`: the letter drawn on the dot ("A"); for `text`, the glyph itself ("≈"). */
  letter?: string;
  /**
   * For `bar`: under forced colours, where every fill is one system colour, diagonal stripes of
   * the paper colour across the fill, so the mark stays apart from solid ones by more than colour.
   * Hidden otherwise (`data-forced-colors-only`, shown by ChartFrame's forced-colours rule).
   */
  forcedHatch?: boolean;
}

export interface LegendItem {
  swatch: SwatchStyle;
  label: string;
}

/** A chart drawn in several states (currencies, views), switched by radio buttons without script. */
export interface Variants {
  /** The switch's legend: "Show prices in". */
  legend: string;
  /** The first is the default. Each may carry a note shown with it and its own legend. */
  options: {
    id: string;
    label: string;
    note?: string;
    legend?: LegendItem[];
    /** What a screen reader hears, once, when it is chosen, from the chart's messages: "Prices now in US dollars". */
    announce: string;
    /** The frame's takeaway while this variant is shown, where it differs by variant (the frame shows the chosen one's). */
    takeaway?: string;
    /**
     * The one-line source under the chart while this variant is shown, where its drawing uses only
     * some of the chart's content (the frame shows the chosen one's; the frame's `credit` names all).
     */
    credit?: string;
  }[];
}

/**
 * How the arrow keys explore a chart's marks (src/client/chart-frame.ts). The marks fall into
 * groups (a mark's `data-group`, else the Plot mark or SVG group that drew it): ← and → step
 * through every mark, group after group; ↑ and ↓ jump to the previous or next group; Home and
 * End go to the first and last mark; Enter gives the mark's source; Escape leaves the chart.
 */
export interface Navigation {
  /** What a group is, as the hint names it: rows of bars, series on a time axis, arrows of a diagram, panels. */
  groups: 'rows' | 'series' | 'arrows' | 'panels';
  /** The order of the marks inside a group: along the x axis (a time axis), or as drawn (the default). */
  order?: 'x' | 'drawn';
}

/** A row of the CSV and JSON downloads. */
export type DownloadRow = Record<string, string | number | boolean>;

export interface ChartDefinition<R extends Requirements = Requirements, Data = unknown, Words = unknown> {
  /** The folder name, the embed page's and the downloads' file name. */
  slug: string;
  /** The story the chart belongs to. */
  story: StoryId;
  /** The content ids the chart draws on; resolved once, failing the build naming this chart. */
  requires: R;
  /** Every word the chart shows, by locale. */
  messages: ChartMessages<Words>;
  /** From resolved content to the chart's data: positions, roles, values. No words. */
  shape: (content: Resolved<R>, context: RenderContext<Words>) => Data;
  /** The frame's title, takeaway, description, table, notes and sources. */
  frame: (data: Data, context: RenderContext<Words>) => FrameText;
  /** The key drawn above the chart (for every variant). */
  legend?: (data: Data, context: RenderContext<Words>) => LegendItem[];
  /** States a reader switches between; without, one drawing per layout. */
  variants?: (data: Data, context: RenderContext<Words>) => Variants;
  /** Layouts drawn (default: all of `layoutWidths`). */
  layouts?: readonly LayoutName[];
  /**
   * A complex chart that breaks out wider than the text column from 1024 px: it is also drawn at
   * the breakout width (src/charts/layouts.ts, `breakoutLayout`), with the wide layout's settings.
   */
  breakout?: boolean;
  /** The drawing: pure, the same at build time and in a browser. */
  draw: (data: Data, target: DrawTarget<Words>) => SVGSVGElement;
  /**
   * Shapes every layout's drawing shows (a map's coasts and borders), drawn once per frame rather
   * than once per layout: an `<svg>` whose `<defs>` hold them, each with an id from `ids.shared`,
   * which the drawings `<use>` (scaled to their layout) and style by attributes on the `<use>`.
   * The page carries it once, beside the drawings; a downloaded picture carries its `<defs>`.
   */
  shared?: (data: Data, target: SharedTarget<Words>) => SVGSVGElement;
  /** Rows of the CSV and JSON downloads. */
  download: (data: Data, context: RenderContext<Words>) => DownloadRow[];
  /** How the arrow keys move between its marks (default: rows, in the order drawn). */
  navigation?: Navigation;
  /** A browser script beyond the frame's own, run when the reader first reaches for the chart. */
  script?: ChartScript;
}

/**
 * A chart's own browser script, built as its own file (routes.chartScript). Pages only point at
 * it, and fetch and run it when the reader first points at, touches, focuses or types into the
 * `host` element, so a page downloads and runs no more JavaScript than its frame's until then; it
 * loads at once when the address carries any of `eagerParams` (a view to restore). The script
 * must start from its controls as it finds them: the reader may have moved one while it loaded.
 */
export interface ChartScript {
  /** The entry point, from the project root. */
  entry: string;
  /** A CSS selector for the element the script enhances, e.g. "risk-model". */
  host: string;
  /** Address parameters that need the script at once. */
  eagerParams?: readonly string[];
}

/** Declares a chart; `const` keeps the required ids literal, so `content.figures[id]` is typed. */
export function defineChart<const R extends Requirements, Data, Words>(definition: ChartDefinition<R, Data, Words>): ChartDefinition<R, Data, Words> {
  return definition;
}
