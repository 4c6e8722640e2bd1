/**
 * The words every page's masthead shares: the site's name and the byline under a story's
 * headline, which credits the site as a whole (as its footer and README do), never a person.
 */
import type { Correction } from '../data/schema';

export const siteName = 'Renting a line to China';

export const byline = `By the ${siteName} team`;

/** When the site last changed in substance: the date of the newest entry in the corrections log, or none. */
export function lastUpdated(corrections: readonly Pick<Correction, 'date'>[]): Date | undefined {
  const newest = corrections.map(({ date }) => date).sort().at(-1);
  return newest === undefined ? undefined : new Date(`${newest}T00:00:00Z`);
}
