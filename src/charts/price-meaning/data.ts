/**
 * Shapes the facts behind "what the price means": four equivalences of the same 200 yuan, each
 * a derived context fact (content/context.json), with the numbers it was computed from. Which
 * numbers those are, the 200 yuan among them, is read from the fact's checked derivation
 * formula, never listed by hand, so the chart, its "how" lines and its table follow the
 * arithmetic the loader verified.
 */
import type { Content } from '../../data/load';
import { formulaTexts } from '../../data/formula';
import { ContentError, requireEntry } from '../../data/load';
import type { ContextFact, Source } from '../../data/schema';
import { contextSource } from '../../lib/context';
import { figureBounds, formatContextFact, formatFigure, formatMoney } from '../../lib/format';
import { periodLabel } from '../../lib/period';
import { yearLabel } from '../../lib/sources';
import { isContextSource, type ContextSource, type ReportSource } from '../frame';

/** The panels, top to bottom: also the keyboard order. */
export const panels = ['rice', 'earnings', 'pay', 'handset'] as const;
export type Panel = (typeof panels)[number];

interface PanelLayout {
  panel: Panel;
  /** The derived context fact the panel shows; its formula names the 200 yuan it values. */
  factId: string;
  /** What the result is measured against, when the panel draws it as an outline. */
  whole?: Reference;
  /** The equivalence in a few words, for the table and downloads. */
  label: string;
  /** How the headline reads around the result: "A day’s rental ≈ 43 kg of rice". */
  subject: string;
  tail: string;
}

/** A number a formula refers to: {id}, {id.low} or {id.high}. */
interface Reference {
  id: string;
  end?: 'low' | 'high' | undefined;
}

const layout: PanelLayout[] = [
  { panel: 'rice', label: 'Rice', factId: 'rice-for-day-rate', subject: 'A day’s rental', tail: 'of rice' },
  {
    panel: 'earnings',
    label: 'Share of average earnings',
    factId: 'earnings-share-for-day-rate',
    whole: { id: 'average-monthly-earnings' },
    subject: 'A day’s rental',
    tail: 'of a month’s average earnings',
  },
  {
    panel: 'pay',
    label: 'Months of official pay',
    factId: 'pay-months-for-day-rate',
    subject: 'A day’s rental',
    tail: 'of official pay',
  },
  {
    panel: 'handset',
    label: 'Days of renting for a handset',
    factId: 'rental-days-for-handset',
    whole: { id: 'handset-price-2020' },
    subject: 'One handset',
    tail: 'of renting',
  },
];

/** One number an equivalence is computed from: a report figure or a cited context fact. */
export interface MeaningInput {
  id: string;
  /** The figure with its report, or the fact with its citations: the frame lists these. */
  entry: ReportSource | ContextSource;
  /** The end of a range the arithmetic uses, when it uses one end only. */
  end?: 'low' | 'high' | undefined;
  low: number;
  high: number;
  /** The value as prose writes it: "200 yuan", "about 4.6 yuan a kilogram". */
  text: string;
  /** When it applies: "2019 (inferred)" for a report, "13 August 2019" for a context fact. */
  when: string;
  /** Where it comes from, short: "the first report", "Asia Press". */
  from: string;
  kind: 'reported' | 'derived' | 'inferred';
  /** What it measures, from its entry. */
  measures: string;
}

export interface MeaningDatum {
  panel: Panel;
  /** The equivalence in a few words: "Rice", "Months of official pay". */
  label: string;
  fact: ContextFact;
  /** The fact's arithmetic: every equivalence is derived, so it always has one. */
  derivation: Derivation;
  entry: ContextSource;
  /** Low and high of the result; equal for a single value. */
  low: number;
  high: number;
  isRange: boolean;
  /** "≈" for an approximate result, "=" for an exact one. */
  sign: '≈' | '=';
  /** The result without its hedge, as prose writes it: "43 kg", "24–48 months". */
  amount: string;
  /** The chart's headline for the panel: "A day’s rental ≈ 43 kg of rice". */
  headline: string;
  /** The headline's parts: who is valued ("A day’s rental") and what the result is of ("of rice"). */
  subject: string;
  tail: string;
  /** The result as prose writes it, hedge in words: "about 43 kg of rice". */
  prose: string;
  /** The arithmetic with its inputs: "Derived: 200 yuan (first report) ÷ about 4.6 yuan a kilogram (Asia Press, 13 August 2019)". */
  how: string;
  /** Every number the result rests on, in formula order, with the inputs of derived inputs after them. */
  inputs: MeaningInput[];
  /** The 200 yuan being valued: the one report price in yuan the formula refers to. */
  sum: MeaningInput;
  /** The report the 200 yuan comes from: it colours the panel. */
  report: Source;
  /** What the result is measured against (a month's earnings, a handset), when drawn. */
  whole?: MeaningInput | undefined;
}

type Derivation = NonNullable<ContextFact['derivation']>;
type Formula = Derivation['formula'];

const referencePattern = /\{([a-z0-9-]+)(?:\.(low|high))?\}/g;

/** The numbers a formula refers to, each once; one used at both ends of a range is used whole. */
function references(formula: Formula): Reference[] {
  const found = formulaTexts(formula).flatMap((text) =>
    [...text.matchAll(referencePattern)].map(([, id, end]) => ({ id: id!, end: end as Reference['end'] })),
  );
  const ids = [...new Set(found.map(({ id }) => id))];
  return ids.map((id) => {
    const ends = new Set(found.filter((reference) => reference.id === id).map(({ end }) => end));
    return { id, end: ends.size === 1 ? [...ends][0] : undefined };
  });
}

/** A report figure or a context fact by id, as a number the arithmetic uses. */
function resolveInput(content: Content, { id, end }: Reference, usedIn: string): MeaningInput {
  const figure = content.figures.get(id);
  if (figure) {
    const source = requireEntry(content.sources, figure.source, 'source', usedIn);
    const [low, high] = figureBounds(figure);
    const value = end === 'low' ? low : end === 'high' ? high : undefined;
    const text =
      value === undefined ? formatFigure(figure) : formatFigure({ ...figure, value, low: undefined, high: undefined });
    return {
      id,
      entry: { figure, source },
      end,
      low: value ?? low,
      high: value ?? high,
      text,
      when: yearLabel(source),
      from: source.referredToAs,
      kind: figure.kind,
      measures: figure.measures,
    };
  }
  const entry = contextSource(content, id, usedIn);
  const { fact } = entry;
  const [low, high] = fact.value !== undefined ? [fact.value, fact.value] : [fact.low!, fact.high!];
  const value = end === 'low' ? low : end === 'high' ? high : undefined;
  return {
    id,
    entry,
    end,
    low: value ?? low,
    high: value ?? high,
    text: formatContextFact(value === undefined ? fact : { ...fact, value, low: undefined, high: undefined }),
    when: periodLabel(fact.period),
    from: [...new Set(entry.citations.map((citation) => citation.publisher))].join('; '),
    kind: fact.kind,
    measures: fact.measures,
  };
}

/** The inputs of a formula, and the inputs of any derived input after it, each once. */
function inputsOf(content: Content, formula: Formula, usedIn: string, seen = new Set<string>()): MeaningInput[] {
  return references(formula).flatMap((reference) => {
    if (seen.has(reference.id)) return [];
    seen.add(reference.id);
    const input = resolveInput(content, reference, usedIn);
    const derivation = isContextSource(input.entry) ? input.entry.fact.derivation : input.entry.figure.derivation;
    return [input, ...(derivation ? inputsOf(content, derivation.formula, usedIn, seen) : [])];
  });
}

/** An input where the "how" line names it: a report's figure by report, a context fact by publisher and date. */
function mention(input: MeaningInput, { wholeRange = false } = {}): string {
  const text = wholeRange && input.end ? wholeText(input) : input.text;
  return isContextSource(input.entry) ? `${text} (${input.from}, ${input.when})` : `${text} (${input.from.replace(/^the /, '')})`;
}

/** A range input written whole ("5,000–10,000 North Korean won a month"), for a formula given per end. */
function wholeText(input: MeaningInput): string {
  return isContextSource(input.entry) ? formatContextFact(input.entry.fact) : formatFigure(input.entry.figure);
}

/**
 * The derivation formula written for a reader: references become the numbers they stand for,
 * with where they come from; / and * become ÷ and ×. A formula given per end of a range is
 * written once, with the range whole. A percentage's closing "* 100" is the % sign, so it goes.
 */
export function arithmetic(fact: ContextFact, derivation: Derivation, inputs: MeaningInput[]): string {
  const { formula } = derivation;
  const isPerEnd = typeof formula === 'object' && !Array.isArray(formula);
  const [first] = formulaTexts(formula);
  const text = fact.unit === 'percent' ? first!.replace(/\s*\*\s*100\s*$/, '') : first!;
  return text
    .replace(referencePattern, (_, id: string) => {
      const input = inputs.find((candidate) => candidate.id === id);
      return input ? mention(input, { wholeRange: isPerEnd }) : `{${id}}`;
    })
    .replace(/\s*\/\s*/g, ' ÷ ')
    .replace(/\s*\*\s*/g, ' × ');
}

/** A report's price in yuan: the kind of number a panel values. */
const isReportYuan = (input: MeaningInput): input is MeaningInput & { entry: ReportSource } =>
  !isContextSource(input.entry) && input.entry.figure.unit === 'money' && input.entry.figure.currency === 'CNY';

export function meaningData(content: Content, usedIn = 'src/charts/price-meaning/data.ts'): MeaningDatum[] {
  const data = layout.map(({ panel, label, factId, whole: wholeReference, subject, tail }): MeaningDatum => {
    const entry = contextSource(content, factId, usedIn);
    const { fact } = entry;
    const derivation = fact.derivation;
    if (fact.kind !== 'derived' || !derivation) {
      throw new ContentError([{ file: usedIn, entry: factId, message: 'must be a derived context fact, with its arithmetic, to be shown as an equivalence' }]);
    }
    const [low, high] = fact.value !== undefined ? [fact.value, fact.value] : [fact.low!, fact.high!];
    const inputs = inputsOf(content, derivation.formula, usedIn);
    // The sum being valued is the one report price in yuan the formula itself names (not one an
    // input was derived from, like the yuan behind an exchange rate).
    const direct = new Set(references(derivation.formula).map(({ id }) => id));
    const sums = inputs.filter(isReportYuan).filter((input) => direct.has(input.id));
    const [sum] = sums;
    if (!sum || sums.length > 1) {
      throw new ContentError([
        { file: usedIn, entry: factId, message: `its formula must name exactly one report price in yuan, the sum the panel values; it names ${sums.length}` },
      ]);
    }
    const report = sum.entry.source;
    const whole = wholeReference && resolveInput(content, wholeReference, usedIn);
    const sign = fact.approximate ? '≈' : '=';
    const amount = formatContextFact({ ...fact, approximate: false });
    return {
      panel,
      label,
      fact,
      derivation,
      entry,
      low,
      high,
      isRange: low !== high,
      sign,
      amount,
      headline: `${subject} ${sign} ${amount} ${tail}`,
      subject,
      tail,
      prose: `${formatContextFact(fact)} ${tail}`,
      how: `Derived: ${arithmetic(fact, derivation, inputs)}`,
      inputs,
      sum,
      report,
      whole,
    };
  });
  // Every panel must value the same sum, or the chart would compare unlike things.
  const [first] = data;
  for (const datum of data) {
    if (datum.sum.high !== first!.sum.high) {
      throw new Error(
        `${usedIn}: the "${datum.panel}" panel values ${formatMoney(datum.sum.high, datum.sum.high, 'CNY')}, ` +
          `not ${formatMoney(first!.sum.high, first!.sum.high, 'CNY')} like the others`,
      );
    }
  }
  return data;
}

/** The datum of a panel; every panel is drawn, so a missing one is a programming error. */
export function byPanel(data: MeaningDatum[], panel: Panel): MeaningDatum {
  const datum = data.find((candidate) => candidate.panel === panel);
  if (!datum) throw new Error(`price-meaning: no datum for the panel "${panel}"`);
  return datum;
}
