/**
 * Shapes the facts behind "what the price means": four equivalences of the same 200 yuan, each
 * a derived context fact (content/context.json), with the numbers it was computed from. Which
 * numbers those are, the 200 yuan among them, is read from the fact's checked derivation
 * formula, so the chart, its "how" lines and its table follow the arithmetic the loader
 * verified; `requires` declares every one of them, and a formula that names a number it does not
 * declare fails the build naming this chart. No words: those are in messages.ts.
 */
import { formulaTexts, type FormulaForm } from '../../data/formula';
import type { ContextNumberSource, ReportSource, Resolved } from '../../data/requirements';
import type { Source } from '../../data/schema';

/** The panels, top to bottom: also the keyboard order. */
export const panels = ['rice', 'earnings', 'pay', 'handset'] as const;
export type Panel = (typeof panels)[number];

const placement = [
  { panel: 'rice', factId: 'rice-for-day-rate' },
  // What a result is measured against, when the panel draws it as an outline.
  { panel: 'earnings', factId: 'earnings-share-for-day-rate', wholeId: 'average-monthly-earnings' },
  { panel: 'pay', factId: 'pay-months-for-day-rate' },
  { panel: 'handset', factId: 'rental-days-for-handset', wholeId: 'handset-price-2020' },
] as const satisfies readonly { panel: Panel; factId: string; wholeId?: string }[];

/**
 * The four results, and every number their formulas (and the formulas of derived inputs) refer
 * to: the reports' figures, and the cited facts from outside the reports.
 */
export const requires = {
  contextNumbers: [
    ...placement.map(({ factId }) => factId),
    'rice-price-yuan',
    'rice-price-won',
    'market-won-per-yuan-2019-08-13',
    'average-monthly-earnings',
    'official-monthly-pay-usd',
    'handset-price-2020',
  ],
  figures: ['crackdown-day-rate', 'dollars-per-yuan', 'rentals-price-range-dollars', 'rentals-price-range'],
} as const;

export type MeaningContent = Resolved<typeof requires>;

/** One number an equivalence is computed from: a report figure or a cited context fact. */
export type MeaningInput = InputOf<ReportSource> | InputOf<ContextNumberSource>;

interface InputOf<Entry extends ReportSource | ContextNumberSource> {
  id: string;
  /** The figure with its report, or the fact with its citations: the frame lists these. */
  entry: Entry;
  /** The end of a range the arithmetic uses, when it uses one end only. */
  end?: 'low' | 'high' | undefined;
  /** The number used: one end of a range, or the whole range. */
  low: number;
  high: number;
  kind: 'reported' | 'derived' | 'inferred';
}

type Fact = ContextNumberSource['fact'];
export type Derivation = NonNullable<Fact['derivation']>;

export interface MeaningDatum {
  panel: Panel;
  fact: Fact;
  /** The fact's arithmetic: every equivalence is derived, so it always has one. */
  derivation: Derivation;
  entry: ContextNumberSource;
  /** Low and high of the result; equal for a single value. */
  low: number;
  high: number;
  isRange: boolean;
  /** Every number the result rests on, in formula order, with the inputs of derived inputs after them. */
  inputs: MeaningInput[];
  /** The 200 yuan being valued: the one report price in yuan the formula refers to. */
  sum: InputOf<ReportSource>;
  /** The report the 200 yuan comes from: it colours the panel. */
  report: Source;
  /** What the result is measured against (a month's earnings, a handset), when drawn. */
  whole?: MeaningInput | undefined;
}

export const isContextInput = (input: MeaningInput): input is InputOf<ContextNumberSource> => 'fact' in input.entry;
export const isReportInput = (input: MeaningInput): input is InputOf<ReportSource> => 'figure' in input.entry;

/** The amount of an input's entry, in the one shape every number has. */
export const amountOf = (input: MeaningInput) => ('fact' in input.entry ? input.entry.fact.amount : input.entry.figure.amount);

/** A number a formula refers to: {id}, {id.low} or {id.high}. */
interface Reference {
  id: string;
  end?: 'low' | 'high' | undefined;
}

export const referencePattern = /\{([a-z0-9-]+)(?:\.(low|high))?\}/g;

/** The numbers a formula refers to, each once; one used at both ends of a range is used whole. */
function references(formula: FormulaForm): Reference[] {
  const found = formulaTexts(formula).flatMap((text) =>
    [...text.matchAll(referencePattern)].map(([, id, end]) => ({ id: id!, end: end as Reference['end'] })),
  );
  const ids = [...new Set(found.map(({ id }) => id))];
  return ids.map((id) => {
    const ends = new Set(found.filter((reference) => reference.id === id).map(({ end }) => end));
    return { id, end: ends.size === 1 ? [...ends][0] : undefined };
  });
}

const chart = 'price-meaning';

export function meaningData(content: MeaningContent): MeaningDatum[] {
  // Looked up by any id a formula names; the declared ids are the only ones there.
  const figures: Partial<Record<string, ReportSource>> = content.figures;
  const facts: Partial<Record<string, ContextNumberSource>> = content.contextNumbers;

  /** A report figure or a context fact by id, as a number the arithmetic uses. */
  function resolveInput({ id, end }: Reference, usedBy: string): MeaningInput {
    const entry = figures[id] ?? facts[id];
    if (!entry) throw new Error(`chart "${chart}": the formula of "${usedBy}" refers to "${id}", which its requires (data.ts) does not list`);
    const { amount, kind } = 'fact' in entry ? entry.fact : entry.figure;
    const value = end === 'low' ? amount.low : end === 'high' ? amount.high : undefined;
    const number = { id, end, low: value ?? amount.low, high: value ?? amount.high, kind };
    return 'fact' in entry ? { ...number, entry } : { ...number, entry };
  }

  /** The inputs of a formula, and the inputs of any derived input after it, each once. */
  function inputsOf(formula: FormulaForm, usedBy: string, seen = new Set<string>()): MeaningInput[] {
    return references(formula).flatMap((reference) => {
      if (seen.has(reference.id)) return [];
      seen.add(reference.id);
      const input = resolveInput(reference, usedBy);
      const derivation = 'fact' in input.entry ? input.entry.fact.derivation : input.entry.figure.derivation;
      return [input, ...(derivation ? inputsOf(derivation.formula, reference.id, seen) : [])];
    });
  }

  const data = placement.map((place): MeaningDatum => {
    const { panel, factId } = place;
    const entry = content.contextNumbers[factId];
    const { fact } = entry;
    const { derivation } = fact;
    if (fact.kind !== 'derived' || !derivation) {
      throw new Error(`chart "${chart}": context fact "${factId}" must be a derived fact, with its arithmetic, to be shown as an equivalence`);
    }
    const inputs = inputsOf(derivation.formula, factId);
    // The sum being valued is the one report price in yuan the formula itself names (not one an
    // input was derived from, like the yuan behind an exchange rate).
    const direct = new Set(references(derivation.formula).map(({ id }) => id));
    const sums = inputs.filter(isReportInput).filter(({ id, entry: { figure } }) => figure.amount.unit === 'money' && figure.amount.currency === 'CNY' && direct.has(id));
    const [sum] = sums;
    if (!sum || sums.length > 1) {
      throw new Error(`chart "${chart}": the formula of "${factId}" must name exactly one report price in yuan, the sum the panel values; it names ${sums.length}`);
    }
    const whole = 'wholeId' in place ? resolveInput({ id: place.wholeId }, factId) : undefined;
    const { low, high, isRange } = fact.amount;
    return { panel, fact, derivation, entry, low, high, isRange, inputs, sum, report: sum.entry.source, whole };
  });

  // Every panel must value the same sum, or the chart would compare unlike things.
  const [first] = data;
  const sumName = ({ sum }: MeaningDatum) => `${sum.id}${sum.end ? `.${sum.end}` : ''} (${sum.high} CNY)`;
  for (const datum of data) {
    if (datum.sum.id !== first!.sum.id || datum.sum.high !== first!.sum.high) {
      throw new Error(`chart "${chart}": the "${datum.panel}" panel values ${sumName(datum)}, not ${sumName(first!)} like the others`);
    }
  }
  return data;
}

/** The datum of a panel; every panel is drawn, so a missing one is a programming error. */
export function byPanel(data: readonly MeaningDatum[], panel: Panel): MeaningDatum {
  const datum = data.find((candidate) => candidate.panel === panel);
  if (!datum) throw new Error(`price-meaning: no datum for the panel "${panel}"`);
  return datum;
}
