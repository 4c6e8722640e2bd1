/**
 * Tick values whose labels fit: d3-array's nice ticks, as many as the axis has room for once
 * each label is measured (text.ts), so a longer number format or a narrow phone never makes
 * two tick labels touch.
 */
import { ticks } from 'd3-array';
import { textWidth } from './text';

/** The most nice ticks across `[low, high]` whose labels, centred on them, keep `gap` px apart. */
export function fittingTicks(low: number, high: number, length: number, format: (value: number) => string, fontSize: number, { most = 8, gap = 8 } = {}): number[] {
  for (let count = most; count > 1; count -= 1) {
    const values = ticks(low, high, count);
    const widest = Math.max(...values.map((value) => textWidth(format(value), fontSize)));
    const spacing = values.length > 1 ? (length * (values[1]! - values[0]!)) / (high - low) : length;
    if (spacing >= widest + gap) return values;
  }
  return [low, high].filter((value, index, both) => both.indexOf(value) === index);
}
