/**
 * The risk-flow diagram: the lender, the renter and the security officials as boxes, and what
 * passes between them as arrows, each arrow threaded through a stack of chips that carry its
 * claims (a price, or a paraphrase of a quotation) marked with their report's letter and
 * colour. Arrows that only happen if someone is caught are dashed. On top, one invisible target
 * per chip, in reading order, takes hover and keyboard focus.
 *
 * Where things go is layout.ts's: a column on a phone, a triangle where it fits, every box sized
 * from its measured text. This draws it. Pure: (data, target) → <svg>, drawn with d3-selection
 * into the document it is given (linkedom at build time); every colour a palette reference.
 */
import { creator, select, type Selection } from 'd3-selection';
import { curveBumpY, curveCatmullRom, line } from 'd3-shape';
import { colors, reportColors } from '../../styles/tokens';
import type { DrawTarget, SwatchStyle } from '../definition';
import { makeFocusableMark } from '../svg';
import { textWidth } from '../text';
import { partyIds, type ReportKey, type RiskFlowData } from './data';
import { ascent, chipBoxes, descent, flowLayout, sizes, type Box, type Curve, type FlowLayout, type Point, type TextLine } from './layout';
import type { RiskFlowWords } from './messages';
import { describeClaim } from './words';

/** How far above the baseline the middle of a capital letter is, as a fraction of the font size. */
const capMiddle = 0.35;
const centreX = (box: Box) => box.x + box.width / 2;
/** Room between a link's heading and its line, above and either side. */
const headingClearance = 5;

/** The marks' styles, which the legend draws with too. */
export const markStyles = {
  /** A report's letter on its colour, as on each chip's badge. */
  report: (report: ReportKey, letter: string): SwatchStyle => ({ shape: 'letter', fill: reportColors[report.source.id] ?? colors.ink, letter }),
  /** A link's line: dashed when it happens only if someone is caught. */
  link: (ifCaught: boolean): SwatchStyle => ({ shape: 'line', stroke: colors.muted, strokeWidth: 1.5, ...(ifCaught && { strokeDasharray: '5,4' }) }),
};

type Group = Selection<SVGGElement, unknown, null, undefined>;

/** A rounded rectangle over a box: a party, a chip, a badge, or a chip's focus target. */
function appendBox(parent: Group, box: Box, attributes: Record<string, string | number>) {
  const rect = parent.append('rect').attr('x', box.x).attr('y', box.y).attr('width', box.width).attr('height', box.height);
  for (const [name, value] of Object.entries(attributes)) rect.attr(name, value);
  return rect;
}

interface LinesOptions {
  x: number;
  /** The first line's baseline. */
  y: number;
  fontSize: number;
  lineHeight: number;
  fill: string;
  anchor?: 'start' | 'middle';
  bold?: boolean;
  /** A paper-coloured outline behind the text, where a line runs under it. */
  halo?: boolean;
}

/** One <text> of several lines, one <tspan> a line; a line may be bold on its own. */
function appendLines(parent: Group, lines: (string | TextLine)[], { x, y, fontSize, lineHeight, fill, anchor = 'start', bold = false, halo = false }: LinesOptions) {
  const text = parent
    .append('text')
    .attr('x', x)
    .attr('y', y)
    .attr('font-size', fontSize)
    .attr('font-weight', bold ? 700 : null)
    .attr('text-anchor', anchor === 'start' ? null : anchor)
    .attr('fill', fill);
  if (halo) text.attr('stroke', colors.paper).attr('stroke-width', 5).attr('stroke-linejoin', 'round').attr('paint-order', 'stroke');
  text
    .selectAll('tspan')
    .data(lines.map((entry) => (typeof entry === 'string' ? { text: entry, bold: false } : entry)))
    .join('tspan')
    .attr('x', x)
    .attr('y', (_, index) => y + index * lineHeight)
    .attr('font-weight', (entry) => (entry.bold ? 700 : null))
    .text((entry) => entry.text);
  return text;
}

function drawNodes(group: Group, layout: FlowLayout) {
  const { nodeFontSize, nodeLineHeight, fontSize, lineHeight, nodePadding } = sizes;
  for (const party of partyIds) {
    const box = layout.nodes[party];
    // Its name and detail are written on its box (data-mark and data-labels, for the label check).
    const node = group.append('g').attr('data-party', party).attr('data-mark', `party-${party}`).attr('data-labels', `party-${party}`);
    appendBox(node, box, { rx: 6, fill: colors.wash, stroke: colors.ink, 'stroke-width': 1.5 });
    const nameBaseline = box.y + nodePadding.block + ascent * nodeFontSize;
    appendLines(node, box.name, { x: centreX(box), y: nameBaseline, fontSize: nodeFontSize, lineHeight: nodeLineHeight, fill: colors.ink, anchor: 'middle', bold: true });
    const nameBottom = nameBaseline + nodeLineHeight * (box.name.length - 1) + descent * nodeFontSize;
    const detailBaseline = nameBottom + (lineHeight - fontSize) + ascent * fontSize;
    appendLines(node, box.detail, { x: centreX(box), y: detailBaseline, fontSize, lineHeight, fill: colors.muted, anchor: 'middle' });
  }
}

/** A straight run from `start` to `corner` to `end`, the corner rounded with radius `radius`. */
function elbowPath([start, corner, end]: Point[], radius = 14): string {
  if (!start || !corner || !end) throw new Error('risk-flow: an elbow route needs three points');
  // The points where the rounding begins and ends, `radius` back along each run.
  const towards = (from: Point, to: Point): Point => {
    const length = Math.hypot(to[0] - from[0], to[1] - from[1]) || 1;
    return [to[0] + ((from[0] - to[0]) * radius) / length, to[1] + ((from[1] - to[1]) * radius) / length];
  };
  const [inX, inY] = towards(start, corner);
  const [outX, outY] = towards(end, corner);
  return `M${start[0]},${start[1]}L${inX},${inY}Q${corner[0]},${corner[1]},${outX},${outY}L${end[0]},${end[1]}`;
}

const curves: Record<Curve, (points: Point[]) => string> = {
  bump: (points) => line().curve(curveBumpY)(points) ?? '',
  smooth: (points) => line().curve(curveCatmullRom.alpha(0.5))(points) ?? '',
  elbow: elbowPath,
};

function drawRoutes(group: Group, data: RiskFlowData, layout: FlowLayout, arrowId: string) {
  for (const link of data.links) {
    const route = layout.routes[link.id];
    const style = markStyles.link(link.ifCaught);
    group
      .append('path')
      .attr('data-link', link.id)
      // For the label check: the link's heading and chips sit on it by design.
      .attr('data-mark', `link-${link.id}`)
      .attr('d', curves[route.curve](route.points))
      .attr('fill', 'none')
      .attr('stroke', style.stroke ?? null)
      .attr('stroke-width', style.strokeWidth ?? null)
      .attr('stroke-dasharray', style.strokeDasharray ?? null)
      .attr('marker-end', `url(#${arrowId})`);
  }
}

function drawStacks(group: Group, layout: FlowLayout) {
  const { headingFontSize, headingLineHeight, fontSize, lineHeight, chipPadding, badge } = sizes;
  for (const stack of Object.values(layout.stacks)) {
    // The line stops short of its heading: a paper patch as wide as the heading's widest line
    // (measured wide, text.ts), a little more above and beside, down to the first chip, so no
    // dash touches a letter or shows between two words. Part of the link's drawing, so the heading
    // may lie on it (data-mark, for the label check).
    const headingWidth = Math.max(...stack.heading.map((line) => textWidth(line, headingFontSize, { bold: true })));
    appendBox(group, { x: stack.cx - headingWidth / 2 - headingClearance, y: stack.top - headingClearance, width: headingWidth + 2 * headingClearance, height: stack.headingHeight + headingClearance }, { fill: colors.paper })
      .attr('data-knockout', stack.link.id)
      .attr('data-mark', `link-${stack.link.id}`);
    // A paper halo keeps the heading legible where the arrow runs behind it.
    appendLines(group, stack.heading, {
      x: stack.cx,
      y: stack.top + ascent * headingFontSize,
      fontSize: headingFontSize,
      lineHeight: headingLineHeight,
      fill: colors.ink,
      anchor: 'middle',
      bold: true,
      halo: true,
    })
      .attr('data-heading', stack.link.id)
      .attr('data-labels', `link-${stack.link.id}`);
  }
  for (const { link, chip, box } of chipBoxes(layout)) {
    const { claim } = chip;
    // A chip's text is written on the chip, and the chip is threaded on its link's line.
    const chipGroup = group
      .append('g')
      .attr('data-claim', claim.entryId)
      .attr('data-mark', `claim-${claim.entryId}`)
      .attr('data-labels', `claim-${claim.entryId} link-${link.id}`);
    const color = markStyles.report(claim.report, chip.letter).fill ?? colors.ink;
    appendBox(chipGroup, box, { rx: 4, fill: colors.paper, stroke: color, 'stroke-width': 1.5 });
    // The letter shares the first line's baseline; its badge is centred on the line's capitals.
    const baseline = box.y + chipPadding + ascent * fontSize;
    const badgeMiddle = baseline - capMiddle * fontSize;
    appendBox(chipGroup, { x: box.x + badge.inset, y: badgeMiddle - badge.height / 2, width: chip.badgeWidth, height: badge.height }, { rx: badge.height / 2, fill: color });
    appendLines(chipGroup, [chip.letter], { x: box.x + badge.inset + chip.badgeWidth / 2, y: baseline, fontSize, lineHeight, fill: colors.paper, anchor: 'middle', bold: true });
    appendLines(chipGroup, chip.lines, { x: box.x + chip.textInset, y: baseline, fontSize, lineHeight, fill: colors.ink });
  }
}

export function riskFlowChart(data: RiskFlowData, target: DrawTarget<RiskFlowWords>): SVGSVGElement {
  const { document, ids, t, locale } = target;
  const words = { t, locale };
  const layout = flowLayout(data, target);
  const svg = select(creator('svg').call(document.documentElement))
    .attr('viewBox', `0 0 ${layout.width} ${layout.height}`)
    .attr('width', layout.width)
    .attr('height', layout.height);

  // By width, not layout name: the breakout drawing is drawn with the wide layout's settings, and
  // the two share a page, where one id would point both drawings at the first (hidden) marker.
  const arrowId = `${ids.frame}-${Math.round(layout.width)}-arrow`;
  svg
    .append('defs')
    .append('marker')
    .attr('id', arrowId)
    .attr('viewBox', '0 0 10 10')
    .attr('refX', 9)
    .attr('refY', 5)
    .attr('markerWidth', 9)
    .attr('markerHeight', 9)
    .attr('markerUnits', 'userSpaceOnUse')
    .attr('orient', 'auto')
    .append('path')
    .attr('d', 'M0,0L10,5L0,10z')
    .attr('fill', markStyles.link(false).stroke ?? colors.muted);

  // Drawn under the chips, so each line seems to run through its stack.
  drawRoutes(svg.append('g').attr('aria-hidden', 'true').attr('data-layer', 'links'), data, layout, arrowId);
  drawNodes(svg.append('g').attr('aria-hidden', 'true').attr('data-layer', 'parties'), layout);
  drawStacks(svg.append('g').attr('aria-hidden', 'true').attr('data-layer', 'claims'), layout);

  // Hover and focus targets, last and in visual reading order so Tab follows the links as drawn.
  const targets = svg.append('g').attr('data-layer', 'targets');
  for (const { link, chip, box } of chipBoxes(layout)) {
    const mark = appendBox(targets, box, { rx: 4, fill: 'transparent' });
    makeFocusableMark(mark.node()!, {
      figureId: chip.claim.entryId,
      label: describeClaim(link, chip.claim, words),
      describedBy: ids.source(chip.claim.entryId),
      group: link.id,
    });
  }
  return svg.node()!;
}
