import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { budgetMisses, formatKB, gzipBytes, inlineAssets, pageWeights, totalBudgetFor } from './bench-sizes.mjs';

const gz9 = (text: string) => gzipSync(Buffer.from(text, 'utf8'), { level: 9 }).length;

const script = 'document.documentElement.classList.add("js");console.log([1,2,3].map((n)=>n*2));';
const css = 'body{margin:0;color:#1b1b1f}h1{font-size:2rem}';
const page = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>T</title><style>${css}</style></head><body><h1>Héllo</h1><script>${script}</script></body></html>`;

describe('gzipBytes', () => {
  it('is the length of the level-9 gzip of the UTF-8 text, which gunzips back to it', () => {
    const text = 'Ünïcödé '.repeat(50);
    expect(gzipBytes(text)).toBe(gz9(text));
    const zipped = gzipSync(Buffer.from(text, 'utf8'), { level: 9 });
    expect(gunzipSync(zipped).toString('utf8')).toBe(text);
    expect(gzipBytes(text)).toBeLessThan(Buffer.byteLength(text));
  });
});

describe('pageWeights', () => {
  it('gives the gzip size of exactly the inline script and style, and of the whole file as the total', () => {
    expect(pageWeights(page)).toEqual({ html: gz9(page), css: gz9(css), js: gz9(script), total: gz9(page) });
  });

  it('concatenates several styles and scripts in document order before gzipping', () => {
    const html = `<style>a{color:red}</style><p>x</p><STYLE media="print">b{color:blue}</STYLE><script>var a=1;</script><script defer>var b=2;</script>`;
    const weights = pageWeights(html);
    expect(weights.css).toBe(gz9('a{color:red}b{color:blue}'));
    expect(weights.js).toBe(gz9('var a=1;var b=2;'));
  });

  it('gives 0 for a page without CSS or JS', () => {
    const html = '<!DOCTYPE html><title>x</title><p>Nothing inline.</p>';
    expect(pageWeights(html)).toEqual({ html: gz9(html), css: 0, js: 0, total: gz9(html) });
  });

  it('counts JavaScript only: not data blocks, not external scripts, not commented-out code', () => {
    const html = [
      '<script type="application/ld+json">{"@type":"Article"}</script>',
      '<script type="application/json" id="data">[1,2,3]</script>',
      '<script src="/x.js"></script>',
      '<!-- <script>var commented=1;</script> <style>.no{}</style> -->',
      '<script type="module">import "./a.js";</script>',
      "<script type='text/javascript'>var classic=1;</script>",
    ].join('');
    expect(inlineAssets(html)).toEqual({ styles: [], scripts: ['import "./a.js";', 'var classic=1;'] });
  });

  it('ends a script at its end tag whatever the case, and does not mistake similar tags for it', () => {
    const html = '<scripts>not a script</scripts><script data-x="a>b">var s="<div>";</SCRIPT ><styles></styles>';
    expect(inlineAssets(html)).toEqual({ styles: [], scripts: ['var s="<div>";'] });
  });

  it('counts a <style> inside inline SVG as CSS', () => {
    const html = '<svg viewBox="0 0 1 1"><style>.a{fill:red}</style><rect class="a"/></svg>';
    expect(inlineAssets(html).styles).toEqual(['.a{fill:red}']);
  });
});

describe('formatKB', () => {
  it('shows KiB with one decimal', () => {
    expect(formatKB(0)).toBe('0.0');
    expect(formatKB(1024)).toBe('1.0');
    expect(formatKB(15 * 1024 + 51)).toBe('15.0');
    expect(formatKB(11523)).toBe('11.3');
  });
});

describe('budgets', () => {
  const good = {
    page: 'stories/crackdown.html',
    performance: 100,
    accessibility: 100,
    bestPractices: 100,
    seo: 100,
    lcpMs: 1200,
    cls: 0,
    tbtMs: 0,
    bytes: { html: 11_000, css: 2_000, js: 1_000, total: 11_000 },
  };

  it('finds no miss on a page within every budget', () => {
    expect(budgetMisses(good)).toEqual({});
  });

  it('sizes story and embed pages, and no other, by their total', () => {
    expect(totalBudgetFor('stories/crackdown.html')).toBe(150 * 1024);
    expect(totalBudgetFor('embed/price-tiers.html')).toBe(40 * 1024);
    expect(totalBudgetFor('index.html')).toBeNull();
    expect(budgetMisses({ ...good, page: 'embed/x.html', bytes: { ...good.bytes, total: 40 * 1024 + 1 } })).toHaveProperty('total');
    expect(budgetMisses({ ...good, page: 'stories/x.html', bytes: { ...good.bytes, total: 40 * 1024 + 1 } })).toEqual({});
    expect(budgetMisses({ ...good, page: 'index.html', bytes: { ...good.bytes, total: 500 * 1024 } })).toEqual({});
  });

  it('marks each figure past its limit, and only those', () => {
    const misses = budgetMisses({
      ...good,
      performance: 97,
      seo: 91,
      cls: 0.002,
      tbtMs: 47,
      bytes: { ...good.bytes, js: 15 * 1024 + 1, total: 150 * 1024 + 1 },
    });
    expect(Object.keys(misses).sort()).toEqual(['cls', 'js', 'performance', 'seo', 'tbtMs', 'total']);
    expect(misses['seo']?.message).toBe('SEO 91 < 100');
    expect(misses['tbtMs']?.message).toBe('TBT 47 ms > 0 ms');
  });

  it('holds the limits themselves as within budget', () => {
    expect(budgetMisses({ ...good, performance: 98, bytes: { ...good.bytes, js: 15 * 1024, total: 150 * 1024 } })).toEqual({});
  });

  it('judges TBT in whole milliseconds, and treats an unmeasured figure as a miss', () => {
    expect(budgetMisses({ ...good, tbtMs: 0.4 })).toEqual({});
    expect(Object.keys(budgetMisses({ ...good, performance: null, cls: null }))).toEqual(['performance', 'cls']);
  });
});
