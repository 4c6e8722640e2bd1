/**
 * Evaluates the arithmetic of a derived figure, such as "{a-day-rate} / 2" or
 * "{a-day-rate-krw} / {a-day-rate}". Only numbers, figure references, + - * / and parentheses
 * are allowed, so a formula in content/ can never run code.
 */
export type Lookup = (reference: string) => number | undefined;

export class FormulaError extends Error {}

export function evaluateFormula(formula: string, lookup: Lookup): number {
  const tokens = formula.match(/\{[^}]*\}|\d+(?:\.\d+)?|[-+*/()]|\S/g) ?? [];
  let position = 0;

  const peek = () => tokens[position];
  const next = () => tokens[position++];

  function primary(): number {
    const token = next();
    if (token === undefined) throw new FormulaError(`"${formula}" ends too early`);
    if (token === '(') {
      const value = sum();
      if (next() !== ')') throw new FormulaError(`"${formula}" has an unclosed parenthesis`);
      return value;
    }
    if (token === '-') return -primary();
    if (/^\d/.test(token)) return Number(token);
    // A lone "{" (an unclosed brace) is not a reference: it falls through to "unexpected".
    if (token.startsWith('{') && token.endsWith('}')) {
      const reference = token.slice(1, -1).trim();
      const value = lookup(reference);
      if (value === undefined) throw new FormulaError(`"${formula}" refers to unknown figure {${reference}}`);
      return value;
    }
    throw new FormulaError(`"${formula}" has an unexpected "${token}"`);
  }

  function product(): number {
    let value = primary();
    while (peek() === '*' || peek() === '/') {
      const operator = next();
      const right = primary();
      value = operator === '*' ? value * right : value / right;
    }
    return value;
  }

  function sum(): number {
    let value = product();
    while (peek() === '+' || peek() === '-') {
      const operator = next();
      const right = product();
      value = operator === '+' ? value + right : value - right;
    }
    return value;
  }

  const result = sum();
  if (position < tokens.length) throw new FormulaError(`"${formula}" has an unexpected "${peek()}"`);
  return result;
}

/** A derivation's formula in any of its forms: one, several ways to one value, or low and high. */
export type FormulaForm = string | string[] | { low: string; high: string };

/** The formulas of a derivation, as a flat list. */
export function formulaTexts(formula: FormulaForm): string[] {
  if (typeof formula === 'string') return [formula];
  return Array.isArray(formula) ? formula : [formula.low, formula.high];
}

/** The ids a formula refers to ({id}, {id.low}, {id.high}), each once, in order of first use. */
export function formulaReferenceIds(formula: FormulaForm): string[] {
  const ids = formulaTexts(formula).flatMap((text) => [...text.matchAll(/\{([a-z0-9-]+)(?:\.(?:low|high))?\}/g)].map(([, id]) => id!));
  return [...new Set(ids)];
}
