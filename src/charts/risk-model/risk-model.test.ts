import { describe, expect, it } from 'vitest';
import { loadContent, type Content } from '../../data/load';
import { normalizeSvg } from '../../../tests/unit/svg-snapshot';
import { frameSourceEntryId, frameSourceId } from '../frame';
import { serverDocument } from '../build-time';
import { riskModelChart } from './chart';
import { layoutWidths as widths } from '../layouts';
import { riskModelData } from './data';
import { riskModelDownload, riskModelFrame, slug } from './frame-content';
import { assumptionsFromParams, breakEvenDayRate, chanceToReach, paramsFromAssumptions, paramsFromLocation, type Assumptions } from './model';
import { modelSummary, modelTakeaway } from './summary';

const content = loadContent();
const data = riskModelData(content);
const defaults = data.defaults;

function draw(assumptions: Assumptions, width: number): SVGSVGElement {
  return riskModelChart(data, {
    assumptions,
    width,
    document: serverDocument(),
    labelledBy: 'title',
    describedBy: 'description',
    sourceElementId: (entryId) => frameSourceId(slug, entryId),
  });
}

const render = (assumptions: Assumptions, width: number) => draw(assumptions, width).outerHTML;

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

  it('takes its default bribe from the cited context fact, not from a typed number', () => {
    expect(defaults.bribe).toBe(content.context.get('bribe-to-escape-punishment')?.value);
    const changed: Content = {
      ...content,
      context: new Map([...content.context].map(([id, fact]) => [id, id === 'bribe-to-escape-punishment' ? { ...fact, value: 2500 } : fact])),
    };
    expect(riskModelData(changed).defaults.bribe).toBe(2500);
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
  it('says it is a model, and compares the result with the reported day rate', () => {
    const summary = modelSummary(data, defaults);
    expect(summary).toMatch(/^Model: /);
    expect(summary).toContain('30 yuan for each day');
    expect(summary).toContain('15% of the reported day rate of 200 yuan');
    expect(summary).toContain('67% chance');
  });

  it('says when the bribes outrun the price, and when no chance explains it', () => {
    expect(modelSummary(data, { catchChance: 50, bribe: 10000, rentalDays: 5 })).toContain('would not even cover the bribes');
    expect(modelSummary(data, { catchChance: 10, bribe: 1000, rentalDays: 20 })).toContain('Even a lender caught every month');
    expect(modelSummary(data, { catchChance: 10, bribe: 0, rentalDays: 20 })).toContain('the bribe explains none of the price');
    expect(modelSummary(data, { catchChance: 0, bribe: 3000, rentalDays: 20 })).toContain('never caught');
  });

  it('labels the model as a model in the title, takeaway, table and notes', () => {
    const frame = riskModelFrame(content);
    expect(frame.title).toMatch(/model/i);
    expect(modelTakeaway(data, defaults)).toMatch(/model/i);
    expect(frame.takeaway).toMatch(/model/i);
    expect(frame.table.caption).toMatch(/model.*illustrative, not reported/i);
    expect(frame.notes[0]).toMatch(/This is a model/);
    expect(frame.notes.join(' ')).toContain('r = p × B ÷ d');
  });

  it('states and justifies every default', () => {
    const notes = riskModelFrame(content).notes.join(' ');
    expect(notes).toMatch(/Default chance of being caught: 10% a month \(our assumption\)/);
    expect(notes).toMatch(/Default bribe: 3,000 yuan \(context, not a lender’s bribe\).*July 2019 \(Daily NK/);
    expect(notes).toMatch(/Default rental days: 10 days a month \(our assumption\)/);
  });

  it('labels every download row as model or reported', () => {
    const rows = riskModelDownload(content);
    expect(new Set(rows.map((row) => row['row_kind']))).toEqual(new Set(['model (illustrative, not reported)', 'reported price']));
    expect(rows.find((row) => row['catch_chance_percent_assumed'] === 10)?.['day_rate_covering_bribe_yuan']).toBe(30);
  });
});

describe('riskModelChart(data, options)', () => {
  it('describes each focusable mark by an entry in the frame’s sources, or by the model’s own assumptions', () => {
    const frame = riskModelFrame(content);
    const sourceIds = new Set([...frame.sources.map((entry) => frameSourceId(slug, frameSourceEntryId(entry))), frameSourceId(slug, 'risk-model-assumptions')]);
    const svg = render(defaults, widths.wide);
    const described = [...svg.matchAll(/class="chart-mark"/g)].length;
    const ids = [...svg.matchAll(/aria-describedby="([^"]+)"/g)].map(([, id]) => id!).filter((id) => id !== 'description');
    expect(ids).toHaveLength(described);
    expect(described).toBe(3);
    for (const id of ids) expect(sourceIds).toContain(id);
  });

  it('keeps the reader’s point on the chart however high the result', () => {
    const svg = draw({ catchChance: 100, bribe: 10000, rentalDays: 1 }, widths.narrow);
    const pointY = Number(svg.querySelector('circle[r="6.5"]')?.getAttribute('cy'));
    expect(pointY).toBeGreaterThan(0);
    expect(pointY).toBeLessThan(Number(svg.getAttribute('height')));
    expect(svg.textContent).toContain('10,000 yuan a day');
  });

  it.each(Object.entries(widths))('draws the defaults at the %s width', async (layout, width) => {
    await expect(normalizeSvg(render(defaults, width))).toMatchFileSnapshot(`__snapshots__/risk-model-default-${layout}.svg`);
  });

  it('draws a reader’s own assumptions', async () => {
    await expect(normalizeSvg(render({ catchChance: 40, bribe: 5000, rentalDays: 5 }, widths.wide))).toMatchFileSnapshot(
      '__snapshots__/risk-model-steep-wide.svg',
    );
  });
});
