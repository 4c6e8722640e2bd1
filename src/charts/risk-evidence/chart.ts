/**
 * The evidence that risk drives the price, as a timeline of what was said when, oldest first:
 * a band for the cited crackdown on calls to China (context, its words right beside it, joined by
 * a short leader), then a dot per report with what it says, each piece of evidence in the chart's
 * own words with, muted under it, what the report does not say. No prices are charted (the
 * price-tier chart charts them) and no scale of danger is drawn: the reports give none.
 *
 * Years stand in a gutter on the left, the spine beside them, the words to the right, wrapped
 * to the room there, so longer words only make it taller. Where that room would be too thin (a
 * phone) the years stand over their words instead, and where it is wide (the breakout) a report's
 * pieces of evidence stand side by side rather than run short lines across an empty width. Each piece of evidence is one focusable mark, in reading order. Drawn with
 * d3-selection. Pure: (data, target) → <svg>, the same at build time and in a browser.
 */
import { creator, select, type Selection } from 'd3-selection';
import type { ContextSource } from '../../data/requirements';
import type { Source } from '../../data/schema';
import type { Locale } from '../../lib/locale';
import { periodBounds } from '../../lib/period';
import { colors, reportColors } from '../../styles/tokens';
import type { DrawTarget } from '../definition';
import { minimumTextSize } from '../layouts';
import { makeFocusableMark } from '../svg';
import { lineSpacing, textAscent, textDescent, textWidth, wrapText } from '../text';
import type { Evidence, RiskEvidenceData } from './data';
import type { RiskEvidenceWords } from './messages';

type Words = RiskEvidenceWords;
type Group = Selection<SVGGElement, unknown, null, undefined>;

/** Type sizes and line heights in px: nothing under the site's 12 px. */
const type = {
  year: { size: 14, lineHeight: lineSpacing(14) },
  heading: { size: 14, lineHeight: lineSpacing(14) },
  says: { size: 13, lineHeight: lineSpacing(13) },
  small: { size: minimumTextSize, lineHeight: lineSpacing(minimumTextSize) },
};
/** Spacing in px. */
const space = { gutter: 10, spineToText: 16, between: 8, group: 18, caveat: 2 };
/** The crackdown band's half width, and a report dot's radius. */
const band = { half: 5 };
const dotRadius = 6;
/** Hover and focus targets are 24 px at least (WCAG 2.5.8). */
const minimumTarget = 24;

export const colorOf = (source: Source) => reportColors[source.id] ?? colors.ink;

/** A report's year wherever the chart shows it, hedged where it is inferred: "2019 (inferred)". */
export const shownYear = (source: Source, locale: Locale) => locale.reportYear(source);

/** A context fact's period in the locale's words: "2018", "March 2020", "January 2020–February 2020". */
export function periodWords(period: string, locale: Locale): string {
  const parts = { year: { year: 'numeric' }, month: { month: 'long', year: 'numeric' }, day: { day: 'numeric', month: 'long', year: 'numeric' } } as const;
  return period
    .split('/')
    .map((point) => {
      const { start, precision } = periodBounds(point);
      return locale.date(start, parts[precision]);
    })
    .join('–');
}

/** The crackdown band's words: what, when and who reported it. */
export function crackdownText({ fact, citations }: ContextSource, t: Words, locale: Locale): string {
  return t.crackdownBand({ measures: fact.measures, period: periodWords(fact.period, locale), publishers: citations.map((citation) => citation.publisher).join('; ') });
}

/** A piece of evidence in the chart's words: what is said and, when it needs one, what is not. */
export function evidenceWords(evidence: Evidence, { t, locale }: { t: Words; locale: Locale }): { says: string; caveat?: string | undefined } {
  if (evidence.kind === 'quote') return t.quoteEvidence[evidence.id];
  const words = t.figureEvidence[evidence.id];
  return { says: words.says(locale.figure(evidence.entry.figure)), caveat: words.caveat };
}

/** The entry id a piece of evidence's mark cites: the figure's or the quotation's. */
export const entryIdOf = (evidence: Evidence) => (evidence.kind === 'figure' ? evidence.entry.figure.id : evidence.entry.quote.id);

/** "The first report, 2019: a day’s rental cost twice as much as a year earlier." */
export function describeEvidence(evidence: Evidence, context: { t: Words; locale: Locale }): string {
  const { source } = evidence.entry;
  return context.t.markLabel({ report: context.locale.capitalize(source.referredToAs), year: shownYear(source, context.locale), says: evidenceWords(evidence, context).says });
}

/** Lines of one style, one <text> a line, from a top edge: returns the bottom. */
function appendLines(parent: Group, lines: readonly string[], x: number, top: number, style: { size: number; lineHeight: number }, attributes: Record<string, string | number>): number {
  lines.forEach((line, index) => {
    const text = parent
      .append('text')
      .attr('x', x)
      // Each line's box (text.ts) centred in its line.
      .attr('y', top + (style.lineHeight - (textAscent + textDescent) * style.size) / 2 + textAscent * style.size + index * style.lineHeight)
      .attr('font-size', style.size);
    for (const [name, value] of Object.entries(attributes)) text.attr(name, value);
    text.text(line);
  });
  return top + lines.length * style.lineHeight;
}

interface Target {
  id: string;
  label: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Below this room for words, the years leave their gutter and stand over each entry's words: a phone's column is too thin for both. */
const stackBelow = 360;
/** From this room for words, a report's pieces of evidence stand side by side, in reading order, so a wide drawing uses its width rather than run short lines far apart. */
const columnsFrom = 2 * 340;
const columnGap = 32;

export function riskEvidenceChart(data: RiskEvidenceData, target: DrawTarget<Words>): SVGSVGElement {
  const { width, document, ids, t, locale } = target;
  const context = { t, locale };
  const crackdownYear = periodWords(data.crackdown.fact.period, locale);
  const years = [crackdownYear, ...data.reports.map((report) => shownYear(report.source, locale))];
  const gutterWidth = Math.ceil(Math.max(...years.map((year) => textWidth(year, type.year.size, { bold: true })))) + space.gutter;
  // A thin drawing stacks each year over its words; otherwise the years stand in a gutter.
  const stacked = width - gutterWidth - band.half - 4 - space.spineToText < stackBelow;
  const gutter = stacked ? 0 : gutterWidth;
  const spineX = gutter + band.half + 2;
  const textX = spineX + space.spineToText;
  const room = width - textX - 2;
  const columns = room >= columnsFrom ? 2 : 1;
  const columnWidth = (room - (columns - 1) * columnGap) / columns;

  const svg = select(creator('svg').call(document.documentElement) as SVGSVGElement).attr('font-family', 'system-ui, sans-serif');
  const spine = svg.append('g').attr('aria-hidden', 'true').attr('data-layer', 'spine');
  const words = svg.append('g').attr('aria-hidden', 'true').attr('data-layer', 'words');
  const targets: Target[] = [];
  let y = 2;
  /** A year: in the gutter beside the words (returns their top, unchanged), or stacked over them (returns the top below it). */
  const yearAt = (year: string, top: number) => {
    const bottom = appendLines(words, [year], stacked ? textX : 0, top, type.year, { 'font-weight': 700, fill: colors.ink });
    return stacked ? bottom : top;
  };

  // The context: a band on the spine for the crackdown's year, its words beside it.
  const crackdownWords = crackdownText(data.crackdown, t, locale);
  const crackdownLines = wrapText(crackdownWords, room, type.small.size, { balanced: true });
  const bandTop = y;
  y = yearAt(crackdownYear, y);
  const crackdownHeight = Math.max(minimumTarget, y - bandTop + crackdownLines.length * type.small.lineHeight);
  spine.append('rect').attr('x', spineX - band.half).attr('y', bandTop).attr('width', 2 * band.half).attr('height', crackdownHeight).attr('rx', 2).attr('fill', colors.wash).attr('stroke', colors.rule);
  // A short leader from the band to its words, at their first line.
  const leaderY = y + type.small.lineHeight / 2;
  spine.append('line').attr('x1', spineX + band.half).attr('x2', textX - 4).attr('y1', leaderY).attr('y2', leaderY).attr('stroke', colors.rule);
  appendLines(words, crackdownLines, textX, y, type.small, { fill: colors.ink });
  targets.push({ id: data.crackdown.fact.id, label: crackdownWords, x: spineX - band.half - 2, y: bandTop, width: width - (spineX - band.half - 2), height: crackdownHeight });
  y = bandTop + crackdownHeight + space.group;

  const dots: number[] = [];
  for (const report of data.reports) {
    const { source } = report;
    dots.push(y + type.year.lineHeight / 2);
    y = yearAt(shownYear(source, locale), y);
    const heading = wrapText(t.reportHeading(locale.capitalize(source.referredToAs), source.outlet), room, type.heading.size, { bold: true });
    y = appendLines(words, heading, textX, y, type.heading, { 'font-weight': 700, fill: colors.ink }) + 4;
    // Pieces of evidence, a row of `columns` at a time, each row as tall as its tallest.
    for (let start = 0; start < report.evidence.length; start += columns) {
      const top = y;
      let bottom = y;
      report.evidence.slice(start, start + columns).forEach((evidence, column) => {
        const { says, caveat } = evidenceWords(evidence, context);
        const x = textX + column * (columnWidth + columnGap);
        let end = appendLines(words, wrapText(says, columnWidth, type.says.size), x, top, type.says, { fill: colors.ink });
        if (caveat) end = appendLines(words, wrapText(caveat, columnWidth, type.small.size), x, end + space.caveat, type.small, { fill: colors.muted });
        const last = column === columns - 1 || start + column === report.evidence.length - 1;
        targets.push({ id: entryIdOf(evidence), label: describeEvidence(evidence, context), x: x - 4, y: top, width: last ? width - (x - 4) : columnWidth + columnGap / 2 + 4, height: Math.max(minimumTarget, end - top) });
        bottom = Math.max(bottom, end, top + minimumTarget);
      });
      y = bottom + space.between;
    }
    y += space.group - space.between;
  }
  const height = Math.ceil(y - space.group + 4);

  // The spine from the band to the last report's dot, then the dots, in each report's colour.
  spine.insert('line', ':first-child').attr('x1', spineX).attr('x2', spineX).attr('y1', 2).attr('y2', dots.at(-1) ?? 2).attr('stroke', colors.rule).attr('stroke-width', 1.5);
  data.reports.forEach((report, index) => {
    spine.append('circle').attr('cx', spineX).attr('cy', dots[index]!).attr('r', dotRadius).attr('fill', colorOf(report.source)).attr('stroke', colors.paper).attr('stroke-width', 2);
  });

  // Hover and focus targets, last and in reading order.
  const marks = svg.append('g').attr('data-layer', 'targets');
  for (const mark of targets) {
    const rect = marks.append('rect').attr('x', mark.x).attr('y', mark.y).attr('width', mark.width).attr('height', mark.height).attr('rx', 3).attr('fill', 'transparent');
    makeFocusableMark(rect.node()!, { figureId: mark.id, label: mark.label, describedBy: ids.source(mark.id) });
  }
  return svg.attr('viewBox', `0 0 ${width} ${height}`).attr('width', width).attr('height', height).node()!;
}
