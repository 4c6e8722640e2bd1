/** How a report is named and dated on the page. */
import type { Source } from '../data/schema';

/** "2019 (inferred)": every year shown says whether it is an inference. */
export function yearLabel(source: Source): string {
  return `${source.year.value}${source.year.inferred ? ' (inferred)' : ''}`;
}

/** "27 May 2019 (year inferred)". */
export function interviewDateLabel(source: Source): string {
  const date = new Date(`${source.interviewed}T00:00:00Z`);
  const dayMonth = date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', timeZone: 'UTC' });
  return `${dayMonth} ${source.year.value}${source.year.inferred ? ' (year inferred)' : ''}`;
}

/** The headline, or a description of the report where the stored copy has none. */
export function sourceTitle(source: Source): string {
  return source.headline ?? source.shortTitle;
}
