import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { compactPath, compactPaths } from './path-data';

/** The absolute points a path of M, m, L, l, H, h, V, v and Z, z visits, in hundredths (a reader of compactPath's output). */
function visitedPoints(d: string): number[][] {
  const tokens = d.match(/[A-Za-z]|-?(?:\d+\.?\d*|\.\d+)/g) ?? [];
  const points: number[][] = [];
  let [x, y, startX, startY] = [0, 0, 0, 0];
  let command = '';
  for (let index = 0; index < tokens.length; ) {
    const token = tokens[index]!;
    if (/[A-Za-z]/.test(token)) {
      command = token;
      index += 1;
      if (command === 'z' || command === 'Z') {
        [x, y] = [startX, startY];
        points.push([x, y, 0]);
      }
      continue;
    }
    const a = Math.round(Number(token) * 100);
    const b = Math.round(Number(tokens[index + 1]) * 100);
    if ('Mm'.includes(command)) {
      [x, y] = command === 'M' ? [a, b] : [x + a, y + b];
      [startX, startY] = [x, y];
      points.push([x, y, 1]);
      command = command === 'M' ? 'L' : 'l';
      index += 2;
    } else if ('Ll'.includes(command)) {
      [x, y] = command === 'L' ? [a, b] : [x + a, y + b];
      points.push([x, y, 0]);
      index += 2;
    } else if ('Hh'.includes(command)) {
      x = command === 'H' ? a : x + a;
      points.push([x, y, 0]);
      index += 1;
    } else {
      y = command === 'V' ? a : y + a;
      points.push([x, y, 0]);
      index += 1;
    }
  }
  return points;
}

describe('compactPath', () => {
  it('writes straight-line paths with relative steps that visit the same points, to the hundredth', () => {
    const coast = 'M284.9,254.5L283.4,255.3L281,259.5L278.9,265L276.7,267.9ZM10,10L10.05,20.004L-0.5,-0.25Z';
    const compact = compactPath(coast);
    expect(compact).toBe('M284.9 254.5l-1.5.8-2.4 4.2-2.1 5.5-2.2 2.9zm-274.9-244.5.05 10-10.55-20.25z');
    expect(visitedPoints(compact)).toEqual(visitedPoints(coast));
  });

  it('keeps the first step after an absolute move explicit, and separates numbers only where needed', () => {
    expect(compactPath('M0,0L0.5,0.5L1,1.5')).toBe('M0 0l.5.5.5 1');
    expect(compactPath('M1,1H5V3H1Z')).toBe('M1 1h4v2h-4z');
  });

  it('leaves a path with curves or arcs as it was', () => {
    const curve = 'M0,0C1,1,2,2,3,3';
    expect(compactPath(curve)).toBe(curve);
    expect(compactPath('M0,0A5,5,0,0,1,10,10')).toBe('M0,0A5,5,0,0,1,10,10');
  });

  it('accumulates no rounding error along a long line', () => {
    const points = Array.from({ length: 2000 }, (_, index) => [index * 0.333333, Math.sin(index) * 50.123456]);
    const path = 'M' + points.map(([x, y]) => `${x},${y}`).join('L');
    const [last] = visitedPoints(compactPath(path)).slice(-1);
    expect(last).toEqual([Math.round(1999 * 0.333333 * 100), Math.round(Math.sin(1999) * 50.123456 * 100), 0]);
  });
});

describe('compactPaths', () => {
  it('rewrites every path of a drawing', () => {
    const { document } = parseHTML('<svg><path d="M0,0L10,0L10,10Z"/><g><path d="M5,5L6,6"/></g></svg>');
    const svg = document.querySelector('svg')!;
    compactPaths(svg);
    expect(Array.from(svg.querySelectorAll('path')).map((path) => path.getAttribute('d'))).toEqual(['M0 0l10 0 0 10z', 'M5 5l1 1']);
  });
});
