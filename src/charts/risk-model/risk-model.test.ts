import { describe, expect, it } from 'vitest';
import { loadContent } from '../../data/load';
import { resolveRequirements } from '../../data/requirements';
import { english } from '../../lib/locale';
import { overlappingText, textBoxes, textOutside } from '../../../tests/unit/svg-text-boxes';
import { attributeOf, withContentChanges } from '../../../tests/unit/chart-test-helpers';
import { prepareChart, renderChart, serverDocument } from '../build-time';
import { chartIds } from '../definition';
import { frameSourceEntryId } from '../frame';
import { breakoutLayout, drawingWidths, layoutNames, layoutWidths, presetOf, type LayoutName } from '../layouts';
import { pseudoLocale } from '../messages';
import { finishSvg } from '../svg';
import { describeAssumptionPoint, riskModelChart, riskModelScene, tickPadding } from './chart';
import { drawingData, requires, riskModelData, type RiskModelData } from './data';
import { definition } from './definition';
import { riskModelDownload, riskModelFrame, riskModelMethods } from './frame';
import { labelBox, placeLabel, type Label } from './labels';
import { messages, modelMessages } from './messages';
import { assumptionsFromParams, breakEvenDayRate, chanceToReach, paramsFromAssumptions, paramsFromLocation, roundedResult, type Assumptions } from './model';
import { modelSummary } from './summary';

const content = loadContent();
const data = riskModelData(resolveRequirements(content, 'risk-model', requires));
const defaults = data.defaults;
const t = messages.en;
const context = { t, locale: english };
const ids = chartIds('risk-model');

/** The drawing as the page has it, at some assumptions: what the browser draws on a change. */
function drawAt(assumptions: Assumptions, layout: LayoutName, locale = english): string {
  const words = locale === english ? modelMessages.en : prepareChart(definition, content, locale).context.t;
  const svg = riskModelChart({ ...drawingData(data), assumptions }, {
    t: words as typeof modelMessages.en,
    locale,
    variant: 'default',
    layout,
    width: layoutWidths[layout],
    document: serverDocument(),
    ids,
  });
  return finishSvg(svg, { labelledBy: ids.title, describedBy: ids.description, layout });
}

describe('the model', () => {
  it('covers the expected bribe: chance × bribe ÷ days', () => {
    expect(breakEvenDayRate({ catchChance: 10, bribe: 3000, rentalDays: 10 })).toBe(30);
    expect(breakEvenDayRate({ catchChance: 50, bribe: 4000, rentalDays: 20 })).toBe(100);
    expect(breakEvenDayRate({ catchChance: 0, bribe: 3000, rentalDays: 10 })).toBe(0);
  });

  it('finds the chance at which the bribe alone reaches a price, or none when even certainty falls short', () => {
    expect(chanceToReach(200, { bribe: 3000, rentalDays: 10 })).toBeCloseTo(66.67, 2);
    expect(chanceToReach(200, { bribe: 1000, rentalDays: 10 })).toBeNull();
    expect(chanceToReach(200, { bribe: 0, rentalDays: 10 })).toBeNull();
  });

  it('shows a result as an illustration: one decimal below 10, whole numbers above', () => {
    expect([7.4999, 7.55, 33.333, 1499.6].map(roundedResult)).toEqual([7.5, 7.6, 33, 1500]);
  });
});

describe('riskModelData(content)', () => {
  it('sets the model against the two reported prices, in yuan', () => {
    expect([data.range.figure.id, data.range.figure.amount.low, data.range.figure.amount.high]).toEqual(['rentals-price-range', 50, 200]);
    expect([data.dayRate.figure.id, data.dayRate.figure.amount.low]).toEqual(['crackdown-day-rate', 200]);
  });

  it('takes its default bribe from the cited context fact, not from a typed number', () => {
    expect(defaults).toEqual({ catchChance: 10, bribe: 3000, rentalDays: 10 });
    expect(defaults.bribe).toBe(content.context.get('bribe-to-escape-punishment')?.amount?.low);
    const changed = withContentChanges(content, { context: { 'bribe-to-escape-punishment': { value: 2500 } } });
    expect(riskModelData(resolveRequirements(changed, 'risk-model', requires)).defaults.bribe).toBe(2500);
  });

  it('refuses a bribe that is not a single amount in yuan', () => {
    const inDollars = withContentChanges(content, { context: { 'bribe-to-escape-punishment': { currency: 'USD' } } });
    expect(() => riskModelData(resolveRequirements(inDollars, 'risk-model', requires))).toThrow(/single amount in yuan/);
  });

  it('hands the browser plain JSON: the prices, the defaults and the assumptions drawn, nothing else', () => {
    const shipped = drawingData(data);
    expect(Object.keys(shipped).sort()).toEqual(['assumptions', 'dayRate', 'defaults', 'range']);
    expect(JSON.parse(JSON.stringify(shipped))).toEqual(shipped);
  });
});

describe('the address', () => {
  const parse = (query: string) => assumptionsFromParams(new URLSearchParams(query), defaults);

  it('round-trips the settings through the query', () => {
    const settings = { catchChance: 35, bribe: 4500, rentalDays: 12 };
    expect(paramsFromAssumptions(settings).toString()).toBe('caught=35&bribe=4500&days=12');
    expect(parse(paramsFromAssumptions(settings).toString())).toEqual(settings);
  });

  it.each([
    ['', 'nothing'],
    ['caught=abc&bribe=&days=%00', 'words and empty values'],
    ['caught=-5&bribe=99999999&days=0', 'values out of range'],
    ['caught=1e2&bribe=0x10&days=Infinity', 'numbers in other notations'],
    ['bribe=3050', 'a value off the slider’s step'],
    ['caught=10&caught=90&unknown=1&%E0%A4%A=1', 'repeats, unknown and malformed parameters'],
  ])('falls back to the defaults, without an error, for %s (%s)', (query) => {
    expect(() => parse(query)).not.toThrow();
    expect(parse(query)).toEqual(defaults);
  });

  it('reads the settings from the query, or from a #model? hash when the query has none', () => {
    expect(parse(paramsFromLocation({ search: '?caught=20', hash: '#model?caught=30' }).toString()).catchChance).toBe(20);
    expect(parse(paramsFromLocation({ search: '?utm=x', hash: '#model?caught=30' }).toString()).catchChance).toBe(30);
    expect(parse(paramsFromLocation({ search: '', hash: '#figure-crackdown-day-rate' }).toString())).toEqual(defaults);
  });

  it('keeps each valid setting when another is malformed', () => {
    expect(parse('caught=40&bribe=lots&days=5')).toEqual({ ...defaults, catchChance: 40, rentalDays: 5 });
  });
});

describe('the words', () => {
  const frame = riskModelFrame(data, context);

  it('says it is a model, and compares the result with the reported day rate', () => {
    expect(modelSummary(data, defaults, context)).toBe(
      'Model: with a 10% chance of being caught each month, a bribe of 3,000 yuan and 10 rental days a month, the expected bribe comes to 30 yuan ' +
        'for each day the phone is rented. That is 15% of the reported day rate of 200 yuan.',
    );
  });

  it('says when the bribes outrun the price, when no chance explains it, and when the bribe explains nothing', () => {
    expect(modelSummary(data, { catchChance: 50, bribe: 10000, rentalDays: 5 }, context)).toContain('would not even cover the bribes');
    expect(modelSummary(data, { catchChance: 10, bribe: 1000, rentalDays: 20 }, context)).toContain('Even a lender caught every month would need only 50 yuan a day');
    expect(modelSummary(data, { catchChance: 10, bribe: 0, rentalDays: 20 }, context)).toContain('the bribe explains none of the price');
    expect(modelSummary(data, { catchChance: 0, bribe: 3000, rentalDays: 20 }, context)).toContain('never caught');
    expect(modelSummary(data, { catchChance: 1, bribe: 300, rentalDays: 1 }, context)).toContain('1 rental day a month, the expected bribe comes to 3 yuan');
  });

  it('labels the model as a model in the title, takeaway, table and notes', () => {
    expect(frame.title).toMatch(/model/i);
    expect(frame.takeaway).toBe(
      'In this model, bribes cover 30 yuan of the 200 yuan day rate. Covering it all needs a 67% chance of being caught a month.',
    );
    expect(frame.table.caption).toMatch(/model.*illustrative, not reported/i);
    expect(frame.notes[0]).toMatch(/This is a model/);
    expect(frame.notes.join(' ')).toContain('r = p × B ÷ d');
  });

  it('tabulates the model at the defaults, as a share of the reported day rate', () => {
    expect(frame.table.rows.map((row) => [row['chance'], row['rate'], row['share']])).toEqual([
      ['0%', '0', '0%'],
      ['5%', '15', '8%'],
      ['10%', '30', '15%'],
      ['25%', '75', '38%'],
      ['50%', '150', '75%'],
      ['75%', '225', '113%'],
      ['100%', '300', '150%'],
    ]);
    expect(frame.table.columns.at(-1)?.label).toBe('Share of the reported day rate of 200 yuan');
  });

  it('describes the defaults and the reported prices it is drawn against', () => {
    expect(frame.description).toContain('for a bribe of 3,000 yuan and a phone rented out 10 days a month. A point marks 10%: 30 yuan a day.');
    expect(frame.description).toContain('a band for 50–200 yuan by region, rental period not stated, 2020 (inferred)');
    expect(frame.description).toContain('a dashed line for 200 yuan a\u00a0day, 2019 (inferred)');
  });

  it('states and justifies every default', () => {
    const notes = frame.notes.join(' ');
    expect(notes).toMatch(/Default chance of being caught: 10% a month \(our assumption\)/);
    expect(notes).toMatch(/Default bribe: 3,000 yuan \(context, not a lender’s bribe\).*: 3,000 yuan, July 2019 \(Daily NK/);
    expect(notes).toMatch(/Default rental days: 10 days a month \(our assumption\)\. The first report says/);
  });

  it('lists its sources: the two reported prices and the cited bribe', () => {
    expect(frame.sources.map(frameSourceEntryId)).toEqual(['rentals-price-range', 'crackdown-day-rate', 'bribe-to-escape-punishment']);
  });

  it('gives the methods page the same formula and notes', () => {
    const methods = riskModelMethods(content);
    expect(methods.formulaInSymbols).toBe('r = p × B ÷ d');
    expect(methods.notes.bribe).toContain('3,000 yuan (context, not a lender’s bribe)');
  });

  it('labels every download row as model or reported, with the model over the whole range of chances', () => {
    const rows = riskModelDownload(data, context);
    expect(new Set(rows.map((row) => row['row_kind']))).toEqual(new Set(['model (illustrative, not reported)', 'reported price']));
    expect(rows.filter((row) => row['row_kind'] === 'reported price').map((row) => [row['figure_id'], row['low_cny'], row['high_cny'], row['source_year']])).toEqual([
      ['rentals-price-range', 50, 200, '2020 (inferred)'],
      ['crackdown-day-rate', 200, 200, '2019 (inferred)'],
    ]);
    expect(rows.filter((row) => row['row_kind'] !== 'reported price').map((row) => row['catch_chance_percent_assumed'])).toHaveLength(21);
    expect(rows.find((row) => row['catch_chance_percent_assumed'] === 10)?.['day_rate_covering_bribe_yuan']).toBe(30);
  });
});

describe('riskModelChart(data, target)', () => {
  const rendered = renderChart(definition, content);
  const drawings = rendered.drawings[0]!.layouts;

  it('draws the defaults at every layout, each at its own width', () => {
    expect(drawings.map(({ layout }) => layout)).toEqual(layoutNames);
    for (const { layout, svg } of drawings) expect(svg).toContain(`viewBox="0 0 ${layoutWidths[layout]} `);
  });

  it('makes the reported prices and the reader’s point focusable marks, in reading order, each described by a source', () => {
    const sources = new Set(rendered.frame.sources.map((entry) => ids.source(frameSourceEntryId(entry))));
    for (const { svg } of drawings) {
      const marks = [...svg.matchAll(/<[^>]*class="chart-mark"[^>]*>/g)].map(([tag]) => tag);
      expect(marks.map((tag) => attributeOf(tag, 'data-figure'))).toEqual(['rentals-price-range', 'crackdown-day-rate', 'risk-model-assumptions']);
      for (const mark of marks) {
        expect(mark).toContain('tabindex="0"');
        expect(sources).toContain(attributeOf(mark, 'data-source'));
      }
      // The point rests on the one cited input, the bribe.
      expect(attributeOf(marks[2]!, 'data-source')).toBe('risk-model-source-bribe-to-escape-punishment');
      expect(attributeOf(marks[2]!, 'aria-label')).toBe(
        'Model, at your assumptions (10% chance a month, a bribe of 3,000 yuan, 10 days a month): 30 yuan a day covers the expected bribe',
      );
    }
  });

  it('names the reported prices on the drawing, and says it is a model', () => {
    const wide = drawings.at(-1)!.svg;
    expect(wide).toContain('Reported: 200 yuan a\u00a0day, 2019 (inferred)');
    expect(wide).toContain('Illustrative model, not reported data');
    expect(describeAssumptionPoint({ catchChance: 40, bribe: 5000, rentalDays: 5 }, context)).toContain(': 400 yuan a day covers');
  });

  it('keeps the reader’s point on the chart however high the result: at the top edge, pointing up, said to be off the scale', () => {
    const svg = drawAt({ catchChance: 100, bribe: 10000, rentalDays: 1 }, 'narrow');
    const tip = /d="M[^"]*,([\d.]+)Z"/.exec(svg);
    const height = Number(/viewBox="0 0 \d+ ([\d.]+)"/.exec(svg)?.[1]);
    expect(Number(tip?.[1])).toBeGreaterThan(0);
    expect(Number(tip?.[1])).toBeLessThan(height);
    expect(svg).toContain('10,000 yuan a day');
    expect(svg).toContain('off the scale');
  });

  // The sliders' extremes, one at a time, and the steepest corner: the labels the model draws in
  // the browser are placed by the same pure function, so these are the states a reader can reach.
  const extremes: [string, Partial<Assumptions>][] = [
    ['defaults', {}],
    ['never caught', { catchChance: 0 }],
    ['always caught', { catchChance: 100 }],
    ['no bribe', { bribe: 0 }],
    ['the largest bribe', { bribe: 10000 }],
    ['one day a month', { rentalDays: 1 }],
    ['every day of a month', { rentalDays: 30 }],
    ['the steepest corner', { catchChance: 100, bribe: 10000, rentalDays: 1 }],
  ];
  for (const [name, change] of extremes) {
    for (const drawn of [...layoutNames, breakoutLayout.name] as const) {
      const layout = presetOf(drawn);
      const width = drawingWidths[drawn];
      it(`places every label clear of the others, the line, the rule and the axes, inside the drawing, at ${name} (${drawn})`, () => {
        const assumptions = { ...data.defaults, ...change };
        const scene = riskModelScene({ ...drawingData(data), assumptions }, { t: modelMessages.en, locale: english, variant: 'default', layout, width, document: serverDocument(), ids } as never);
        const boxes = Object.values(scene.labels).map((label) => labelBox(label));
        for (const box of boxes) {
          expect(box.left).toBeGreaterThanOrEqual(0);
          expect(box.right).toBeLessThanOrEqual(width);
          expect(box.bottom).toBeLessThanOrEqual(scene.height);
          // Never on the baseline, under the plot.
          expect(box.bottom).toBeLessThanOrEqual(scene.plot.bottom);
        }
        boxes.forEach((box, index) =>
          boxes.slice(index + 1).forEach((other) => expect(box.right <= other.left || other.right <= box.left || box.bottom <= other.top || other.bottom <= box.top).toBe(true)),
        );
        // The reported prices keep a band of at least a line's height: the axis suits the state.
        expect(scene.y(50) - scene.y(200)).toBeGreaterThan(30);
        // Tick labels fit their margin (no "0,000" cut at the edge), and the reader's point (its
        // 6.5 px dot and 1 px paper edge) covers none of them, at 0% where it sits on the axis too.
        const dot = { left: scene.point.x - 7.5, right: scene.point.x + 7.5, top: scene.point.y - 7.5, bottom: scene.point.y + 7.5 };
        for (const tick of scene.yTicks) {
          const tickBox = labelBox({ lines: [english.number(tick)], x: scene.plot.left - tickPadding, y: scene.y(tick) + 0.32 * 12, anchor: 'end' });
          expect(tickBox.left).toBeGreaterThanOrEqual(0);
          expect(tickBox.right < dot.left || dot.right < tickBox.left || tickBox.bottom < dot.top || dot.bottom < tickBox.top, `"${tick}" under the point`).toBe(true);
        }
        // The range's label sits in its band; the day rate's rests on its rule, above or below it.
        const reported = drawingData(data);
        const range = labelBox(scene.labels.range);
        expect(range.top, 'the range label in its band').toBeGreaterThanOrEqual(scene.y(reported.range.figure.amount.high));
        expect(range.bottom, 'the range label in its band').toBeLessThanOrEqual(scene.y(reported.range.figure.amount.low));
        const dayRate = labelBox(scene.labels.dayRate);
        const rule = scene.y(reported.dayRate.figure.amount.low);
        expect(Math.min(Math.abs(dayRate.bottom - rule), Math.abs(dayRate.top - rule)), 'the day rate label at its rule').toBeLessThanOrEqual(8);
        // The reported labels say no year: the notes say once that both are inferred.
        expect(scene.labels.dayRate.lines.join(' ')).not.toMatch(/inferred|20\d\d/);
        expect(scene.labels.range.lines.join(' ')).not.toMatch(/inferred|20\d\d/);
      });
    }
  }

  it('redraws from the JSON the page hands the browser exactly as the build drew it', () => {
    const shipped = JSON.parse(JSON.stringify(drawingData(data))) as RiskModelData;
    for (const { layout, svg } of drawings) {
      const again = riskModelChart(shipped, { ...rendered.context, t: modelMessages.en, locale: english, variant: 'default', layout, width: layoutWidths[layout], document: serverDocument(), ids });
      expect(finishSvg(again, { labelledBy: ids.title, describedBy: ids.description, layout })).toBe(svg);
    }
  });

  // Settings a reader may choose: the labels must still keep apart and inside the drawing.
  const states: [string, Assumptions][] = [
    ['the defaults', defaults],
    ['nobody caught', { catchChance: 0, bribe: 3000, rentalDays: 10 }],
    ['no bribe', { catchChance: 60, bribe: 0, rentalDays: 10 }],
    ['a point in the band', { catchChance: 50, bribe: 3000, rentalDays: 10 }],
    ['a point on the day rate', { catchChance: 100, bribe: 2000, rentalDays: 10 }],
    ['a point just above it', { catchChance: 70, bribe: 3000, rentalDays: 10 }],
    ['a steep line', { catchChance: 40, bribe: 5000, rentalDays: 5 }],
    ['the highest point', { catchChance: 100, bribe: 10000, rentalDays: 1 }],
    ['a point at the left edge, high', { catchChance: 2, bribe: 10000, rentalDays: 1 }],
    ['a low point at the right', { catchChance: 100, bribe: 300, rentalDays: 30 }],
  ];
  for (const locale of [english, pseudoLocale]) {
    it.each(states)(`keeps every label apart and inside the drawing (${locale.id}): %s`, (_, assumptions) => {
      for (const layout of layoutNames) {
        const svg = drawAt(assumptions, layout, locale);
        const boxes = textBoxes(svg);
        expect(overlappingText(boxes).map(([a, b]) => `"${a.text}" × "${b.text}"`), layout).toEqual([]);
        expect(textOutside(svg, boxes).map((box) => box.text), layout).toEqual([]);
      }
    });
  }
});

describe('placeLabel(candidates, obstacles, bounds)', () => {
  const bounds = { left: 0, right: 200, top: 0, bottom: 100 };
  const at = (x: number, y: number, anchor: Label['anchor'] = 'start'): Label => ({ lines: ['Label'], x, y, anchor });

  it('takes the first candidate that is inside and clear', () => {
    const taken = labelBox(at(10, 20));
    expect(placeLabel([at(10, 20), at(10, 60)], [taken], bounds).label.y).toBe(60);
    expect(placeLabel([at(190, 60), at(10, 60)], [], bounds).label.x).toBe(10);
  });

  it('keeps a label off a line when it can, and takes the line over a collision when it cannot', () => {
    const line = { x1: 0, y1: 20, x2: 200, y2: 20 };
    expect(placeLabel([at(10, 24), at(10, 60)], [], bounds, { segments: [line] }).label.y).toBe(60);
    const crossed = placeLabel([at(10, 24), at(10, 60)], [labelBox(at(10, 60))], bounds, { segments: [line] });
    expect([crossed.label.y, crossed.collision, crossed.crossing > 0]).toEqual([24, 0, true]);
  });

  it('falls back to the candidate that collides least, and says so', () => {
    const placed = placeLabel([at(10, 20), at(12, 24)], [labelBox(at(10, 20))], bounds);
    expect(placed.collision).toBeGreaterThan(0);
    expect(placed.label.y).toBe(24);
  });
});
