import { describe, expect, it, vi } from 'vitest';
import { evaluateFormula, FormulaError, type Lookup } from './formula';

/** Figures a formula may refer to: day-rate is a single value, morning a range. */
const values: Record<string, number> = { 'day-rate': 200, growth: 2, 'morning.low': 130, 'morning.high': 150 };
const lookup: Lookup = (reference) => values[reference];

const evaluate = (formula: string) => evaluateFormula(formula, lookup);

describe('evaluateFormula(formula, lookup)', () => {
  it('reads whole and decimal numbers', () => {
    expect(evaluate('42')).toBe(42);
    expect(evaluate('0.14')).toBe(0.14);
  });

  it('multiplies and divides before it adds and subtracts', () => {
    expect(evaluate('2 + 3 * 4')).toBe(14);
    expect(evaluate('20 - 12 / 4')).toBe(17);
  });

  it('works left to right among operators of equal precedence', () => {
    expect(evaluate('10 - 4 - 3')).toBe(3);
    expect(evaluate('100 / 10 / 2')).toBe(5);
  });

  it('evaluates parentheses first', () => {
    expect(evaluate('(2 + 3) * 4')).toBe(20);
    expect(evaluate('((1 + 1) * (2 + 3))')).toBe(10);
  });

  it('applies a unary minus to the number, reference or parenthesis after it', () => {
    expect(evaluate('-3 + 5')).toBe(2);
    expect(evaluate('4 * -2')).toBe(-8);
    expect(evaluate('-(2 + 3)')).toBe(-5);
    expect(evaluate('-{growth}')).toBe(-2);
    expect(evaluate('--3')).toBe(3);
  });

  it('does not need spaces between tokens', () => {
    expect(evaluate('{day-rate}/{growth}+1')).toBe(101);
  });

  it('replaces {id} with the value the lookup gives', () => {
    expect(evaluate('{day-rate} / {growth}')).toBe(100);
  });

  it('passes {id.low} and {id.high} to the lookup for the ends of a range', () => {
    const spy = vi.fn(lookup);
    expect(evaluateFormula('({morning.high} - {morning.low}) / 2', spy)).toBe(10);
    expect(spy.mock.calls.map(([reference]) => reference)).toEqual(['morning.high', 'morning.low']);
  });

  it('trims spaces inside the braces of a reference', () => {
    expect(evaluate('{ day-rate }')).toBe(200);
  });

  it('throws FormulaError naming a reference the lookup does not know', () => {
    expect(() => evaluate('{night-rate} / 2')).toThrow(FormulaError);
    expect(() => evaluate('{night-rate} / 2')).toThrow('"{night-rate} / 2" refers to unknown figure {night-rate}');
  });

  it('throws FormulaError on trailing garbage after a complete expression', () => {
    expect(() => evaluate('{day-rate} / 2 3')).toThrow(/has an unexpected "3"/);
    expect(() => evaluate('1 + 2)')).toThrow(/has an unexpected "\)"/);
  });

  it('throws FormulaError on an unclosed parenthesis', () => {
    expect(() => evaluate('(1 + 2')).toThrow(FormulaError);
    expect(() => evaluate('(1 + 2')).toThrow(/has an unclosed parenthesis/);
  });

  it('throws FormulaError when the formula ends too early', () => {
    expect(() => evaluate('')).toThrow(/ends too early/);
    expect(() => evaluate('{day-rate} *')).toThrow(/ends too early/);
  });

  it('throws FormulaError on an unclosed brace', () => {
    expect(() => evaluate('{day-rate / 2')).toThrow(/has an unexpected "\{"/);
  });

  it.each([
    ['a letter', '2 * x', 'x'],
    ['a semicolon', '{day-rate}; 1', ';'],
    ['an exponent operator', '2 ** 3', '*'],
    ['a comma', '1,000', ','],
    ['a leading decimal point', '.5', '.'],
    ['a quote', "'1' + 1", "'"],
  ])('throws FormulaError on %s, which is not arithmetic', (_name, formula, token) => {
    expect(() => evaluate(formula)).toThrow(FormulaError);
    expect(() => evaluate(formula)).toThrow(`has an unexpected "${token}"`);
  });

  it('never runs code, however the formula is written', () => {
    const attacks = [
      'process.exit(1)',
      'globalThis.ran = 1',
      '(() => 1)()',
      'constructor.constructor("return 1")()',
      '1 + eval("1")',
      '`${1}`',
      'require("fs")',
    ];
    const spy = vi.fn(lookup);
    for (const formula of attacks) {
      expect(() => evaluateFormula(formula, spy), formula).toThrow(FormulaError);
    }
    expect((globalThis as { ran?: unknown }).ran).toBeUndefined();
    expect(spy).not.toHaveBeenCalled();
  });

  it('treats code inside braces as a name to look up, never as code', () => {
    const spy = vi.fn<Lookup>(() => undefined);
    expect(() => evaluateFormula('{process.exit(1)}', spy)).toThrow(/refers to unknown figure \{process\.exit\(1\)\}/);
    expect(spy).toHaveBeenCalledWith('process.exit(1)');
  });
});
