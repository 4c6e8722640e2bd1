/** What every chart hands its frame: the words, the table and the sources around the drawing. */
import type { ContextSource, QuoteSource, ReportSource } from '../data/requirements';
import type { Navigation } from './definition';

export type { ContextSource, QuoteSource, ReportSource };

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

export type FrameSource = ReportSource | ContextSource | QuoteSource;


export const isContextSource = (entry: FrameSource): entry is ContextSource => 'fact' in entry;
export const isQuoteSource = (entry: FrameSource): entry is QuoteSource => 'quote' in entry && !('figure' in entry);

/** The id of a source entry: a figure's, a context fact's or a quotation's. */
export function frameSourceEntryId(entry: FrameSource): string {
  if (isContextSource(entry)) return entry.fact.id;
  if (isQuoteSource(entry)) return entry.quote.id;
  return entry.figure.id;
}

/** What a chart's definition writes for its frame, every word from its messages. */
export interface FrameText {
  title: string;
  /** The one sentence a reader should take away. */
  takeaway: string;
  /** The chart in words, for screen readers and anyone who cannot see it. */
  description: string;
  table: FrameTable;
  notes: string[];
  /** Every number the chart shows: report figures with their quote, context facts with their citations. */
  sources: FrameSource[];
}

/** The frame's text with the chart it belongs to. */
export interface FrameContent extends FrameText {
  /** Folder name under src/charts/, and the embed page's and downloads' file name. */
  slug: string;
  /** The story the chart belongs to (its file name in content/stories/). */
  story: string;
  /** How the arrow keys move between its marks. */
  navigation: Navigation;
  /** The one-line source under the chart, from the outlets of what it requires (credit.ts). */
  credit: string;
}
