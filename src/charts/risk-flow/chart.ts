/**
 * The risk-flow diagram: the lender, the renter and the security officials as boxes, and what
 * passes between them as arrows, each arrow threaded through a stack of chips that carry its
 * claims (a price, or a paraphrase of a quotation) marked with their report's letter and
 * colour. Arrows that only happen if someone is caught are dashed. On top, one invisible target
 * per chip, in reading order, takes hover and keyboard focus.
 *
 * Two hand-made layouts, not one scaled: on a phone (narrow) the parties stand in a column so
 * the chips' 12px text stays legible; wide, they form a triangle. Pure: (data, options) → <svg>,
 * drawn with d3-selection into the document it is given (linkedom at build time).
 */
import { select, type Selection } from 'd3-selection';
import { curveBumpY, curveCatmullRom, line } from 'd3-shape';
import { colors, reportColors } from '../../styles/tokens';
import { layoutWidths, type LayoutName } from '../layouts';
import { makeFocusableMark } from '../svg';
import { describeClaim, parties, type FlowClaim, type FlowLink, type LinkId, type PartyId, type RiskFlowData } from './data';



export interface RiskFlowOptions {
  layout: LayoutName;
  /** A DOM document: linkedom's at build time, `window.document` in the browser. */
  document: Document;
  /** The id of the element that holds a claim's quote and source, for aria-describedby. */
  sourceElementId?: (entryId: string) => string;
  /** Prefix of the ids inside the drawing (arrowheads), unique on the page. */
  idPrefix?: string;
}

type Point = [number, number];

/**
 * How a route's points are joined: `bump` bends between points with vertical tangents (a
 * column's links), `smooth` passes through them (the arc over the top), `elbow` is a straight
 * run with one rounded corner at its middle point.
 */
type Curve = 'bump' | 'smooth' | 'elbow';

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Where a link's chips sit: centred on x, from `top` down, each `width` wide. */
interface Stack {
  cx: number;
  top: number;
  width: number;
}

interface FlowLayout {
  width: number;
  height: number;
  nodes: Record<PartyId, Box>;
  stacks: Record<LinkId, Stack>;
  /** Each link's line, from its source box to its target box, through its stack. */
  routes: Record<LinkId, { points: Point[]; curve: Curve }>;
}

/** Sizes shared by both layouts. Text is 12px at least: 11px or more even on a 288px-wide phone screen. */
export const sizes = {
  nodeHeight: 48,
  headingHeight: 22,
  lineHeight: 15,
  chipGap: 6,
  /** Left of a chip's text: room for the report letter. */
  chipTextInset: 24,
  fontSize: 12,
  headingFontSize: 13,
  nodeFontSize: 14,
} as const;

export const chipHeight = (claim: FlowClaim) => 10 + sizes.lineHeight * claim.lines.length;

export function stackHeight(link: FlowLink): number {
  const chips = link.claims.reduce((sum, claim) => sum + chipHeight(claim), 0);
  return sizes.headingHeight + chips + sizes.chipGap * (link.claims.length - 1);
}

const byId = (data: RiskFlowData, id: LinkId) => data.links.find((link) => link.id === id)!;

/** Parties in a column: lender, renter, officials; the bribe's line runs down the right edge past the renter. */
function narrowLayout(data: RiskFlowData): FlowLayout {
  const width = layoutWidths.narrow;
  const columns = { left: { cx: 79, width: 142 }, right: { cx: 228, width: 148 } };
  const gutterX = 312;
  const lanePadding = 26;
  const node = (y: number, right = width - 8): Box => ({ x: 8, y, width: right - 8, height: sizes.nodeHeight });

  const lender = node(4);
  const laneOneTop = lender.y + lender.height;
  const laneOneHeight = Math.max(stackHeight(byId(data, 'phone')), stackHeight(byId(data, 'fee'))) + 2 * lanePadding;
  const renter = node(laneOneTop + laneOneHeight, gutterX - 16);
  const laneTwoTop = renter.y + renter.height;
  // The bribe's line needs room to swing in from the gutter above its chips.
  const bribeTop = laneTwoTop + lanePadding + 18;
  const laneTwoBottom = Math.max(bribeTop + stackHeight(byId(data, 'bribe')), laneTwoTop + lanePadding + stackHeight(byId(data, 'blame'))) + lanePadding;
  const officials = node(laneTwoBottom);

  const centredIn = (top: number, height: number, link: LinkId) => top + (height - stackHeight(byId(data, link))) / 2;
  const stacks: Record<LinkId, Stack> = {
    phone: { ...columns.left, top: centredIn(laneOneTop, laneOneHeight, 'phone') },
    fee: { ...columns.right, top: centredIn(laneOneTop, laneOneHeight, 'fee') },
    blame: { ...columns.left, top: laneTwoTop + lanePadding },
    bribe: { ...columns.right, top: bribeTop },
  };
  const bottom = (box: Box) => box.y + box.height;
  return {
    width,
    height: bottom(officials) + 4,
    nodes: { lender, renter, officials },
    stacks,
    routes: {
      phone: { points: [[columns.left.cx, bottom(lender)], [columns.left.cx, renter.y]], curve: 'bump' },
      fee: { points: [[columns.right.cx, renter.y], [columns.right.cx, bottom(lender)]], curve: 'bump' },
      blame: { points: [[columns.left.cx, officials.y], [columns.left.cx, bottom(renter)]], curve: 'bump' },
      bribe: {
        points: [
          [gutterX, bottom(lender)],
          [gutterX, bottom(renter) + 4],
          [columns.right.cx, bribeTop + 6],
          [columns.right.cx, officials.y],
        ],
        curve: 'bump',
      },
    },
  };
}

/** A triangle: lender left, renter right, officials below; the phone arcs over the fee. */
function wideLayout(data: RiskFlowData): FlowLayout {
  const width = layoutWidths.wide;
  const chipWidth = 150;
  const centre = width / 2;
  const phoneTop = 6;
  const feeTop = phoneTop + stackHeight(byId(data, 'phone')) + 22;
  const feeHeight = stackHeight(byId(data, 'fee'));
  const middleY = feeTop + sizes.headingHeight + (feeHeight - sizes.headingHeight) / 2;
  const nodeWidth = 204;
  const lender: Box = { x: 8, y: middleY - sizes.nodeHeight / 2, width: nodeWidth, height: sizes.nodeHeight };
  const renter: Box = { ...lender, x: width - 8 - nodeWidth };
  const lowerTop = lender.y + lender.height + 30;
  const stacks: Record<LinkId, Stack> = {
    phone: { cx: centre, top: phoneTop, width: chipWidth + 20 },
    fee: { cx: centre, top: feeTop, width: chipWidth },
    bribe: { cx: 100, top: lowerTop, width: chipWidth },
    blame: { cx: width - 100, top: lowerTop, width: chipWidth },
  };
  const lowerBottom = lowerTop + Math.max(stackHeight(byId(data, 'bribe')), stackHeight(byId(data, 'blame')));
  // Below the fee's chips and the lower stacks, so the lines leave their chips before they turn.
  const officialsMiddle = Math.max(feeTop + feeHeight + 14 + sizes.nodeHeight / 2, lowerBottom + 24);
  const officials: Box = { x: centre - nodeWidth / 2, y: officialsMiddle - sizes.nodeHeight / 2, width: nodeWidth, height: sizes.nodeHeight };
  const phoneMiddle = phoneTop + sizes.headingHeight + chipHeight(byId(data, 'phone').claims[0]!) / 2;
  const lenderCx = lender.x + lender.width / 2;
  const renterCx = renter.x + renter.width / 2;
  return {
    width,
    height: officials.y + officials.height + 6,
    nodes: { lender, renter, officials },
    stacks,
    routes: {
      phone: {
        points: [
          [lenderCx, lender.y],
          [lenderCx + 24, phoneMiddle + 30],
          [centre - chipWidth / 2 - 20, phoneMiddle],
          [centre + chipWidth / 2 + 20, phoneMiddle],
          [renterCx - 24, phoneMiddle + 30],
          [renterCx, renter.y],
        ],
        curve: 'smooth',
      },
      fee: { points: [[renter.x, middleY], [lender.x + lender.width, middleY]], curve: 'smooth' },
      bribe: {
        points: [
          [stacks.bribe.cx, lender.y + lender.height],
          [stacks.bribe.cx, officialsMiddle],
          [officials.x, officialsMiddle],
        ],
        curve: 'elbow',
      },
      blame: {
        points: [
          [officials.x + officials.width, officialsMiddle],
          [stacks.blame.cx, officialsMiddle],
          [stacks.blame.cx, renter.y + renter.height],
        ],
        curve: 'elbow',
      },
    },
  };
}

export function flowLayout(data: RiskFlowData, layout: LayoutName): FlowLayout {
  return layout === 'narrow' ? narrowLayout(data) : wideLayout(data);
}

const reportColor = (claim: FlowClaim) => reportColors[claim.report.source.id] ?? colors.ink;

type Group = Selection<SVGGElement, unknown, null, undefined>;

/** A rounded rectangle over a box: a party, a chip, or a chip's focus target. */
function appendBox(parent: Group, box: Box, attributes: Record<string, string | number>) {
  const rect = parent.append('rect').attr('x', box.x).attr('y', box.y).attr('width', box.width).attr('height', box.height);
  for (const [name, value] of Object.entries(attributes)) rect.attr(name, value);
  return rect;
}

function drawNodes(group: Group, layout: FlowLayout) {
  for (const party of Object.values(parties)) {
    const box = layout.nodes[party.id];
    const node = group.append('g').attr('data-party', party.id);
    appendBox(node, box, { rx: 6, fill: colors.wash, stroke: colors.ink, 'stroke-width': 1.5 });
    const cx = box.x + box.width / 2;
    node
      .append('text')
      .attr('x', cx)
      .attr('y', box.y + 20)
      .attr('text-anchor', 'middle')
      .attr('font-size', sizes.nodeFontSize)
      .attr('font-weight', 700)
      .attr('fill', colors.ink)
      .text(party.name);
    node
      .append('text')
      .attr('x', cx)
      .attr('y', box.y + 37)
      .attr('text-anchor', 'middle')
      .attr('font-size', sizes.fontSize)
      .attr('fill', colors.muted)
      .text(party.detail);
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
    group
      .append('path')
      .attr('data-link', link.id)
      .attr('d', curves[route.curve](route.points))
      .attr('fill', 'none')
      .attr('stroke', colors.muted)
      .attr('stroke-width', 1.5)
      .attr('stroke-dasharray', link.ifCaught ? '5,4' : null)
      .attr('marker-end', `url(#${arrowId})`);
  }
}

/** A link's stack as a box on the page: where its heading starts and its last chip ends. */
const stackExtent = (layout: FlowLayout, link: FlowLink) => {
  const { top, cx } = layout.stacks[link.id];
  return { link, top, bottom: top + stackHeight(link), cx };
};
type StackExtent = ReturnType<typeof stackExtent>;

/**
 * Two stacks stand side by side, in one row for the eye, when each one's middle is level with
 * some part of the other: the narrow column's phone and fee (centred in one lane), or its blame
 * and bribes (the bribes' chips start a little lower). The wide triangle's fee and bribes only
 * overlap at their ends, so the fee, higher, is read first.
 */
export const sideBySide = (a: StackExtent, b: StackExtent) => {
  const middle = (stack: StackExtent) => (stack.top + stack.bottom) / 2;
  const level = (stack: StackExtent, y: number) => y >= stack.top && y <= stack.bottom;
  return level(a, middle(b)) && level(b, middle(a));
};

/**
 * The links in the order a reader's eye meets their stacks in this layout: top to bottom, and
 * left to right among stacks side by side. So Tab follows the drawing, not the order the data
 * lists the links in: in the narrow column "Blame" (left) comes before "Bribes" (right).
 */
export function visualOrder(data: RiskFlowData, layout: FlowLayout): FlowLink[] {
  const byTop = data.links.map((link) => stackExtent(layout, link)).sort((a, b) => a.top - b.top || a.cx - b.cx);
  const rows: StackExtent[][] = [];
  for (const stack of byTop) {
    const row = rows.at(-1);
    if (row?.some((other) => sideBySide(other, stack))) row.push(stack);
    else rows.push([stack]);
  }
  return rows.flatMap((row) => row.sort((a, b) => a.cx - b.cx).map(({ link }) => link));
}

/** Each chip's box, in visual reading order: stack by stack (see `visualOrder`), its claims one under another. */
export function chipBoxes(data: RiskFlowData, layout: FlowLayout): { link: FlowLink; claim: FlowClaim; box: Box }[] {
  return visualOrder(data, layout).flatMap((link) => {
    const stack = layout.stacks[link.id];
    let y = stack.top + sizes.headingHeight;
    return link.claims.map((claim) => {
      const box = { x: stack.cx - stack.width / 2, y, width: stack.width, height: chipHeight(claim) };
      y += box.height + sizes.chipGap;
      return { link, claim, box };
    });
  });
}

/** "Bribes, if caught": the heading over a link's chips. */
export const headingText = (link: FlowLink) => (link.ifCaught ? `${link.what}, if caught` : link.what);

function drawStacks(group: Group, data: RiskFlowData, layout: FlowLayout) {
  for (const link of data.links) {
    const stack = layout.stacks[link.id];
    // A paper halo keeps the heading legible where the arrow runs behind it.
    group
      .append('text')
      .attr('x', stack.cx)
      .attr('y', stack.top + 15)
      .attr('text-anchor', 'middle')
      .attr('font-size', sizes.headingFontSize)
      .attr('font-weight', 700)
      .attr('fill', colors.ink)
      .attr('stroke', colors.paper)
      .attr('stroke-width', 5)
      .attr('stroke-linejoin', 'round')
      .attr('paint-order', 'stroke')
      .text(headingText(link));
  }
  for (const { claim, box } of chipBoxes(data, layout)) {
    const chip = group.append('g').attr('data-claim', claim.entryId);
    const color = reportColor(claim);
    appendBox(chip, box, { rx: 4, fill: colors.paper, stroke: color, 'stroke-width': 1.5 });
    chip
      .append('circle')
      .attr('cx', box.x + 12)
      .attr('cy', box.y + 13)
      .attr('r', 8)
      .attr('fill', color);
    chip
      .append('text')
      .attr('x', box.x + 12)
      .attr('y', box.y + 17)
      .attr('text-anchor', 'middle')
      .attr('font-size', 11)
      .attr('font-weight', 700)
      .attr('fill', colors.paper)
      .text(claim.report.letter);
    claim.lines.forEach((text, index) => {
      chip
        .append('text')
        .attr('x', box.x + sizes.chipTextInset)
        .attr('y', box.y + 17 + index * sizes.lineHeight)
        .attr('font-size', sizes.fontSize)
        .attr('font-weight', claim.kind === 'figure' && index === 0 ? 700 : null)
        .attr('fill', colors.ink)
        .text(text);
    });
  }
}

export function riskFlowChart(data: RiskFlowData, { layout: layoutName, document, sourceElementId, idPrefix = 'risk-flow' }: RiskFlowOptions): SVGSVGElement {
  const layout = flowLayout(data, layoutName);
  const svgElement = document.createElementNS('http://www.w3.org/2000/svg', 'svg') as SVGSVGElement;
  const svg = select(svgElement)
    .attr('viewBox', `0 0 ${layout.width} ${layout.height}`)
    .attr('width', layout.width)
    .attr('height', layout.height)
    .attr('font-family', 'system-ui, sans-serif');

  const arrowId = `${idPrefix}-${layoutName}-arrow`;
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
    .attr('fill', colors.muted);

  // Drawn under the chips, so each line seems to run through its stack.
  drawRoutes(svg.append('g').attr('aria-hidden', 'true').attr('data-layer', 'links'), data, layout, arrowId);
  drawNodes(svg.append('g').attr('aria-hidden', 'true').attr('data-layer', 'parties'), layout);
  drawStacks(svg.append('g').attr('aria-hidden', 'true').attr('data-layer', 'claims'), data, layout);

  // Hover and focus targets, last and in visual reading order so Tab follows the links as drawn.
  const targets = svg.append('g').attr('data-layer', 'targets');
  for (const { link, claim, box } of chipBoxes(data, layout)) {
    const target = appendBox(targets, box, { rx: 4, fill: 'transparent' });
    makeFocusableMark(target.node()!, {
      figureId: claim.entryId,
      label: describeClaim(link, claim),
      ...(sourceElementId && { describedBy: sourceElementId(claim.entryId) }),
    });
  }
  return svgElement;
}
