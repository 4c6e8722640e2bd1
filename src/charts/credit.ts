/**
 * The one-line source under every chart, true for that chart: derived from the content the chart
 * declares in `requires`, never typed. Report figures and quotations credit their report's outlet
 * (Daily NK); context facts credit the publishers of their citations (content/citations.json).
 * Each chart words the line in its own `messages.ts`, as `export const credit`, a function of
 * these lists; a chart without one fails the build naming its file.
 */
import type { Requirements, Resolved } from '../data/requirements';
import type { Locale } from '../lib/locale';
import type { ChartMessages } from './messages';
import { messagesFor } from './messages';

import type { CreditSources, CreditWords } from './credit-words';

export type { CreditSources, CreditWords };

const unique = (names: readonly string[]) => [...new Set(names)];

/** The outlets and publishers behind a chart's resolved requirements. */
export function creditSources(resolved: Resolved<Requirements>): CreditSources {
  const entries = <T>(record: Record<string, T>) => Object.values(record) as T[];
  const reports = unique([...entries(resolved.figures), ...entries(resolved.quotes)].map(({ source }) => source.outlet));
  const context = unique(
    [...entries(resolved.contextNumbers), ...entries(resolved.contextEvents)].flatMap(({ citations }) => citations.map((citation) => citation.publisher)),
  ).filter((publisher) => !reports.includes(publisher));
  return { reports, context };
}

const modules = import.meta.glob<{ credit?: ChartMessages<CreditWords> }>('./*/messages.ts', { eager: true });

/** The credit line of the chart `slug`, in `locale`. */
export function creditLine(slug: string, resolved: Resolved<Requirements>, locale: Locale): string {
  const credit = modules[`./${slug}/messages.ts`]?.credit;
  if (!credit) throw new Error(`src/charts/${slug}/messages.ts: exports no \`credit\` (the one-line source under the chart)`);
  return messagesFor(credit, locale)(creditSources(resolved), locale);
}
