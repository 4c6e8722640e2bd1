import * as real from 'd3-array';
import { describe, expect, it } from 'vitest';
import { nice, ticks } from './d3-array-lite';

/** Domains of every kind: ordinary, tiny, huge, negative, reversed, empty, equal ends, fractional. */
function domains(): [number, number][] {
  const ends = [0, 1, -1, 0.001, 0.3, 2.5, 7, 10, 12.34, 99, 100, 200, 1e3, 4321, 1e6, 2.43e9, 5.06e9, -50, -0.02, 1e-7];
  const pairs: [number, number][] = [];
  for (const a of ends) for (const b of ends) pairs.push([a, b]);
  // And pseudo-random ones, the same on every run.
  let seed = 7;
  const next = () => ((seed = (seed * 16807) % 2147483647) / 2147483647 - 0.5) * 10 ** Math.floor(((seed % 13) - 4));
  for (let i = 0; i < 2000; i += 1) pairs.push([next(), next()]);
  return pairs;
}

describe('d3-array-lite', () => {
  const counts = [0, 0.5, 1, 2, 3, 4, 5, 6, 10, 23];
  it('gives the same ticks as d3-array', () => {
    for (const [start, stop] of domains()) for (const count of counts) expect(ticks(start, stop, count), `${start}, ${stop}, ${count}`).toEqual(real.ticks(start, stop, count));
  });
  it('makes the same nice domains as d3-array', () => {
    for (const [start, stop] of domains()) for (const count of counts) expect(nice(start, stop, count), `${start}, ${stop}, ${count}`).toEqual(real.nice(start, stop, count));
  });
});
