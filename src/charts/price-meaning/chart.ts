/**
 * "What the price means": a stack of small panels, one per equivalence of the same 200 yuan,
 * each on its own scale because their units differ (kilograms, a share of a month's earnings,
 * months, days). Each panel has a headline, a drawing, and a "how" line with the arithmetic.
 * Results are derived, so they are drawn tinted with a dashed outline; what a result is
 * measured against (a month's earnings, a handset's price) is a plain outline.
 *
 * Plot draws it: one plot per panel, on the panel's own x scale, and one plot around them, on
 * pixel (identity) scales, for the text and the rules between panels. Plot cannot put several x
 * scales in one drawing, so d3-selection moves each panel's marks into the outer plot. Every
 * label is laid out from its measured width, so longer words wrap instead of colliding. Pure:
 * (data, target) → <svg>, the same at build time (linkedom) and in a browser.
 */
import * as Plot from '@observablehq/plot';
import { nice, range } from 'd3-array';
import { select } from 'd3-selection';
import { colors, reportColors } from '../../styles/tokens';
import type { DrawTarget, SwatchStyle } from '../definition';
import { minimumTextSize } from '../layouts';
import { focusableMarks } from '../svg';
import { textWidth, wrapText } from '../text';
import { fittingTicks } from '../ticks';
import type { MeaningDatum } from './data';
import type { PriceMeaningWords } from './messages';
import { describeDatum, factWithValue, headline, howLine, inputAmount } from './phrases';

type Target = DrawTarget<PriceMeaningWords>;

/** Type sizes in px and line heights in ems: nothing under the minimum. */
const type = {
  headline: { size: (width: number) => (width < 400 ? 14 : 15), lineHeight: 1.3 },
  label: { size: minimumTextSize, lineHeight: 1.25 },
  how: { size: minimumTextSize, lineHeight: 1.4 },
};

/** Vertical rhythm of a panel, in px. */
const space = {
  /** Above each panel after the first, with a hairline in the middle. */
  between: 24,
  /** Between the blocks of a panel: headline, outline label, band, axis, "how" line. */
  gap: 6,
  /** The bar's band: tall enough for a 24px focus target with room to spare. */
  band: 28,
  /** The bars inside the band. */
  bar: 24,
  /** The x axis under the band: ticks, and one line of labels. */
  axis: 24,
};
/** The least room at the drawing's left edge, for the zero tick's label. */
const minimumMarginLeft = 8;
/** The least size of a hover and focus target (WCAG 2.5.8). */
const targetSize = 24;

/** The marks' styles, which the legend draws with too. */
export const markStyles = {
  /** A derived result: tinted, with a dashed outline in its report's colour. */
  derived: (color: string): SwatchStyle => ({ shape: 'bar', fill: color, fillOpacity: 0.3, stroke: color, strokeWidth: 1.5, strokeDasharray: '4,3' }),
  /** The key for "dashed means derived", in no report's colour. */
  derivedKey: { shape: 'bar', stroke: colors.muted, strokeWidth: 1.5, strokeDasharray: '4,3' } satisfies SwatchStyle,
  /** What a result is measured against: a plain outline. */
  whole: { shape: 'bar', stroke: colors.muted, strokeWidth: 1.5 } satisfies SwatchStyle,
};

/** A swatch style as Plot's mark options. */
const paint = (style: SwatchStyle) => ({
  fill: style.fill ?? 'none',
  ...(style.fillOpacity !== undefined && { fillOpacity: style.fillOpacity }),
  ...(style.stroke && { stroke: style.stroke }),
  ...(style.strokeWidth !== undefined && { strokeWidth: style.strokeWidth }),
  ...(style.strokeDasharray && { strokeDasharray: style.strokeDasharray }),
});

/** A panel's colour: the report whose 200 yuan it values. */
export const colorOf = (datum: MeaningDatum) => reportColors[datum.report.id] ?? colors.ink;

/** The bottom of a block of `lines` lines drawn by Plot's text mark with lineAnchor "top" at 0. */
const blockHeight = (lines: number, { size, lineHeight }: { size: number; lineHeight: number }) => ((0.71 + lines - 1) * lineHeight + 0.25) * size;

interface Axis {
  max: number;
  values: number[];
  labels: string[];
  marginLeft: number;
  marginRight: number;
}

/**
 * The panel's x axis: d3's nice domain past the result, and as many nice ticks as fit with their
 * labels apart (fittingTicks). The last tick carries the unit, written as the fact writes it
 * ("50 kg", "100%", "30 months"), so the gap between labels leaves room for it; the margins are
 * the end labels' half widths, so neither is cut.
 */
function axisFor(datum: MeaningDatum, width: number, { locale }: Target): Axis {
  const { fact } = datum;
  // A share is drawn inside its whole, so its axis reaches 100%.
  const whole = fact.amount.unit === 'percent' ? 100 : 0;
  const least = Math.max(whole, datum.high);
  // Room past the result, so its end is not on the axis's end.
  const [, niceMax] = nice(0, Math.max(whole, datum.high * 1.1), 10);
  const withUnit = (value: number) => locale.contextFact(factWithValue(fact, { low: value, high: value, approximate: false }));
  const fontSize = type.label.size;
  const marginLeft = Math.max(minimumMarginLeft, Math.ceil(textWidth(locale.number(0), fontSize) / 2) + 1);
  const marginRight = Math.ceil(textWidth(withUnit(niceMax), fontSize) / 2) + 2;
  // Ticks apart as numbers, and further by half the unit the last one adds.
  const unitRoom = Math.ceil((textWidth(withUnit(niceMax), fontSize) - textWidth(locale.number(niceMax), fontSize)) / 2);
  const values = fittingTicks(0, niceMax, width - marginLeft - marginRight, locale.number, fontSize, { gap: 8 + unitRoom });
  // The axis ends at its last labelled tick when the result fits below it (ticks only spread further).
  const max = values.at(-1)! >= least ? values.at(-1)! : niceMax;
  const labels = values.map((value, index) => (index === values.length - 1 ? withUnit(value) : locale.number(value)));
  return { max, values, labels, marginLeft, marginRight };
}

/** One panel's drawing, on the panel's own scale: the band of bars over its x axis. */
function panelPlot(datum: MeaningDatum, target: Target): SVGSVGElement {
  const { width, document, ids } = target;
  const color = colorOf(datum);
  const axis = axisFor(datum, width, target);
  const plotWidth = width - axis.marginLeft - axis.marginRight;
  const result = [{ x1: datum.isRange ? datum.low : 0, x2: datum.high }];
  const derived = paint(markStyles.derived(color));
  const inset = (space.band - space.bar) / 2;
  const bars = { x1: 'x1', x2: 'x2', insetTop: inset, insetBottom: inset } as const;
  // The target reaches past the bar, to 24px wide at least.
  const resultWidth = ((datum.high - result[0]!.x1) / axis.max) * plotWidth;
  const overhang = Math.max(4, (targetSize - resultWidth) / 2);
  const marks: Plot.Markish[] = [];

  if (datum.panel === 'handset') {
    // The handset's price as days of renting: one block per day, the last one cut short.
    const days = range(Math.ceil(datum.high)).map((day) => ({ x1: day, x2: Math.min(day + 1, datum.high) }));
    marks.push(
      Plot.barX(days, { ...bars, fill: color, fillOpacity: markStyles.derived(color).fillOpacity ?? 1, insetLeft: 1, insetRight: 1 }),
      Plot.barX(result, { ...bars, ...derived, fill: 'none', rx: 3 }),
    );
  } else {
    // A share is drawn inside its whole: the month's earnings as an outline at 100%.
    if (datum.whole) marks.push(Plot.barX([{ x1: 0, x2: 100 }], { ...bars, ...paint(markStyles.whole), rx: 3 }));
    marks.push(Plot.barX(result, { ...bars, ...derived, rx: 3 }));
  }

  marks.push(
    Plot.ruleX([0], { stroke: colors.rule }),
    // The hover and focus target, drawn last: transparent, the band's full height (28px).
    Plot.barX(result, {
      x1: 'x1',
      x2: 'x2',
      insetLeft: -overhang,
      insetRight: -overhang,
      fill: 'transparent',
      rx: 4,
      render: focusableMarks(result, () => ({
        figureId: datum.fact.id,
        label: describeDatum(datum, target),
        describedBy: ids.source(datum.fact.id),
      })),
    }),
  );

  return Plot.plot({
    document,
    width,
    height: space.band + space.axis,
    marginTop: 0,
    marginBottom: space.axis,
    marginLeft: axis.marginLeft,
    marginRight: axis.marginRight,
    x: { domain: [0, axis.max], ticks: axis.values, tickFormat: (value: number) => axis.labels[axis.values.indexOf(value)] ?? '', tickSize: 4, label: null, grid: true },
    marks,
  }) as SVGSVGElement;
}

interface TextBlock {
  y: number;
  text: string;
}

export function priceMeaningChart(data: MeaningDatum[], target: Target): SVGSVGElement {
  const { width, document, t } = target;
  const headlineType = { size: type.headline.size(width), lineHeight: type.headline.lineHeight };
  const headlines: TextBlock[] = [];
  const wholes: TextBlock[] = [];
  const hows: TextBlock[] = [];
  const rules: number[] = [];
  const panels: { datum: MeaningDatum; y: number; plot: SVGSVGElement }[] = [];
  // A little room above the first headline's accents.
  let y = 2;

  for (const [index, datum] of data.entries()) {
    if (index > 0) {
      rules.push(y + space.between / 2);
      y += space.between;
    }
    const title = wrapText(headline(datum, target), width, headlineType.size, { bold: true, balanced: true });
    headlines.push({ y, text: title.join('\n') });
    y += blockHeight(title.length, headlineType) + space.gap;

    // What the result is measured against, named above the band: "One handset: 3,500 yuan".
    if (datum.whole) {
      const amount = inputAmount(datum.whole, target);
      const label = wrapText(datum.panel === 'handset' ? t.wholeHandset(amount) : t.wholeEarnings(amount), width, type.label.size, { balanced: true });
      wholes.push({ y, text: label.join('\n') });
      y += blockHeight(label.length, type.label) + space.gap;
    }

    const plot = panelPlot(datum, target);
    panels.push({ datum, y, plot });
    y += space.band + space.axis + space.gap;

    const how = wrapText(howLine(datum, target), width, type.how.size);
    hows.push({ y, text: how.join('\n') });
    y += blockHeight(how.length, type.how);
  }

  const height = Math.ceil(y + 2);
  const text = (blocks: TextBlock[], style: { size: number; lineHeight: number }, options: Plot.TextOptions) =>
    Plot.text(blocks, { x: () => 0, y: 'y', text: 'text', textAnchor: 'start', lineAnchor: 'top', fontSize: style.size, lineHeight: style.lineHeight, ...options });
  const svg = Plot.plot({
    document,
    width,
    height,
    margin: 0,
    x: { type: 'identity', axis: null },
    y: { type: 'identity', axis: null },
    marks: [
      Plot.ruleY(rules, { x1: 0, x2: width, stroke: colors.grid }),
      text(headlines, headlineType, { fill: colors.ink, fontWeight: 'bold' }),
      text(wholes, type.label, { fill: colors.ink }),
      text(hows, type.how, { fill: colors.muted }),
    ],
  }) as SVGSVGElement;

  // Each panel's marks move into the outer drawing, at their place, in panel (and so keyboard) order.
  const outer = select(svg);
  for (const { datum, y: top, plot } of panels) {
    const group = outer.append('g').attr('transform', `translate(0,${top})`).attr('data-panel', datum.panel);
    for (const child of Array.from(plot.children)) {
      if (child.tagName.toLowerCase() !== 'style') group.append(() => child);
    }
  }
  return svg;
}
