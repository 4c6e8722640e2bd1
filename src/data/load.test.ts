import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ContentError, loadContent, parseContent, type RawFiles } from './load';

/* Fixtures: one valid entry of each kind; each test breaks one field. */

type Entry = Record<string, unknown>;

const source = (changes: Entry = {}): Entry => ({
  id: 'report-a',
  outlet: 'Daily NK',
  headline: 'Phone rentals thrive',
  shortTitle: 'Phone rentals',
  referredToAs: 'the first report',
  url: 'https://www.example.org/report-a/',
  interviewed: '2019-05-27',
  year: { value: 2019, inferred: true, reason: 'The report has no dateline; its contents fit 2019.' },
  ...changes,
});

const figure = (changes: Entry = {}): Entry => ({
  id: 'day-rate',
  measures: 'Price to rent a phone for a day',
  value: 200,
  unit: 'money',
  currency: 'CNY',
  source: 'report-a',
  quote: 'These businesses charge 200 yuan per day',
  kind: 'reported',
  ...changes,
});

const quote = (changes: Entry = {}): Entry => ({
  id: 'calls-blocked',
  source: 'report-a',
  speaker: 'a source in North Pyongan Province',
  text: 'International calls with China are blocked.',
  ...changes,
});

const citation = (changes: Entry = {}): Entry => ({ id: 'yonhap-1', publisher: 'Yonhap', reference: 'AEN2021', ...changes });

const fact = (changes: Entry = {}): Entry => ({
  id: 'trade-2020',
  topic: 'trade',
  measures: 'China–North Korea trade in the year',
  period: '2020',
  value: 539.1e6,
  unit: 'money',
  currency: 'USD',
  citations: ['yonhap-1'],
  kind: 'reported',
  ...changes,
});

const correction = (changes: Entry = {}): Entry => ({
  id: 'paraphrase-quotes',
  date: '2026-11-21',
  pages: ['stories/crackdown.html'],
  summary: 'Two quotations were replaced with paraphrase, to keep quoting short.',
  ...changes,
});

/** A derived figure: half of `day-rate` (200 / 2 = 100). */
const halfDayRate = (changes: Entry = {}): Entry =>
  figure({
    id: 'half-day-rate',
    value: 100,
    kind: 'derived',
    derivation: { text: 'Half the day rate: 200 ÷ 2.', formula: '{day-rate} / 2' },
    ...changes,
  });

/** An entry without one of its fields. */
function without(entry: Entry, field: string): Entry {
  const { [field]: _removed, ...rest } = entry;
  return rest;
}

interface Entries {
  sources?: Entry[];
  figures?: Entry[];
  quotes?: Entry[];
  citations?: Entry[];
  context?: Entry[];
  corrections?: Entry[];
}

function files({
  sources = [source()],
  figures = [figure()],
  quotes = [quote()],
  citations = [citation()],
  context = [fact()],
  corrections = [correction()],
}: Entries = {}): RawFiles {
  return {
    sources: { path: 'content/sources.json', text: JSON.stringify(sources) },
    figures: { path: 'content/figures.json', text: JSON.stringify(figures) },
    quotes: { path: 'content/quotes.json', text: JSON.stringify(quotes) },
    citations: { path: 'content/citations.json', text: JSON.stringify(citations) },
    context: { path: 'content/context.json', text: JSON.stringify(context) },
    corrections: { path: 'content/corrections.json', text: JSON.stringify(corrections) },
  };
}

function rejection(raw: RawFiles): ContentError {
  try {
    parseContent(raw);
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    return error as ContentError;
  }
  return expect.fail('parseContent accepted the content');
}

interface Expected {
  file: string;
  entry?: string;
  field?: string;
  /** What the message says is wrong. */
  says: RegExp;
}

/** Asserts that parsing fails with a message line naming the file, entry and field, saying what is wrong. */
function expectRejected(raw: RawFiles, { file, entry, field, says }: Expected): void {
  const { message, problems } = rejection(raw);
  const names = [file, entry && `"${entry}"`, field && `"${field}"`].filter((name): name is string => Boolean(name));
  const line = message.split('\n').find((candidate) => names.every((name) => candidate.includes(name)));
  expect(line, `no line names ${names.join(', ')} in:\n${message}`).toBeDefined();
  expect(line).toMatch(says);
  expect(problems).toContainEqual(expect.objectContaining({ file, ...(entry && { entry }), ...(field && { field }) }));
}

describe('parseContent(files)', () => {
  it('accepts valid sources, figures and quotes and indexes each by id', () => {
    const content = parseContent(files({ figures: [figure(), halfDayRate()] }));
    expect([...content.sources.keys()]).toEqual(['report-a']);
    expect([...content.figures.keys()]).toEqual(['day-rate', 'half-day-rate']);
    expect(content.quotes.get('calls-blocked')?.speaker).toBe('a source in North Pyongan Province');
  });

  it('defaults approximate to false', () => {
    expect(parseContent(files()).figures.get('day-rate')?.approximate).toBe(false);
  });

  it('accepts a derived range whose formula gives each end', () => {
    const range = figure({ id: 'morning', value: undefined, low: 130, high: 150 });
    const doubled = figure({
      id: 'morning-doubled',
      value: undefined,
      low: 260,
      high: 300,
      kind: 'derived',
      derivation: { text: 'Twice each end of the range.', formula: { low: '{morning.low} * 2', high: '{morning.high} * 2' } },
    });
    expect(parseContent(files({ figures: [range, doubled] })).figures.get('morning-doubled')?.high).toBe(300);
  });

  it('rejects a figure with no quote', () => {
    expectRejected(files({ figures: [without(figure(), 'quote')] }), {
      file: 'content/figures.json',
      entry: 'day-rate',
      field: 'quote',
      says: /is missing/,
    });
  });

  it('rejects a quotation longer than 240 characters', () => {
    expectRejected(files({ quotes: [quote({ text: 'word '.repeat(60) })] }), {
      file: 'content/quotes.json',
      entry: 'calls-blocked',
      field: 'text',
      says: /longer than 240 characters/,
    });
  });

  it('rejects a figure whose source is not in sources.json', () => {
    expectRejected(files({ figures: [figure({ source: 'report-z' })] }), {
      file: 'content/figures.json',
      entry: 'day-rate',
      field: 'source',
      says: /"report-z" is not a source in content\/sources\.json \(known: report-a\)/,
    });
  });

  it('rejects a quotation whose source is not in sources.json', () => {
    expectRejected(files({ quotes: [quote({ source: 'report-z' })] }), {
      file: 'content/quotes.json',
      entry: 'calls-blocked',
      field: 'source',
      says: /"report-z" is not a source/,
    });
  });

  it('rejects a range whose low is above its high', () => {
    expectRejected(files({ figures: [figure({ value: undefined, low: 150, high: 130 })] }), {
      file: 'content/figures.json',
      entry: 'day-rate',
      field: 'low',
      says: /is 150, greater than high \(130\)/,
    });
  });

  it('rejects a range with a low and no high', () => {
    expectRejected(files({ figures: [figure({ value: undefined, low: 130 })] }), {
      file: 'content/figures.json',
      entry: 'day-rate',
      field: 'high',
      says: /is missing: a range needs both low and high/,
    });
  });

  it('rejects a figure with both a value and a range', () => {
    expectRejected(files({ figures: [figure({ low: 130, high: 150 })] }), {
      file: 'content/figures.json',
      entry: 'day-rate',
      field: 'value',
      says: /cannot be given together with low\/high/,
    });
  });

  it('rejects a figure with neither a value nor a range', () => {
    expectRejected(files({ figures: [without(figure(), 'value')] }), {
      file: 'content/figures.json',
      entry: 'day-rate',
      field: 'value',
      says: /is missing: give value, or low and high/,
    });
  });

  it('rejects a currency it does not know, such as EUR', () => {
    expectRejected(files({ figures: [figure({ currency: 'EUR' })] }), {
      file: 'content/figures.json',
      entry: 'day-rate',
      field: 'currency',
      says: /is "EUR", not one of CNY, KRW, USD/,
    });
  });

  it('rejects money without a currency', () => {
    expectRejected(files({ figures: [without(figure(), 'currency')] }), {
      file: 'content/figures.json',
      entry: 'day-rate',
      field: 'currency',
      says: /is required when unit is "money"/,
    });
  });

  it('rejects an exchange rate without the currency it prices (per)', () => {
    expectRejected(files({ figures: [figure({ unit: 'exchange-rate', currency: 'KRW', value: 175 })] }), {
      file: 'content/figures.json',
      entry: 'day-rate',
      field: 'per',
      says: /is required for an exchange rate/,
    });
  });

  it('rejects an interview date that does not exist, such as 2019-02-30', () => {
    expectRejected(files({ sources: [source({ interviewed: '2019-02-30' })] }), {
      file: 'content/sources.json',
      entry: 'report-a',
      field: 'interviewed',
      says: /is not a real calendar date/,
    });
  });

  it('rejects an interview date not written YYYY-MM-DD, such as "27 May 2019"', () => {
    expectRejected(files({ sources: [source({ interviewed: '27 May 2019' })] }), {
      file: 'content/sources.json',
      entry: 'report-a',
      field: 'interviewed',
      says: /must be a date written YYYY-MM-DD/,
    });
  });

  it('rejects an interview date outside the report\'s (inferred) year, since the page shows both', () => {
    expectRejected(files({ sources: [source({ interviewed: '2020-06-17' })] }), {
      file: 'content/sources.json',
      entry: 'report-a',
      field: 'interviewed',
      says: /must fall in the year given in year\.value/,
    });
  });

  it('reports a date in the wrong format once, not also as a date that does not exist', () => {
    const { problems } = rejection(files({ sources: [source({ interviewed: '27 May 2019' })] }));
    expect(problems.map(({ message }) => message)).toEqual(['must be a date written YYYY-MM-DD']);
  });

  it('rejects a source url that is not https', () => {
    expectRejected(files({ sources: [source({ url: 'http://www.example.org/report-a/' })] }), {
      file: 'content/sources.json',
      entry: 'report-a',
      field: 'url',
      says: /must be an https:\/\/ address/,
    });
  });

  it('rejects a derived figure without a derivation', () => {
    expectRejected(files({ figures: [figure(), without(halfDayRate(), 'derivation')] }), {
      file: 'content/figures.json',
      entry: 'half-day-rate',
      field: 'derivation',
      says: /is required when kind is "derived"/,
    });
  });

  it('rejects a derivation on a figure that is not derived', () => {
    expectRejected(files({ figures: [figure(), halfDayRate({ kind: 'reported' })] }), {
      file: 'content/figures.json',
      entry: 'half-day-rate',
      field: 'derivation',
      says: /is only for derived figures, not "reported"/,
    });
  });

  it('rejects an inferred figure without its reasoning', () => {
    expectRejected(files({ figures: [figure({ kind: 'inferred' })] }), {
      file: 'content/figures.json',
      entry: 'day-rate',
      field: 'inference',
      says: /is required when kind is "inferred"/,
    });
  });

  it('rejects a derivation whose formula disagrees with the stated value', () => {
    expectRejected(files({ figures: [figure(), halfDayRate({ value: 150 })] }), {
      file: 'content/figures.json',
      entry: 'half-day-rate',
      field: 'derivation.formula',
      says: /"\{day-rate\} \/ 2" gives 100, not the stated 150/,
    });
  });

  it('rejects a list of formulas when any one disagrees with the value, naming which', () => {
    const twoWays = halfDayRate({ derivation: { text: 'Half the day rate, two ways.', formula: ['{day-rate} / 2', '{day-rate} / 4'] } });
    expectRejected(files({ figures: [figure(), twoWays] }), {
      file: 'content/figures.json',
      entry: 'half-day-rate',
      field: 'derivation.formula.1',
      says: /"\{day-rate\} \/ 4" gives 50, not the stated 100/,
    });
  });

  it('rejects a range formula whose high end disagrees with the stated high', () => {
    const range = figure({ id: 'morning', value: undefined, low: 130, high: 150 });
    const doubled = figure({
      id: 'morning-doubled',
      value: undefined,
      low: 260,
      high: 310,
      kind: 'derived',
      derivation: { text: 'Twice each end of the range.', formula: { low: '{morning.low} * 2', high: '{morning.high} * 2' } },
    });
    expectRejected(files({ figures: [range, doubled] }), {
      file: 'content/figures.json',
      entry: 'morning-doubled',
      field: 'derivation.formula.high',
      says: /gives 300, not the stated 310/,
    });
  });

  it('rejects a single formula on a figure that is a range', () => {
    const rangeHalf = halfDayRate({ value: undefined, low: 90, high: 110 });
    expectRejected(files({ figures: [figure(), rangeHalf] }), {
      file: 'content/figures.json',
      entry: 'half-day-rate',
      field: 'derivation.formula',
      says: /gives 100, but the figure has no matching value/,
    });
  });

  it('rejects a formula that refers to a figure that does not exist', () => {
    const formula = { text: 'Half the night rate: 200 ÷ 2.', formula: '{night-rate} / 2' };
    expectRejected(files({ figures: [figure(), halfDayRate({ derivation: formula })] }), {
      file: 'content/figures.json',
      entry: 'half-day-rate',
      field: 'derivation.formula',
      says: /refers to unknown figure \{night-rate\}/,
    });
  });

  it('rejects a formula that asks for the low end of a single value', () => {
    const formula = { text: 'Half the day rate: 200 ÷ 2.', formula: '{day-rate.low} / 2' };
    expectRejected(files({ figures: [figure(), halfDayRate({ derivation: formula })] }), {
      file: 'content/figures.json',
      entry: 'half-day-rate',
      field: 'derivation.formula',
      says: /refers to unknown figure \{day-rate\.low\}/,
    });
  });

  it('rejects two entries with the same id', () => {
    expectRejected(files({ quotes: [quote(), quote({ text: 'Another sentence from the same report.' })] }), {
      file: 'content/quotes.json',
      entry: 'calls-blocked',
      field: 'id',
      says: /is used by two entries/,
    });
  });

  it('rejects an id that is not lower-case words joined by hyphens', () => {
    expectRejected(files({ figures: [figure({ id: 'Day_Rate' })] }), {
      file: 'content/figures.json',
      entry: 'Day_Rate',
      field: 'id',
      says: /must be lower-case words joined by hyphens/,
    });
  });

  it('rejects a field it does not know, such as the typo "aproximate"', () => {
    expectRejected(files({ figures: [figure({ aproximate: true })] }), {
      file: 'content/figures.json',
      entry: 'day-rate',
      field: 'aproximate',
      says: /is not a known field \(a typo\?\)/,
    });
  });

  it('rejects an unknown field inside a nested object, naming its full path', () => {
    const year = { value: 2019, inferred: true, reason: 'The report has no dateline; its contents fit 2019.', confidense: 'high' };
    expectRejected(files({ sources: [source({ year })] }), {
      file: 'content/sources.json',
      entry: 'report-a',
      field: 'year.confidense',
      says: /is not a known field/,
    });
  });

  it('rejects a value of the wrong type, saying what it got', () => {
    expectRejected(files({ figures: [figure({ value: '200' })] }), {
      file: 'content/figures.json',
      entry: 'day-rate',
      field: 'value',
      says: /must be number, not "200"/,
    });
  });

  it('names an entry by its position when it has no id', () => {
    expectRejected(files({ quotes: [quote(), without(quote({ id: 'other' }), 'id')] }), {
      file: 'content/quotes.json',
      entry: '#2',
      field: 'id',
      says: /is missing/,
    });
  });

  it('rejects text that is not JSON', () => {
    const raw = files();
    raw.figures.text = '[{ "id": "day-rate", }]';
    expectRejected(raw, { file: 'content/figures.json', says: /is not valid JSON/ });
  });

  it('rejects a sources file with no sources', () => {
    expectRejected(files({ sources: [] }), { file: 'content/sources.json', says: /must list at least one source/ });
  });

  it('reports every problem in a file in one error', () => {
    const figures = [
      figure({ id: 'inverted', value: undefined, low: 150, high: 130 }),
      without(figure({ id: 'no-currency' }), 'currency'),
      figure({ id: 'typo', aproximate: true }),
    ];
    const { problems, message } = rejection(files({ figures }));
    expect(problems.map(({ entry, field }) => `${entry}.${field}`)).toEqual([
      'inverted.low',
      'no-currency.currency',
      'typo.aproximate',
    ]);
    for (const entry of ['inverted', 'no-currency', 'typo']) expect(message).toContain(`entry "${entry}"`);
  });

  it('reports problems in every file in one error', () => {
    const raw = files({
      sources: [source({ interviewed: '2019-02-30' })],
      figures: [without(figure(), 'quote')],
      quotes: [quote({ speaker: 'x' })],
      citations: [citation({ date: 'May 2020' })],
      context: [fact({ topic: 'weather' })],
      corrections: [correction({ date: 'yesterday' })],
    });
    const filesWithProblems = rejection(raw).problems.map(({ file }) => file);
    expect(new Set(filesWithProblems)).toEqual(
      new Set(['content/sources.json', 'content/figures.json', 'content/quotes.json', 'content/citations.json', 'content/context.json', 'content/corrections.json']),
    );
  });
});

describe('parseContent(files): context facts and their citations', () => {
  it('accepts a reported number, an event without a number, and a derived fact that uses a report figure', () => {
    const event = fact({ id: 'border-closed', topic: 'border', measures: 'Routes to China suspended', period: '2020-01-31' });
    for (const key of ['value', 'unit', 'currency']) delete event[key];
    const derived = fact({
      id: 'rice-for-a-day',
      topic: 'meaning',
      period: '2019',
      value: 43,
      unit: 'kilograms',
      currency: undefined,
      kind: 'derived',
      derivation: { text: '200 yuan ÷ 4.6 yuan a kilogram.', formula: '{day-rate} / 4.6', rounding: 1 },
    });
    const content = parseContent(files({ context: [fact(), event, derived] }));
    expect([...content.context.keys()]).toEqual(['trade-2020', 'border-closed', 'rice-for-a-day']);
    expect(content.citations.get('yonhap-1')?.publisher).toBe('Yonhap');
  });

  it('rejects a citation that is not in citations.json, naming its position', () => {
    expectRejected(files({ context: [fact({ citations: ['yonhap-1', 'reuterz'] })] }), {
      file: 'content/context.json',
      entry: 'trade-2020',
      field: 'citations.1',
      says: /"reuterz" is not a citation in content\/citations\.json/,
    });
  });

  it('rejects a citation that no fact cites', () => {
    expectRejected(files({ citations: [citation(), citation({ id: 'unused-1' })] }), {
      file: 'content/citations.json',
      entry: 'unused-1',
      says: /is cited by no fact/,
    });
  });

  it('rejects a fact without any citation', () => {
    expectRejected(files({ context: [fact({ citations: [] })] }), {
      file: 'content/context.json',
      entry: 'trade-2020',
      field: 'citations',
      says: /must cite at least one source/,
    });
  });

  it.each([
    ['2020-13', 'a month that does not exist'],
    ['2020-02-30', 'a day that does not exist'],
    ['Jan 2020', 'another format'],
    ['2020-03/2020-01', 'a span that ends before it starts'],
  ])('rejects the period %s (%s)', (period) => {
    expectRejected(files({ context: [fact({ period })] }), {
      file: 'content/context.json',
      entry: 'trade-2020',
      field: 'period',
      says: /must be YYYY, YYYY-MM or YYYY-MM-DD/,
    });
  });

  it('rejects a number without a unit, and money without a currency', () => {
    expectRejected(files({ context: [without(fact(), 'unit')] }), {
      file: 'content/context.json',
      entry: 'trade-2020',
      field: 'unit',
      says: /is required with a value/,
    });
    expectRejected(files({ context: [without(fact(), 'currency')] }), {
      file: 'content/context.json',
      entry: 'trade-2020',
      field: 'currency',
      says: /is required when unit is "money"/,
    });
  });

  it('rejects a derived fact whose rounded arithmetic disagrees with its value', () => {
    const derived = fact({
      id: 'rice-for-a-day',
      value: 44,
      unit: 'kilograms',
      currency: undefined,
      kind: 'derived',
      derivation: { text: '200 yuan ÷ 4.6 yuan a kilogram.', formula: '{day-rate} / 4.6', rounding: 1 },
    });
    expectRejected(files({ context: [derived] }), {
      file: 'content/context.json',
      entry: 'rice-for-a-day',
      field: 'derivation.formula',
      says: /gives 43\.47\d* \(rounded to 1\), not the stated 44/,
    });
  });

  it('rejects a context id that is also a figure id: prose finds numbers by id in both', () => {
    expectRejected(files({ context: [fact({ id: 'day-rate' })] }), {
      file: 'content/context.json',
      entry: 'day-rate',
      field: 'id',
      says: /is also a figure in content\/figures\.json/,
    });
  });
});

describe('parseContent(files): the corrections log', () => {
  it('lists corrections newest first', () => {
    const content = parseContent(
      files({ corrections: [correction({ id: 'older', date: '2026-01-02' }), correction({ id: 'newer', date: '2026-03-04' })] }),
    );
    expect(content.corrections.map(({ id }) => id)).toEqual(['newer', 'older']);
  });

  it('rejects a correction without a real date or without pages', () => {
    expectRejected(files({ corrections: [correction({ date: '2026-02-30' })] }), {
      file: 'content/corrections.json',
      entry: 'paraphrase-quotes',
      field: 'date',
      says: /not a real calendar date/,
    });
    expectRejected(files({ corrections: [correction({ pages: [] })] }), {
      file: 'content/corrections.json',
      entry: 'paraphrase-quotes',
      field: 'pages',
      says: /must name at least one page/,
    });
  });
});

describe('loadContent(root)', () => {
  it('loads the project\'s own content files without a problem', () => {
    const content = loadContent(process.cwd());
    expect(content.sources.size).toBeGreaterThan(0);
    expect(content.figures.size).toBeGreaterThan(0);
    expect(content.quotes.size).toBeGreaterThan(0);
  });

  it.each(['figures', 'context'] as const)('re-computes the real derived %s: changing one of their values fails the load', (file) => {
    const realFiles = (): RawFiles => {
      const names = ['sources', 'figures', 'quotes', 'citations', 'context', 'corrections'] as const;
      return Object.fromEntries(
        names.map((name) => {
          const path = `content/${name}.json`;
          return [name, { path, text: readFileSync(join(process.cwd(), path), 'utf8') }];
        }),
      ) as RawFiles;
    };
    const entries = JSON.parse(realFiles()[file].text) as Entry[];
    const derived = entries.filter((entry) => entry.kind === 'derived');
    expect(derived.length).toBeGreaterThan(0);
    for (const entry of derived) {
      const nudge = (value: unknown) => (typeof value === 'number' ? value * 1.1 : value);
      const nudged = entries.map((candidate) =>
        candidate === entry ? { ...candidate, value: nudge(candidate.value), low: nudge(candidate.low), high: nudge(candidate.high) } : candidate,
      );
      const raw = { ...realFiles(), [file]: { path: `content/${file}.json`, text: JSON.stringify(nudged) } };
      expect(() => parseContent(raw), `${String(entry.id)} with a wrong value`).toThrow(/derivation\.formula.* gives .*not the stated/);
    }
  });
});
