/**
 * The chart's phrases, shared by the drawing and its frame: each panel's headline, result and
 * "how" line, and each input's number, date and origin. Words come from messages.ts, numbers,
 * dates and years from the locale, names from content; this module only puts them together.
 */
import type { ContextFact, Figure } from '../../data/schema';
import { periodBounds } from '../../lib/period';
import type { RenderContext } from '../definition';
import { formulaTexts } from '../../data/formula';
import { isContextInput, referencePattern, type MeaningDatum, type MeaningInput } from './data';
import type { PriceMeaningWords } from './messages';

type Context = RenderContext<PriceMeaningWords>;

interface Value {
  low: number;
  high: number;
  approximate: boolean;
}

/** A fact with another number in its own unit: one end of a range, an unhedged result, a tick. */
export function factWithValue<Entry extends ContextFact | Figure>(entry: Entry, { low, high, approximate }: Value): Entry {
  const single = low === high;
  return {
    ...entry,
    value: single ? low : undefined,
    low: single ? undefined : low,
    high: single ? undefined : high,
    approximate,
    ...(entry.amount && { amount: { ...entry.amount, low, high, isRange: !single, approximate } }),
  };
}

const dateParts = {
  year: { year: 'numeric' },
  month: { month: 'long', year: 'numeric' },
  day: { day: 'numeric', month: 'long', year: 'numeric' },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;

/** A context fact's period in the locale's words: "13 August 2019", "September 2019", "2019–2020". */
export function periodWhen(period: string, { t, locale }: Context): string {
  const point = (text: string) => {
    const { start, precision } = periodBounds(text);
    return locale.date(start, dateParts[precision]);
  };
  const [from, to] = period.split('/') as [string, string?];
  return to ? t.periodSpan(point(from), point(to)) : point(from);
}

/** The number an input stands for, as prose writes it: "200 yuan", "about 4.6 yuan a kilogram". */
export function inputAmount(input: MeaningInput, { locale }: Context, { wholeRange = false } = {}): string {
  const value = { low: input.low, high: input.high, approximate: false };
  if (isContextInput(input)) {
    const { fact } = input.entry;
    return locale.contextFact(input.end && !wholeRange ? factWithValue(fact, { ...value, approximate: fact.approximate }) : fact);
  }
  const { figure } = input.entry;
  return locale.figure(input.end && !wholeRange ? factWithValue(figure, { ...value, approximate: figure.approximate }) : figure);
}

/** When an input holds: its report's year, or the fact's period. */
export function inputWhen(input: MeaningInput, context: Context): string {
  return isContextInput(input) ? periodWhen(input.entry.fact.period, context) : context.locale.reportYear(input.entry.source);
}

/** Where an input comes from, briefly: the report as running text names it, or the publishers. */
export function inputFrom(input: MeaningInput, { t }: Context): string {
  return isContextInput(input) ? t.publishers([...new Set(input.entry.citations.map((citation) => citation.publisher))]) : input.entry.source.referredToAs;
}

/** An input where the "how" line names it: a report's figure by report, a context fact by publisher and date. */
function mention(input: MeaningInput, context: Context, wholeRange: boolean): string {
  const amount = inputAmount(input, context, { wholeRange });
  return isContextInput(input) ? context.t.mentionContext(amount, inputFrom(input, context), inputWhen(input, context)) : context.t.mentionReport(amount, input.entry.source.referredToAs);
}

/**
 * The derivation formula written for a reader: references become the numbers they stand for,
 * with where they come from; / and * become ÷ and ×. A formula given per end of a range is
 * written once, with the range whole. A percentage's closing "* 100" is the % sign, so it goes.
 */
export function arithmetic({ fact, derivation, inputs }: MeaningDatum, context: Context): string {
  const { formula } = derivation;
  const isPerEnd = typeof formula === 'object' && !Array.isArray(formula);
  const [first] = formulaTexts(formula);
  const text = fact.amount.unit === 'percent' ? first!.replace(/\s*\*\s*100\s*$/, '') : first!;
  return text
    .replace(referencePattern, (reference, id: string) => {
      const input = inputs.find((candidate) => candidate.id === id);
      return input ? mention(input, context, isPerEnd) : reference;
    })
    .replace(/\s*\/\s*/g, ' ÷ ')
    .replace(/\s*\*\s*/g, ' × ');
}

/** The "how" line under a panel: "Derived: 200 yuan (first report) ÷ about 4.6 yuan a kilogram (Asia Press, 13 August 2019)". */
export const howLine = (datum: MeaningDatum, context: Context) => context.t.how(arithmetic(datum, context));

/** The result as prose writes it, hedge in words: "about 43 kg of rice". */
export const resultText = (datum: MeaningDatum, { t, locale }: Context) => t.panel[datum.panel].result(locale.contextFact(datum.fact));

/** The panel's headline, the hedge as a sign: "A day’s rental ≈ 43 kg of rice". */
export function headline({ panel, fact }: MeaningDatum, { t, locale }: Context): string {
  const exact = locale.contextFact(factWithValue(fact, { low: fact.amount.low, high: fact.amount.high, approximate: false }));
  return t.panel[panel].headline(exact, fact.amount.approximate);
}

/** "A day’s rental: about 43 kg of rice, derived": what a screen reader hears, and the tooltip's headline. */
export function describeDatum(datum: MeaningDatum, context: Context): string {
  const { t } = context;
  return t.markLabel({ subject: t.panel[datum.panel].subject, result: resultText(datum, context), kind: t.kindName[datum.fact.kind] });
}

/** The big number, the hedge as a sign and the unit as short as it goes: "≈43 kg", "≈9–28", "17.5". */
export function bigNumber({ panel, fact }: MeaningDatum, { t, locale }: Context): string {
  return t.panel[panel].figure(locale.amount(fact.amount.low, fact.amount.high), fact.amount.approximate);
}
