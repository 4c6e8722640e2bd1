/**
 * The one-line source under each chart names exactly who its content comes from. The expected
 * names are worked out here from the definition's `requires` and content/, independently of
 * credit.ts, so a credit that forgets an outlet, or names one the chart does not use, fails.
 */
import { describe, expect, it } from 'vitest';
import { loadContent } from '../data/load';
import { english } from '../lib/locale';
import { prepareChart, renderChart } from './build-time';
import { listNames } from './credit-words';
import { creditSources } from './credit';
import { pseudoLocale } from './messages';
import { charts } from './registry';
import type { Requirements, Resolved } from '../data/requirements';

const content = loadContent();
const allNames = [...new Set([...[...content.sources.values()].map((source) => source.outlet), ...[...content.citations.values()].map((citation) => citation.publisher)])];

/** Every outlet and publisher behind a chart's declared requirements, read straight from content/. */
function expectedNames(requires: Requirements): { reports: Set<string>; context: Set<string> } {
  const reports = new Set<string>();
  const context = new Set<string>();
  for (const id of requires.figures ?? []) reports.add(content.sources.get(content.figures.get(id)!.source)!.outlet);
  for (const id of requires.quotes ?? []) reports.add(content.sources.get(content.quotes.get(id)!.source)!.outlet);
  for (const id of [...(requires.contextNumbers ?? []), ...(requires.contextEvents ?? [])]) {
    for (const citation of content.context.get(id)!.citations) context.add(content.citations.get(citation)!.publisher);
  }
  return { reports, context };
}

describe.each([...charts.values()])('the credit line of $slug', (definition) => {
  const { frame } = prepareChart(definition, content);
  const { reports, context } = expectedNames(definition.requires);
  const expected = new Set([...reports, ...context]);

  it('names every outlet and publisher of the content the chart requires', () => {
    expect(expected.size).toBeGreaterThan(0);
    for (const name of expected) expect(frame.credit, `${definition.slug} credits ${name}`).toContain(name);
  });

  it('names no outlet or publisher the chart does not use', () => {
    // A longer name that contains a shorter one ("Kyodo" in "Kyodo News") is not a false hit.
    const credited = frame.credit;
    for (const name of allNames.filter((name) => !expected.has(name))) {
      const containing = [...expected].filter((own) => own.includes(name));
      const rest = containing.reduce((text, own) => text.split(own).join(''), credited);
      expect(rest, `${definition.slug} does not credit ${name}`).not.toContain(name);
    }
  });

  it('is one line of words from its messages', () => {
    expect(frame.credit).not.toMatch(/\n/);
    const pseudo = prepareChart(definition, content, pseudoLocale).frame.credit;
    // Names stay as content writes them; every other word is the chart's own, so it is accented.
    const words = [...expected].reduce((text, name) => text.split(name).join(''), pseudo);
    expect(words).not.toMatch(/[A-Za-z]{3,}/);
  });
});

/**
 * A chart whose variants draw only part of its content credits, under each variant, exactly who
 * that variant's drawing comes from: the publishers of the facts its marks carry (their
 * `data-figure`, read from the drawn SVG), and the report outlets it quotes.
 */
describe.each([...charts.values()].filter((definition) => renderChart(definition, content).variants?.options.some((option) => option.credit)))('the per-variant credit lines of $slug', (definition) => {
  const rendered = renderChart(definition, content);
  const reportOutlets = expectedNames({ quotes: definition.requires.quotes ?? [], figures: definition.requires.figures ?? [] }).reports;
  const chartNames = new Set([...expectedNames(definition.requires).reports, ...expectedNames(definition.requires).context]);

  it.each(rendered.variants!.options.map((option, index) => ({ option, drawing: rendered.drawings[index]! })))('$option.id names exactly the outlets its drawing uses', ({ option, drawing }) => {
    const facts = new Set(drawing.layouts.flatMap(({ svg }) => [...svg.matchAll(/data-figure="([^"]+)"/g)].map((match) => match[1]!)));
    const expected = new Set(reportOutlets);
    for (const id of facts) for (const citation of content.context.get(id)?.citations ?? []) expected.add(content.citations.get(citation)!.publisher);
    expect(facts.size).toBeGreaterThan(0);
    const credit = option.credit!;
    expect(credit).not.toMatch(/\n/);
    for (const name of expected) expect(credit, `${option.id} credits ${name}`).toContain(name);
    for (const name of allNames.filter((name) => !expected.has(name))) {
      const rest = [...expected].filter((own) => own.includes(name)).reduce((text, own) => text.split(own).join(''), credit);
      expect(rest, `${option.id} does not credit ${name}`).not.toContain(name);
    }
    // Only names the whole chart credits, and fewer where the variant draws less.
    for (const name of expected) expect(chartNames.has(name)).toBe(true);
  });

  it('are each narrower than the whole chart’s where a variant draws less, and together credit everything drawn', () => {
    const credits = rendered.variants!.options.map((option) => option.credit!);
    const named = (credit: string) => allNames.filter((name) => credit.includes(name));
    expect(new Set(credits.flatMap(named)).size).toBeLessThanOrEqual(chartNames.size);
    expect(credits.some((credit) => named(credit).length < chartNames.size)).toBe(true);
  });
});

describe('credits', () => {
  it('say the model is a model, and credit the customs figures on the trade chart', () => {
    const credit = (slug: string) => prepareChart(charts.get(slug)!, content, english).frame.credit;
    expect(credit('risk-model')).toMatch(/^Model by /);
    expect(credit('covid-trade')).not.toBe('Source: Daily NK');
    expect(credit('price-tiers')).toBe('Source: Daily NK');
  });

  it('credit the trade chart’s yearly view with the yearly figures’ outlets only, and Daily NK for events only where it marks one', () => {
    const options = renderChart(charts.get('covid-trade')!, content).variants!.options;
    const yearly = options.find((option) => option.id === 'yearly')!.credit!;
    const monthly = options.find((option) => option.id === 'monthly')!.credit!;
    // 38 North's and UPI's figures are monthly; NHK, CNA and LBC are cited only in the notes or for events neither view marks.
    for (const name of ['38 North data', 'UPI', 'NHK', 'CNA', 'LBC']) expect(yearly).not.toContain(name);
    for (const name of ['NHK', 'CNA', 'LBC', 'Global Times']) expect(monthly).not.toContain(name);
    expect(yearly).toMatch(/the rental business, Daily NK$/);
    expect(monthly).toMatch(/the rental business and some events, Daily NK$/);
  });

  it('creditSources lists each name once and keeps report outlets out of the context list', () => {
    const source = { outlet: 'Daily NK' };
    const citation = (publisher: string) => ({ publisher });
    const resolved = {
      figures: { a: { source }, b: { source } },
      quotes: { q: { source } },
      contextNumbers: { c: { citations: [citation('Yonhap'), citation('Daily NK')] } },
      contextEvents: { e: { citations: [citation('Yonhap'), citation('KBS World')] } },
      reports: [],
    } as unknown as Resolved<Requirements>;
    expect(creditSources(resolved)).toEqual({ reports: ['Daily NK'], context: ['Yonhap', 'KBS World'] });
    expect(listNames(['A', 'B', 'C'])).toBe('A, B and C');
    expect(listNames(['A'])).toBe('A');
  });
});
