/**
 * Every word the "what the price means" chart shows, by locale: functions over the values they
 * mention (amounts, dates and years already written by the locale, names from content), so no
 * number is typed here and no word is typed anywhere else.
 */
import type { ChartMessages } from '../messages';
import { listNames, type CreditWords } from '../credit-words';
import type { Panel } from './data';

type Kind = 'reported' | 'derived' | 'inferred';

export interface PanelWords {
  /** The equivalence in a few words, for the table and downloads: "Rice". */
  label: string;
  /** Who is valued: "A day’s rental". */
  subject: string;
  /** The result in prose, hedge included: "about 43 kg" → "about 43 kg of rice". */
  result: (amount: string) => string;
  /** The panel's headline, the hedge as a sign: "43 kg", true → "A day’s rental ≈ 43 kg of rice". */
  headline: (amount: string, approximate: boolean) => string;
  /** The big number, the hedge as a sign: "43", true → "≈43 kg". */
  figure: (amount: string, approximate: boolean) => string;
  /** What the big number counts, under it: "of rice". */
  caption: string;
  /** What it was measured against, under the caption: "at about 4.6 yuan a kilogram". */
  basis: (amount: string) => string;
}

export interface PriceMeaningWords {
  title: string;
  panel: Record<Panel, PanelWords>;
  /**
   * Under the numbers: why the two incomes differ so, and that the numbers are derived from `day`
   * ("200 yuan") and the figures under them, converted at `rate` ("about 0.14 dollars per yuan", the
   * `report`'s) where those are in dollars.
   */
  footnote: (values: { day: string; rate?: { amount: string; report: string } | undefined }) => string;
  /** The "how" line under a panel: "Derived: 200 yuan (first report) ÷ …". */
  how: (arithmetic: string) => string;
  /** A report's number in the arithmetic: "200 yuan (first report)". */
  mentionReport: (amount: string, report: string) => string;
  /** A cited number in the arithmetic: "about 4.6 yuan a kilogram (Asia Press, 13 August 2019)". */
  mentionContext: (amount: string, publisher: string, when: string) => string;
  /** Several publishers of one number. */
  publishers: (names: string[]) => string;
  /** Two dates a period runs between: "2019–2020". */
  periodSpan: (from: string, to: string) => string;
  /** A mark's name: "A day’s rental: about 43 kg of rice, derived". */
  markLabel: (values: { subject: string; result: string; kind: string }) => string;
  kindName: Record<Kind, string>;
  takeaway: (values: { subject: string; day: string; rice: string; earnings: string; pay: string; handset: string }) => string;
  description: (values: { day: string; rice: string; earnings: string; averageEarnings: string; payLow: string; payHigh: string; pay: string; handset: string; handsetPrice: string }) => string;
  table: {
    caption: (day: string) => string;
    equivalence: string;
    result: string;
    kind: string;
    arithmetic: string;
    inputs: string;
    sources: string;
    /** One input: "200 yuan: price to rent a Chinese phone for a whole day, 2019 (inferred)". */
    input: (values: { amount: string; measures: string; end: 'low' | 'high' | undefined; when: string; kind: Kind }) => string;
    /** A list of inputs or sources in one cell. */
    list: (items: string[]) => string;
  };
  /** Where a report's number comes from, in the sources column: "Daily NK, the first report". */
  reportSource: (outlet: string, report: string) => string;
  notes: {
    derived: string;
    dayAndRate: (values: { day: string; dayReport: string; dayYear: string; rate: string; rateReport: string; rateYear: string }) => string;
    dates: (reports: { report: string; year: string }[], facts: { measures: string; when: string }[]) => string;
    incomes: (pay: { measures: string; dated: string }, earnings: { measures: string; dated: string }, day: string) => string;
    handset: (measures: string, dated: string, dayWhen: string) => string;
    rice: (derivation: string) => string;
    /** "about US$1–3 a month, February 2022, NK News", with a fact's note when it has one. */
    dated: (values: { amount: string; note: string | undefined; when: string; from: string }) => string;
  };
  download: {
    /** A unit for the downloads: "USD", "KPW per CNY", "USD per month". */
    unit: (unit: string, per: string | undefined) => string;
    /** A formula given per end of a range. */
    formulaPerEnd: (low: string, high: string) => string;
    /** Ways to the same value. */
    formulaWays: (formulas: string[]) => string;
    /** "official-monthly-pay-usd: 1–3 USD per month [February 2022; reported]". */
    input: (values: { id: string; value: string; unit: string; when: string; kind: string }) => string;
  };
}

/** "Market price of rice" → "market price of rice", mid-sentence; an acronym ("US dollars") stays as it is. */
const lowerFirst = (text: string) => (/^[A-Z][A-Z]/.test(text) ? text : `${text.charAt(0).toLowerCase()}${text.slice(1)}`);
const capitalize = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;

interface BigNumberWords {
  /** The unit written into the big number: "kg", "%", or none. */
  unit: (amount: string) => string;
  caption: string;
  basis: (amount: string) => string;
}

function englishPanel(label: string, subject: string, tail: string, big: BigNumberWords): PanelWords {
  return {
    label,
    subject,
    result: (amount) => `${amount} ${tail}`,
    headline: (amount, approximate) => `${subject} ${approximate ? '≈' : '='} ${amount} ${tail}`,
    figure: (amount, approximate) => `${approximate ? '≈' : ''}${big.unit(amount)}`,
    caption: big.caption,
    basis: big.basis,
  };
}

export const messages: ChartMessages<PriceMeaningWords> = {
  en: {
    title: 'What a day’s phone rental was worth',
    panel: {
      rice: englishPanel('Rice', 'A day’s rental', 'of rice', { unit: (amount) => amount, caption: 'kilograms of rice', basis: (amount) => `at ${amount}` }),
      earnings: englishPanel('Share of average earnings', 'A day’s rental', 'of a month’s average earnings', {
        unit: (amount) => `${amount}%`,
        caption: 'of a month’s average earnings, as experts estimate them',
        basis: (amount) => `of ${amount}`,
      }),
      pay: englishPanel('Months of official pay', 'A day’s rental', 'of official pay', { unit: (amount) => amount, caption: 'months of official pay', basis: (amount) => `at ${amount}` }),
      handset: englishPanel('Days of renting for a handset', 'One handset', 'of renting', {
        unit: (amount) => amount,
        caption: 'days of renting paid for one handset',
        basis: (amount) => `priced at ${amount}`,
      }),
    },
    // Drawn in the SVG, so it travels into the downloaded pictures and print: it points to no tooltip or table, which they lack.
    footnote: ({ day, rate }) =>
      'Official pay and experts’ estimate of average earnings are different measures of income, from different years. ' +
      `Our arithmetic, not the reports’: each number compares the ${day} with the figure under it` +
      (rate ? `, converted at ${rate.amount} (${rate.report}’s rate) where that figure is in dollars.` : '.'),
    how: (arithmetic) => `Derived: ${arithmetic}`,
    mentionReport: (amount, report) => `${amount} (${report.replace(/^the /, '')})`,
    mentionContext: (amount, publisher, when) => `${amount} (${publisher}, ${when})`,
    publishers: (names) => names.join('; '),
    periodSpan: (from, to) => `${from}–${to}`,
    markLabel: ({ subject, result, kind }) => `${subject}: ${result}, ${kind}`,
    kindName: { reported: 'reported', derived: 'derived', inferred: 'inferred' },
    takeaway: (v) => `${v.subject}, ${v.day}, cost as much as ${v.rice}, or ${v.earnings}.`,
    description: (v) =>
      `Four large numbers, each a derived equivalence of ${v.day}, a day’s rental, not drawn to any scale because their units differ: ` +
      `${v.rice}; ${v.earnings}, a month’s average being ${v.averageEarnings}; ${v.pay}, from ${v.payLow} to ${v.payHigh} months; ` +
      `and ${v.handset} paid for one handset, priced at ${v.handsetPrice}.`,
    table: {
      caption: (day) => `What ${day} was worth: each result, how it was worked out, and the numbers and dates behind it`,
      equivalence: 'Equivalence',
      result: 'Result',
      kind: 'Kind',
      arithmetic: 'Arithmetic',
      inputs: 'Inputs, with their dates',
      sources: 'Sources',
      input: ({ amount, measures, end, when, kind }) =>
        `${amount}: ${lowerFirst(measures)}${end ? ` (${end === 'low' ? 'bottom' : 'top'} of the range)` : ''}, ${when}${kind === 'reported' ? '' : ` (${kind})`}`,
      list: (items) => items.join('; '),
    },
    reportSource: (outlet, report) => `${outlet}, ${report}`,
    notes: {
      derived:
        'Every result is derived: our arithmetic on the numbers listed under Sources, which none of them states. “About” (≈) marks a result that rests on an estimate or is rounded.',
      dayAndRate: (v) =>
        `The ${v.day} is ${v.dayReport}’s price for a whole day, ${v.dayYear}. ` +
        `Where a result needs dollars, it is converted at ${v.rate}, the rate implied by ${v.rateReport}’s own conversion of its prices, ${v.rateYear}. ` +
        `${capitalize(v.rateReport)} does not say for how long a phone is rented at its prices, so only its rate is used. ` +
        'Neither report states its year; both years are inferred.',
      dates: (reports, facts) =>
        `The numbers come from different dates: ${reports.map(({ report, year }) => `${report}, ${year}`).join('; ')}; ` +
        `${facts.map(({ measures, when }) => `${lowerFirst(measures)}, ${when}`).join('; ')}. ` +
        'So each result gives a sense of scale, not an exact count.',
      incomes: (pay, earnings, day) =>
        `Two different measures of income: ${lowerFirst(pay.measures)}: ${pay.dated}; ${lowerFirst(earnings.measures)}: ${earnings.dated}. ` +
        `The same ${day} is months of the first and part of a month of the second.`,
      handset: (measures, dated, dayWhen) => `${measures}: ${dated}. The day rate it is divided by is from ${dayWhen}.`,
      rice: (derivation) => `The rice price in yuan is itself derived: ${derivation}`,
      dated: ({ amount, note, when, from }) => `${amount}${note ? ` (${lowerFirst(note.replace(/\.$/, ''))})` : ''}, ${when}, ${from}`,
    },
    download: {
      unit: (unit, per) => (per ? `${unit} per ${per}` : unit),
      formulaPerEnd: (low, high) => `low: ${low}; high: ${high}`,
      formulaWays: (formulas) => formulas.join(' = '),
      input: ({ id, value, unit, when, kind }) => `${id}: ${value} ${unit} [${when}; ${kind}]`,
    },
  },
};

/**
 * The one-line source under the chart: the reports' outlets, then the publishers of the rice, pay
 * and handset figures (src/charts/credit.ts), as one list: the handset price and the dollar rate
 * come from Daily NK too, so naming which figure came from whom would need more than a line.
 */
export const credit: ChartMessages<CreditWords> = {
  en: ({ reports, context }) => {
    const names = [...reports, ...context];
    return `${names.length > 1 ? 'Sources' : 'Source'}: ${listNames(names)}`;
  },
};
