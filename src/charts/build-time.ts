/**
 * Drawing charts at build time: a DOM for Plot and D3 to draw into (linkedom), and the one way
 * every chart component draws its narrow and wide versions, finished for the page. Build only:
 * a page's script must never carry linkedom, so this is apart from svg.ts.
 */
import { parseHTML } from 'linkedom';
import { frameSourceId } from './frame';
import { layoutNames, layoutWidths, type LayoutName } from './layouts';
import { finishSvg } from './svg';

/** A DOM for Plot at build time. In the browser, pass `document` itself. */
export function serverDocument(): Document {
  return parseHTML('<!doctype html><html><body></body></html>').document as unknown as Document;
}

/** What a chart function needs to draw one of a frame's drawings. */
export interface DrawingTarget {
  layout: LayoutName;
  width: number;
  document: Document;
  /** The id of a source entry in the frame, for a mark's aria-describedby. */
  sourceElementId: (entryId: string) => string;
}

/**
 * A chart drawn at every layout width, as the frame's HTML: each labelled by the frame's title
 * and description, and tagged with its layout.
 */
export function drawLayouts(slug: string, draw: (target: DrawingTarget) => SVGSVGElement): string[] {
  const ids = { labelledBy: `${slug}-title`, describedBy: `${slug}-description` };
  return layoutNames.map((layout) => {
    const svg = draw({ layout, width: layoutWidths[layout], document: serverDocument(), sourceElementId: (entryId) => frameSourceId(slug, entryId) });
    return finishSvg(svg, { ...ids, layout });
  });
}
