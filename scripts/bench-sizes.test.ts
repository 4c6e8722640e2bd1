import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  budgetChecks,
  budgetMisses,
  budgets,
  formatCls,
  formatKB,
  gzipBytes,
  inlineAssets,
  isStoryPage,
  javascriptBeforeInteraction,
  markdownTable,
  networkBytes,
  siteBudgets,
} from './bench-sizes.mjs';

const gz6 = (text: string | Buffer) => gzipSync(typeof text === 'string' ? Buffer.from(text, 'utf8') : text, { level: 6 }).length;

const script = 'document.documentElement.classList.add("js");console.log([1,2,3].map((n)=>n*2));';
const css = 'body{margin:0;color:#1b1b1f}h1{font-size:2rem}';
const page = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>T</title><style>${css}</style></head><body><h1>Héllo</h1><script>${script}</script></body></html>`;

describe('the budgets', () => {
  it('are the ones the site is built to', () => {
    expect(budgets).toEqual({ lighthouse: 100, tbtMs: 0, cls: 0, jsBytes: 10 * 1024, heaviestStoryBytes: 60 * 1024 });
  });
});

describe('gzipBytes', () => {
  it('is the length of the level-6 gzip (what hosts send) of the UTF-8 text, which gunzips back to it', () => {
    const text = 'Ünïcödé '.repeat(50);
    expect(gzipBytes(text)).toBe(gz6(text));
    expect(gzipBytes(Buffer.from(text, 'utf8'))).toBe(gz6(text));
    expect(gunzipSync(gzipSync(Buffer.from(text, 'utf8'), { level: 6 })).toString('utf8')).toBe(text);
    expect(gzipBytes(text)).toBeLessThan(Buffer.byteLength(text));
  });
});

describe('inlineAssets', () => {
  it('finds exactly the inline style and script', () => {
    expect(inlineAssets(page)).toEqual({ styles: [css], scripts: [script], scriptSources: [] });
  });

  it('keeps several styles and scripts in document order', () => {
    const html = `<style>a{color:red}</style><p>x</p><STYLE media="print">b{color:blue}</STYLE><script>var a=1;</script><script defer>var b=2;</script>`;
    expect(inlineAssets(html)).toEqual({ styles: ['a{color:red}', 'b{color:blue}'], scripts: ['var a=1;', 'var b=2;'], scriptSources: [] });
  });

  it('counts JavaScript only: not data blocks, not commented-out code; external scripts by their src', () => {
    const html = [
      '<script type="application/ld+json">{"@type":"Article"}</script>',
      '<script type="application/json" id="data">[1,2,3]</script>',
      '<script src="./x.js"></script>',
      '<script type="application/json" src="data.json"></script>',
      '<!-- <script>var commented=1;</script> <style>.no{}</style> <script src="no.js"></script> -->',
      '<script type="module">import "./a.js";</script>',
      "<script type='text/javascript'>var classic=1;</script>",
    ].join('');
    expect(inlineAssets(html)).toEqual({ styles: [], scripts: ['import "./a.js";', 'var classic=1;'], scriptSources: ['./x.js'] });
  });

  it('ends a script at its end tag whatever the case, and does not mistake similar tags for it', () => {
    const html = '<scripts>not a script</scripts><script data-x="a>b">var s="<div>";</SCRIPT ><styles></styles>';
    expect(inlineAssets(html)).toEqual({ styles: [], scripts: ['var s="<div>";'], scriptSources: [] });
  });

  it('counts a <style> inside inline SVG as CSS', () => {
    const html = '<svg viewBox="0 0 1 1"><style>.a{fill:red}</style><rect class="a"/></svg>';
    expect(inlineAssets(html).styles).toEqual(['.a{fill:red}']);
  });
});

describe('javascriptBeforeInteraction', () => {
  it('is the gzip size of the inline scripts, concatenated in document order', () => {
    const html = `${page}<script>var b=2;</script>`;
    expect(javascriptBeforeInteraction(html)).toEqual({
      bytes: gz6(`${script}var b=2;`),
      inlineBytes: gz6(`${script}var b=2;`),
      rawBytes: Buffer.byteLength(`${script}var b=2;`),
      scripts: 2,
      external: [],
    });
  });

  it('is 0 for a page without JavaScript, whatever its CSS and data blocks', () => {
    const html = `<style>${css}</style><script type="application/json">{"a":1}</script><p>Nothing to run.</p>`;
    expect(javascriptBeforeInteraction(html)).toMatchObject({ bytes: 0, rawBytes: 0, scripts: 0 });
  });

  it('adds each external script, gzipped on its own, read by its src', () => {
    const external = 'export const x = "external";'.repeat(20);
    const html = `<script>${script}</script><script type="module" src="../_astro/x.js"></script>`;
    const read: string[] = [];
    const weight = javascriptBeforeInteraction(html, (src) => (read.push(src), Buffer.from(external)));
    expect(read).toEqual(['../_astro/x.js']);
    expect(weight.bytes).toBe(gz6(script) + gz6(external));
    expect(weight.external).toEqual([{ src: '../_astro/x.js', bytes: gz6(external) }]);
    expect(weight.rawBytes).toBe(Buffer.byteLength(script) + external.length);
    expect(weight.scripts).toBe(2);
  });

  it('is unknown (null) when an external script cannot be read', () => {
    const weight = javascriptBeforeInteraction(`<script>${script}</script><script src="https://cdn.example/x.js"></script>`, () => null);
    expect(weight.bytes).toBeNull();
    expect(weight.inlineBytes).toBe(gz6(script));
  });
});

describe('networkBytes', () => {
  it('sums transferred and raw bytes over the http(s) requests of the load', () => {
    const records = [
      { url: 'http://127.0.0.1:1234/stories/a.html', transferSize: 23_948, resourceSize: 150_819 },
      { url: 'https://127.0.0.1:1234/data/x.json', transferSize: 1_000, resourceSize: 4_000 },
      { url: 'data:image/svg+xml,...', transferSize: 0, resourceSize: 300 },
    ];
    expect(networkBytes(records)).toEqual({ requests: 2, transferred: 24_948, raw: 154_819 });
  });

  it('is null without records, so the figure counts as unmeasured', () => {
    expect(networkBytes([])).toBeNull();
    expect(networkBytes(undefined)).toBeNull();
    expect(networkBytes([{ url: 'data:text/plain,x', transferSize: 0, resourceSize: 1 }])).toBeNull();
  });
});

describe('formatting', () => {
  it('shows KiB with one decimal', () => {
    expect(formatKB(0)).toBe('0.0');
    expect(formatKB(1024)).toBe('1.0');
    expect(formatKB(15 * 1024 + 51)).toBe('15.0');
    expect(formatKB(11523)).toBe('11.3');
  });

  it('shows CLS as 0, with three decimals, or as an exponent when tiny', () => {
    expect(formatCls(0)).toBe('0');
    expect(formatCls(0.2174753898762855)).toBe('0.217');
    expect(formatCls(0.00004)).toBe('4.0e-5');
  });

  it('draws a markdown table with padded columns, some right-aligned, and escaped pipes', () => {
    expect(markdownTable(['page', 'KB'], [['a|b.html', '1.0'], ['c.html', '12.5']], [1])).toBe(
      ['| page      |   KB |', '|-----------|-----:|', '| a\\|b.html |  1.0 |', '| c.html    | 12.5 |'].join('\n'),
    );
  });
});

describe('budget checks', () => {
  const good = {
    page: 'stories/crackdown.html',
    performance: 100,
    accessibility: 100,
    bestPractices: 100,
    seo: 100,
    lcpMs: 1200,
    cls: 0,
    tbtMs: 0,
    bytes: { transferred: 24_000, raw: 150_000, js: 1_000 },
  };

  it('finds no miss on a page within every budget, and checks every budgeted figure', () => {
    expect(budgetMisses(good)).toEqual({});
    const checks = budgetChecks(good);
    expect(Object.keys(checks)).toEqual(['performance', 'accessibility', 'bestPractices', 'seo', 'tbtMs', 'cls', 'js', 'story']);
    expect(Object.values(checks).every((check) => check.pass)).toBe(true);
  });

  it('asks for 100 in each Lighthouse category: 99 fails', () => {
    for (const key of ['performance', 'accessibility', 'bestPractices', 'seo'] as const) {
      expect(Object.keys(budgetMisses({ ...good, [key]: 99 }))).toEqual([key]);
    }
    expect(budgetMisses({ ...good, seo: 91 })['seo']?.message).toBe('SEO 91 < 100');
  });

  it('allows no blocking time and no layout shift at all', () => {
    expect(budgetMisses({ ...good, tbtMs: 47 })['tbtMs']?.message).toBe('TBT 47 ms > 0 ms');
    expect(budgetMisses({ ...good, tbtMs: 0.6 })).toHaveProperty('tbtMs');
    expect(budgetMisses({ ...good, tbtMs: 0.4 })).toEqual({}); // whole milliseconds, as shown
    expect(budgetMisses({ ...good, cls: 0.002 })['cls']?.message).toBe('CLS 0.002 > 0');
  });

  it('limits JavaScript before interaction to 10 KB on every page, embeds included', () => {
    for (const where of ['index.html', 'methods.html', 'embed/risk-model.html', 'stories/rentals.html']) {
      expect(budgetMisses({ ...good, page: where, bytes: { ...good.bytes, js: 10 * 1024 } })).toEqual({});
      expect(budgetMisses({ ...good, page: where, bytes: { ...good.bytes, js: 10 * 1024 + 1 } })['js']?.message).toBe('JS before interaction 10.0 KB > 10.0 KB');
    }
  });

  it('limits the transferred size of story pages only, to 60 KB', () => {
    expect(isStoryPage('stories/crackdown.html')).toBe(true);
    expect(isStoryPage('embed/price-tiers.html')).toBe(false);
    expect(isStoryPage('index.html')).toBe(false);
    expect(isStoryPage('stories/old/draft.html')).toBe(false);
    expect(budgetMisses({ ...good, bytes: { ...good.bytes, transferred: 60 * 1024 } })).toEqual({});
    expect(Object.keys(budgetMisses({ ...good, bytes: { ...good.bytes, transferred: 60 * 1024 + 1 } }))).toEqual(['story']);
    for (const where of ['index.html', 'embed/covid-trade.html']) {
      const big = { ...good, page: where, bytes: { ...good.bytes, transferred: 500 * 1024 } };
      expect(budgetChecks(big)).not.toHaveProperty('story');
      expect(budgetMisses(big)).toEqual({});
    }
  });

  it('has none of the old budgets: no performance-98 grace, no 15 KB JS, no 150 KB story or 40 KB embed total', () => {
    expect(budgetMisses({ ...good, performance: 98 })).toHaveProperty('performance');
    expect(budgetMisses({ ...good, bytes: { ...good.bytes, js: 12 * 1024 } })).toHaveProperty('js');
    expect(budgetMisses({ ...good, bytes: { ...good.bytes, transferred: 100 * 1024 } })).toHaveProperty('story');
  });

  it('treats an unmeasured figure as a miss', () => {
    const unmeasured = { ...good, performance: null, cls: null, bytes: { transferred: null, raw: null, js: null } };
    expect(Object.keys(budgetMisses(unmeasured))).toEqual(['performance', 'cls', 'js', 'story']);
    expect(budgetMisses(unmeasured)['js']?.message).toBe('JS before interaction n/a > 10.0 KB');
  });
});

describe('siteBudgets', () => {
  const base = {
    performance: 100,
    accessibility: 100,
    bestPractices: 100,
    seo: 100,
    lcpMs: 900,
    cls: 0,
    tbtMs: 0,
  };
  const pages = [
    { ...base, page: 'index.html', bytes: { transferred: 11_000, raw: 55_000, js: 1_000 } },
    { ...base, page: 'embed/risk-model.html', tbtMs: 30, bytes: { transferred: 14_000, raw: 47_000, js: 6_400 } },
    { ...base, page: 'stories/crackdown.html', bytes: { transferred: 24_000, raw: 150_000, js: 1_000 } },
    { ...base, page: 'stories/rentals.html', performance: 97, bytes: { transferred: 35_000, raw: 190_000, js: 6_100 } },
  ];
  const byBudget = (rows: ReturnType<typeof siteBudgets>) => Object.fromEntries(rows.map((row) => [row.budget, row]));

  it('passes a budget only when every page is within it, naming the worst page', () => {
    const rows = byBudget(siteBudgets(pages));
    expect(rows['Lighthouse performance, every page']).toEqual({ budget: 'Lighthouse performance, every page', limit: '≥ 100', worst: '97 (stories/rentals.html)', failing: 1, pass: false });
    expect(rows['TBT, every page']).toMatchObject({ worst: '30 ms (embed/risk-model.html)', failing: 1, pass: false });
    expect(rows['Lighthouse SEO, every page']).toMatchObject({ failing: 0, pass: true });
    expect(rows['JS before interaction (gzip), every page and embed']).toMatchObject({ limit: '≤ 10.0 KB', worst: '6.3 KB (embed/risk-model.html)', pass: true });
  });

  it('judges the story budget on the heaviest story page', () => {
    expect(byBudget(siteBudgets(pages))['heaviest story page, transferred (gzip)']).toMatchObject({ limit: '≤ 60.0 KB', worst: '34.2 KB (stories/rentals.html)', failing: 0, pass: true });
    const heavy = pages.map((p) => (p.page === 'stories/crackdown.html' ? { ...p, bytes: { ...p.bytes, transferred: 70 * 1024 } } : p));
    expect(byBudget(siteBudgets(heavy))['heaviest story page, transferred (gzip)']).toMatchObject({ worst: '70.0 KB (stories/crackdown.html)', failing: 1, pass: false });
  });

  it('fails the story budget when there is no story page, and shows an unmeasured figure as the worst', () => {
    const noStories = pages.filter((p) => !isStoryPage(p.page));
    expect(byBudget(siteBudgets(noStories))['heaviest story page, transferred (gzip)']).toMatchObject({ worst: 'no page', failing: 0, pass: false });
    const unmeasured = pages.map((p) => (p.page === 'index.html' ? { ...p, bytes: { ...p.bytes, js: null } } : p));
    expect(byBudget(siteBudgets(unmeasured))['JS before interaction (gzip), every page and embed']).toMatchObject({ worst: 'n/a (index.html)', failing: 1, pass: false });
  });
});
