import { describe, expect, it } from 'vitest';
import { depthOf, relativeHref, routes } from './paths';

describe('depthOf(pathname)', () => {
  it.each([
    ['/', 0],
    ['/index.html', 0],
    ['/stories/crackdown', 1],
    ['/stories/crackdown.html', 1],
    ['/embed/price-tiers.html', 1],
    ['/a/b/c.html', 2],
  ])('puts %s at depth %i', (pathname, depth) => {
    expect(depthOf(pathname)).toBe(depth);
  });

  it('counts a pathname ending in a slash as a folder of its own', () => {
    expect(depthOf('/stories/')).toBe(1);
    expect(depthOf('/stories/crackdown/')).toBe(2);
  });
});

describe('relativeHref(fromPathname, route)', () => {
  it.each([
    ['/', './index.html'],
    ['/index.html', './index.html'],
    ['/stories/crackdown', '../index.html'],
    ['/stories/crackdown.html', '../index.html'],
    ['/embed/price-tiers.html', '../index.html'],
    ['/a/b/c.html', '../../index.html'],
  ])('links from %s to the home page as %s', (pathname, href) => {
    expect(relativeHref(pathname, routes.home)).toBe(href);
  });

  it('links between pages in different folders through their common root', () => {
    expect(relativeHref('/embed/price-tiers.html', routes.story('crackdown'))).toBe('../stories/crackdown.html');
    expect(relativeHref('/stories/crackdown.html', routes.data('price-tiers', 'csv'))).toBe('../data/price-tiers.csv');
    expect(relativeHref('/', routes.embed('price-tiers'))).toBe('./embed/price-tiers.html');
  });

  it('never returns a root-absolute link, even for a route written with a leading slash', () => {
    expect(relativeHref('/', '/stories/crackdown.html')).toBe('./stories/crackdown.html');
    expect(relativeHref('/a/b/c.html', '//data/price-tiers.json')).toBe('../../data/price-tiers.json');
  });
});

describe('routes', () => {
  it('names the .html file of every page, so links work from file://', () => {
    expect(routes.home).toBe('index.html');
    expect(routes.story('crackdown')).toBe('stories/crackdown.html');
    expect(routes.embed('price-tiers')).toBe('embed/price-tiers.html');
    expect(routes.data('price-tiers', 'json')).toBe('data/price-tiers.json');
  });
});
