/**
 * "What the price means": four big numbers, one per equivalence of the same 200 yuan (rice,
 * a share of a month's earnings, months of official pay, days of renting for a handset). Their
 * units differ, so they are not drawn to one scale, or to four scales that would look alike:
 * each is a number, large, with what it counts in words under it and the number it was measured
 * against beside that. Every result is derived; its arithmetic is one hover or focus away (the
 * tooltip shows the fact's derivation) and in the frame's data table, which works without script.
 *
 * A grid of two columns on a phone and four from the wide layout. Every line is laid out from its
 * measured, wrapped text, so longer words wrap instead of colliding, and rows grow to the tallest
 * cell. Drawn with d3-selection into the document it is given. Pure: (data, target) → <svg>, the
 * same at build time (linkedom) and in a browser; every colour a palette reference.
 */
import { creator, select, type Selection } from 'd3-selection';
import { colors, reportColors } from '../../styles/tokens';
import type { DrawTarget } from '../definition';
import { minimumTextSize } from '../layouts';
import { makeFocusableMark } from '../svg';
import { lineSpacing, textAscent, textDescent, textWidth, wrapText } from '../text';
import { amountOf, isContextInput, isReportInput, type MeaningDatum, type MeaningInput } from './data';
import type { PriceMeaningWords } from './messages';
import { bigNumber, describeDatum, inputAmount } from './phrases';

type Target = DrawTarget<PriceMeaningWords>;
type Group = Selection<SVGGElement, unknown, null, undefined>;

/** Type sizes and line heights in px: nothing under the minimum. */
const type = {
  big: { size: (width: number) => (width < 400 ? 30 : 36) },
  caption: { size: minimumTextSize, lineHeight: lineSpacing(minimumTextSize) },
};

/** Spacing in px. */
const space = {
  /** Between columns, and between rows of cells. */
  column: 16,
  row: 18,
  /** The accent rule at the top of a cell, and the room under it. */
  rule: 3,
  underRule: 8,
  /** Between the big number and its caption, and between caption and basis. */
  gap: 4,
};

/** A cell's colour: the report whose 200 yuan it values. */
export const colorOf = (datum: MeaningDatum) => reportColors[datum.report.id] ?? colors.ink;

/**
 * What a result is measured against, as the cell names it: a month's average earnings, the
 * handset's price, or the first number from outside the reports its formula divides by (the rice
 * price, the official pay), written whole when the arithmetic uses one end of a range.
 */
export function basisOf(datum: MeaningDatum): MeaningInput | undefined {
  return datum.whole ?? datum.inputs.filter(isContextInput).find((input) => input.entry.fact.topic !== 'exchange-rate');
}

/** The muted line under a cell's caption: "at about 4.6 yuan a kilogram", "(3,500 yuan)". */
export function basisLine(datum: MeaningDatum, context: Pick<Target, 't' | 'locale'>): string | undefined {
  const basis = basisOf(datum);
  return basis && context.t.panel[datum.panel].basis(inputAmount(basis, context, { wholeRange: true }));
}

interface Cell {
  datum: MeaningDatum;
  big: string;
  caption: string[];
  basis: string[];
  height: number;
}

/** One line per <text>, with its own baseline: the label check reads each as a box. */
function appendLines(parent: Group, lines: readonly string[], x: number, firstBaseline: number, lineHeight: number, attributes: Record<string, string | number>) {
  lines.forEach((line, index) => {
    const text = parent.append('text').attr('x', x).attr('y', firstBaseline + index * lineHeight);
    for (const [name, value] of Object.entries(attributes)) text.attr(name, value);
    text.text(line);
  });
}

export function priceMeaningChart(data: MeaningDatum[], target: Target): SVGSVGElement {
  const { width, document, ids, t } = target;
  const columns = width >= 600 ? 4 : 2;
  const cellWidth = (width - space.column * (columns - 1)) / columns;
  // One size for every number, as large as the widest lets it be in its cell.
  const bigs = data.map((datum) => bigNumber(datum, target));
  const widest = Math.max(...bigs.map((big) => textWidth(big, 100, { bold: true }) / 100));
  const bigSize = Math.max(minimumTextSize * 2, Math.min(type.big.size(width), Math.floor((cellWidth - 2) / widest)));
  // The rate the dollar results convert the day rate at: a picture or a printout, with no tooltip or
  // table, must still say it, or "≈28%" could not be worked out from what is shown.
  const rate = data
    .flatMap((datum) => datum.inputs)
    .filter(isReportInput)
    .find((input) => amountOf(input).unit === 'exchange-rate');
  const footnote = wrapText(
    t.footnote({ day: inputAmount(data[0]!.sum, target), rate: rate && { amount: inputAmount(rate, target), report: rate.entry.source.referredToAs } }),
    width,
    type.caption.size,
    { noRunt: true },
  );

  // Each cell from its measured text: the rule, the number, the caption, the basis.
  const cells: Cell[] = data.map((datum, index) => {
    const big = bigs[index]!;
    // Filled to the cell's width, not balanced: balanced lines left short captions three lines deep in
    // a phone's half-width cell. But no word alone on a last line ("pay", "month", "yuan").
    const caption = wrapText(t.panel[datum.panel].caption, cellWidth - 2, type.caption.size, { noRunt: true });
    const basisText = basisLine(datum, target);
    const basis = basisText ? wrapText(basisText, cellWidth - 2, type.caption.size, { noRunt: true }) : [];
    const height =
      space.rule + space.underRule + (textAscent + textDescent) * bigSize + space.gap + (caption.length + basis.length) * type.caption.lineHeight;
    return { datum, big, caption, basis, height };
  });

  // The title and takeaway above say what the numbers are of: the grid starts at the top.
  const gridTop = 0;
  const rowHeights: number[] = [];
  cells.forEach((cell, index) => {
    const row = Math.floor(index / columns);
    rowHeights[row] = Math.max(rowHeights[row] ?? 0, cell.height);
  });
  const rowTop = (row: number) => gridTop + rowHeights.slice(0, row).reduce((sum, height) => sum + height + space.row, 0);
  const gridBottom = rowTop(rowHeights.length) - space.row;
  const footnoteTop = gridBottom + 14;
  const height = Math.ceil(footnoteTop + footnote.length * type.caption.lineHeight);

  const svg = select(creator('svg').call(document.documentElement) as SVGSVGElement)
    .attr('viewBox', `0 0 ${width} ${height}`)
    .attr('width', width)
    .attr('height', height)
    .attr('font-family', 'system-ui, sans-serif')
    .attr('font-size', type.caption.size);

  const words = svg.append('g').attr('aria-hidden', 'true').attr('data-layer', 'words');

  const targets: { cell: Cell; x: number; y: number; height: number }[] = [];
  cells.forEach((cell, index) => {
    const row = Math.floor(index / columns);
    const x = (index % columns) * (cellWidth + space.column);
    const y = rowTop(row);
    const color = colorOf(cell.datum);
    const group = words.append('g').attr('data-panel', cell.datum.panel);
    group.append('rect').attr('x', x).attr('y', y).attr('width', cellWidth).attr('height', space.rule).attr('fill', color);
    // The number's baseline: its box's ascent (text.ts) below the rule's room.
    const bigBaseline = y + space.rule + space.underRule + textAscent * bigSize;
    appendLines(group, [cell.big], x, bigBaseline, bigSize, { 'font-size': bigSize, 'font-weight': 700, fill: color, 'data-role': 'result' });
    const captionTop = bigBaseline + textDescent * bigSize + space.gap + textAscent * type.caption.size;
    appendLines(group, cell.caption, x, captionTop, type.caption.lineHeight, { fill: colors.ink });
    appendLines(group, cell.basis, x, captionTop + cell.caption.length * type.caption.lineHeight, type.caption.lineHeight, { fill: colors.muted });
    targets.push({ cell, x, y, height: rowHeights[row]! });
  });

  appendLines(words, footnote, 0, footnoteTop + textAscent * type.caption.size, type.caption.lineHeight, { fill: colors.muted });

  // Hover and focus targets, last and in reading order: each the whole cell, described by its fact.
  const marks = svg.append('g').attr('data-layer', 'targets');
  for (const { cell, x, y, height: cellHeight } of targets) {
    const mark = marks.append('rect').attr('x', x).attr('y', y).attr('width', cellWidth).attr('height', cellHeight).attr('rx', 3).attr('fill', 'transparent');
    makeFocusableMark(mark.node()!, { figureId: cell.datum.fact.id, label: describeDatum(cell.datum, target), describedBy: ids.source(cell.datum.fact.id) });
  }
  return svg.node()!;
}
