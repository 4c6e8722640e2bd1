import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../data/load';
import { caveatsOf } from '../../lib/context';
import { citationLabel, yearLabel } from '../../lib/sources';
import { normalizeSvg } from '../../../tests/unit/svg-snapshot';
import { frameSourceEntryId, frameSourceId } from '../frame';
import { finishSvg } from '../svg';
import { serverDocument } from '../build-time';
import { textWidth } from '../text';
import { covidTradeChart, covidTradeLayout, tickLabel, valueLabel, sharedUnit } from './chart';
import { layoutWidths as widths } from '../layouts';
import { covidTradeData, itemTime, views, type TradeView } from './data';
import { covidTradeDownload, covidTradeFrame, slug } from './frame-content';

const content = loadContent();
const data = covidTradeData(content);
const frame = covidTradeFrame(content, data);
const sourceElementId = (entryId: string) => frameSourceId(slug, entryId);
const iso = (date: Date) => date.toISOString().slice(0, 10);

function render(view: TradeView, width: number): string {
  const svg = covidTradeChart(data[view], { width, document: serverDocument(), sourceElementId });
  return finishSvg(svg, { labelledBy: 'title', describedBy: 'description' });
}

/** The drawing as a DOM, to measure its marks. */
function parse(view: TradeView, width: number): Element {
  const { document } = parseHTML(`<!doctype html><html><body>${render(view, width)}</body></html>`);
  return document.querySelector('svg')!;
}

const number = (element: Element, name: string) => Number(element.getAttribute(name) ?? 'NaN');
/** A rect's horizontal extent. */
const rectSpan = (rect: Element): [number, number] => [number(rect, 'x'), number(rect, 'x') + number(rect, 'width')];
/** Where a text element is anchored: Plot writes it as translate(x,y). */
function textAnchorPoint(text: Element): [number, number] {
  const match = /translate\(([-\d.]+),([-\d.]+)\)/.exec(text.getAttribute('transform') ?? '');
  return match ? [Number(match[1]), Number(match[2])] : [number(text, 'x'), number(text, 'y')];
}
/** Every x,y point of a line or a path (M/L/H/V and arcs' end points are enough for Plot's rules and arrows). */
function points(element: Element): [number, number][] {
  if (element.tagName.toLowerCase() === 'line') {
    return [
      [number(element, 'x1'), number(element, 'y1')],
      [number(element, 'x2'), number(element, 'y2')],
    ];
  }
  const numbers = (element.getAttribute('d') ?? '').match(/-?\d+(?:\.\d+)?/g)?.map(Number) ?? [];
  const pairs: [number, number][] = [];
  for (let index = 0; index + 1 < numbers.length; index += 2) pairs.push([numbers[index]!, numbers[index + 1]!]);
  return pairs;
}
/** An element's own transform offset plus its group's (Plot translates groups, e.g. for rules). */
function offset(element: Element): [number, number] {
  let [dx, dy] = [0, 0];
  for (let node: Element | null = element; node && node.tagName.toLowerCase() !== 'svg'; node = node.parentElement) {
    const match = /translate\(([-\d.]+),([-\d.]+)\)/.exec(node.getAttribute('transform') ?? '');
    if (match && node !== element) [dx, dy] = [dx + Number(match[1]), dy + Number(match[2])];
  }
  return [dx, dy];
}

describe('covidTradeData(content)', () => {
  it('draws each year 2017–2024 once, in order, and 2020 by the months that are known', () => {
    expect(data.yearly.trade.map((datum) => datum.fact.period)).toEqual(['2017', '2018', '2019', '2020', '2021', '2022', '2023', '2024']);
    expect(data.monthly.trade.map((datum) => datum.fact.period)).toEqual([
      '2020-01/2020-02',
      '2020-03',
      '2020-04',
      '2020-05',
      '2020-06',
      '2020-07',
      '2020-08',
    ]);
  });

  it('keeps January–February 2020 as one figure of two months and finds September–December as the gap', () => {
    const [janFeb] = data.monthly.trade;
    expect([iso(janFeb!.start), iso(janFeb!.end), janFeb!.units, janFeb!.derived]).toEqual(['2020-01-01', '2020-03-01', 2, true]);
    expect(data.monthly.gaps.map((gap) => [gap.period, iso(gap.start), iso(gap.end)])).toEqual([['2020-09/2020-12', '2020-09-01', '2021-01-01']]);
    expect(data.yearly.gaps).toEqual([]);
  });

  it('marks the 2024 figure as less certain, with the reason given once', () => {
    const lessCertain = data.yearly.trade.filter((datum) => datum.caveats.length > 0);
    expect(lessCertain.map((datum) => datum.fact.id)).toEqual(['trade-2024']);
    expect(lessCertain[0]!.caveats).toHaveLength(1);
    expect(lessCertain[0]!.caveats.join(' ')).toMatch(/mirror/);
  });

  it('takes a fact’s own caveat over its citations’ (one doubt, said once), else each citation’s once', () => {
    const fact = content.context.get('trade-2024')!;
    const citation = content.citations.get('kyodo-mirror')!;
    expect(caveatsOf({ ...fact, caveat: 'The fact’s own doubt, in its words.' }, [citation, citation])).toEqual(['The fact’s own doubt, in its words.']);
    const { caveat: _ignored, ...withoutOwn } = fact;
    expect(caveatsOf(withoutOwn, [citation, citation])).toEqual([citation.caveat]);
    expect(caveatsOf(withoutOwn, [])).toEqual([]);
  });

  it('lists events, reports and their words in time order, each view only what falls in it', () => {
    for (const view of views) {
      const times = data[view].timeline.map((item) => itemTime(item).getTime());
      expect(times).toEqual([...times].sort((a, b) => a - b));
    }
    const ids = (view: TradeView) =>
      data[view].timeline.map((item) => (item.kind === 'event' ? item.fact.id : item.kind === 'report' ? item.source.id : item.quote.id));
    expect(ids('monthly')).toEqual([
      'foreign-tourists-barred',
      'border-closed',
      'covid-blow',
      'two-months-of-crackdowns',
      'daily-nk-rentals',
      'trading-restarting',
      'rentals-increasing',
    ]);
    expect(ids('yearly').slice(0, 5)).toEqual(['calls-to-china-blocked', 'daily-nk-crackdown', 'almost-disappeared', 'on-the-rise', 'state-security-stakeouts']);
    expect(ids('yearly')).toEqual(expect.arrayContaining(['first-freight-train', 'first-passenger-flight', 'citizens-allowed-home']));
  });

  it('places each statement where its report puts it: before, at, or between the closure and the interview', () => {
    const annotations = data.yearly.timeline.flatMap((item) => (item.kind === 'annotation' ? [item] : []));
    expect(annotations.map((item) => [item.quote.id, item.placement, item.start && iso(item.start), iso(item.end)])).toEqual([
      ['almost-disappeared', 'before', null, '2019-05-27'],
      ['on-the-rise', 'at', '2019-05-27', '2019-05-27'],
      ['covid-blow', 'between', '2020-01-31', '2020-06-17'],
      ['trading-restarting', 'at', '2020-06-17', '2020-06-17'],
      ['rentals-increasing', 'at', '2020-06-17', '2020-06-17'],
    ]);
  });
});

describe('covidTradeChart(view, options)', () => {
  for (const view of views) {
    for (const [layout, width] of Object.entries(widths)) {
      it(`draws the same SVG as before (${view}, ${layout}, ${width}px)`, async () => {
        await expect(normalizeSvg(render(view, width))).toMatchFileSnapshot(`__snapshots__/covid-trade-${view}-${layout}.svg`);
      });
    }
  }

  for (const width of Object.values(widths)) {
    it(`draws no mark for September–December 2020 at ${width}px`, () => {
      const svg = parse('monthly', width);
      const { x } = covidTradeLayout(data.monthly, width);
      const [gap] = data.monthly.gaps;
      const [gapStart, gapEnd] = [x(gap!.start), x(gap!.end)];
      const tradeTargets = [...svg.querySelectorAll('.covid-trade-target rect')].filter((rect) => rect.getAttribute('data-figure')?.startsWith('trade-'));
      const trade = [...svg.querySelectorAll('.covid-trade-bar rect'), ...tradeTargets];
      expect(tradeTargets).toHaveLength(data.monthly.trade.length);
      for (const rect of trade) {
        const [left, right] = rectSpan(rect);
        expect(right <= gapStart + 0.01 || left >= gapEnd - 0.01, `${rect.getAttribute('data-figure') ?? 'bar'} reaches into the gap`).toBe(true);
      }
      for (const text of svg.querySelectorAll('.covid-trade-value text')) {
        const [anchor] = textAnchorPoint(text);
        expect(anchor < gapStart || anchor > gapEnd, `value label at ${anchor} sits in the gap`).toBe(true);
      }
      // The gap itself is drawn, and says what it is.
      expect([...svg.querySelectorAll('.covid-trade-gap text')].map((text) => text.textContent)).toEqual(['Not known']);
    });

    it(`draws no line through the gap at ${width}px`, () => {
      const svg = parse('monthly', width);
      const { x, barsTop, baseline } = covidTradeLayout(data.monthly, width);
      const [gap] = data.monthly.gaps;
      const [gapStart, gapEnd] = [x(gap!.start), x(gap!.end)];
      // Axis and grid lines are the only ones allowed across it: they carry no data.
      const lines = [...svg.querySelectorAll('line, path')].filter((element) => !element.closest('.covid-trade-grid, .covid-trade-axis'));
      expect(lines.length).toBeGreaterThan(0);
      for (const line of lines) {
        const [dx, dy] = offset(line);
        const inPanel = points(line)
          .map(([px, py]) => [px + dx, py + dy] as const)
          .filter(([, py]) => py >= barsTop - 1 && py <= baseline + 1);
        const inside = inPanel.some(([px]) => px > gapStart && px < gapEnd);
        const across = inPanel.some(([px]) => px <= gapStart) && inPanel.some(([px]) => px >= gapEnd);
        expect(inside || across, `a ${line.tagName} goes through the gap`).toBe(false);
      }
    });

    it(`draws January–February 2020 as one mark across both months at ${width}px`, () => {
      const svg = parse('monthly', width);
      const { x } = covidTradeLayout(data.monthly, width);
      const targets = [...svg.querySelectorAll('[data-figure^="trade-2020-0"]')];
      const janFeb = targets.filter((target) => target.getAttribute('data-figure') === 'trade-2020-01-02');
      expect(janFeb).toHaveLength(1);
      const [left, right] = rectSpan(janFeb[0]!);
      expect(left).toBeCloseTo(x(new Date(Date.UTC(2020, 0, 1))), 1);
      expect(right).toBeCloseTo(x(new Date(Date.UTC(2020, 2, 1))), 1);
      expect(targets.map((target) => target.getAttribute('data-figure'))).not.toContain('trade-2020-01');
      expect(janFeb[0]!.getAttribute('aria-label')).toBe('China–North Korea trade, January–February 2020 together: US$208 m, derived');
      // One outline with no fill, twice as wide as a month's, dotted unlike the dashed "less
      // certain" bars: a two-month total is not drawn as a mass on the per-month scale.
      const bars = [...svg.querySelectorAll('.covid-trade-bar rect')];
      const acrossBoth = bars.filter((rect) => Math.abs(rectSpan(rect)[0] - (left + 1.5)) < 0.01);
      expect(acrossBoth).toHaveLength(1);
      const outline = acrossBoth[0]!.parentElement!;
      expect([outline.getAttribute('fill'), outline.getAttribute('stroke-dasharray')]).toEqual(['none', '0.5,3.5']);
      const march = rectSpan(targets.find((target) => target.getAttribute('data-figure') === 'trade-2020-03')!);
      expect(right - left).toBeCloseTo(2 * (march[1] - march[0]), 1);
      // Its label under the axis says the two months are together.
      const ticks = [...svg.querySelectorAll('text')].filter((text) => Math.abs(textAnchorPoint(text)[0] - (left + right) / 2) < 0.01);
      expect(ticks.map((text) => text.textContent)).toContain('Jan–Febtogether');
    });
  }

  it('labels approximate values as approximate, and only those', () => {
    for (const view of views) {
      const svg = parse(view, widths.narrow);
      const unit = sharedUnit(data[view].trade);
      for (const datum of data[view].trade) {
        const label = svg.querySelector(`[data-figure="${datum.fact.id}"]`)!.getAttribute('aria-label')!;
        expect(label.includes('about'), label).toBe(datum.approximate);
        expect(valueLabel(datum, unit).startsWith('≈')).toBe(datum.approximate);
      }
      const drawn = [...svg.querySelectorAll('.covid-trade-value text')].map((text) => text.textContent ?? '');
      expect(drawn.filter((text) => text.includes('≈'))).toHaveLength(data[view].trade.filter((datum) => datum.approximate).length);
    }
    const approximateRows = frame.table.rows.filter((row) => row['approximate']?.startsWith('yes'));
    expect(approximateRows.map((row) => row['period'])).toEqual(['2019', '2023', '2024', 'April 2020']);
    expect(approximateRows.every((row) => row['value']?.startsWith('≈'))).toBe(true);
  });

  it('describes every focusable mark by an entry in the frame’s sources', () => {
    const entryIds = new Set(frame.sources.map((entry) => frameSourceId(slug, frameSourceEntryId(entry))));
    for (const view of views) {
      for (const width of Object.values(widths)) {
        const marks = [...parse(view, width).querySelectorAll('.chart-mark')];
        expect(marks).toHaveLength(data[view].trade.length + data[view].timeline.filter((item) => item.kind !== 'report').length);
        for (const mark of marks) {
          expect(mark.getAttribute('tabindex')).toBe('0');
          expect(entryIds.has(mark.getAttribute('aria-describedby') ?? ''), `${mark.getAttribute('data-figure')} is described by nothing in the sources`).toBe(true);
        }
      }
    }
  });

  it('makes each target at least 24px square, in time order: the bars, then the rows', () => {
    for (const view of views) {
      for (const width of Object.values(widths)) {
        const marks = [...parse(view, width).querySelectorAll('.chart-mark')];
        for (const mark of marks) {
          expect(number(mark, 'width'), mark.getAttribute('data-figure')!).toBeGreaterThanOrEqual(23.99);
          expect(number(mark, 'height'), mark.getAttribute('data-figure')!).toBeGreaterThanOrEqual(23.99);
        }
        const expected = [
          ...data[view].trade.map((datum) => datum.fact.id),
          ...data[view].timeline.flatMap((item) => (item.kind === 'event' ? [item.fact.id] : item.kind === 'annotation' ? [item.quote.id] : [])),
        ];
        expect(marks.map((mark) => mark.getAttribute('data-figure'))).toEqual(expected);
      }
    }
  });

  it('turns the value labels upright only where side by side they would touch', () => {
    const rotated = (view: TradeView, width: number) => covidTradeLayout(data[view], width).valueLabels.every((label) => label.rotated);
    expect(rotated('monthly', widths.narrow)).toBe(true);
    expect(rotated('monthly', widths.wide)).toBe(false);
    expect(rotated('yearly', widths.narrow)).toBe(false);
  });

  it('leaves no aria-label on a role-less group and no inline style', () => {
    for (const view of views) {
      const svg = render(view, widths.narrow);
      expect(svg).not.toMatch(/<g[^>]*\saria-label=/);
      expect(svg).not.toMatch(/\sstyle=|<style/);
    }
  });

  it('keeps every text at 11px or more in the narrow drawing, whatever size it inherits', () => {
    for (const view of views) {
      const svg = parse(view, widths.narrow);
      const texts = [...svg.querySelectorAll('text, tspan')];
      expect(texts.length).toBeGreaterThan(0);
      for (const text of texts) {
        // The size that applies: the nearest font-size on the text or an ancestor, the root included.
        let sized: Element | null = text;
        while (sized && !sized.hasAttribute('font-size')) sized = sized.parentElement;
        expect(sized, `"${text.textContent}" has no font size`).not.toBeNull();
        expect(number(sized!, 'font-size'), `"${text.textContent}"`).toBeGreaterThanOrEqual(11);
      }
    }
  });

  it('leaves room for every value-axis tick label inside the drawing, and the narrow months 24px wide', () => {
    for (const view of views) {
      for (const width of Object.values(widths)) {
        const layout = covidTradeLayout(data[view], width);
        const small = width < 480 ? 11 : 13;
        for (const tick of layout.ticks) {
          const label = tickLabel(tick, layout.unit);
          // Right-aligned 4px left of the bars: its left end must stay inside the edge.
          expect(layout.marginLeft - 4 - textWidth(label, small), `${view} ${width}px "${label}"`).toBeGreaterThanOrEqual(0);
        }
      }
    }
    const yearly = covidTradeLayout(data.yearly, widths.narrow);
    expect(yearly.ticks.map((tick) => tickLabel(tick, yearly.unit)).at(-1)).toMatch(/ bn$/);
    const monthly = covidTradeLayout(data.monthly, widths.narrow);
    const march = monthly.x(new Date(Date.UTC(2020, 3, 1))) - monthly.x(new Date(Date.UTC(2020, 2, 1)));
    expect(march).toBeGreaterThanOrEqual(24);
  });
});


describe('covidTradeFrame(content) and covidTradeDownload(content)', () => {
  it('builds the takeaway from the yearly figures around the border closure', () => {
    expect(frame.takeaway).toBe(
      'China–North Korea trade fell from about US$2.79 bn in 2019 to US$539.1 m in 2020, the year the border closed, and US$318 m in 2021; it was back to about US$2.3 bn only in 2023.',
    );
  });

  it('says in its notes that gaps are unknown, Jan–Feb is combined, sums are derived, 2024 less certain, and the words are not an index', () => {
    const notes = frame.notes.join('\n');
    expect(notes).toMatch(/September–December 2020 is not known/);
    expect(notes).toMatch(/not zero/);
    expect(notes).toMatch(/January–February 2020 is one figure for both months together/);
    expect(notes).toMatch(/A two-month total is not on the per-month scale, so it is drawn as a dotted outline with no fill/);
    expect(frame.description).toMatch(/January–February 2020, a two-month total, is a dotted outline with no fill/);
    expect(notes).toMatch(/China’s exports \(198 m\) plus its imports \(10 m\)/);
    expect(notes).toMatch(/2024 is less certain/);
    expect(notes).toMatch(/no measured index of rental activity/);
    expect(notes).toMatch(/27 May 2019 \(year inferred, about 70% sure\)/);
  });

  it('lists every fact drawn, the inputs of derived ones, and every quotation, among its sources', () => {
    const ids = frame.sources.map(frameSourceEntryId);
    for (const view of views) {
      for (const datum of data[view].trade) expect(ids).toContain(datum.fact.id);
      for (const item of data[view].timeline) {
        if (item.kind === 'event') expect(ids).toContain(item.fact.id);
        if (item.kind === 'annotation') expect(ids).toContain(item.quote.id);
      }
    }
    expect(ids).toEqual(expect.arrayContaining(['china-exports-2020-01-02', 'china-imports-2020-01-02', 'nk-imports-2020-08', 'nk-exports-2020-08', 'trade-2021-01-02']));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('has a table row for every value of both views and for the unknown months', () => {
    expect(frame.table.rows).toHaveLength(data.yearly.trade.length + data.monthly.trade.length + data.monthly.gaps.length);
    expect(frame.table.rows.find((row) => row['period'] === 'September–December 2020')?.['value']).toBe('not known');
    expect(frame.table.rows.find((row) => row['period'] === '2024')?.['source']).toMatch(/Kyodo, via a mirror.*less certain/);
  });

  it('gives each download row its citation, and each annotation its quote and inferred report year', () => {
    const rows = covidTradeDownload(content);
    expect(rows.filter((row) => row['kind'] === 'trade')).toHaveLength(data.yearly.trade.length + data.monthly.trade.length);
    for (const row of rows) expect(String(row['citation']), String(row['id'])).not.toBe('');
    for (const row of rows.filter((candidate) => candidate['kind'] === 'trade' || candidate['kind'] === 'event')) {
      const fact = content.context.get(String(row['id']))!;
      for (const id of fact.citations) expect(String(row['citation'])).toContain(citationLabel(content.citations.get(id)!));
    }
    const janFeb = rows.find((row) => row['id'] === 'trade-2020-01-02')!;
    expect(janFeb).toMatchObject({ period_start: '2020-01-01', period_end: '2020-02-29', value_usd: 208000000, value_kind: 'derived', approximate: false });
    const blow = rows.find((row) => row['id'] === 'covid-blow')!;
    const source = content.sources.get('daily-nk-rentals')!;
    expect(blow).toMatchObject({ kind: 'annotation', quote: content.quotes.get('covid-blow')!.text, period_start: '2020-01-31', report_year: yearLabel(source) });
    expect(String(blow['citation'])).toContain(source.url);
    expect(rows.find((row) => row['id'] === 'almost-disappeared')).toMatchObject({ period_start: '', period_end: '2019-05-27' });
    expect(rows.find((row) => row['id'] === 'trade-2024')?.['caveat']).toMatch(/mirror/);
  });
});
