import { describe, expect, it } from 'vitest';
import { periodBounds, periodLabel, periodMiddle, shortPeriodLabel } from './period';

const iso = (date: Date) => date.toISOString().slice(0, 10);

describe('periodBounds', () => {
  it.each([
    ['2017', '2017-01-01', '2018-01-01', 'year'],
    ['2020-03', '2020-03-01', '2020-04-01', 'month'],
    ['2020-12', '2020-12-01', '2021-01-01', 'month'],
    ['2020-01-31', '2020-01-31', '2020-02-01', 'day'],
    ['2020-01/2020-02', '2020-01-01', '2020-03-01', 'month'],
    ['2022-01-16/2022-01-17', '2022-01-16', '2022-01-18', 'day'],
  ])('%s runs from %s up to %s, by %s', (period, start, end, precision) => {
    const bounds = periodBounds(period);
    expect([iso(bounds.start), iso(bounds.end), bounds.precision]).toEqual([start, end, precision]);
  });

  it('puts a single mark in the middle of the period', () => {
    expect(iso(periodMiddle('2020-01/2020-02'))).toBe('2020-01-31');
  });
});

describe('periodLabel', () => {
  it.each([
    ['2017', '2017'],
    ['2020-03', 'March 2020'],
    ['2020-01-31', '31 January 2020'],
    ['2020-01/2020-02', 'January–February 2020'],
    ['2020-05/2020-07', 'May–July 2020'],
    ['2022-01-16/2022-01-17', '16–17 January 2022'],
    ['2020-12/2021-01', 'December 2020–January 2021'],
  ])('writes %s as "%s"', (period, label) => {
    expect(periodLabel(period)).toBe(label);
  });

  it('shortens month names for chart labels, but leaves May whole', () => {
    expect(shortPeriodLabel('2020-01/2020-02')).toBe('Jan–Feb 2020');
    expect(shortPeriodLabel('2020-05')).toBe('May 2020');
  });
});
