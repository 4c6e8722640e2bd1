/**
 * Where a drawing's text lands, estimated without a browser: each line of each <text> as a box,
 * from its position, the transforms above it, its anchor, baseline, size and weight, measured
 * with the same estimate the charts lay out with (src/charts/text.ts, which leaves room for a
 * reader's text spacing). The browser tests measure the real thing; this catches a collision
 * in every locale and state, in milliseconds.
 */
import { parseHTML } from 'linkedom';
import { textWidth } from '../../src/charts/text';

export interface TextBox {
  /** The line's text. */
  text: string;
  /** Which <text> element it belongs to, in document order: lines of one element never collide. */
  element: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

interface State {
  x: number;
  y: number;
  /** Degrees; only the rotation of the text itself is modelled. */
  rotate: number;
  fontSize: number;
  bold: boolean;
  anchor: string;
  baseline: string;
}

/** A length in px, or in ems of the font size: "12", "0.32em". */
function length(value: string | null, fontSize: number): number {
  if (!value) return 0;
  const number = Number.parseFloat(value);
  if (Number.isNaN(number)) return 0;
  return value.trim().endsWith('em') ? number * fontSize : number;
}

function applyTransform(state: State, transform: string | null): State {
  if (!transform) return state;
  let next = { ...state };
  for (const [, name, args] of transform.matchAll(/(translate|rotate)\(([^)]*)\)/g)) {
    const [a = 0, b = 0] = args!.split(/[\s,]+/).filter(Boolean).map(Number);
    if (name === 'translate') next = { ...next, x: next.x + a, y: next.y + b };
    else next = { ...next, rotate: next.rotate + a };
  }
  return next;
}

function inherit(state: State, element: Element): State {
  const fontSize = element.getAttribute('font-size');
  const weight = element.getAttribute('font-weight');
  const anchor = element.getAttribute('text-anchor');
  const baseline = element.getAttribute('dominant-baseline') ?? element.getAttribute('alignment-baseline');
  return {
    ...state,
    ...(fontSize && { fontSize: length(fontSize, state.fontSize) }),
    ...(weight && { bold: weight === 'bold' || Number(weight) >= 600 }),
    ...(anchor && { anchor }),
    ...(baseline && { baseline }),
  };
}

/** The box of one line whose baseline starts (by its anchor) at x, y, before rotation. */
function lineBox(text: string, x: number, y: number, state: State): Omit<TextBox, 'element'> {
  const width = textWidth(text, state.fontSize, { bold: state.bold });
  const left = state.anchor === 'middle' ? x - width / 2 : state.anchor === 'end' ? x - width : x;
  const size = state.fontSize;
  const [above, below] =
    state.baseline === 'middle' || state.baseline === 'central'
      ? [0.5 * size, 0.5 * size]
      : state.baseline === 'hanging' || state.baseline === 'text-before-edge'
        ? [0, size]
        : [0.75 * size, 0.25 * size];
  return { text, left, right: left + width, top: y - above, bottom: y + below };
}

/** Rotates a box about the text's own origin (only quarter turns matter for labels). */
function rotated(box: Omit<TextBox, 'element'>, state: State): Omit<TextBox, 'element'> {
  const turn = ((Math.round(state.rotate / 90) % 4) + 4) % 4;
  const corners = [
    [box.left, box.top],
    [box.right, box.bottom],
  ].map(([x, y]) => {
    const [rx, ry] = turn === 0 ? [x!, y!] : turn === 1 ? [-y!, x!] : turn === 2 ? [-x!, -y!] : [y!, -x!];
    return [rx + state.x, ry + state.y];
  });
  const xs = corners.map(([x]) => x!);
  const ys = corners.map(([, y]) => y!);
  return { text: box.text, left: Math.min(...xs), right: Math.max(...xs), top: Math.min(...ys), bottom: Math.max(...ys) };
}

/** Every line of text in an SVG drawing, as boxes in the drawing's coordinates. */
export function textBoxes(svgMarkup: string): TextBox[] {
  const { document } = parseHTML(`<!doctype html><html><body>${svgMarkup}</body></html>`);
  const svg = document.querySelector('svg')!;
  const boxes: TextBox[] = [];
  let element = 0;
  const walk = (node: Element, parent: State) => {
    let state = inherit(applyTransform(parent, node.getAttribute('transform')), node);
    if (node.tagName.toLowerCase() === 'text') {
      const x = length(node.getAttribute('x'), state.fontSize) + length(node.getAttribute('dx'), state.fontSize);
      let y = length(node.getAttribute('y'), state.fontSize) + length(node.getAttribute('dy'), state.fontSize);
      const spans = Array.from(node.querySelectorAll('tspan'));
      const local = { ...state, x: 0, y: 0, rotate: 0 };
      const lines: Omit<TextBox, 'element'>[] = [];
      if (spans.length === 0) {
        const text = node.textContent?.trim() ?? '';
        if (text) lines.push(lineBox(text, x, y, local));
      } else {
        for (const span of spans) {
          const spanState = inherit(local, span);
          const spanX = span.hasAttribute('x') ? length(span.getAttribute('x'), spanState.fontSize) : x;
          if (span.hasAttribute('y')) y = length(span.getAttribute('y'), spanState.fontSize);
          y += length(span.getAttribute('dy'), spanState.fontSize);
          const text = span.textContent?.trim() ?? '';
          if (text) lines.push(lineBox(text, spanX, y, spanState));
        }
      }
      for (const line of lines) boxes.push({ ...rotated(line, state), element });
      element += 1;
      return;
    }
    for (const child of Array.from(node.children)) walk(child, state);
    state = parent;
  };
  walk(svg as unknown as Element, { x: 0, y: 0, rotate: 0, fontSize: 12, bold: false, anchor: 'start', baseline: 'auto' });
  return boxes;
}

/** Pairs of lines from different <text> elements whose boxes overlap by more than `tolerance` px both ways. */
export function overlappingText(boxes: TextBox[], tolerance = 1): [TextBox, TextBox][] {
  const pairs: [TextBox, TextBox][] = [];
  boxes.forEach((a, index) => {
    for (const b of boxes.slice(index + 1)) {
      if (a.element === b.element) continue;
      const width = Math.min(a.right, b.right) - Math.max(a.left, b.left);
      const height = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
      if (width > tolerance && height > tolerance) pairs.push([a, b]);
    }
  });
  return pairs;
}

/** Lines that reach outside the drawing's viewBox by more than `tolerance` px. */
export function textOutside(svgMarkup: string, boxes: TextBox[], tolerance = 1): TextBox[] {
  const viewBox = /viewBox="([^"]+)"/.exec(svgMarkup)?.[1]?.split(/[\s,]+/).map(Number);
  if (!viewBox) return [];
  const [x0, y0, width, height] = viewBox as [number, number, number, number];
  return boxes.filter((box) => box.left < x0 - tolerance || box.top < y0 - tolerance || box.right > x0 + width + tolerance || box.bottom > y0 + height + tolerance);
}
