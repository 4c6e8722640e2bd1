import { describe, expect, it } from 'vitest';
import { textWidth } from './text';
import { fittingTicks } from './ticks';

describe('fittingTicks(low, high, length, format, fontSize)', () => {
  const format = (value: number) => value.toLocaleString('en-GB');

  it('gives nice ticks, as many as fit', () => {
    expect(fittingTicks(0, 200, 600, format, 12)).toEqual([0, 20, 40, 60, 80, 100, 120, 140, 160, 180, 200]);
    expect(fittingTicks(0, 200, 120, format, 12)).toEqual([0, 100, 200]);
  });

  it('keeps wide labels apart on a short axis', () => {
    const values = fittingTicks(0, 40_000, 150, format, 12);
    const spacing = (150 * (values[1]! - values[0]!)) / 40_000;
    expect(spacing).toBeGreaterThanOrEqual(textWidth(format(40_000), 12));
  });
});
