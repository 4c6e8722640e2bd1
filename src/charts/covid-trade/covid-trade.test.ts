import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { formulaReferenceIds } from '../../data/formula';
import { loadContent } from '../../data/load';
import { resolveRequirements } from '../../data/requirements';
import { caveatsOf } from '../../lib/context';
import { english } from '../../lib/locale';
import { prepareChart, renderChart } from '../build-time';
import { layoutNames, layoutWidths } from '../layouts';
import { textWidth } from '../text';
import { covidTradeData, itemTime, requires, views, type TradeView } from './data';
import { definition } from './definition';
import { covidTradeDownload, covidTradeLegend } from './frame';
import { covidTradeLayout, minTarget, tickPadding } from './layout';
import { messages } from './messages';
import { periodText } from './words';

const content = loadContent();
const data = covidTradeData(resolveRequirements(content, 'covid-trade', requires));
const t = messages.en;
const context = { t, locale: english };
const iso = (date: Date) => date.toISOString().slice(0, 10);
const rendered = renderChart(definition, content);
const { frame } = prepareChart(definition, content);

/** The drawing of a view at a layout, as a DOM to measure its marks. */
function drawing(view: TradeView, layout: (typeof layoutNames)[number]): Element {
  const svg = rendered.drawings.find(({ variant }) => variant === view)!.layouts.find((candidate) => candidate.layout === layout)!.svg;
  return parseHTML(`<!doctype html><html><body>${svg}</body></html>`).document.querySelector('svg')!;
}
const layoutOf = (view: TradeView, layout: (typeof layoutNames)[number]) => covidTradeLayout(data[view], layout, layoutWidths[layout], context);
const px = (layout: ReturnType<typeof layoutOf>, date: Date) => layout.x.apply(date) as number;

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
/** The translations of an element's ancestors (Plot translates groups, e.g. for rules; the rows' panel is a group). */
function offset(element: Element): [number, number] {
  let [dx, dy] = [0, 0];
  for (let node: Element | null = element.parentElement; node && node.tagName.toLowerCase() !== 'svg'; node = node.parentElement) {
    const match = /translate\(([-\d.]+),([-\d.]+)\)/.exec(node.getAttribute('transform') ?? '');
    if (match) [dx, dy] = [dx + Number(match[1]), dy + Number(match[2])];
  }
  return [dx, dy];
}
/** A focusable mark's box in the drawing's coordinates. */
function targetBox(mark: Element) {
  const [dx, dy] = offset(mark);
  const [left, right] = rectSpan(mark);
  return { left: left + dx, right: right + dx, top: number(mark, 'y') + dy, bottom: number(mark, 'y') + number(mark, 'height') + dy };
}

describe('covidTradeData(content)', () => {
  it('draws each year 2017–2024 once, in order, and 2020 by the months that are known', () => {
    expect(data.yearly.trade.map((datum) => datum.fact.period)).toEqual(['2017', '2018', '2019', '2020', '2021', '2022', '2023', '2024']);
    expect(data.monthly.trade.map((datum) => datum.fact.period)).toEqual(['2020-01/2020-02', '2020-03', '2020-04', '2020-05', '2020-06', '2020-07', '2020-08']);
    expect(data.yearly.trade.map((datum) => datum.value)).toEqual([5.06e9, 2.43e9, 2.79e9, 539.1e6, 318e6, 1027.72e6, 2.3e9, 2.18e9]);
  });

  it('keeps January–February 2020 as one figure of two months and finds September–December as the gap', () => {
    const [janFeb] = data.monthly.trade;
    expect([iso(janFeb!.start), iso(janFeb!.end), janFeb!.units, janFeb!.derived]).toEqual(['2020-01-01', '2020-03-01', 2, true]);
    expect(data.monthly.trade.slice(1).every((datum) => datum.units === 1)).toBe(true);
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

  it('requires the figures every derived total adds up, so they are among its sources', () => {
    const derived = views.flatMap((view) => data[view].trade).filter((datum) => datum.derived);
    expect(derived.map((datum) => datum.fact.id)).toEqual(['trade-2020-01-02', 'trade-2020-08']);
    const inputs = derived.flatMap((datum) => formulaReferenceIds(datum.fact.derivation!.formula));
    expect(data.derivationInputs.map(({ fact }) => fact.id).sort()).toEqual([...new Set(inputs)].sort());
  });

  it('lists events, reports and their words in time order, each view only what falls in it', () => {
    for (const view of views) {
      const times = data[view].timeline.map((item) => itemTime(item).getTime());
      expect(times).toEqual([...times].sort((a, b) => a - b));
    }
    const ids = (view: TradeView) => data[view].timeline.map((item) => (item.kind === 'event' ? item.fact.id : item.kind === 'report' ? item.source.id : item.quote.id));
    expect(ids('monthly')).toEqual(['foreign-tourists-barred', 'border-closed', 'covid-blow', 'two-months-of-crackdowns', 'daily-nk-rentals', 'trading-restarting', 'rentals-increasing']);
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

describe('periodText(period, style, context)', () => {
  it('writes periods through the locale, in full, short, or as ticks under the bars', () => {
    const cases: [string, Parameters<typeof periodText>[1], string][] = [
      ['2017', 'long', '2017'],
      ['2017', 'narrowTick', '’17'],
      ['2020-04', 'long', 'April 2020'],
      ['2020-04', 'tick', 'Apr'],
      ['2020-04', 'narrowTick', 'A'],
      ['2020-01/2020-02', 'long', 'January–February 2020'],
      ['2020-01/2020-02', 'tick', 'Jan–Feb'],
      ['2020-05/2020-07', 'short', 'May–Jul 2020'],
      ['2020-01-31', 'long', '31 January 2020'],
      ['2022-01-16/2022-01-17', 'short', '16–17 Jan 2022'],
      ['2021-01/2021-02', 'long', 'January–February 2021'],
    ];
    expect(cases.map(([period, style]) => periodText(period, style, context))).toEqual(cases.map(([, , expected]) => expected));
  });
});

describe('covidTradeChart(data, target)', () => {
  it('draws both views at every layout', () => {
    expect(rendered.drawings.map(({ variant, layouts }) => [variant, layouts.map(({ layout }) => layout)])).toEqual([
      ['yearly', ['narrow', 'medium', 'wide']],
      ['monthly', ['narrow', 'medium', 'wide']],
    ]);
  });

  for (const layout of layoutNames) {
    it(`draws no mark for September–December 2020, only the gap saying so (${layout})`, () => {
      const svg = drawing('monthly', layout);
      const geometry = layoutOf('monthly', layout);
      const [gap] = data.monthly.gaps;
      const [gapStart, gapEnd] = [px(geometry, gap!.start), px(geometry, gap!.end)];
      const tradeTargets = [...svg.querySelectorAll('.chart-mark')].filter((rect) => rect.getAttribute('data-figure')?.startsWith('trade-'));
      expect(tradeTargets).toHaveLength(data.monthly.trade.length);
      for (const rect of [...svg.querySelectorAll('.covid-trade-bar rect'), ...tradeTargets]) {
        const [left, right] = rectSpan(rect);
        expect(right <= gapStart + 0.01 || left >= gapEnd - 0.01, `${rect.getAttribute('data-figure') ?? 'bar'} reaches into the gap`).toBe(true);
      }
      for (const text of svg.querySelectorAll('.covid-trade-value text')) {
        const [anchor] = textAnchorPoint(text);
        expect(anchor < gapStart || anchor > gapEnd, `value label at ${anchor} sits in the gap`).toBe(true);
      }
      expect([...svg.querySelectorAll('g.covid-trade-gap text')].map((text) => text.textContent)).toEqual(['Not known']);
    });

    it(`draws no line through the gap (${layout})`, () => {
      const svg = drawing('monthly', layout);
      const geometry = layoutOf('monthly', layout);
      const [gap] = data.monthly.gaps;
      const [gapStart, gapEnd] = [px(geometry, gap!.start), px(geometry, gap!.end)];
      const [barsTop, baseline] = [geometry.margin.top, geometry.margin.top + geometry.barsHeight];
      // Axis and grid lines are the only ones allowed across it: they carry no data.
      const lines = [...svg.querySelectorAll('line, path')].filter((element) => !element.closest('.covid-trade-grid, .covid-trade-axis'));
      expect(lines.length).toBeGreaterThan(0);
      for (const line of lines) {
        const [dx, dy] = offset(line);
        const inPanel = points(line)
          .map(([x, y]) => [x + dx, y + dy] as const)
          .filter(([, y]) => y >= barsTop - 1 && y <= baseline + 1);
        const inside = inPanel.some(([x]) => x > gapStart && x < gapEnd);
        const across = inPanel.some(([x]) => x <= gapStart) && inPanel.some(([x]) => x >= gapEnd);
        expect(inside || across, `a ${line.tagName} goes through the gap`).toBe(false);
      }
    });

    it(`draws January–February 2020 as one dotted outline across both months, said to be together (${layout})`, () => {
      const svg = drawing('monthly', layout);
      const geometry = layoutOf('monthly', layout);
      const marks = [...svg.querySelectorAll('[data-figure^="trade-2020-0"]')];
      const janFeb = marks.filter((mark) => mark.getAttribute('data-figure') === 'trade-2020-01-02');
      expect(janFeb).toHaveLength(1);
      const [left, right] = rectSpan(janFeb[0]!);
      expect(left).toBeCloseTo(px(geometry, new Date(Date.UTC(2020, 0, 1))), 0);
      expect(right).toBeCloseTo(px(geometry, new Date(Date.UTC(2020, 2, 1))), 0);
      expect(janFeb[0]!.getAttribute('aria-label')).toBe('China–North Korea trade, January–February 2020 together: US$208 m, derived');
      // One outline with no fill, as wide as its two months, dotted unlike the dashed "less certain" bars.
      const outlines = [...svg.querySelectorAll('g.covid-trade-bar[stroke-dasharray="2,2"]')];
      expect(outlines.map((group) => [group.getAttribute('fill'), group.querySelectorAll('rect').length])).toEqual([['none', 1]]);
      const [outlineLeft, outlineRight] = rectSpan(outlines[0]!.querySelector('rect')!);
      expect([outlineLeft > left, outlineRight < right, outlineRight - outlineLeft > (right - left) * 0.9]).toEqual([true, true, true]);
      // Under the axis: its months, and "together".
      const periodTexts = [...svg.querySelectorAll('g.covid-trade-period text')].map((text) => text.textContent);
      expect(periodTexts).toContain('together');
      expect(periodTexts.some((text) => text === 'Jan–Feb' || text === 'J–F')).toBe(true);
    });
  }

  it('labels approximate values as approximate, and only those', () => {
    for (const view of views) {
      for (const layout of layoutNames) {
        const svg = drawing(view, layout);
        for (const datum of data[view].trade) {
          const label = svg.querySelector(`[data-figure="${datum.fact.id}"]`)!.getAttribute('aria-label')!;
          expect(label.includes('about'), label).toBe(datum.approximate);
        }
        const drawn = [...svg.querySelectorAll('.covid-trade-value text')].map((text) => text.textContent ?? '');
        expect(drawn.filter((text) => text.startsWith('≈'))).toHaveLength(data[view].trade.filter((datum) => datum.approximate).length);
      }
    }
    const approximateRows = frame.table.rows.filter((row) => row['approximate']?.startsWith('yes'));
    expect(approximateRows.map((row) => row['period'])).toEqual(['2019', '2023', '2024', 'April 2020']);
    expect(approximateRows.every((row) => row['value']?.startsWith('≈'))).toBe(true);
  });

  it('writes each value at its reported precision, without the currency the title names', () => {
    const svg = drawing('yearly', 'wide');
    const values = [...svg.querySelectorAll('.covid-trade-value text')].map((text) => [...text.querySelectorAll('tspan')].map((span) => span.textContent).join(' ') || text.textContent);
    expect(values).toEqual(['5.06 bn', '2.43 bn', '≈2.79 bn', '539.1 m', '318 m', '1,027.72 m', '≈2.3 bn', '≈2.18 bn']);
    expect([...svg.querySelectorAll('g.covid-trade-period text')].map((text) => text.textContent)).toEqual(['2017', '2018', '2019', '2020', '2021', '2022', '2023', '2024']);
  });

  it('makes every figure, event and statement one focusable mark, in time order: the bars, then the rows', () => {
    for (const view of views) {
      const expected = [
        ...data[view].trade.map((datum) => datum.fact.id),
        ...data[view].timeline.flatMap((item) => (item.kind === 'event' ? [item.fact.id] : item.kind === 'annotation' ? [item.quote.id] : [])),
      ];
      for (const layout of layoutNames) {
        const marks = [...drawing(view, layout).querySelectorAll('.chart-mark')];
        expect(marks.map((mark) => mark.getAttribute('data-figure'))).toEqual(expected);
        for (const mark of marks) expect(mark.getAttribute('data-source')).toBe(`covid-trade-source-${mark.getAttribute('data-figure')}`);
      }
    }
  });

  it('gives every target 24 px, or, where 2020’s months cannot have it, 24 px of room (WCAG 2.5.8)', () => {
    for (const view of views) {
      for (const layout of layoutNames) {
        const boxes = [...drawing(view, layout).querySelectorAll('.chart-mark')].map((mark) => ({ id: mark.getAttribute('data-figure')!, ...targetBox(mark) }));
        for (const [index, box] of boxes.entries()) {
          const where = `${view} ${layout} ${box.id}`;
          expect(box.bottom - box.top, where).toBeGreaterThanOrEqual(minTarget - 0.01);
          if (box.right - box.left >= minTarget - 0.01) continue;
          // An undersized target: a 24 px circle on its centre must reach no other target.
          expect(`${view} ${layout}`).toBe('monthly narrow');
          const [cx, cy] = [(box.left + box.right) / 2, (box.top + box.bottom) / 2];
          for (const other of boxes.filter((_, otherIndex) => otherIndex !== index)) {
            const nearestX = Math.min(Math.max(cx, other.left), other.right);
            const nearestY = Math.min(Math.max(cy, other.top), other.bottom);
            expect(Math.hypot(nearestX - cx, nearestY - cy), `${where} is within 12 px of ${other.id}`).toBeGreaterThanOrEqual(minTarget / 2 - 0.01);
          }
        }
      }
    }
  });

  it('draws the value axis only where every period keeps a 24 px target, with room for its labels', () => {
    for (const view of views) {
      for (const layout of layoutNames) {
        const geometry = layoutOf(view, layout);
        expect(geometry.showAxis, `${view} ${layout}`).toBe(!(view === 'monthly' && layout === 'narrow'));
        if (!geometry.showAxis) continue;
        for (const label of geometry.tickLabels) expect(geometry.margin.left - tickPadding - textWidth(label, 12), `${view} ${layout} "${label}"`).toBeGreaterThanOrEqual(0);
        for (const datum of data[view].trade) expect(px(geometry, datum.end) - px(geometry, datum.start)).toBeGreaterThanOrEqual(minTarget);
      }
    }
    expect(layoutOf('yearly', 'narrow').tickLabels).toEqual(['0', '2 bn', '4 bn', '6 bn']);
    expect(layoutOf('monthly', 'wide').tickLabels).toEqual(['0', '50 m', '100 m', '150 m', '200 m', '250 m']);
  });

  it('turns the value labels upright only where side by side they would touch', () => {
    const rotated = (view: TradeView, layout: (typeof layoutNames)[number]) => layoutOf(view, layout).valueLabels.every((label) => label.rotated);
    expect(rotated('monthly', 'narrow')).toBe(true);
    expect(rotated('monthly', 'wide')).toBe(false);
    expect(rotated('yearly', 'wide')).toBe(false);
    expect(rotated('yearly', 'narrow')).toBe(true);
    expect(layoutOf('yearly', 'narrow').periodLabels.map((label) => label.text)).toEqual(['’17', '’18', '’19', '’20', '’21', '’22', '’23', '’24']);
  });
});

describe('the COVID-trade frame, key, switch and downloads', () => {
  it('builds the takeaway from the yearly figures around the border closure', () => {
    expect(frame.takeaway).toBe(
      'Trade with China fell from about US$2.79 bn in 2019 to US$318 m in 2021. By 2023 it was back to about US$2.3 bn.',
    );
  });

  it('says in its notes that gaps are unknown, Jan–Feb is combined, sums are derived, 2024 less certain, and the words are not an index', () => {
    const notes = frame.notes.join('\n');
    expect(notes).toMatch(/September–December 2020 is not known/);
    expect(notes).toMatch(/not zero/);
    expect(notes).toMatch(/The next figure found is for January–February 2021 together: US\$3.27 m\./);
    expect(notes).toMatch(/January–February 2020 is one figure for both months together \(US\$208 m\)/);
    expect(notes).toMatch(/A two-month total is not on the per-month scale, so it is drawn as a dotted outline with no fill/);
    expect(frame.description).toMatch(/January–February 2020, a two-month total, is a dotted outline with no fill/);
    expect(notes).toMatch(/China’s exports \(198 m\) plus its imports \(10 m\)/);
    expect(notes).toMatch(/2024 is less certain/);
    expect(notes).toMatch(/written “about”: 2019, 2023, 2024 and April 2020\./);
    expect(notes).toMatch(/no measured index of rental activity/);
    expect(notes).toMatch(/The first report is placed at its interview date, 27 May 2019 \(year inferred, about 70% sure\)/);
  });

  it('lists every fact drawn, the inputs of derived ones, and every quotation, among its sources, once each', () => {
    const ids = frame.sources.map((entry) => ('fact' in entry ? entry.fact.id : 'quote' in entry ? entry.quote.id : entry.figure.id));
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
    expect(frame.table.rows.find((row) => row['period'] === 'September–December 2020')).toMatchObject({ value: 'not known', view: '2020, month by month' });
    expect(frame.table.rows.find((row) => row['period'] === 'January–February 2020 (together)')).toMatchObject({ value: 'US$208 m', approximate: 'no' });
    expect(frame.table.rows.find((row) => row['period'] === '2024')?.['source']).toMatch(/Kyodo, via a mirror.*less certain/);
  });

  it('switches between the two views, each with its own key', () => {
    expect(rendered.variants?.legend).toBe('Show trade');
    expect(rendered.variants?.options.map((option) => [option.id, option.label])).toEqual([
      ['yearly', 'By year, 2017–2024'],
      ['monthly', '2020, month by month'],
    ]);
    const labels = (view: TradeView) => covidTradeLegend(data, view, context).map((item) => item.label);
    expect(labels('yearly')).toEqual([
      'Trade as reported by the outlet cited (context, not from the two reports)',
      'Dashed: less certain (2024)',
      'About: approximate in the source',
      'Border and crackdown events (context, cited)',
      'The first report’s interview date and words',
      'The second report’s interview date and words',
    ]);
    expect(labels('monthly')).toEqual([
      'Trade as reported by the outlet cited (context, not from the two reports)',
      'Hollow: derived, a sum of two reported figures (August 2020)',
      'Dotted outline: two months together (January–February 2020, derived); a two-month total is not on the per-month scale',
      'Not known: no figure found',
      'About: approximate in the source',
      'Border and crackdown events (context, cited)',
      'The second report’s interview date and words',
    ]);
  });

  it('gives each download row its citation, and each annotation its quote and inferred report year', () => {
    const rows = covidTradeDownload(data, context);
    expect(rows.filter((row) => row['kind'] === 'trade')).toHaveLength(data.yearly.trade.length + data.monthly.trade.length);
    for (const row of rows) expect(String(row['citation']), String(row['id'])).not.toBe('');
    for (const row of rows.filter((candidate) => candidate['kind'] === 'trade' || candidate['kind'] === 'event')) {
      const fact = content.context.get(String(row['id']))!;
      for (const id of fact.citations) expect(String(row['citation'])).toContain(english.citation(content.citations.get(id)!));
    }
    const janFeb = rows.find((row) => row['id'] === 'trade-2020-01-02')!;
    expect(janFeb).toMatchObject({ period_start: '2020-01-01', period_end: '2020-02-29', value_usd: 208000000, value_kind: 'derived', approximate: false });
    const blow = rows.find((row) => row['id'] === 'covid-blow')!;
    const source = content.sources.get('daily-nk-rentals')!;
    expect(blow).toMatchObject({ kind: 'annotation', quote: content.quotes.get('covid-blow')!.text, period_start: '2020-01-31', report_year: english.reportYear(source) });
    expect(blow['label']).toBe('The second report’s words, between the border closure (31 January 2020) and its interview of 17 June 2020 (year inferred)');
    expect(String(blow['citation'])).toContain(source.url);
    expect(rows.find((row) => row['id'] === 'almost-disappeared')).toMatchObject({ period_start: '', period_end: '2019-05-27' });
    expect(rows.find((row) => row['id'] === 'trade-2024')?.['caveat']).toMatch(/mirror/);
  });
});
