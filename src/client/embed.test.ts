/**
 * The embed kit's pure parts: render flags read from an address (junk ignored), the height
 * messages in each protocol (a hostile childId gets no pym message), the loader's starting
 * height (the same arithmetic as the build's), and guest links.
 */
import { describe, expect, it } from 'vitest';
import { readFlags } from './embed-flags';
import { heightMessages, isPymChildId } from './embed-height';
import { pickHeight } from './embed-loader-height';
import { asGuestLinks, embedFlagStyles, embedSnippet, heightTable, interpolateHeight, measuredWidths, startingHeight } from '../lib/embed-kit';
import heights from '../data/embed-heights.json';
import { charts } from '../charts/registry';

describe('readFlags', () => {
  it('reads each flag, bare or as 1/true/yes', () => {
    expect(readFlags('?theme=dark&transparent&plain=1&static=true')).toEqual({ theme: 'dark', transparent: true, plain: true, static: true });
    expect(readFlags('?theme=light')).toEqual({ theme: 'light', transparent: false, plain: false, static: false });
  });
  it('ignores malformed flags: unknown themes, other values, repeated junk', () => {
    expect(readFlags('?theme=purple&transparent=no&plain=%3Cscript%3E&static=0')).toEqual({ theme: null, transparent: false, plain: false, static: false });
    expect(readFlags('?theme=auto')).toMatchObject({ theme: null });
    expect(readFlags('?theme=DARK')).toMatchObject({ theme: null });
  });
});

describe('heightMessages', () => {
  it('speaks plain, Datawrapper, AMP and, for a well-formed childId, pym', () => {
    expect(heightMessages(812, 'price-tiers', 'chart-1')).toEqual([
      { type: 'embed-height', height: 812, slug: 'price-tiers' },
      { 'datawrapper-height': { 'price-tiers': 812 } },
      { sentinel: 'amp', type: 'embed-size', height: 812 },
      'pymxPYMxchart-1xPYMxheightxPYMx812',
    ]);
  });
  it('sends no pym message for a hostile or absent childId', () => {
    for (const childId of [null, '', 'a xPYMx b', 'x'.repeat(65), '<img src=x>', 'a"b']) {
      expect(isPymChildId(childId)).toBe(false);
      expect(heightMessages(10, 's', childId).some((message) => typeof message === 'string')).toBe(false);
    }
  });
});

describe('starting heights', () => {
  it('are stored for every chart at every measured width', () => {
    for (const slug of charts.keys()) {
      expect(Object.keys((heights as Record<string, object>)[slug] ?? {}).map(Number), slug).toEqual([...measuredWidths]);
    }
  });
  it('interpolate between measured widths and hold outside them, in the loader as in the build', () => {
    const table = '300:1000 400:800 401:500 1200:400';
    expect(interpolateHeight(table, 350)).toBe(900);
    expect(interpolateHeight(table, 200)).toBe(1000);
    expect(interpolateHeight(table, 2000)).toBe(400);
    expect(interpolateHeight(table, 401)).toBe(500);
    for (const width of [0, 250, 300, 333, 400, 400.5, 777, 1200, 5000]) expect(pickHeight(table, width)).toBe(interpolateHeight(table, width));
    expect(pickHeight('junk 0:0 a:b', 500)).toBe(0);
    for (const slug of charts.keys()) for (const width of [310, 500, 900]) expect(pickHeight(heightTable(slug), width)).toBe(startingHeight(slug, width));
  });
});

describe('the snippet', () => {
  it('carries no inline script or style, a fallback link and image, and the height table', () => {
    const snippet = embedSnippet({ slug: 'price-tiers', title: 'A "title" <b>', embedUrl: 'https://x.org/embed/price-tiers.html', loaderUrl: 'https://x.org/embed-loader.js', imageUrl: 'https://x.org/images/price-tiers-narrow.png' });
    expect(snippet).not.toMatch(/style=|<script>|\son[a-z]+=/);
    expect(snippet).toContain('<script src="https://x.org/embed-loader.js" async></script>');
    expect(snippet).toContain('<a href="https://x.org/embed/price-tiers.html"><img src="https://x.org/images/price-tiers-narrow.png"');
    expect(snippet).toContain(`data-heights="${heightTable('price-tiers')}"`);
    expect(snippet).toContain('A &quot;title&quot; &lt;b>');
  });
});

describe('embedFlagStyles', () => {
  it('sets both themes on <html> and keeps forced colours above them', () => {
    const css = embedFlagStyles();
    expect(css).toMatch(/:root\[data-theme=dark\]\{color-scheme:dark;--color-ink:#/);
    expect(css.indexOf('forced-colors')).toBeGreaterThan(css.indexOf('data-theme=dark'));
    expect(css).toMatch(/:root\[data-transparent\]/);
  });
});

describe('asGuestLinks', () => {
  it('opens every link in a new tab with noopener, keeping a rel it had', () => {
    expect(asGuestLinks('<p><a href="../x.html">x</a> <abbr>y</abbr> <a class="c" href="https://e.org" rel="external">e</a></p>')).toBe(
      '<p><a rel="noopener" target="_blank" href="../x.html">x</a> <abbr>y</abbr> <a target="_blank" class="c" href="https://e.org" rel="external noopener">e</a></p>',
    );
  });

  it('leaves a link within the embed (the skip link) in the frame', () => {
    const skip = '<a class="chart-skip" href="#price-tiers-end">Skip past the chart</a>';
    expect(asGuestLinks(`<p>${skip} <a href="../x.html">x</a></p>`)).toBe(`<p>${skip} <a rel="noopener" target="_blank" href="../x.html">x</a></p>`);
    // A bare "#" is a placeholder a script fills in with an address elsewhere (the model's share link).
    expect(asGuestLinks('<a data-share href="#">Link</a>')).toBe('<a rel="noopener" target="_blank" data-share href="#">Link</a>');
  });
});
