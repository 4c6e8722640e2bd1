import { describe, expect, it, vi } from 'vitest';
import { loadContent } from '../data/load';
import { resolveRequirements } from '../data/requirements';
import { english } from '../lib/locale';
import { serverDocument } from '../charts/build-time';
import { chartIds } from '../charts/definition';
import { layoutNames, layoutWidths } from '../charts/layouts';
import { drawingData, requires, riskModelData } from '../charts/risk-model/data';
import { modelMessages } from '../charts/risk-model/messages';
import type { Assumptions } from '../charts/risk-model/model';
import { creator, select } from './d3-selection-lite';

const data = riskModelData(resolveRequirements(loadContent(), 'risk-model', requires));
const settings: Assumptions[] = [data.defaults, { catchChance: 50, bribe: 4000, rentalDays: 5 }, { catchChance: 0, bribe: 0, rentalDays: 30 }, { catchChance: 100, bribe: 10000, rentalDays: 1 }];

/** The risk model's drawings, with whichever d3-selection the chart module is loaded with. */
async function drawings(): Promise<string[]> {
  const { riskModelChart } = await import('../charts/risk-model/chart');
  return settings.flatMap((assumptions) =>
    layoutNames.map(
      (layout) =>
        riskModelChart({ ...drawingData(data), assumptions }, {
          t: modelMessages.en,
          locale: english,
          variant: 'default',
          layout,
          width: layoutWidths[layout],
          document: serverDocument(),
          ids: chartIds('risk-model'),
        }).outerHTML,
    ),
  );
}

describe('d3-selection-lite, what the browser bundles carry instead of d3-selection', () => {
  it('draws the risk model exactly as d3-selection does, at every layout and several settings', async () => {
    vi.resetModules();
    const withD3 = await drawings();
    vi.resetModules();
    const liteSelect = vi.fn(select);
    vi.doMock('d3-selection', () => ({ creator, select: liteSelect }));
    const withLite = await drawings();
    vi.doUnmock('d3-selection');
    // The chart really drew through the lite twin.
    expect(liteSelect).toHaveBeenCalledTimes(settings.length * layoutNames.length);
    expect(withLite.length).toBe(settings.length * layoutNames.length);
    expect(withLite).toEqual(withD3);
    expect(withLite.join('')).toContain('<tspan');
  });

  it('makes SVG children in the SVG namespace, sets xmlns and xlink attributes in theirs, and removes an attribute set to null', () => {
    const document = serverDocument();
    const svg = select(creator('svg').call(document.documentElement) as Element).attr('xmlns', 'http://www.w3.org/2000/svg');
    const link = svg.append('a').attr('xlink:href', '#x').attr('data-gone', 'yes').attr('data-gone', null);
    expect(svg.node().namespaceURI).toBe('http://www.w3.org/2000/svg');
    expect(link.node().namespaceURI).toBe('http://www.w3.org/2000/svg');
    expect(link.node().getAttributeNS('http://www.w3.org/1999/xlink', 'href')).toBe('#x');
    expect(link.node().hasAttribute('data-gone')).toBe(false);
    expect(link.attr('x', function () { return this.localName; }).node().getAttribute('x')).toBe('a');
    expect(() => select('svg' as unknown as Element)).toThrow(TypeError);
  });
});
