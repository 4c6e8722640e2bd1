/**
 * What a chart's `credit` message is given (see credit.ts, which derives it from the chart's
 * requirements), and the one helper the messages share. Apart from credit.ts so a browser script
 * that imports a chart's messages never pulls in the build's module glob.
 */
import type { Locale } from '../lib/locale';

/** Who a chart's content comes from, each name once, in the order the chart declares it. */
export interface CreditSources {
  /** Outlets of the reports whose figures or words the chart uses: ["Daily NK"]. */
  reports: string[];
  /** Publishers of the context facts it uses, except those already among `reports`. */
  context: string[];
}

/** A chart's credit line, worded by its messages. */
export type CreditWords = (sources: CreditSources, locale: Locale) => string;

/** "A", "A and B", "A, B and C": a list of names as a credit writes it. */
export function listNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}
