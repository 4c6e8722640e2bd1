/**
 * Placing a chart's labels where they collide with nothing: each label is tried at its candidate
 * positions, in order of preference, and takes the first whose measured box (text.ts, with room
 * for a reader's text spacing) stays inside the drawing, clear of every label already placed and
 * of the lines drawn across the chart. Measured as the chart tests measure, so what passes here
 * passes there. A line through a label costs a thousand times a px of a less wanted position, so
 * it is taken only when nothing else fits, and the chart then grows taller until one does; a label
 * over another label or outside the drawing costs more still.
 */
import { minimumTextSize } from '../layouts';
import { type Box, lengthInside, outside, overlap, type Segment } from '../geometry';
import { textAscent, textDescent, textWidth } from '../text';

export type { Box, Segment };

export const fontSize = minimumTextSize;
/** The distance between the baselines of a label's lines. */
export const lineHeight = 15;

export interface Label {
  lines: string[];
  /** Where the first line's baseline starts, by its anchor. */
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  bold?: boolean;
  /** How much less this position is wanted than the first, in px of line crossing it outweighs. */
  penalty?: number;
}

/** The widest line of a label, in px. */
export const labelWidth = (lines: readonly string[], { bold = false } = {}) => Math.max(0, ...lines.map((line) => textWidth(line, fontSize, { bold })));

/**
 * The box a label's text covers: from the first line's ascent to the last line's descent, as a
 * browser measures a text's box (the font's whole ascent, an em above the baseline, not only its
 * capitals': text.ts).
 */
export function labelBox({ lines, x, y, anchor, bold = false }: Label): Box {
  const width = labelWidth(lines, { bold });
  const left = anchor === 'middle' ? x - width / 2 : anchor === 'end' ? x - width : x;
  return { left, right: left + width, top: y - textAscent * fontSize, bottom: y + (lines.length - 1) * lineHeight + textDescent * fontSize };
}

export interface Placement {
  label: Label;
  box: Box;
  /** 0 when the label is inside the bounds and clear of every other label. */
  collision: number;
  /** How much of the lines runs through the label, in px. */
  crossing: number;
}

/**
 * Where a label goes: never over another label or outside `bounds` when a candidate avoids it;
 * then where the fewest px of line cross it, plus the candidate's own penalty. The first
 * candidate that is perfect is taken at once.
 */
export function placeLabel(candidates: readonly Label[], obstacles: readonly Box[], bounds: Box, { segments = [], gap = 3 }: { segments?: readonly Segment[]; gap?: number } = {}): Placement {
  let best: { placement: Placement; score: number } | undefined;
  for (const label of candidates) {
    const box = labelBox(label);
    const grown = { left: box.left - gap, right: box.right + gap, top: box.top - gap, bottom: box.bottom + gap };
    const collision = outside(box, bounds) * 1000 + obstacles.reduce((sum, obstacle) => sum + overlap(box, obstacle, gap), 0);
    const crossing = segments.reduce((sum, segment) => sum + lengthInside(segment, grown), 0);
    const placement = { label, box, collision, crossing };
    const score = collision * 1e6 + crossing * 1e3 + (label.penalty ?? 0);
    if (score === 0) return placement;
    if (!best || score < best.score) best = { placement, score };
  }
  if (!best) throw new Error('placeLabel: no candidate positions');
  return best.placement;
}
