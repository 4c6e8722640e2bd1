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
import { covidTradeDownload, covidTradeFrame, covidTradeLegend } from './frame';
import { covidTradeLayout, lineStep, minTarget } from './layout';
import { pseudoMessages } from '../messages';
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
    // By year, only the turning points among the events.
    expect(ids('yearly').filter((id) => content.context.has(id))).toEqual(['calls-to-china-blocked', 'border-closed', 'first-freight-train', 'first-passenger-flight']);
    expect(ids('yearly').slice(0, 4)).toEqual(['calls-to-china-blocked', 'daily-nk-crackdown', 'almost-disappeared', 'on-the-rise']);
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
    const width = layoutWidths[layout];

    it(`draws no mark for September–December 2020, only one narrow empty column saying no figure was found (${layout})`, () => {
      const svg = drawing('monthly', layout);
      for (const month of ['2020-09', '2020-10', '2020-11', '2020-12']) expect(svg.querySelector(`[data-figure="trade-${month}"]`)).toBeNull();
      const { gaps, baseline } = layoutOf('monthly', layout);
      expect(gaps).toHaveLength(1);
      const [gap] = gaps;
      expect((gap!.x2 - gap!.x1) / width).toBeLessThan(0.25);
      expect(svg.querySelector('text.covid-trade-gap')?.textContent).toBe(gap!.lines.join(''));
      expect(gap!.lines.join(' ')).toBe('No figure found');
      // No box: only a dotted stretch of baseline, its words just over it, lower than the lowest month's value would sit.
      expect(svg.querySelector('rect.covid-trade-gap')).toBeNull();
      const line = svg.querySelector('line.covid-trade-gap')!;
      expect(line.getAttribute('stroke-dasharray')).toBeTruthy();
      expect(number(line, 'y1')).toBeCloseTo(baseline, 1);
      expect(number(line, 'y2')).toBeCloseTo(baseline, 1);
      expect(gap!.textTop).toBeGreaterThan(baseline - 4 * lineStep);
      expect(gap!.textTop + gap!.lines.length * lineStep).toBeLessThanOrEqual(baseline);
      // The solid axis stops short of the gap.
      for (const axis of Array.from(svg.querySelectorAll('line.covid-trade-axis'))) expect(number(axis, 'x2') <= gap!.x1 || number(axis, 'x1') >= gap!.x2).toBe(true);
    });

    it(`draws January–February 2020 at its monthly average across both months, marked “average”, never a two-month total on the per-month axis (${layout})`, () => {
      const scene = layoutOf('monthly', layout);
      const janFeb = scene.bars.find((bar) => bar.datum.fact.id === 'trade-2020-01-02')!;
      expect(janFeb.averaged).toBe(true);
      expect(janFeb.drawn).toBe(104e6);
      expect([janFeb.x1, janFeb.x2]).toEqual([px(scene, new Date('2020-01-01')) + 1, px(scene, new Date('2020-03-01')) - 1]);
      expect(scene.valueLabels.find((label) => label.datum === janFeb.datum)!.lines.join(' ')).toBe('104 a\u00a0month');
      expect(scene.periodLabels.filter((label) => label.item === janFeb.datum).map((label) => label.text)).toEqual([layout === 'narrow' ? 'J–F' : 'Jan–Feb', 'average']);
    });

    it(`writes every value in its view’s one unit: US$ bn with one decimal by year, US$ m by month (${layout})`, () => {
      expect(layoutOf('yearly', layout).valueLabels.map((label) => label.lines.join(' '))).toEqual(['5.1', '2.4', '≈2.8', '0.5', '0.3', '1.0', '≈2.3', '≈2.2']);
      expect(layoutOf('monthly', layout).valueLabels.map((label) => label.lines.join(' '))).toEqual(['104 a\u00a0month', '19', '≈24', '63', '97', '74', '26']);
      // The sign set close keeps a yearly value on one line over its bar, a phone's too: "≈" once sat alone over "2.8".
      expect(layoutOf('yearly', layout).valueLabels.filter((label) => label.lines.length > 1).map((label) => label.lines)).toEqual([]);
    });

    it(`picks out 2020 as the focus, not the tallest bar (${layout})`, () => {
      const scene = layoutOf('yearly', layout);
      expect(scene.bars.filter((bar) => bar.focus).map((bar) => bar.datum.fact.id)).toEqual(['trade-2020']);
      expect(scene.valueLabels.filter((label) => label.bold).map((label) => label.datum.fact.id)).toEqual(['trade-2020']);
      const fills = Array.from(drawing('yearly', layout).querySelectorAll('rect.covid-trade-bar')).map((rect) => rect.getAttribute('fill'));
      expect(fills.filter((fill) => fill === 'var(--color-ink)')).toHaveLength(1);
      expect(fills[3]).toBe('var(--color-ink)');
    });

    it(`draws trade in neutrals only, never a report’s colour, in both views (${layout})`, () => {
      const reportColours = /report|accent|focus/;
      for (const view of views) {
        for (const rect of Array.from(drawing(view, layout).querySelectorAll('rect.covid-trade-bar'))) {
          expect(`${rect.getAttribute('fill')} ${rect.getAttribute('stroke') ?? ''}`).not.toMatch(reportColours);
        }
      }
      // By month no bar is picked out: every single month is the same grey.
      const monthlyFills = Array.from(drawing('monthly', layout).querySelectorAll('rect.covid-trade-bar')).map((rect) => rect.getAttribute('fill'));
      expect(monthlyFills).not.toContain('var(--color-ink)');
    });

    it(`dates every event’s label from its fact, in a mid-grey, sharing rows where the width allows (${layout})`, () => {
      for (const view of views) {
        const scene = layoutOf(view, layout);
        for (const mark of scene.events) expect(mark.lines.join(' '), mark.event.id).toMatch(view === 'yearly' ? /^([A-Z][a-z]{2}\u00a0)?20\d\d: / : /^(\d+\u00a0)?[A-Z][a-z]{2}(–[A-Z][a-z]{2})?: /);
        // Where the width allows, labels share rows (at 288 px every label needs its own).
        const rows = new Set(scene.events.map((mark) => mark.target.top));
        if (layout === 'wide' || (layout === 'medium' && view === 'yearly')) expect(rows.size).toBeLessThan(scene.events.length);
        const svg = drawing(view, layout);
        for (const element of Array.from(svg.querySelectorAll('.covid-trade-event'))) expect(element.getAttribute('fill')).toBe('var(--color-rule)');
        for (const element of Array.from(svg.querySelectorAll('text.covid-trade-event-label'))) expect(element.getAttribute('fill')).toBe('var(--color-muted)');
      }
      expect(layoutOf('yearly', layout).events.find((mark) => mark.event.id === 'border-closed')!.lines.join(' ')).toMatch(/^Jan\u00a02020: Trains and flights/);
    });

    it(`marks the reports’ dates above the bars, crossing no bar or label, and says each report’s year is inferred (${layout})`, () => {
      for (const view of views) {
        const scene = layoutOf(view, layout);
        const svg = drawing(view, layout);
        // A report's label may sit over short bars, but touches no bar and no value label.
        for (const mark of scene.reports) {
          const width = Math.max(...mark.lines.map((line) => textWidth(line, 12, { bold: true })));
          const [left, right] = mark.textAnchor === 'start' ? [mark.textX, mark.textX + width] : [mark.textX - width, mark.textX];
          const bottom = mark.textTop + mark.lines.length * lineStep;
          for (const bar of scene.bars) {
            const label = scene.valueLabels.find(({ datum }) => datum === bar.datum)!;
            const half = Math.max(...label.lines.map((line) => textWidth(line, 12, { bold: label.bold }))) / 2;
            const apart = right < Math.min(bar.x1, label.x - half) || left > Math.max(bar.x2, label.x + half) || bottom <= label.top;
            expect(apart, `${mark.report.source.id} over ${bar.datum.fact.id}`).toBe(true);
          }
          // No report's marker touches a report's words, its own included.
          for (const other of scene.reports) {
            const markerTop = other.tip - 7;
            const touches = other.x - 5 < right + 1 && left - 1 < other.x + 5 && markerTop < bottom && mark.textTop < other.tip;
            expect(touches, `${other.report.source.id}'s marker on ${mark.report.source.id}'s label`).toBe(false);
          }
        }
        expect(scene.reportsBaseline).toBeLessThan(scene.baseline);
        for (const mark of scene.reports) {
          // The arrow ends just over the value of the bar its date falls in…
          const bar = scene.bars.find(({ datum }) => datum.start <= mark.report.date && mark.report.date < datum.end)!;
          const label = scene.valueLabels.find(({ datum }) => datum === bar.datum)!;
          expect(label.top - mark.tip).toBeGreaterThanOrEqual(0);
          expect(label.top - mark.tip).toBeLessThanOrEqual(4);
          // …and its leader crosses no bar and no other value label on the way.
          for (const other of scene.bars) if (mark.x > other.x1 && mark.x < other.x2) expect(scene.y(other.drawn)).toBeGreaterThan(mark.tip);
          for (const other of scene.valueLabels.filter((candidate) => candidate !== label)) {
            const half = Math.max(...other.lines.map((line) => textWidth(line, 12, { bold: other.bold }))) / 2;
            const crosses = mark.x > other.x - half && mark.x < other.x + half && other.top < mark.tip;
            expect(crosses, other.datum.fact.id).toBe(false);
          }
        }
        for (const element of Array.from(svg.querySelectorAll('line.covid-trade-report'))) {
          // The drawing's coordinates are written to a hundredth of a px (finishSvg).
          const mark = scene.reports.find((candidate) => Math.abs(candidate.x - number(element, 'x1')) <= 0.005)!;
          expect(Math.max(number(element, 'y1'), number(element, 'y2'))).toBeLessThanOrEqual(mark.tip + 0.005);
        }
        for (const mark of scene.reports) expect(mark.x).toBeCloseTo(px(scene, mark.report.date), 6);
        for (const mark of scene.reports) expect(mark.lines.join(' '), mark.report.source.id).toMatch(/20(19|20) \(year inferred\)$/);
      }
      expect(layoutOf('yearly', layout).reports.map((mark) => mark.report.source.id)).toEqual(['daily-nk-crackdown', 'daily-nk-rentals']);
    });

    it(`keeps the events’ strip compact: no taller than the bars (${layout})`, () => {
      for (const view of views) {
        const scene = layoutOf(view, layout);
        expect(scene.height - scene.eventsTop).toBeLessThanOrEqual(scene.baseline - scene.plotTop);
        for (const mark of scene.events) expect(mark.target.bottom - mark.target.top).toBeGreaterThanOrEqual(minTarget);
      }
    });

    it(`gives every bar a target at least 24 px wide and tall (${layout})`, () => {
      for (const view of views) {
        for (const mark of Array.from(drawing(view, layout).querySelectorAll('rect.chart-mark'))) {
          expect(number(mark, 'width'), mark.getAttribute('data-figure')!).toBeGreaterThanOrEqual(minTarget);
          expect(number(mark, 'height'), mark.getAttribute('data-figure')!).toBeGreaterThanOrEqual(minTarget);
        }
      }
    });
  }

  it('labels approximate values as approximate, and only those', () => {
    for (const view of views) {
      for (const label of layoutOf(view, 'wide').valueLabels) expect(label.lines.join(' ').startsWith('≈'), label.datum.fact.id).toBe(label.datum.approximate);
    }
  });

  it('makes every figure and every marked event one focusable mark, in time order: the bars, then the events', () => {
    const svg = drawing('yearly', 'wide');
    expect(Array.from(svg.querySelectorAll('.chart-mark')).map((mark) => mark.getAttribute('data-figure'))).toEqual([
      ...data.yearly.trade.map((datum) => datum.fact.id),
      'calls-to-china-blocked',
      'border-closed',
      'first-freight-train',
      'first-passenger-flight',
    ]);
    const monthly = drawing('monthly', 'wide');
    expect(Array.from(monthly.querySelectorAll('.chart-mark')).map((mark) => mark.getAttribute('data-figure'))).toEqual([
      ...data.monthly.trade.map((datum) => datum.fact.id),
      'foreign-tourists-barred',
      'border-closed',
      'two-months-of-crackdowns',
    ]);
  });

  it('lays out text that grows 40% (the pseudo-locale) without a word outside the drawing', () => {
    const pseudo = { t: pseudoMessages(messages.en), locale: english };
    for (const view of views) {
      for (const layout of layoutNames) {
        const scene = covidTradeLayout(data[view], layout, layoutWidths[layout], pseudo);
        const extent = (x: number, anchor: string, lines: string[], bold: boolean) => {
          const width = Math.max(...lines.map((line) => textWidth(line, 12, { bold })));
          return anchor === 'end' ? [x - width, x] : [x, x + width];
        };
        for (const [left, right] of [
          ...scene.reports.map((mark) => extent(mark.textX, mark.textAnchor, mark.lines, true)),
          ...scene.events.map((mark) => extent(mark.textX, mark.textAnchor, mark.lines, false)),
        ]) {
          expect(left).toBeGreaterThanOrEqual(-1);
          expect(right).toBeLessThanOrEqual(layoutWidths[layout] + 1);
        }
      }
    }
  });
});

describe('the COVID-trade frame, key, switch and downloads', () => {
  it('builds the takeaway from the yearly figures around the border closure', () => {
    expect(frame.takeaway).toBe(
      'Trade with China fell from about US$2.8\u00a0bn in 2019 to about US$0.3\u00a0bn in 2021. By 2023 it had recovered to about US$2.3\u00a0bn.',
    );
  });

  it('says in its notes that gaps are unknown, Jan–Feb is averaged, sums are derived, 2024 less certain, two sources disagree on 2018, and the words are not an index', () => {
    const notes = frame.notes.join('\n');
    expect(notes).toMatch(/No figure was found for September–December 2020/);
    expect(notes).not.toMatch(/not known/i);
    expect(notes).toMatch(/not zero/);
    expect(notes).toMatch(/The next figure found is for January–February 2021 together: US\$3.27 m\./);
    expect(notes).toMatch(/January–February 2020 is one figure for both months together \(US\$208 m\)/);
    expect(notes).toMatch(/drawn across its two months at its monthly average \(the total divided by two: US\$104 m a month\)/);
    expect(frame.description).toMatch(/January–February 2020 is one two-month total, drawn across its months at its monthly average, US\$104 m/);
    // Reuters’ “down 51.2%” and the drawn 5.06 → 2.43 bn (−52.0%) come from different outlets: said, not hidden.
    expect(notes).toMatch(/Two sources disagree: 2018 is reported as down 51\.2% on 2017, but the figures drawn here, from Global Times and Reuters, give US\$5\.06 bn to US\$2\.43 bn, down 52\.0%/);
    expect(frame.description).toMatch(/Also cited, not marked: .*State-security stakeouts/);
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
    expect(frame.table.rows.find((row) => row['period'] === 'September–December 2020')).toMatchObject({ value: 'no figure found', view: '2020, month by month' });
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
    // Only what the drawing does not say on itself: a short key.
    // Short enough for two to a line on a phone; each meaning is spelled out in the notes.
    expect(labels('yearly')).toEqual(['Trade, as reported', '2020: border closed', 'Less certain (2024)', 'Approximate']);
    for (const label of labels('yearly')) expect(label.length).toBeLessThanOrEqual(20);
    const notes = covidTradeFrame(data, context).notes.join(' ');
    expect(notes).toMatch(/as reported by the outlets cited/);
    expect(notes).toMatch(/Values marked ≈ are approximate in their sources/);
    expect(notes).toMatch(/2024 is less certain, drawn with a dashed outline/);
    expect(labels('monthly')).toEqual([
      'Trade, as reported',
      'Hollow: a sum of two reported figures (August 2020)',
      'Dashed, “average”: January–February 2020 together, drawn at its monthly average',
      'Approximate',
    ]);
  });

  it('keys bars and the “≈” with the very styles the drawing uses: a plain “≈” as on the values', () => {
    for (const view of views) {
      const legend = covidTradeLegend(data, view, context);
      const approximate = legend.find((item) => item.swatch.letter === '≈')!;
      expect(approximate.swatch).toEqual({ shape: 'text', fill: 'var(--color-ink)', letter: '≈' });
      const svg = drawing(view, 'wide');
      const values = Array.from(svg.querySelectorAll('text.covid-trade-value')).filter((text) => text.textContent?.startsWith('≈'));
      expect(values.length).toBeGreaterThan(0);
      for (const text of values) expect(text.getAttribute('fill')).toBe(approximate.swatch.fill);
      const fills = new Set(Array.from(svg.querySelectorAll('rect.covid-trade-bar')).map((rect) => rect.getAttribute('fill')));
      for (const fill of fills) expect(legend.map((item) => item.swatch.fill)).toContain(fill);
    }
  });

  it('gives each view its own takeaway: the month-by-month one describes the months', () => {
    const [yearly, monthly] = rendered.variants!.options;
    expect(yearly!.takeaway).toBe(frame.takeaway);
    expect(monthly!.takeaway).toBe(
      'Trade was US$208\u00a0m in January–February 2020 together (a sum of two reported figures). It fell to about US$19\u00a0m in March 2020, ' +
        'rose to about US$97\u00a0m in June 2020, and was about US$26\u00a0m in August 2020 (also a sum). No figure was found for September–December 2020.',
    );
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
    expect(rows.find((row) => row['id'] === 'almost-disappeared')).toMatchObject({ period_start: '', period_end: '2019-05-27', period_end_year_inferred: true });
    // A date whose year we inferred says so beside it; a published date does not.
    expect(blow).toMatchObject({ period_start_year_inferred: false, period_end: '2020-06-17', period_end_year_inferred: true });
    expect(rows.find((row) => row['id'] === 'daily-nk-rentals')).toMatchObject({ period_start: '2020-06-17', period_start_year_inferred: true, period_end_year_inferred: true });
    expect(janFeb).toMatchObject({ period_start_year_inferred: false, period_end_year_inferred: false });
    for (const row of rows) {
      const columns = Object.keys(row);
      expect(columns.indexOf('period_start_year_inferred'), String(row['id'])).toBe(columns.indexOf('period_start') + 1);
      expect(columns.indexOf('period_end_year_inferred'), String(row['id'])).toBe(columns.indexOf('period_end') + 1);
    }
    // The report's outlet is not named twice over as speaker and publisher.
    expect(String(rows.find((row) => row['id'] === 'almost-disappeared')?.['citation'])).not.toMatch(/^Daily NK; Daily NK/);
    expect(rows.find((row) => row['id'] === 'trade-2024')?.['caveat']).toMatch(/mirror/);
  });
});
