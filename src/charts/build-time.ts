/**
 * Rendering a chart at build time: its content resolved, its words looked up, and every variant
 * drawn at every layout width into a DOM (linkedom), finished for the page. Build only: a page's
 * script must never carry linkedom, so this is apart from svg.ts.
 */
import { parseHTML } from 'linkedom';
import type { Content } from '../data/load';
import { resolveRequirements } from '../data/requirements';
import { english, type Locale } from '../lib/locale';
import { chartIds, type ChartDefinition, type LegendItem, type RenderContext, type Variants } from './definition';
import type { FrameContent } from './frame';
import { breakoutLayout, drawingWidths, layoutNames, presetOf, type DrawingLayout, type LayoutName } from './layouts';
import { messagesFor } from './messages';
import { creditLine } from './credit';
import { compactPaths } from './path-data';
import { finishSharedSvg, finishSvg } from './svg';

/** A DOM for Plot at build time. In the browser, pass `document` itself. */
export function serverDocument(): Document {
  return parseHTML('<!doctype html><html><body></body></html>').document as unknown as Document;
}

export interface Drawing {
  /** The layout settings it was drawn with (a breakout drawing has the wide layout's). */
  layout: LayoutName;
  /** Which drawing it is: the layout's name, or "breakout" (its `data-layout`). */
  name: DrawingLayout;
  svg: string;
}

/** Everything a page needs to show a chart, in one locale. */
export interface RenderedChart<Data = unknown> {
  definition: ChartDefinition;
  data: Data;
  context: RenderContext<unknown>;
  frame: FrameContent;
  legend: LegendItem[];
  /** The switch, when the chart has states to switch between. */
  variants: Variants | undefined;
  /** The drawings of each variant ("default" when there is none), every layout each. */
  drawings: { variant: string; layouts: Drawing[] }[];
  /** The shapes the drawings share (`ChartDefinition.shared`), for the page to carry once; none for most charts. */
  shared: string | undefined;
}

// One definition's types are erased here: a page renders any chart by slug.
type AnyDefinition = ChartDefinition<any, any, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** The data and words of a chart, without drawing it (downloads, the methods page). */
export function prepareChart(definition: AnyDefinition, content: Content, locale: Locale = english) {
  const context: RenderContext<unknown> = { t: messagesFor(definition.messages, locale), locale };
  const resolved = resolveRequirements(content, definition.slug, definition.requires);
  const data: unknown = definition.shape(resolved, context);
  const credit = creditLine(definition.slug, resolved, locale);
  const frame: FrameContent = {
    ...definition.frame(data, context),
    slug: definition.slug,
    story: definition.story,
    navigation: definition.navigation ?? { groups: 'rows' },
    credit,
  };
  return { context, data, frame };
}

/**
 * The layouts a chart is drawn at: its own (or all three), and with `breakout` (a story page, not
 * an embed) the breakout drawing too, when the chart asks for one.
 */
export function drawingLayouts(definition: Pick<AnyDefinition, 'layouts' | 'breakout'>, { breakout = false } = {}): DrawingLayout[] {
  return [...(definition.layouts ?? layoutNames), ...(breakout && definition.breakout ? [breakoutLayout.name] : [])];
}

/**
 * The most variants a chart may offer. Without scripts, CSS shows the drawing and takeaway of the
 * checked radio button, with one selector per position (Chart.astro, ChartFrame.astro); a fifth
 * variant would show nothing when checked.
 */
export const maxVariants = 4;

export function renderChart(definition: AnyDefinition, content: Content, locale: Locale = english, { breakout = false } = {}): RenderedChart {
  const { context, data, frame } = prepareChart(definition, content, locale);
  const ids = chartIds(definition.slug);
  const variants: Variants | undefined = definition.variants?.(data, context);
  if (variants && variants.options.length > maxVariants) {
    throw new Error(`${definition.slug}: ${variants.options.length} variants, but a frame's CSS shows the checked one of at most ${maxVariants} (Chart.astro, ChartFrame.astro): add selectors there first`);
  }
  const variantIds = variants ? variants.options.map((option) => option.id) : ['default'];
  const layouts = drawingLayouts(definition, { breakout });
  const drawings = variantIds.map((variant) => ({
    variant,
    layouts: layouts.map((layout) => {
      const svg = definition.draw(data, { ...context, variant, layout: presetOf(layout), width: drawingWidths[layout], document: serverDocument(), ids });
      compactPaths(svg);
      return { layout: presetOf(layout), name: layout, svg: finishSvg(svg, { layout }) };
    }),
  }));
  const sharedSvg = definition.shared?.(data, { ...context, document: serverDocument(), ids });
  if (sharedSvg) compactPaths(sharedSvg);
  const shared = sharedSvg && finishSharedSvg(sharedSvg);
  return { definition, data, context, frame, legend: definition.legend?.(data, context) ?? [], variants, drawings, shared };
}
