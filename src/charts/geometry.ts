/**
 * The plane geometry a chart's label placement needs, in SVG px (y down): boxes, straight
 * segments, and how much of one lies in another. Shared by the charts that place their own labels
 * (the risk model's annotations, the locator map's place names).
 */

/** An axis-aligned box. */
export interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** A straight line drawn across the chart, which labels keep off when they can. */
export interface Segment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** The part of a segment inside a box, or none (Liang–Barsky). */
export function clipSegment(segment: Segment, box: Box): Segment | undefined {
  const dx = segment.x2 - segment.x1;
  const dy = segment.y2 - segment.y1;
  let [enter, exit] = [0, 1];
  const sides: [number, number][] = [
    [-dx, segment.x1 - box.left],
    [dx, box.right - segment.x1],
    [-dy, segment.y1 - box.top],
    [dy, box.bottom - segment.y1],
  ];
  for (const [towards, room] of sides) {
    if (towards === 0) {
      if (room < 0) return undefined;
      continue;
    }
    const at = room / towards;
    if (towards < 0) enter = Math.max(enter, at);
    else exit = Math.min(exit, at);
  }
  if (exit <= enter) return undefined;
  return { x1: segment.x1 + enter * dx, y1: segment.y1 + enter * dy, x2: segment.x1 + exit * dx, y2: segment.y1 + exit * dy };
}

/** How much of a segment runs through a box, in px (the segment clipped to the box). */
export function lengthInside(segment: Segment, box: Box): number {
  const inside = clipSegment(segment, box);
  return inside ? Math.hypot(inside.x2 - inside.x1, inside.y2 - inside.y1) : 0;
}

/** How far two boxes overlap, as an area, once each is grown by `gap` px. */
export function overlap(a: Box, b: Box, gap: number): number {
  const width = Math.min(a.right, b.right) - Math.max(a.left, b.left) + gap;
  const height = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) + gap;
  return width > 0 && height > 0 ? width * height : 0;
}

/** How far a box reaches outside the bounds, in px summed over its sides. */
export function outside(box: Box, bounds: Box): number {
  return (
    Math.max(0, bounds.left - box.left) + Math.max(0, box.right - bounds.right) + Math.max(0, bounds.top - box.top) + Math.max(0, box.bottom - bounds.bottom)
  );
}
