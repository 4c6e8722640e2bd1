/** What every chart hands its frame: the words, the table and the sources around the drawing. */
import type { Citation, ContextFact, Figure, Quote, Source } from '../data/schema';

export interface TableColumn {
  key: string;
  label: string;
  /** Right-aligned, tabular figures. */
  numeric?: boolean;
}

export interface FrameTable {
  caption: string;
  columns: TableColumn[];
  rows: Record<string, string>[];
}

/** A number from one of the two reports, with the report it comes from. */
export interface ReportSource {
  figure: Figure;
  source: Source;
}

/** A fact from outside the reports (content/context.json), with its citations. */
export interface ContextSource {
  fact: ContextFact;
  citations: Citation[];
}

/** A quotation from a report (content/quotes.json) that an annotation or a link rests on. */
export interface QuoteSource {
  quote: Quote;
  source: Source;
}

export type FrameSource = ReportSource | ContextSource | QuoteSource;

/** The id a source entry has in the frame, for a mark's aria-describedby. */
export const frameSourceId = (slug: string, entryId: string) => `${slug}-source-${entryId}`;

export const isContextSource = (entry: FrameSource): entry is ContextSource => 'fact' in entry;
export const isQuoteSource = (entry: FrameSource): entry is QuoteSource => 'quote' in entry && !('figure' in entry);

/** The id of a source entry: a figure's, a context fact's or a quotation's. */
export function frameSourceEntryId(entry: FrameSource): string {
  if (isContextSource(entry)) return entry.fact.id;
  if (isQuoteSource(entry)) return entry.quote.id;
  return entry.figure.id;
}

export interface FrameContent {
  /** Folder name under src/charts/, and the embed page's and downloads' file name. */
  slug: string;
  title: string;
  /** The one sentence a reader should take away. */
  takeaway: string;
  /** The chart in words, for screen readers and anyone who cannot see it. */
  description: string;
  table: FrameTable;
  notes: string[];
  /** Every number the chart shows: report figures with their quote, context facts with their citations. */
  sources: FrameSource[];
  /** The story the chart belongs to (its file name in content/stories/). */
  story: string;
}
