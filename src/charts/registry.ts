/**
 * Every chart the site has, found by folder: each `src/charts/<slug>/definition.ts` exports one
 * `definition`. The embed pages, the data downloads, the methods page, the charts manifest the
 * end-to-end tests read, and `<Chart slug="…" />` all start here, so nothing lists charts by hand.
 */
import type { ChartDefinition, ChartScript } from './definition';

// Any chart, whatever its content, data and words: pages handle them alike.
type AnyDefinition = ChartDefinition<any, any, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const modules = import.meta.glob<{ definition: AnyDefinition }>('./*/definition.ts', { eager: true });

function collect(): Map<string, AnyDefinition> {
  const bySlug = new Map<string, AnyDefinition>();
  for (const [path, module] of Object.entries(modules)) {
    const folder = path.split('/')[1];
    const { definition } = module;
    if (!definition) throw new Error(`src/charts/${folder}/definition.ts: exports no \`definition\``);
    if (definition.slug !== folder) throw new Error(`src/charts/${folder}/definition.ts: slug "${definition.slug}" must be its folder's name, "${folder}"`);
    bySlug.set(definition.slug, definition);
  }
  return bySlug;
}

export const charts: ReadonlyMap<string, AnyDefinition> = collect();

/**
 * The landing page's lead graphic, under its dek: what a day's rental was worth. Pages with no
 * chart of their own (the landing page, methods) share its card, so a link to the landing page
 * does not show the same picture as one to story one (its first chart, the map).
 */
export const leadChart = 'price-meaning';

/** The definition of a chart, or a build failure naming the slug and the charts there are. */
export function chartBySlug(slug: string, usedIn: string): AnyDefinition {
  const definition = charts.get(slug);
  if (!definition) throw new Error(`${usedIn}: there is no chart "${slug}" (charts: ${[...charts.keys()].join(', ')})`);
  return definition;
}

/** The slugs of the charts an MDX body places with `<Chart slug="…" />`, in order. */
export function chartSlugsIn(body: string): string[] {
  return [...body.matchAll(/<Chart\s+slug="([^"]+)"/g)].map((match) => match[1]!);
}

/** A chart's own script as a page carries it: its definition's, and the chart it belongs to. */
export interface PageChartScript extends ChartScript {
  slug: string;
}

/** The browser scripts the given charts need beyond the frame's own, each once. */
export function chartScripts(slugs: readonly string[]): PageChartScript[] {
  const scripts = new Map<string, PageChartScript>();
  for (const slug of slugs) {
    const script = charts.get(slug)?.script;
    if (script && !scripts.has(script.entry)) scripts.set(script.entry, { ...script, slug });
  }
  return [...scripts.values()];
}
