import { describe, expect, it } from 'vitest';
import { textWidth, wrapText } from './text';

describe('wrapText(text, width, fontSize)', () => {
  it('with noRunt, leaves no word alone on the last line where the line before can spare one', () => {
    const width = textWidth('months of official', 12) + 1;
    expect(wrapText('months of official pay', width, 12)).toEqual(['months of official', 'pay']);
    expect(wrapText('months of official pay', width, 12, { noRunt: true })).toEqual(['months of', 'official pay']);
    // Nothing to spare: a one-word line before, or a pair too wide to share a line.
    expect(wrapText('extraordinarily long', textWidth('extraordinarily', 12) + 1, 12, { noRunt: true })).toEqual(['extraordinarily', 'long']);
    expect(wrapText('a b cccccccccccccccc', textWidth('a b', 12) + 1, 12, { noRunt: true })).toEqual(['a b', 'cccccccccccccccc']);
  });

  it('balanced: wraps as few lines as it must, evenly, and never inside a date written with no-break spaces', () => {
    const line = textWidth('suspended, 29\u00a0Apr\u00a02022', 12) + 1;
    expect(wrapText('Freight trains suspended, 29\u00a0Apr\u00a02022', line, 12, { balanced: true })).toEqual(['Freight trains', 'suspended, 29\u00a0Apr\u00a02022']);
    expect(wrapText('Freight trains suspended, 29\u00a0Apr\u00a02022', line - 2, 12, { balanced: true })).toEqual(['Freight trains', 'suspended,', '29\u00a0Apr\u00a02022']);
    expect(wrapText('Freight trains suspended', 400, 12)).toEqual(['Freight trains suspended']);
    for (const line of wrapText('“had almost disappeared completely due to heavy crackdowns by the state”', 170, 12)) {
      expect(textWidth(line, 12)).toBeLessThanOrEqual(170);
    }
  });
});

describe('textWidth(text, fontSize)', () => {
  it('estimates wide letters wider than narrow ones, and bold wider than regular', () => {
    expect(textWidth('mmmm', 12)).toBeGreaterThan(textWidth('iiii', 12));
    expect(textWidth('Price', 12, { bold: true })).toBeGreaterThan(textWidth('Price', 12));
    expect(textWidth('Price', 24)).toBeCloseTo(textWidth('Price', 12) * 2);
  });

  it('greedy: fills each line before starting the next', () => {
    const width = textWidth('one two three', 12) + 1;
    expect(wrapText('one two three four', width, 12)).toEqual(['one two three', 'four']);
    expect(wrapText('one two three four', width, 12, { balanced: true })).toEqual(['one two', 'three four']);
  });
});
