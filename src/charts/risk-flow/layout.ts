/**
 * Where everything in the risk-flow diagram goes, computed from its words: every box is sized
 * from its text, wrapped and measured with room for a reader's text spacing (../text.ts), so
 * longer words make wider or taller boxes, never text that spills out of them.
 *
 * Two arrangements, not one scaled: the parties in a column (a phone's width), two stacks of
 * chips between each pair; or a triangle, where there is room for it. A layout takes the first
 * arrangement its width allows in which no word has to be broken.
 */
import type { DrawTarget } from '../definition';
import { minimumTextSize, type LayoutName } from '../layouts';
import { textAscent, textDescent, textWidth, wrapText } from '../text';
import type { FlowClaim, FlowLink, LinkId, PartyId, RiskFlowData } from './data';
import type { RiskFlowWords } from './messages';
import { headingText, type Words } from './words';

/** What a layout is computed from: the width, and the words to measure. */
export type LayoutTarget = Pick<DrawTarget<RiskFlowWords>, 'layout' | 'width' | 't' | 'locale'>;

export type Point = [number, number];

/**
 * How a route's points are joined: `bump` bends between points with vertical tangents (a
 * column's links), `smooth` passes through them (the arc over the top), `elbow` is a straight
 * run with one rounded corner at its middle point.
 */
export type Curve = 'bump' | 'smooth' | 'elbow';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Type sizes and spacing. No text is smaller than the site's minimum. */
export const sizes = {
  fontSize: minimumTextSize,
  lineHeight: 15,
  headingFontSize: 13,
  headingLineHeight: 16,
  /** From a heading's last line to its first chip. */
  headingGap: 6,
  nodeFontSize: 14,
  nodeLineHeight: 18,
  /** Above and below a party's text, and left and right of it. */
  nodePadding: { block: 9, inline: 8 },
  /** Above, below and right of a chip's text. */
  chipPadding: 6,
  chipGap: 6,
  /** The report letter's badge: its height, the room either side of it, and around the letter. */
  badge: { height: 18, inset: 5, padding: 3 },
  /** A hover and focus target's least size (WCAG 2.5.8). */
  target: 24,
} as const;

/** Where a line's box lies around its baseline, as fractions of the font size (as a browser measures it: text.ts). */
export const ascent = textAscent;
export const descent = textDescent;

/** The height of `count` lines of text, from the first line's top to the last line's bottom. */
const linesHeight = (count: number, fontSize: number, lineHeight: number) => (ascent + descent) * fontSize + lineHeight * Math.max(count - 1, 0);

interface TextStyle {
  fontSize: number;
  bold?: boolean;
}

/** The pieces a label may break into: its words, and the parts of a hyphenated word (well-|connected). */
const pieces = (text: string) => text.split(/ +/).flatMap((word) => word.split(/(?<=\p{L}-)(?=\p{L})/u)).filter(Boolean);

/** The narrowest line a label fits without breaking a word. */
export const narrowestLine = (text: string, { fontSize, bold = false }: TextStyle) => Math.max(0, ...pieces(text).map((piece) => textWidth(piece, fontSize, { bold })));

export interface WrappedLabel {
  lines: string[];
  /** Words broken where they had no hyphen: the room was narrower than a word. */
  forcedBreaks: number;
}

/**
 * A label wrapped to `maxWidth` as every chart wraps (balanced, at spaces), with one addition
 * for long words in any language: a word wider than the line breaks after a hyphen it holds
 * (well-|connected), and only if a part is still too wide, where it must, with a hyphen added.
 * No line is ever wider than `maxWidth`, except a single letter.
 */
export function wrapLabel(text: string, maxWidth: number, { fontSize, bold = false }: TextStyle): WrappedLabel {
  const measure = (line: string) => textWidth(line, fontSize, { bold });
  const lines: string[] = [];
  let forcedBreaks = 0;
  const breakWord = (word: string): string[] => {
    const parts: string[] = [];
    let rest = [...word];
    while (rest.length > 1 && measure(rest.join('')) > maxWidth) {
      let length = rest.length - 1;
      while (length > 1 && measure(`${rest.slice(0, length).join('')}-`) > maxWidth) length -= 1;
      parts.push(`${rest.slice(0, length).join('')}-`);
      rest = rest.slice(length);
    }
    forcedBreaks += 1;
    return [...parts, rest.join('')];
  };
  for (const line of wrapText(text, maxWidth, fontSize, { bold, balanced: true })) {
    if (measure(line) <= maxWidth) {
      lines.push(line);
      continue;
    }
    // A single word wider than the line: its parts, packed greedily, the first after the line before if it fits there.
    const parts = line
      .split(/(?<=\p{L}-)(?=\p{L})/u)
      .flatMap((part) => (measure(part) <= maxWidth ? [part] : breakWord(part)));
    parts.forEach((part, index) => {
      const previous = lines.at(-1);
      if (index === 0 && previous !== undefined && measure(`${previous} ${part}`) <= maxWidth) lines[lines.length - 1] = `${previous} ${part}`;
      else if (index > 0 && previous?.endsWith('-') && measure(`${previous}${part}`) <= maxWidth) lines[lines.length - 1] = `${previous}${part}`;
      else lines.push(part);
    });
  }
  return { lines, forcedBreaks };
}

export interface TextLine {
  text: string;
  bold: boolean;
}

/** A chip, measured: its report's letter, its lines, its height. */
export interface ChipMeasure {
  claim: FlowClaim;
  letter: string;
  badgeWidth: number;
  /** From the chip's left edge to its text. */
  textInset: number;
  lines: TextLine[];
  height: number;
  forcedBreaks: number;
}

/** A link's stack of chips under its heading, measured at a width and placed. */
export interface Stack {
  link: FlowLink;
  cx: number;
  top: number;
  width: number;
  heading: string[];
  /** From the stack's top to its first chip. */
  headingHeight: number;
  chips: ChipMeasure[];
  height: number;
  forcedBreaks: number;
}

type StackMeasure = Omit<Stack, 'cx' | 'top'>;

/** A party's box with its wrapped name and detail. */
export interface PartyBox extends Box {
  party: PartyId;
  name: string[];
  detail: string[];
  forcedBreaks: number;
}

type PartyMeasure = Omit<PartyBox, 'x' | 'y'>;

export type Arrangement = 'column' | 'triangle';

export interface FlowLayout {
  arrangement: Arrangement;
  width: number;
  height: number;
  nodes: Record<PartyId, PartyBox>;
  stacks: Record<LinkId, Stack>;
  /** Each link's line, from its source box to its target box, through its stack. */
  routes: Record<LinkId, { points: Point[]; curve: Curve }>;
  /** Words that had to be broken without a hyphen: none, wherever the arrangement fits. */
  forcedBreaks: number;
}

const styles = {
  chip: { fontSize: sizes.fontSize },
  heading: { fontSize: sizes.headingFontSize, bold: true },
  name: { fontSize: sizes.nodeFontSize, bold: true },
  detail: { fontSize: sizes.fontSize },
} as const;

/** A chip's text with its style: a paraphrase of the figure or quotation it rests on (no amounts: the price chart has them). */
function chipTexts(claim: FlowClaim, { t }: Words): [string, TextStyle][] {
  return [[claim.kind === 'figure' ? t.figureClaims[claim.entryId].chip : t.quoteClaims[claim.entryId].chip, styles.chip]];
}

/** Left of a chip's text: the report letter's badge, which grows with a longer letter. */
function chipInsets(claim: FlowClaim, { t }: Words) {
  const { fontSize, badge } = sizes;
  const letter = t.reportLetter(claim.report.index);
  const badgeWidth = Math.max(badge.height, textWidth(letter, fontSize, { bold: true }) + 2 * badge.padding);
  return { letter, badgeWidth, textInset: badge.inset + badgeWidth + badge.inset };
}

function measureChip(claim: FlowClaim, width: number, words: Words): ChipMeasure {
  const { fontSize, lineHeight, chipPadding, badge } = sizes;
  const insets = chipInsets(claim, words);
  const room = width - insets.textInset - chipPadding;
  const wrapped = chipTexts(claim, words).map(([text, style]) => ({ ...wrapLabel(text, room, style), bold: Boolean(style.bold) }));
  const lines = wrapped.flatMap(({ lines: texts, bold }) => texts.map((text) => ({ text, bold })));
  const height = Math.max(sizes.target, badge.height + 2 * (chipPadding - 3), 2 * chipPadding + linesHeight(lines.length, fontSize, lineHeight));
  return { claim, ...insets, lines, height, forcedBreaks: wrapped.reduce((sum, label) => sum + label.forcedBreaks, 0) };
}

function measureStack(link: FlowLink, width: number, words: Words): StackMeasure {
  const { headingFontSize, headingLineHeight, headingGap, chipGap } = sizes;
  const heading = wrapLabel(headingText(link, words), width, styles.heading);
  const headingHeight = linesHeight(heading.lines.length, headingFontSize, headingLineHeight) + headingGap;
  const chips = link.claims.map((claim) => measureChip(claim, width, words));
  const height = headingHeight + chips.reduce((sum, chip) => sum + chip.height, 0) + chipGap * (chips.length - 1);
  const forcedBreaks = heading.forcedBreaks + chips.reduce((sum, chip) => sum + chip.forcedBreaks, 0);
  return { link, width, heading: heading.lines, headingHeight, chips, height, forcedBreaks };
}

/** The narrowest a link's stack can be without breaking a word. */
function narrowestStack(link: FlowLink, words: Words): number {
  const chips = link.claims.map((claim) => {
    const widest = Math.max(...chipTexts(claim, words).map(([text, style]) => narrowestLine(text, style)));
    return chipInsets(claim, words).textInset + widest + sizes.chipPadding;
  });
  return Math.ceil(Math.max(narrowestLine(headingText(link, words), styles.heading), ...chips));
}

function measureParty(party: PartyId, width: number, { t }: Words): PartyMeasure {
  const { nodeFontSize, nodeLineHeight, fontSize, lineHeight, nodePadding } = sizes;
  const room = width - 2 * nodePadding.inline;
  const name = wrapLabel(t.parties[party].name, room, styles.name);
  const detail = wrapLabel(t.parties[party].detail, room, styles.detail);
  const height =
    2 * nodePadding.block + linesHeight(name.lines.length, nodeFontSize, nodeLineHeight) + (lineHeight - fontSize) + linesHeight(detail.lines.length, fontSize, lineHeight);
  return { party, width, name: name.lines, detail: detail.lines, height, forcedBreaks: name.forcedBreaks + detail.forcedBreaks };
}

/** The narrowest a party's box can be without breaking a word. */
const narrowestParty = (party: PartyId, { t }: Words) =>
  Math.ceil(Math.max(narrowestLine(t.parties[party].name, styles.name), narrowestLine(t.parties[party].detail, styles.detail)) + 2 * sizes.nodePadding.inline);

const bottom = (box: { y: number; height: number } | { top: number; height: number }) => ('y' in box ? box.y : box.top) + box.height;
const right = (box: Box) => box.x + box.width;
const centreX = (box: Box) => box.x + box.width / 2;

/** Room around the drawing's edge for the boxes' outlines. */
const edge = 2;
/** Between a party and the next stack along its line: room for the line and its arrowhead. */
const lanePadding = 24;
/** Between two stacks in a lane, side by side or one below the other. */
const stackGap = 10;

/**
 * Two stacks in the lane between two parties, each threaded on its own vertical line: side by
 * side, their widths split so the lane is as short as it can be (give or take a line) and the two
 * as even as that allows; or, when their words cannot stand side by side, the left one above and
 * the right one below, overlapping, each line clear of the other stack. The narrowest each may
 * be is its longest word.
 */
function laneStacks(left: FlowLink, right: FlowLink, [start, end]: [number, number], words: Words) {
  const span = end - start;
  const narrowest = [narrowestStack(left, words), narrowestStack(right, words)] as const;
  const measure = (leftWidth: number, rightWidth: number) => ({
    left: { ...measureStack(left, leftWidth, words), cx: start + leftWidth / 2 },
    right: { ...measureStack(right, rightWidth, words), cx: end - rightWidth / 2 },
  });
  type Option = ReturnType<typeof measure> & { staggered: boolean };
  const heights = (option: Option) => option.left.height + option.right.height;
  // Side by side: every split that leaves each stack its longest word, in steps of 8 px.
  const sideBySide: Option[] = [];
  for (let leftWidth = narrowest[0]; leftWidth <= span - stackGap - narrowest[1]; leftWidth += 8) {
    sideBySide.push({ ...measure(leftWidth, span - stackGap - leftWidth), staggered: false });
  }
  // The lane as short as it can be, give or take a line, and then the two stacks as short as they can be together.
  const tallest = (option: Option) => Math.max(option.left.height, option.right.height);
  const shortest = Math.min(...sideBySide.map(tallest));
  const balance = (option: Option) => Math.abs(option.left.width - option.right.width);
  const best = sideBySide.filter((option) => tallest(option) <= shortest + sizes.lineHeight).sort((a, b) => heights(a) - heights(b) || balance(a) - balance(b))[0];
  if (best) return best;
  // One below the other: each line (at its stack's middle) must pass the other stack by a gap.
  const staggered: Option[] = [];
  for (let leftWidth = narrowest[0]; leftWidth <= span - stackGap - narrowest[1] / 2; leftWidth += 8) {
    const rightWidth = Math.floor(Math.min(span - stackGap - leftWidth / 2, 2 * (span - stackGap - leftWidth)));
    if (rightWidth >= narrowest[1]) staggered.push({ ...measure(leftWidth, rightWidth), staggered: true });
  }
  // Failing both, side by side in proportion to their longest words, some broken.
  const share = Math.floor(((span - stackGap) * narrowest[0]) / (narrowest[0] + narrowest[1]));
  return staggered.sort((a, b) => heights(a) - heights(b))[0] ?? { ...measure(share, span - stackGap - share), staggered: false };
}

/**
 * Parties in a column: lender, renter, officials. Between lender and renter, the phone (left)
 * and the fee (right); between renter and officials, the blame (left) and the bribes (right),
 * whose line comes down a gutter on the right, past the renter.
 */
function columnLayout(data: RiskFlowData, width: number, words: Words): FlowLayout {
  const link = (id: LinkId) => data.links.find((candidate) => candidate.id === id)!;
  const gutterX = width - edge - 7;
  const renterRight = gutterX - 12;
  /** The bribes' line swings in from the gutter above their stack. */
  const swing = 22;

  const lender: PartyBox = { ...measureParty('lender', width - 2 * edge, words), x: edge, y: edge };
  const laneOne = laneStacks(link('phone'), link('fee'), [edge, renterRight], words);
  const laneOneTop = bottom(lender) + lanePadding;
  const [phoneTop, feeTop] = laneOne.staggered
    ? [laneOneTop, laneOneTop + laneOne.left.height + stackGap]
    : [laneOne.left, laneOne.right].map((stack) => laneOneTop + (Math.max(laneOne.left.height, laneOne.right.height) - stack.height) / 2);
  const phone: Stack = { ...laneOne.left, top: phoneTop! };
  const fee: Stack = { ...laneOne.right, top: feeTop! };
  const renter: PartyBox = { ...measureParty('renter', renterRight - edge, words), x: edge, y: Math.max(bottom(phone), bottom(fee)) + lanePadding };

  // The bribes' stack spans to the edge: their line has left the gutter by then.
  const laneTwo = laneStacks(link('blame'), link('bribe'), [edge, width - edge], words);
  const blame: Stack = { ...laneTwo.left, top: bottom(renter) + lanePadding };
  const bribe: Stack = { ...laneTwo.right, top: laneTwo.staggered ? Math.max(bottom(blame) + stackGap, blame.top + swing) : blame.top + swing };
  const officials: PartyBox = { ...measureParty('officials', width - 2 * edge, words), x: edge, y: Math.max(bottom(blame), bottom(bribe)) + lanePadding };

  const nodes = { lender, renter, officials };
  const stacks = { phone, fee, blame, bribe };
  return {
    arrangement: 'column',
    width,
    height: bottom(officials) + edge,
    nodes,
    stacks,
    routes: {
      phone: { points: [[phone.cx, bottom(lender)], [phone.cx, renter.y]], curve: 'bump' },
      fee: { points: [[fee.cx, renter.y], [fee.cx, bottom(lender)]], curve: 'bump' },
      blame: { points: [[blame.cx, officials.y], [blame.cx, bottom(renter)]], curve: 'bump' },
      bribe: {
        points: [
          [gutterX, bottom(lender)],
          [gutterX, bribe.top - swing + 4],
          [bribe.cx, bribe.top + 6],
          [bribe.cx, officials.y],
        ],
        curve: 'bump',
      },
    },
    forcedBreaks: countBreaks(nodes, stacks),
  };
}

const countBreaks = (nodes: Record<PartyId, PartyBox>, stacks: Record<LinkId, Stack>) =>
  [...Object.values(nodes), ...Object.values(stacks)].reduce((sum, part) => sum + part.forcedBreaks, 0);

/** A triangle: lender left, renter right, officials below in the middle; the phone arcs over the fee. */
function triangleLayout(data: RiskFlowData, width: number, words: Words): FlowLayout {
  const link = (id: LinkId) => data.links.find((candidate) => candidate.id === id)!;
  const centre = width / 2;
  /** Between a side party and the fee's stack: room for the fee's line and arrowhead. */
  const side = 28;
  const feeWidth = Math.max(narrowestStack(link('fee'), words), Math.min(170, Math.max(130, Math.round(width / 4))));
  const nodeWidth = Math.floor((width - 2 * edge - feeWidth - 2 * side) / 2);
  const phone: Stack = { ...measureStack(link('phone'), Math.max(feeWidth + 20, narrowestStack(link('phone'), words)), words), cx: centre, top: edge };
  const phoneMiddle = phone.top + phone.headingHeight + phone.chips[0]!.height / 2;
  const fee: Stack = { ...measureStack(link('fee'), feeWidth, words), cx: centre, top: bottom(phone) + 24 };

  // Lender and renter are as tall as each other, level with the middle of the fee's chips, and
  // low enough for the phone's arc to rise from them.
  const sides = { lender: measureParty('lender', nodeWidth, words), renter: measureParty('renter', nodeWidth, words) };
  const sideHeight = Math.max(sides.lender.height, sides.renter.height);
  const middleY = Math.max(fee.top + fee.headingHeight + (fee.height - fee.headingHeight) / 2, phoneMiddle + 40 + sideHeight / 2);
  const lender: PartyBox = { ...sides.lender, height: sideHeight, x: edge, y: middleY - sideHeight / 2 };
  const renter: PartyBox = { ...sides.renter, height: sideHeight, x: width - edge - nodeWidth, y: lender.y };

  // The lower stacks reach from the edge towards the fee's stack, as wide as their words need.
  const lowerRoom = Math.floor(centre - feeWidth / 2 - 16 - edge);
  const lowerWidth = Math.min(lowerRoom, Math.max(nodeWidth, narrowestStack(link('bribe'), words), narrowestStack(link('blame'), words)));
  const lowerTop = bottom(lender) + 30;
  const bribe: Stack = { ...measureStack(link('bribe'), lowerWidth, words), cx: edge + lowerWidth / 2, top: lowerTop };
  const blame: Stack = { ...measureStack(link('blame'), lowerWidth, words), cx: width - edge - lowerWidth / 2, top: lowerTop };
  const lowerBottom = Math.max(bottom(bribe), bottom(blame));

  // Officials sit between the lower stacks' lines, with room for each line's corner and arrowhead.
  const officialsRoom = Math.floor(width - 2 * (bribe.cx + 36));
  const officialsWidth = Math.min(officialsRoom, Math.max(nodeWidth, narrowestParty('officials', words), textWidth(words.t.parties.officials.name, sizes.nodeFontSize, { bold: true }) + 2 * sizes.nodePadding.inline));
  const officialsMeasure = measureParty('officials', officialsWidth, words);
  let officialsMiddle = Math.max(bottom(fee) + 16, lowerBottom + 12) + officialsMeasure.height / 2;
  // …and low enough for the lower lines to turn under their stacks.
  officialsMiddle = Math.max(officialsMiddle, lowerBottom + 24);
  const officials: PartyBox = { ...officialsMeasure, x: centre - officialsMeasure.width / 2, y: officialsMiddle - officialsMeasure.height / 2 };

  const arcReach = phone.width / 2 + 16;
  const nodes = { lender, renter, officials };
  const stacks = { phone, fee, bribe, blame };
  return {
    arrangement: 'triangle',
    width,
    height: bottom(officials) + edge,
    nodes,
    stacks,
    routes: {
      phone: {
        points: [
          [centreX(lender), lender.y],
          [centreX(lender) + 24, phoneMiddle + 30],
          [centre - arcReach, phoneMiddle],
          [centre + arcReach, phoneMiddle],
          [centreX(renter) - 24, phoneMiddle + 30],
          [centreX(renter), renter.y],
        ],
        curve: 'smooth',
      },
      fee: { points: [[renter.x, middleY], [right(lender), middleY]], curve: 'smooth' },
      bribe: {
        points: [
          [bribe.cx, bottom(lender)],
          [bribe.cx, officialsMiddle],
          [officials.x, officialsMiddle],
        ],
        curve: 'elbow',
      },
      blame: {
        points: [
          [right(officials), officialsMiddle],
          [blame.cx, officialsMiddle],
          [blame.cx, bottom(renter)],
        ],
        curve: 'elbow',
      },
    },
    // A triangle too narrow for its parties' words does not fit, even if nothing had to break.
    forcedBreaks: countBreaks(nodes, stacks) + (nodeWidth < Math.max(narrowestParty('lender', words), narrowestParty('renter', words)) ? 1 : 0),
  };
}

/** The arrangements each layout may take, in order of preference: a phone's width has room only for the column. */
export const arrangements: Record<LayoutName, readonly Arrangement[]> = {
  narrow: ['column'],
  medium: ['triangle', 'column'],
  wide: ['triangle', 'column'],
};

const arrange = { column: columnLayout, triangle: triangleLayout };

/** The layout at a width: the first arrangement in which every word fits whole, else the one that breaks fewest. */
export function flowLayout(data: RiskFlowData, { layout, width, t, locale }: LayoutTarget): FlowLayout {
  const words = { t, locale };
  let best: FlowLayout | undefined;
  for (const arrangement of arrangements[layout]) {
    const candidate = arrange[arrangement](data, width, words);
    if (candidate.forcedBreaks === 0) return candidate;
    if (!best || candidate.forcedBreaks < best.forcedBreaks) best = candidate;
  }
  return best!;
}

/**
 * Two stacks stand side by side, in one row for the eye, when each one's middle is level with
 * some part of the other: the column's phone and fee (centred in one lane), or its blame and
 * bribes (the bribes' chips start a little lower). The triangle's fee and bribes only overlap at
 * their ends, so the fee, higher, is read first.
 */
export const sideBySide = (a: Stack, b: Stack) => {
  const middle = (stack: Stack) => stack.top + stack.height / 2;
  const level = (stack: Stack, y: number) => y >= stack.top && y <= bottom(stack);
  return level(a, middle(b)) && level(b, middle(a));
};

/**
 * The links in the order a reader's eye meets their stacks in this layout: top to bottom, and
 * left to right among stacks side by side. So Tab follows the drawing, not the order the data
 * lists the links in: in the column "Blame" (left) comes before "Bribes" (right).
 */
export function visualOrder(layout: FlowLayout): FlowLink[] {
  const byTop = Object.values(layout.stacks).sort((a, b) => a.top - b.top || a.cx - b.cx);
  const rows: Stack[][] = [];
  for (const stack of byTop) {
    const row = rows.at(-1);
    if (row?.some((other) => sideBySide(other, stack))) row.push(stack);
    else rows.push([stack]);
  }
  return rows.flatMap((row) => row.sort((a, b) => a.cx - b.cx).map(({ link }) => link));
}

/** Each chip's box, in visual reading order: stack by stack (see `visualOrder`), its claims one under another. */
export function chipBoxes(layout: FlowLayout): { link: FlowLink; chip: ChipMeasure; box: Box }[] {
  return visualOrder(layout).flatMap((link) => {
    const stack = layout.stacks[link.id];
    let y = stack.top + stack.headingHeight;
    return stack.chips.map((chip) => {
      const box = { x: stack.cx - stack.width / 2, y, width: stack.width, height: chip.height };
      y += box.height + sizes.chipGap;
      return { link, chip, box };
    });
  });
}
