/**
 * Text measurement and wrapping for SVG labels, which cannot measure or wrap themselves at build
 * time. Every chart wraps with this one estimate, so the layout is the same at build time and in
 * a browser, and errs wide so labels fit with room to spare.
 */

/**
 * Glyph widths in ems, estimated from DejaVu Sans, the widest sans-serif a reader is likely to
 * get (Linux's sans-serif, when neither the chart face nor its Arial-based stand-ins are there).
 * Source Sans 3, the chart face, is narrower throughout (its average lower-case width is 0.42 em
 * against DejaVu's 0.51), so these hold for both.
 */
const charWidths: [RegExp, number][] = [
  [/[ \u00a0.,:;'’‘!|]/, 0.32],
  [/[ijlI]/, 0.3],
  // %, @ and … are as wide as M in Source Sans 3, the chart face (integrations/subset-fonts.test.ts checks every character).
  [/[mMW—%@…]/, 0.99],
  [/[w≈]/, 0.84],
  [/[ftr()[\]-]/, 0.41],
  [/[“”"–]/, 0.5],
  [/[scvxyz]/, 0.6],
  [/[0-9$]/, 0.64],
  [/[A-Z]/, 0.74],
];

/**
 * The height of a text's box as a browser measures it (getBoundingClientRect, and what a reader's
 * highlight covers): the font's whole ascent above the baseline and descent below, in ems. Source
 * Sans 3 (and its stand-ins, which the font-face overrides give its metrics) reaches 1.024 em up
 * and 0.4 em down; DejaVu Sans 0.928 and 0.236. Labels are laid out for the taller of each.
 */
export const textAscent = 1.03;
export const textDescent = 0.41;

/**
 * The least distance between the baselines of two lines set as separate texts at `size` px, so
 * that their boxes do not overlap: about 1.45 em.
 */
export const lineSpacing = (size: number) => Math.ceil((textAscent + textDescent) * size);

/**
 * Room a reader's text-spacing override may add (WCAG 1.4.12: letter spacing 0.12em, word
 * spacing 0.16em): every label is laid out as if it were set, so none is cut when it is.
 */
const spacingAllowance = { letter: 0.12, word: 0.16 };

/** The estimated width in px of one line of text, with room for a reader's text spacing. */
export function textWidth(text: string, fontSize: number, { bold = false } = {}): number {
  let ems = 0;
  for (const char of text) {
    ems += (charWidths.find(([pattern]) => pattern.test(char))?.[1] ?? 0.63) * (bold ? 1.1 : 1) + spacingAllowance.letter;
    if (char === ' ') ems += spacingAllowance.word;
  }
  return ems * fontSize;
}

function greedyWrap(words: string[], maxWidth: number, measure: (text: string) => number): string[] {
  const lines: string[] = [];
  for (const word of words) {
    const current = lines.at(-1);
    const joined = current === undefined ? word : `${current} ${word}`;
    if (current !== undefined && measure(joined) <= maxWidth) lines[lines.length - 1] = joined;
    else lines.push(word);
  }
  return lines;
}

/** The line before a one-word last line gives it its own last word, where the two still fit. */
function withoutRunt(lines: string[], maxWidth: number, measure: (text: string) => number): string[] {
  const last = lines.at(-1);
  const before = lines.at(-2);
  if (last === undefined || before === undefined || last.includes(' ') || !before.includes(' ')) return lines;
  const cut = before.lastIndexOf(' ');
  const joined = `${before.slice(cut + 1)} ${last}`;
  return measure(joined) <= maxWidth ? [...lines.slice(0, -2), before.slice(0, cut), joined] : lines;
}

export interface WrapOptions {
  bold?: boolean;
  /**
   * As few lines as a greedy wrap needs, but as even as they can be, so no word is left alone on
   * a last line: for short labels. Off, each line is filled in turn: for running text.
   */
  balanced?: boolean;
  /**
   * No last line of one word where the line before can spare it a companion: lines filled in turn
   * but for the last two, so a short caption ends "official pay", not "pay" alone. Ignored when
   * `balanced`, which evens every line.
   */
  noRunt?: boolean;
  /** How a line is measured: `textWidth` unless a caller knows the face that will render it (the PNGs do). */
  measure?: (line: string, fontSize: number, options: { bold: boolean }) => number;
}

/**
 * Word wrap to `maxWidth` px. Only ordinary spaces break: a date written with no-break spaces
 * stays whole. A word longer than the line keeps a line of its own.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, { bold = false, balanced = false, noRunt = false, measure: width = textWidth }: WrapOptions = {}): string[] {
  const words = text.split(/ +/).filter(Boolean);
  const measure = (line: string) => width(line, fontSize, { bold });
  const greedy = greedyWrap(words, maxWidth, measure);
  if (!balanced && noRunt) return withoutRunt(greedy, maxWidth, measure);
  if (!balanced || greedy.length < 2) return greedy;
  let [narrowest, widest] = [Math.max(...words.map(measure)), maxWidth];
  while (widest - narrowest > 1) {
    const middle = (narrowest + widest) / 2;
    if (greedyWrap(words, middle, measure).length > greedy.length) narrowest = middle;
    else widest = middle;
  }
  return greedyWrap(words, widest, measure);
}
