/**
 * The one-line source under each chart names exactly who its content comes from. The expected
 * names are worked out here from the definition's `requires` and content/, independently of
 * credit.ts, so a credit that forgets an outlet, or names one the chart does not use, fails.
 */
import { describe, expect, it } from 'vitest';
import { loadContent } from '../data/load';
import { english } from '../lib/locale';
import { prepareChart } from './build-time';
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

describe('credits', () => {
  it('say the model is a model, and credit the customs figures on the trade chart', () => {
    const credit = (slug: string) => prepareChart(charts.get(slug)!, content, english).frame.credit;
    expect(credit('risk-model')).toMatch(/^Model by /);
    expect(credit('covid-trade')).not.toBe('Source: Daily NK');
    expect(credit('price-tiers')).toBe('Source: Daily NK');
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
