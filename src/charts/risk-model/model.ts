/**
 * The illustrative model behind the risk chart, and the address that holds its state. It is a
 * model, not a finding: neither report says how often lenders are caught or how many days a
 * phone is out, so the reader sets those. Pure and DOM-free: the build and the browser share it.
 *
 * The day rate that covers a lender's expected bribe:
 *   r = p × B ÷ d
 * p: the chance a lender is caught in a given month; B: the bribe paid when caught (yuan);
 * d: the days in that month the phone is rented out.
 */

export interface Assumptions {
  /** Chance a lender is caught in a given month, in per cent (0–100). */
  catchChance: number;
  /** Bribe paid when caught, in yuan. */
  bribe: number;
  /** Days in the month the phone is rented out. */
  rentalDays: number;
}

export type AssumptionKey = keyof Assumptions;

/** A slider: its range and its address parameter. Its label and value in words are in messages.ts. */
export interface AssumptionControl {
  key: AssumptionKey;
  /** The address parameter: short, readable, stable (shared links depend on it). */
  param: string;
  min: number;
  max: number;
  step: number;
}

/** The controls, in the order the formula reads. Ranges are wide enough to make the point. */
export const controls: readonly AssumptionControl[] = [
  { key: 'catchChance', param: 'caught', min: 0, max: 100, step: 1 },
  { key: 'bribe', param: 'bribe', min: 0, max: 10000, step: 100 },
  { key: 'rentalDays', param: 'days', min: 1, max: 30, step: 1 },
];

/**
 * A model result as the page shows it: an illustration, so one decimal below 10 and whole
 * numbers above ("7.5", "33", "1,500"); the locale then writes the number.
 */
export function roundedResult(value: number): number {
  return value < 10 ? Math.round(value * 10) / 10 : Math.round(value);
}

/** The day rate, in yuan, that covers the expected bribe: p × B ÷ d. */
export function breakEvenDayRate({ catchChance, bribe, rentalDays }: Assumptions): number {
  return ((catchChance / 100) * bribe) / rentalDays;
}

/**
 * The monthly chance of being caught at which the expected bribe alone comes to `dayRate` yuan a
 * day (in per cent), or null when no chance up to 100% gets there (or the bribe is zero).
 */
export function chanceToReach(dayRate: number, { bribe, rentalDays }: Pick<Assumptions, 'bribe' | 'rentalDays'>): number | null {
  if (bribe <= 0) return null;
  const chance = ((dayRate * rentalDays) / bribe) * 100;
  return chance <= 100 ? chance : null;
}

/** A value the control accepts: a finite number within its range, on its step. */
function validValue(text: string | null, control: AssumptionControl): number | undefined {
  if (text === null || !/^\d+(\.\d+)?$/.test(text.trim())) return undefined;
  const value = Number(text);
  if (!Number.isFinite(value) || value < control.min || value > control.max) return undefined;
  const steps = (value - control.min) / control.step;
  return Math.abs(steps - Math.round(steps)) < 1e-9 ? value : undefined;
}

/**
 * Assumptions from an address's query (or a hash holding one): each parameter that is present
 * and valid replaces its default; anything malformed, out of range or unknown is ignored, so a
 * mangled link still opens the model, at its defaults.
 */
export function assumptionsFromParams(params: URLSearchParams, defaults: Assumptions): Assumptions {
  const assumptions = { ...defaults };
  for (const control of controls) {
    const value = validValue(params.get(control.param), control);
    if (value !== undefined) assumptions[control.key] = value;
  }
  return assumptions;
}

/** The query that reproduces these assumptions: "caught=10&bribe=3000&days=10". */
export function paramsFromAssumptions(assumptions: Assumptions): URLSearchParams {
  return new URLSearchParams(controls.map((control) => [control.param, String(assumptions[control.key])]));
}

export function isDefault(assumptions: Assumptions, defaults: Assumptions): boolean {
  return controls.every(({ key }) => assumptions[key] === defaults[key]);
}

/**
 * The settings in an address: its query, or a hash holding one ("#model?caught=40"), which is
 * where the page keeps them when a browser will not let a script rewrite a file:// query.
 */
export function paramsFromLocation(location: Pick<Location, 'search' | 'hash'>): URLSearchParams {
  const query = new URLSearchParams(location.search);
  if (controls.some(({ param }) => query.has(param))) return query;
  const hashQuery = /^#model\?(.*)$/.exec(location.hash)?.[1];
  return new URLSearchParams(hashQuery ?? '');
}
