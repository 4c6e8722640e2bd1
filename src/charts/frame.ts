/** What every chart hands its frame: the words, the table and the sources around the drawing. */
import type { Figure, Source } from '../data/schema';

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

export interface FrameSource {
  figure: Figure;
  source: Source;
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
  /** Every figure the chart shows, each with its quote and report. */
  sources: FrameSource[];
  /** The story the chart belongs to (its file name in content/stories/). */
  story: string;
}
