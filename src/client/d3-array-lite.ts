/**
 * The part of d3-array that the charts redrawn in the browser use (`ticks` and `nice`), for their
 * browser bundles only (src/lib/client-script.ts aliases `d3-array` to this file). d3-array ships
 * as one file whose top level builds bisectors, blurs and a shuffler by calling functions, which a
 * bundler must keep in case they have effects: importing two functions brought 3.3 KB of code,
 * and the risk model's embed page was over its 30 KB budget by those bytes.
 *
 * The functions are d3-array 3.2.5's own (ISC licence, Copyright 2010-2026 Mike Bostock), typed;
 * d3-array-lite.test.ts requires the same answers as the real ones over thousands of domains, and
 * the build keeps drawing with the real d3-array.
 */

const e10 = Math.sqrt(50);
const e5 = Math.sqrt(10);
const e2 = Math.sqrt(2);

function tickSpec(start: number, stop: number, count: number): [number, number, number] {
  const step = (stop - start) / Math.max(0, count);
  const power = Math.floor(Math.log10(step));
  const error = step / Math.pow(10, power);
  const factor = error >= e10 ? 10 : error >= e5 ? 5 : error >= e2 ? 2 : 1;
  let i1: number;
  let i2: number;
  let inc: number;
  if (power < 0) {
    inc = Math.pow(10, -power) / factor;
    i1 = Math.round(start * inc);
    i2 = Math.round(stop * inc);
    if (i1 / inc < start) ++i1;
    if (i2 / inc > stop) --i2;
    inc = -inc;
  } else {
    inc = Math.pow(10, power) * factor;
    i1 = Math.round(start / inc);
    i2 = Math.round(stop / inc);
    if (i1 * inc < start) ++i1;
    if (i2 * inc > stop) --i2;
  }
  if (i2 < i1 && 0.5 <= count && count < 2) return tickSpec(start, stop, count * 2);
  return [i1, i2, inc];
}

/** About `count` round values from `start` to `stop`, as d3-array's `ticks`. */
export function ticks(start: number, stop: number, count: number): number[] {
  if (!(count > 0)) return [];
  if (start === stop) return [start];
  const reverse = stop < start;
  const [i1, i2, inc] = reverse ? tickSpec(stop, start, count) : tickSpec(start, stop, count);
  if (!(i2 >= i1)) return [];
  const n = i2 - i1 + 1;
  const values = new Array<number>(n);
  if (reverse) {
    if (inc < 0) for (let i = 0; i < n; ++i) values[i] = (i2 - i) / -inc;
    else for (let i = 0; i < n; ++i) values[i] = (i2 - i) * inc;
  } else {
    if (inc < 0) for (let i = 0; i < n; ++i) values[i] = (i1 + i) / -inc;
    else for (let i = 0; i < n; ++i) values[i] = (i1 + i) * inc;
  }
  return values;
}

function tickIncrement(start: number, stop: number, count: number): number {
  return tickSpec(start, stop, count)[2];
}

/** The domain widened to round values that `ticks` would give for `count`, as d3-array's `nice`. */
export function nice(start: number, stop: number, count: number): [number, number] {
  let prestep: number | undefined;
  while (true) {
    const step = tickIncrement(start, stop, count);
    if (step === prestep || step === 0 || !isFinite(step)) {
      return [start, stop];
    } else if (step > 0) {
      const i = Math.ceil(start / step);
      const j = Math.floor(stop / step);
      start = (i - Number(i * step > start)) * step;
      stop = (j + Number(j * step < stop)) * step;
    } else if (step < 0) {
      const s = -step;
      const i = Math.ceil(start * s);
      const j = Math.floor(stop * s);
      start = (i - Number(i / s > start)) / s;
      stop = (j + Number(j / s < stop)) / s;
    }
    prestep = step;
  }
}
