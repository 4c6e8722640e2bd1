/**
 * The shapes of everything in content/*.json. Each field carries a comment saying why it is
 * there; `load.ts` parses the files with these schemas and adds the checks that span entries
 * (unknown source, derivation arithmetic). Zod is the single place where data is trusted.
 */
import { z } from 'zod';

/** Lower-case words joined by hyphens: ids appear in URLs, CSV files and HTML ids. */
const id = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens');

/** A calendar date written YYYY-MM-DD that actually exists (no 30 February). */
export const isoDate = z
  .string()
  // abort: text in another format is not also reported as a date that does not exist.
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'must be a date written YYYY-MM-DD', abort: true })
  .refine((text) => {
    const [year, month, day] = text.split('-').map(Number) as [number, number, number];
    const date = new Date(Date.UTC(year, month - 1, day));
    return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  }, 'is not a real calendar date');

/** Currencies the reports and the cited context quote; KPW (North Korean won) only in context. */
export const currencies = ['CNY', 'KRW', 'USD', 'KPW'] as const;
/** The currencies the reports themselves price in; charts of report prices switch between these. */
export const reportCurrencies = ['CNY', 'KRW', 'USD'] as const;
export type ReportCurrency = (typeof reportCurrencies)[number];
export const currency = z.enum(currencies, {
  error: (issue) => `is "${String(issue.input)}", not one of ${currencies.join(', ')}`,
});
export type Currency = z.infer<typeof currency>;

/** A short verbatim quotation: long enough to mean something, short enough to stay a quote. */
export const verbatimQuote = z
  .string()
  .trim()
  .min(12, 'is missing or too short to be a verbatim quotation')
  .max(240, 'is longer than 240 characters: quote less, paraphrase the rest');

export const sourceSchema = z.strictObject({
  /** How figures and quotes refer to this report. */
  id,
  /** The outlet that published the report. */
  outlet: z.string().min(1),
  /** The English headline, or null when the stored copy does not carry one. */
  headline: z.string().min(1).nullable(),
  /** Where the headline is missing: a plain description after "a Daily NK" ("report on Chinese phone rentals"), never words presented as a headline. */
  shortTitle: z.string().min(1),
  /** How running text refers to the report: "the first report". */
  referredToAs: z.string().min(3),
  /** Where the report is published. */
  url: z.url({ protocol: /^https$/, error: 'must be an https:// address' }),
  /** Byline, when the report has one. */
  author: z.string().min(1).optional(),
  /** Translator of the English edition, when credited. */
  translator: z.string().min(1).optional(),
  /** The day the source spoke to Daily NK; its year is the report's inferred year. */
  interviewed: isoDate,
  /** The report's year. Neither report has a dateline, so the year says how it was known. */
  year: z.strictObject({
    value: z.number().int().min(2000).max(2030),
    /** True when the year is an inference, not printed in the report. */
    inferred: z.boolean(),
    /** How sure the inference is, in words the page can show. */
    confidence: z.string().min(1).optional(),
    /** Why this year: the evidence, in a sentence or two. */
    reason: z.string().min(20, 'must explain the inference in at least a sentence'),
  }),
}).refine((source) => source.interviewed.startsWith(`${source.year.value}-`), {
  path: ['interviewed'],
  message: 'must fall in the year given in year.value (the page shows both)',
});
export type Source = z.infer<typeof sourceSchema>;

/** What a figure measures, which decides how it is written. */
export const units = ['money', 'exchange-rate', 'count', 'years', 'multiple'] as const;

/**
 * Arithmetic over other figures, written {figure-id}, {figure-id.low} or {figure-id.high}; the
 * loader evaluates it and fails if it disagrees with the value. A range gives one per end; a
 * list gives several ways to the same value, each of which must agree.
 */
const formula = z.union([z.string(), z.array(z.string()).min(1), z.strictObject({ low: z.string(), high: z.string() })]);

const figureBase = z.strictObject({
  /** How prose and charts refer to this figure. */
  id,
  /** What the figure measures, in a phrase a reader understands without context. */
  measures: z.string().min(8, 'must say what the figure measures'),
  /** A single value. Exactly one of `value` or `low` + `high` is given. */
  value: z.number().optional(),
  /** The low end of a range the report gives. A range stays a range. */
  low: z.number().optional(),
  /** The high end of the range. */
  high: z.number().optional(),
  /** True when the report hedges ("around", "about"); shown as "about". */
  approximate: z.boolean().default(false),
  unit: z.enum(units),
  /** For money: its currency. For an exchange rate: the currency of the price. */
  currency: currency.optional(),
  /** For an exchange rate: the currency being priced (175 KRW per 1 CNY → per: CNY). */
  per: currency.optional(),
  /** The report this figure comes from (an id in content/sources.json). */
  source: id,
  /** Words of the report that state the figure, verbatim. */
  quote: verbatimQuote,
  /**
   * Who gives the figure, as the report describes them: "Daily NK" for the report's own words, the
   * source whose interview it dates, or (required when `dated` is false) a source it does not date
   * (report A quotes a second source without a date). Printed in the dataset downloads.
   */
  speaker: z.string().min(3).optional(),
  /** False when the words come from a source whose interview the report does not date; then `speaker` says who. */
  dated: z.boolean().default(true),
  /** reported: printed in the report; derived: arithmetic on reported figures; inferred: reasoned. */
  kind: z.enum(['reported', 'derived', 'inferred']),
  /** For derived figures: the arithmetic, in words and as a checked formula. */
  derivation: z
    .strictObject({
      /** The derivation spelled out for a reader. */
      text: z.string().min(10),
      formula,
      /** The step the stated value is rounded to (1: whole numbers); without it, it must agree to 0.1%. */
      rounding: z.number().positive().optional(),
    })
    .optional(),
  /** For inferred figures: the reasoning. */
  inference: z.string().min(10).optional(),
});

interface AmountInput {
  value?: number | undefined;
  low?: number | undefined;
  high?: number | undefined;
}

/** value, or low and high with low ≤ high: the checks every kind of number shares. */
function checkAmount(figure: AmountInput, context: z.RefinementCtx, { required = true } = {}) {
  const isRange = figure.low !== undefined || figure.high !== undefined;
  if (figure.value === undefined && !isRange) {
    if (required) context.addIssue({ code: 'custom', path: ['value'], message: 'is missing: give value, or low and high' });
    return;
  }
  if (figure.value !== undefined && isRange) {
    context.addIssue({ code: 'custom', path: ['value'], message: 'cannot be given together with low/high' });
  }
  if (isRange && (figure.low === undefined || figure.high === undefined)) {
    const missing = figure.low === undefined ? 'low' : 'high';
    context.addIssue({ code: 'custom', path: [missing], message: 'is missing: a range needs both low and high' });
  }
  if (figure.low !== undefined && figure.high !== undefined && figure.low > figure.high) {
    context.addIssue({
      code: 'custom',
      path: ['low'],
      message: `is ${figure.low}, greater than high (${figure.high})`,
    });
  }
}

/**
 * Every number in one shape, made once where content enters: a single value is a range whose
 * ends meet, and money always has its currency. Consumers read `amount` and never re-check.
 */
export type Amount =
  | { unit: 'money'; low: number; high: number; isRange: boolean; approximate: boolean; currency: Currency }
  | { unit: 'exchange-rate'; low: number; high: number; isRange: boolean; approximate: boolean; currency: Currency; per: Currency }
  | { unit: Exclude<(typeof units)[number] | (typeof contextUnits)[number], 'money' | 'exchange-rate'>; low: number; high: number; isRange: boolean; approximate: boolean };

/** The amount of an entry that passed checkAmount and the unit checks (so its casts are safe). */
function toAmount(entry: { value?: number | undefined; low?: number | undefined; high?: number | undefined; approximate: boolean; unit: Amount['unit']; currency?: Currency | undefined; per?: Currency | undefined }): Amount {
  const low = (entry.value ?? entry.low) as number;
  const high = (entry.value ?? entry.high) as number;
  const common = { low, high, isRange: low !== high, approximate: entry.approximate };
  if (entry.unit === 'money') return { ...common, unit: 'money', currency: entry.currency as Currency };
  if (entry.unit === 'exchange-rate') return { ...common, unit: 'exchange-rate', currency: entry.currency as Currency, per: entry.per as Currency };
  return { ...common, unit: entry.unit };
}

export const figureSchema = figureBase.superRefine((figure, context) => {
  checkAmount(figure, context);
  if ((figure.unit === 'money' || figure.unit === 'exchange-rate') && !figure.currency) {
    context.addIssue({ code: 'custom', path: ['currency'], message: `is required when unit is "${figure.unit}"` });
  }
  if (figure.unit === 'exchange-rate' && !figure.per) {
    context.addIssue({ code: 'custom', path: ['per'], message: 'is required for an exchange rate' });
  }
  if (figure.kind === 'derived' && !figure.derivation) {
    context.addIssue({ code: 'custom', path: ['derivation'], message: 'is required when kind is "derived"' });
  }
  if (figure.kind !== 'derived' && figure.derivation) {
    context.addIssue({ code: 'custom', path: ['derivation'], message: `is only for derived figures, not "${figure.kind}"` });
  }
  if (!figure.dated && !figure.speaker) {
    context.addIssue({ code: 'custom', path: ['speaker'], message: 'is required when dated is false: say whose undated words these are' });
  }
  if (figure.kind === 'inferred' && !figure.inference) {
    context.addIssue({ code: 'custom', path: ['inference'], message: 'is required when kind is "inferred"' });
  }
}).transform((figure) => ({ ...figure, amount: toAmount(figure) }));
export type Figure = z.infer<typeof figureSchema>;

export const quoteSchema = z.strictObject({
  /** How prose refers to this quotation. */
  id,
  /** The report it comes from (an id in content/sources.json). */
  source: id,
  /** Who said it, as the report describes them. */
  speaker: z.string().min(3),
  /** The quotation, verbatim. */
  text: verbatimQuote,
  /** False when the speaker's interview is not dated in the report (report A's second source). */
  dated: z.boolean().default(true),
});
export type Quote = z.infer<typeof quoteSchema>;

/** Where a context fact was read: a publication outside the two reports. */
export const citationSchema = z.strictObject({
  id,
  /** Who published it: "Yonhap". */
  publisher: z.string().min(1),
  /** The article's identifier or title as recorded in the research notes. */
  reference: z.string().min(1).optional(),
  /** The publication date, when known. */
  date: isoDate.optional(),
  /** Where it was read, when not at the publisher: "nippon.com". */
  via: z.string().min(1).optional(),
  /** Why the figure is less certain, when it is. */
  caveat: z.string().min(10).optional(),
});
export type Citation = z.infer<typeof citationSchema>;

/** A month or day, or a year: 2017, 2020-03, 2020-01-31. */
const periodPoint = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

/** A point in time, or two joined by a slash for a span: "2020-01/2020-02". */
export const period = z
  .string()
  .refine((text) => {
    const parts = text.split('/');
    if (parts.length > 2 || !parts.every((part) => periodPoint.test(part))) return false;
    const valid = parts.every((part) => {
      const [year, month = 1, day = 1] = part.split('-').map(Number) as [number, number?, number?];
      const date = new Date(Date.UTC(year, month - 1, day));
      return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
    });
    return valid && (parts.length === 1 || parts[0]! < parts[1]!);
  }, 'must be YYYY, YYYY-MM or YYYY-MM-DD, or two of them as start/end (a real date, start first)');

export const contextTopics = ['trade', 'border', 'crackdown', 'prices', 'exchange-rate', 'earnings', 'meaning'] as const;
export const contextUnits = ['money', 'exchange-rate', 'kilograms', 'months', 'days', 'percent'] as const;

/**
 * A fact from outside the reports (../shared/research/context-facts.md): a number, or an event
 * when it has none. It carries citations where a report's figure carries a quote.
 */
export const contextFactSchema = z
  .strictObject({
    id,
    topic: z.enum(contextTopics),
    /** What the number measures, or what happened. */
    measures: z.string().min(8, 'must say what the fact is'),
    /** When: the period a number covers, or the date of an event. */
    period,
    /** Which series of numbers it belongs to, when several share a topic ("total", "china-exports"). */
    series: id.optional(),
    value: z.number().optional(),
    low: z.number().optional(),
    high: z.number().optional(),
    /** True when the source hedges ("≈"): shown as "about", never as a precise value. */
    approximate: z.boolean().default(false),
    unit: z.enum(contextUnits).optional(),
    currency: currency.optional(),
    /** For an exchange rate: the currency being priced. */
    per: currency.optional(),
    /** For a price or an income: what it is for ("kg", "month"). */
    perQuantity: z.enum(['kg', 'month']).optional(),
    /** Ids in content/citations.json; for a derived fact, the sources of its inputs not already in figures. */
    citations: z.array(id).min(1, 'must cite at least one source'),
    kind: z.enum(['reported', 'derived']),
    derivation: z
      .strictObject({ text: z.string().min(10), formula, rounding: z.number().positive().optional() })
      .optional(),
    /** A reported detail that goes with the number ("Down 80.7% on 2019."). */
    note: z.string().min(5).optional(),
    /** Why the number is less certain, when it is. */
    caveat: z.string().min(10).optional(),
  })
  .superRefine((fact, context) => {
    checkAmount(fact, context, { required: false });
    const hasAmount = fact.value !== undefined || fact.low !== undefined || fact.high !== undefined;
    if (hasAmount && !fact.unit) context.addIssue({ code: 'custom', path: ['unit'], message: 'is required with a value' });
    if (!hasAmount && fact.unit) context.addIssue({ code: 'custom', path: ['value'], message: `is missing: a fact in ${fact.unit} needs a value` });
    if ((fact.unit === 'money' || fact.unit === 'exchange-rate') && !fact.currency) {
      context.addIssue({ code: 'custom', path: ['currency'], message: `is required when unit is "${fact.unit}"` });
    }
    if (fact.unit === 'exchange-rate' && !fact.per) context.addIssue({ code: 'custom', path: ['per'], message: 'is required for an exchange rate' });
    if (fact.kind === 'derived' && !fact.derivation) {
      context.addIssue({ code: 'custom', path: ['derivation'], message: 'is required when kind is "derived"' });
    }
    if (fact.kind !== 'derived' && fact.derivation) {
      context.addIssue({ code: 'custom', path: ['derivation'], message: `is only for derived facts, not "${fact.kind}"` });
    }
  })
  // An event has no number: its amount is null, so a chart that needs a number says so once.
  .transform((fact) => ({ ...fact, amount: fact.unit === undefined ? null : toAmount({ ...fact, unit: fact.unit }) }));
export type ContextFact = z.infer<typeof contextFactSchema>;

/** One dated entry in the public corrections log: what changed on the page, and why. */
export const correctionSchema = z.strictObject({
  id,
  /** When the change was published. */
  date: isoDate,
  /** The pages it touched, as routes ("stories/crackdown.html"). */
  pages: z.array(z.string().min(1)).min(1, 'must name at least one page'),
  /** What changed and why, in a sentence or two a reader understands. */
  summary: z.string().min(20, 'must say what changed and why'),
});
export type Correction = z.infer<typeof correctionSchema>;

export const citationsFile = z.array(citationSchema).min(1, 'must list at least one citation');
export const correctionsFile = z.array(correctionSchema);
export const contextFile = z.array(contextFactSchema);

export const sourcesFile = z.array(sourceSchema).min(1, 'must list at least one source');
export const figuresFile = z.array(figureSchema);
export const quotesFile = z.array(quoteSchema);
