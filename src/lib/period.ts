/**
 * Periods as context facts write them ("2017", "2020-03", "2020-01-31", "2020-01/2020-02"): as
 * dates a time axis can place, and as words a reader reads. Pure, and in UTC throughout so a
 * build in any time zone draws the same chart.
 */

export interface PeriodBounds {
  /** The first instant of the period. */
  start: Date;
  /** The first instant after it: a month runs from its 1st to the next month's 1st. */
  end: Date;
  /** The finest unit the period is given in. */
  precision: 'year' | 'month' | 'day';
}

function pointBounds(point: string): PeriodBounds {
  const [year, month, day] = point.split('-').map(Number) as [number, number?, number?];
  if (month === undefined) return { start: new Date(Date.UTC(year, 0, 1)), end: new Date(Date.UTC(year + 1, 0, 1)), precision: 'year' };
  if (day === undefined) {
    return { start: new Date(Date.UTC(year, month - 1, 1)), end: new Date(Date.UTC(year, month, 1)), precision: 'month' };
  }
  return { start: new Date(Date.UTC(year, month - 1, day)), end: new Date(Date.UTC(year, month - 1, day + 1)), precision: 'day' };
}

/** "2020-01/2020-02" → 1 January 2020 up to 1 March 2020, by month. */
export function periodBounds(period: string): PeriodBounds {
  const [first, last = first] = period.split('/') as [string, string?];
  const start = pointBounds(first);
  const end = pointBounds(last);
  return { start: start.start, end: end.end, precision: start.precision };
}

/** The middle of a period, where a single mark for it goes. */
export function periodMiddle(period: string): Date {
  const { start, end } = periodBounds(period);
  return new Date((start.getTime() + end.getTime()) / 2);
}

const monthNames = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function pointLabel(point: string, { withYear = true } = {}): string {
  const [year, month, day] = point.split('-').map(Number) as [number, number?, number?];
  const parts = [day, month === undefined ? undefined : monthNames[month - 1], withYear ? year : undefined];
  return parts.filter((part) => part !== undefined).join(' ');
}

/** "2017", "March 2020", "31 January 2020", "January–February 2020", "16–17 January 2022". */
export function periodLabel(period: string): string {
  const [first, last] = period.split('/') as [string, string?];
  if (!last) return pointLabel(first);
  const [firstYear, firstMonth] = first.split('-');
  const [lastYear, lastMonth] = last.split('-');
  const sameYear = firstYear === lastYear;
  if (sameYear && first.length === 10 && firstMonth === lastMonth) {
    return `${Number(first.slice(8))}–${pointLabel(last)}`;
  }
  return `${pointLabel(first, { withYear: !sameYear })}–${pointLabel(last)}`;
}

/** "Mar 2020", "Jan–Feb 2020": for chart labels where space is short. */
export function shortPeriodLabel(period: string): string {
  return periodLabel(period).replace(/\b(January|February|March|April|June|July|August|September|October|November|December)\b/g, (month) =>
    month.slice(0, 3),
  );
}
