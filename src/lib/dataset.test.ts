import { describe, expect, it } from 'vitest';
import { loadContent } from '../data/load';
import { datasetJson, datasetRows } from './dataset';

const content = loadContent();

describe('the whole dataset', () => {
  const rows = datasetRows(content);

  it('has one row for every report figure and every context fact', () => {
    expect(rows.map((row) => row['id'])).toEqual([...content.figures.keys(), ...content.context.keys()]);
  });

  it('gives every report figure its verbatim quote and report address, and every context fact its citation', () => {
    for (const row of rows) {
      if (row['origin'] === 'report') {
        expect(row['quote'], String(row['id'])).not.toBe('');
        expect(row['source_url'], String(row['id'])).toMatch(/^https:\/\//);
      } else {
        expect(row['origin'], String(row['id'])).toMatch(/^context: /);
        expect(row['source'], String(row['id'])).not.toBe('');
      }
    }
  });

  it('says who gave each report figure and whether the report dates that source', () => {
    const byId = new Map(rows.map((row) => [row['id'], row]));
    for (const row of rows.filter((candidate) => candidate['origin'] === 'report')) expect(row['quote_speaker'], String(row['id'])).not.toBe('');
    expect(byId.get('crackdown-per-call')).toMatchObject({ quote_speaker: 'a second source in North Pyongan Province', quote_dated: false });
    expect(byId.get('crackdown-day-rate')).toMatchObject({ quote_speaker: 'Daily NK', quote_dated: true });
    expect(byId.get('rentals-business-age')).toMatchObject({ quote_speaker: 'a source in North Pyongan Province', quote_dated: true });
    expect(byId.get('trade-2019')).toMatchObject({ quote_speaker: '', quote_dated: '' });
  });

  it('keeps ranges as ranges, approximate values approximate, and derived values with their formula', () => {
    const byId = new Map(rows.map((row) => [row['id'], row]));
    expect(byId.get('rentals-price-range')).toMatchObject({ value: '', low: 50, high: 200 });
    expect(byId.get('trade-2019')).toMatchObject({ approximate: true });
    expect(byId.get('trade-2020-01-02')).toMatchObject({ kind: 'derived', formula: '{china-exports-2020-01-02} + {china-imports-2020-01-02}' });
    expect(byId.get('trade-2024')?.['caveat']).toMatch(/less certain/);
  });

  it('says a derived fact built on a report figure rests on an inferred year', () => {
    const byId = new Map(rows.map((row) => [row['id'], row]));
    expect(byId.get('rental-days-for-handset')?.['when']).toMatch(/the first report’s year, 2019, is inferred/);
    expect(byId.get('trade-2020-01-02')?.['when']).toBe('January–February 2020');
  });

  it('writes each year of a report as inferred', () => {
    const reportRows = rows.filter((row) => row['origin'] === 'report');
    for (const row of reportRows) expect(row['when']).toMatch(/^\d{4} \(inferred\)$/);
  });

  it('carries everything in the JSON: sources, figures, quotations, citations, context, corrections', () => {
    const json = datasetJson(content);
    expect(json.figures).toHaveLength(content.figures.size);
    expect(json.context).toHaveLength(content.context.size);
    expect(json.quotes).toHaveLength(content.quotes.size);
    expect(json.corrections).toEqual(content.corrections);
  });
});
