/** How a report is named and dated on the page. */
import type { Citation, Source } from '../data/schema';

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

/**
 * How a report's words are dated, after its outlet and title: "reporting an interview of 27 May
 * 2019 (year inferred)" for the source the report dates, or, for words from a source it does not
 * date, who gave them and that only the report's (inferred) year is known.
 */
export function interviewNote(source: Source, words: { dated: boolean; speaker?: string | undefined }): string {
  if (words.dated) return `reporting an interview of ${interviewDateLabel(source)}`;
  const year = `the report’s year, ${source.year.value}${source.year.inferred ? ', is inferred' : ''}`;
  return `quoting ${words.speaker ?? 'another source'}, whose interview it does not date; ${year}`;
}

/**
 * The report's title as every citation prints it: its headline in quotation marks, or, where our
 * stored copy carries none, a plain description ("report on Chinese phone rentals") that no reader
 * can take for a headline (the words of its web address are never presented as one).
 */
export function sourceTitle(source: Source): string {
  return source.headline ? `“${source.headline}”` : source.shortTitle;
}

/** After "a Daily NK": "report, “Mobile rental business…”", or "report on Chinese phone rentals". */
export function reportReference(source: Source): string {
  return source.headline ? `report, “${source.headline}”` : source.shortTitle;
}

/** "Yonhap, AEN20200131007500325", "Kyodo, via nippon.com", "UPI, 24 June 2020". */
export function citationLabel(citation: Citation): string {
  const date = citation.date
    ? new Date(`${citation.date}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
    : undefined;
  const parts = [citation.publisher, citation.reference, date, citation.via && `via ${citation.via}`];
  return parts.filter(Boolean).join(', ');
}
