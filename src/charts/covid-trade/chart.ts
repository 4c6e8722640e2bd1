/**
 * The COVID-trade chart: China–North Korea trade as bars on a time axis (by year in US$ bn, or
 * 2020 by month in US$ m), every bar a neutral grey and 2020 picked out in ink; above the bars, a
 * marker at each report's interview date, its arrow ending just over the value of the bar it falls
 * in; below them, the border and crackdown events on the same axis, each with its date, packed
 * into a few rows (layout.ts places everything).
 *
 * January–February 2020 is one figure for two months: drawn across both at its monthly average,
 * dashed and marked "average", never as a double-height bar on a per-month axis. A trailing run
 * of months no figure was found for is one empty column beside the axis: a dotted baseline and,
 * just over it, "No figure found"; no box, which would read as a value.
 *
 * Drawn with d3-selection from the layout's px. Pure: (data, target) → <svg>, the same at build
 * time and in a browser; every colour a palette reference. Text that sits on a mark names it in
 * `data-labels` (the mark carries the id in `data-mark`), so the label check (tests/e2e/labels.spec.ts)
 * can tell a label from a collision.
 */
import type { Selection } from 'd3-selection';
import { colors, reportColors } from '../../styles/tokens';
import type { DrawTarget, SwatchStyle } from '../definition';
import { createChartSvg, makeFocusableMark } from '../svg';
import type { CovidTradeData, ReportMarker, TradeDatum, TradeView } from './data';
import { textAscent, textDescent } from '../text';
import { covidTradeLayout, fontSize, isFocus, lineStep, markerSize, reportMarkerHeight, targetInset, type Bar } from './layout';
import type { CovidTradeWords } from './messages';
import { describeEvent, describeTrade, isLessCertain } from './words';

/**
 * How each kind of figure is drawn; the legend draws its keys with the same styles. Trade is a
 * neutral in both views and 2020 a dark neutral (ink): red and blue mean the two reports on this
 * site, so no trade mark wears either.
 */
export const barStyles = {
  reported: { shape: 'bar', fill: colors.rule },
  /** 2020, the year the border closed: the chart's focus; striped under forced colours, where every bar is one colour. */
  focus: { shape: 'bar', fill: colors.ink, forcedHatch: true },
  // Derived sums hollow, as on every chart of the site.
  derived: { shape: 'bar', fill: colors.paper, stroke: colors.muted, strokeWidth: 1.5 },
  lessCertain: { shape: 'bar', fill: colors.rule, stroke: colors.muted, strokeWidth: 1.5, strokeDasharray: '4,3' },
  // Several months' total at its monthly average: a light fill inside a dashed outline, marked "average".
  combined: { shape: 'bar', fill: colors.rule, fillOpacity: 0.35, stroke: colors.muted, strokeWidth: 1.5, strokeDasharray: '4,2' },
  // Months with no figure: no bar at all, only the baseline, dotted and light, under the words "No figure found".
  gap: { shape: 'line', stroke: colors.muted, strokeWidth: 1.5, strokeDasharray: '1,3' },
} as const satisfies Record<string, SwatchStyle>;

/** Events: mid-grey markers, their dated labels in the secondary text colour, below the axis. */
export const eventStyle = { shape: 'dot', fill: colors.rule } as const satisfies SwatchStyle;
export const eventLabelColor = colors.muted;
/** The values over the bars, "≈" and all: the key's "≈" is drawn in this same style. */
export const valueStyle = { shape: 'text', fill: colors.ink } as const satisfies SwatchStyle;
export const reportStyle = (color: string): SwatchStyle => ({ shape: 'line', stroke: color, strokeWidth: 1.5 });
export const reportColor = (report: ReportMarker) => reportColors[report.source.id] ?? colors.ink;

/** Which style a trade figure is drawn in: several months together first, then derived, then less certain, then the focus year. */
export function barKind(datum: TradeDatum, focusYear = 2020): keyof typeof barStyles {
  if (datum.units > 1) return 'combined';
  if (datum.derived) return 'derived';
  if (isLessCertain(datum)) return 'lessCertain';
  return isFocus(datum, focusYear) ? 'focus' : 'reported';
}

type Group = Selection<SVGGElement, unknown, null, undefined>;

/** Text with a paper halo, its lines as <tspan>s, the top of its first line at `top`. */
function drawText(parent: Group, lines: readonly string[], { x, top, anchor = 'middle', fill = colors.ink, bold = false, className, labels }: { x: number; top: number; anchor?: 'start' | 'middle' | 'end'; fill?: string; bold?: boolean; className: string; labels?: string }) {
  // The baseline sits where the text's box (text.ts) is centred in a line box of `lineStep`.
  const baseline = top + (lineStep - (textAscent + textDescent) * fontSize) / 2 + textAscent * fontSize;
  const text = parent
    .append('text')
    .attr('class', className)
    .attr('x', x)
    .attr('y', baseline)
    .attr('text-anchor', anchor)
    .attr('fill', fill)
    .attr('stroke', colors.paper)
    .attr('stroke-width', 3)
    .attr('stroke-linejoin', 'round')
    .attr('paint-order', 'stroke');
  if (bold) text.attr('font-weight', 'bold');
  if (labels) text.attr('data-labels', labels);
  if (lines.length === 1) text.text(lines[0]!);
  else lines.forEach((line, index) => text.append('tspan').attr('x', x).attr('dy', index === 0 ? 0 : lineStep).text(line));
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const paint = (element: Selection<any, unknown, null, undefined>, { fill, fillOpacity, stroke, strokeWidth, strokeDasharray }: SwatchStyle) => {
  element.attr('fill', fill ?? 'none');
  if (fillOpacity !== undefined) element.attr('fill-opacity', fillOpacity);
  if (stroke) element.attr('stroke', stroke);
  if (strokeWidth) element.attr('stroke-width', strokeWidth);
  if (strokeDasharray) element.attr('stroke-dasharray', strokeDasharray);
};

export function covidTradeChart(data: CovidTradeData, target: DrawTarget<CovidTradeWords>): SVGSVGElement {
  const { variant, layout: layoutName, width, document, ids } = target;
  const view = data[variant as TradeView];
  const layout = covidTradeLayout(view, layoutName, width, target);
  const { baseline, height } = layout;

  const svg = createChartSvg(document, width, height);
  const svgElement = svg.node()!;
  // The stripes of a bar picked out under forced colours, its own per drawing: several drawings
  // share a page, and a pattern in a hidden drawing paints nothing.
  const hatchId = `${ids.frame}-${variant}-${Math.round(width)}-hatch`;
  const hatched = layout.bars.filter((bar) => (barStyles[barKind(bar.datum)] as SwatchStyle).forcedHatch);
  if (hatched.length > 0)
    svg
      .append('defs')
      .append('pattern')
      .attr('id', hatchId)
      .attr('patternUnits', 'userSpaceOnUse')
      .attr('width', 6)
      .attr('height', 6)
      .attr('patternTransform', 'rotate(45)')
      .append('rect')
      .attr('width', 2.5)
      .attr('height', 6)
      .attr('fill', colors.paper);
  const decoration = svg.append('g').attr('aria-hidden', 'true');

  drawText(decoration, layout.title, { x: 3, top: 2, anchor: 'start', bold: true, className: 'covid-trade-title' });

  // The reports' dates: a marker pointing down at each, just over the value of the bar the date falls in, its label beside its leader.
  for (const mark of layout.reports) {
    const color = reportColor(mark.report);
    const { tip } = mark;
    decoration
      .append('line')
      .attr('class', 'covid-trade-report')
      .attr('x1', mark.x)
      .attr('x2', mark.x)
      .attr('y1', mark.leaderTop)
      .attr('y2', tip - reportMarkerHeight)
      .attr('stroke', color)
      .attr('stroke-width', 1.5);
    decoration
      .append('path')
      .attr('class', 'covid-trade-report')
      .attr('d', `M${mark.x - 5},${tip - reportMarkerHeight}L${mark.x + 5},${tip - reportMarkerHeight}L${mark.x},${tip}Z`)
      .attr('fill', color);
    drawText(decoration, mark.lines, { x: mark.textX, top: mark.textTop, anchor: mark.textAnchor, fill: color, bold: true, className: 'covid-trade-report-label' });
  }

  // Months no figure was found for: an empty stretch of dotted baseline, saying so just over it.
  const gapColumns = layout.gaps.map(({ x1, x2 }) => [x1, x2] as const);
  for (const [index, { x1, x2, lines, textTop }] of layout.gaps.entries()) {
    const id = `gap-${index}`;
    decoration
      .append('line')
      .attr('class', 'covid-trade-gap')
      .attr('data-mark', id)
      .attr('x1', x1)
      .attr('x2', x2)
      .attr('y1', baseline)
      .attr('y2', baseline)
      .call((line) => paint(line, barStyles.gap));
    drawText(decoration, lines, { x: (x1 + x2) / 2, top: textTop, fill: colors.muted, className: 'covid-trade-gap', labels: id });
  }

  // The bars, each across its period.
  const barsGroup = decoration.append('g').attr('class', 'covid-trade-bars');
  for (const bar of layout.bars) {
    barsGroup
      .append('rect')
      .attr('class', 'covid-trade-bar')
      .attr('x', bar.x1)
      .attr('y', layout.y(bar.drawn))
      .attr('width', Math.max(0, bar.x2 - bar.x1))
      .attr('height', baseline - layout.y(bar.drawn))
      .call((rect) => paint(rect, barStyles[barKind(bar.datum)]));
    if (hatched.includes(bar)) {
      barsGroup
        .append('rect')
        .attr('class', 'covid-trade-bar-hatch')
        .attr('data-forced-colors-only', '')
        .attr('visibility', 'hidden')
        .attr('x', bar.x1)
        .attr('y', layout.y(bar.drawn))
        .attr('width', Math.max(0, bar.x2 - bar.x1))
        .attr('height', baseline - layout.y(bar.drawn))
        .attr('fill', `url(#${hatchId})`);
    }
  }
  // The solid baseline runs under the bars, not under the gaps, which have their dotted one.
  for (const [x1, x2] of stretchesBeside(0, width, gapColumns)) decoration.append('line').attr('class', 'covid-trade-axis').attr('x1', x1).attr('x2', x2).attr('y1', baseline).attr('y2', baseline).attr('stroke', colors.ink);

  for (const label of layout.valueLabels) drawText(decoration, label.lines, { x: label.x, top: label.top, bold: label.bold, fill: valueStyle.fill, className: 'covid-trade-value' });
  for (const label of layout.periodLabels) {
    drawText(decoration, [label.text], { x: label.x, top: baseline + 5 + label.line * lineStep, fill: label.line > 0 ? colors.muted : colors.ink, className: 'covid-trade-period' });
  }

  // Events: a dot for a day, a rounded bar for a span, each with its short name.
  for (const mark of layout.events) {
    if (mark.shape === 'span') {
      decoration
        .append('rect')
        .attr('class', 'covid-trade-event')
        .attr('x', mark.x1)
        .attr('y', mark.y - markerSize / 2)
        .attr('width', mark.x2 - mark.x1)
        .attr('height', markerSize)
        .attr('rx', markerSize / 2)
        .attr('fill', eventStyle.fill);
    } else {
      decoration
        .append('circle')
        .attr('class', 'covid-trade-event')
        .attr('cx', (mark.x1 + mark.x2) / 2)
        .attr('cy', mark.y)
        .attr('r', markerSize / 2)
        .attr('fill', eventStyle.fill);
    }
    drawText(decoration, mark.lines, { x: mark.textX, top: mark.textTop, anchor: mark.textAnchor, fill: eventLabelColor, className: 'covid-trade-event-label' });
  }

  // Hover and focus targets, last and in reading order: each bar's column up past its label, then the events.
  const targets = svg.append('g').attr('class', 'covid-trade-targets');
  const columnOf = (bar: Bar) => ({ x1: bar.x1 - 1 + targetInset, x2: bar.x2 + 1 - targetInset });
  for (const bar of layout.bars) {
    const { x1, x2 } = columnOf(bar);
    const top = layout.targetTop.get(bar.datum)!;
    targets
      .append('rect')
      .attr('class', 'covid-trade-target')
      .attr('x', x1)
      .attr('y', top)
      .attr('width', x2 - x1)
      .attr('height', baseline - top)
      .attr('fill', 'transparent')
      .each(function () {
        makeFocusableMark(this, { figureId: bar.datum.fact.id, label: describeTrade(bar.datum, target), describedBy: ids.source(bar.datum.fact.id) });
      });
  }
  for (const mark of layout.events) {
    targets
      .append('rect')
      .attr('class', 'covid-trade-target')
      .attr('x', mark.target.left)
      .attr('y', mark.target.top)
      .attr('width', mark.target.right - mark.target.left)
      .attr('height', mark.target.bottom - mark.target.top)
      .attr('rx', 4)
      .attr('fill', 'transparent')
      .each(function () {
        makeFocusableMark(this, { figureId: mark.event.fact.id, label: describeEvent(mark.event, target), describedBy: ids.source(mark.event.fact.id) });
      });
  }
  return svgElement;
}

/** The stretches of [from, to] left when each gap (and 3 px either side of it) is cut out; slivers under half a px dropped. */
function stretchesBeside(from: number, to: number, gaps: readonly (readonly [number, number])[]): [number, number][] {
  let stretches: [number, number][] = [[from, to]];
  for (const [x1, x2] of gaps) {
    stretches = stretches.flatMap(([start, end]): [number, number][] => {
      if (x2 <= start || x1 >= end) return [[start, end]];
      const pieces: [number, number][] = [
        [start, Math.max(start, x1 - 3)],
        [Math.min(end, x2 + 3), end],
      ];
      return pieces.filter(([a, b]) => b - a > 0.5);
    });
  }
  return stretches;
}
