/**
 * Every word the risk model shows, by locale: on the drawing, on its sliders, in its sentence, and
 * in its frame, notes and downloads. Functions over values the locale has already written
 * ("10%", "3,000 yuan"), so no number is typed here and no word is typed anywhere else. The
 * browser redraws with these same messages.
 */
import type { ChartMessages } from '../messages';
import { listNames, type CreditWords } from '../credit-words';
import type { AssumptionKey } from './model';

/** Why the bribe explains none of the price: nobody is caught, or the caught pay nothing. */
export type NothingExplained = 'neverCaught' | 'noBribe';

/**
 * The words the browser redraws with (client.ts): the drawing's, the sliders' values and the
 * model's sentence. Kept apart from the frame's words so a page's script carries only these.
 */
export interface ModelWords {
  /** "10%": a chance, written by the locale as a number first. */
  percent: (number: string) => string;
  /** "30 yuan a day". */
  perDay: (money: string) => string;
  /** The first report's day rate: "200 yuan a day, 2019 (inferred)", never broken before "day". */
  dayRatePrice: (price: string, year: string) => string;
  /** The second report's range, which gives no rental period. */
  rangePrice: (price: string, year: string) => string;
  /** A slider's value as it is shown and announced: "10% a month", "3,000 yuan", "10 days a month" (`value` picks singular or plural). */
  controlValue: Record<AssumptionKey, (written: string, value: number) => string>;

  drawing: {
    /** Said on the drawing itself, so a screenshot cannot lose it. */
    notReported: string;
    xAxis: string;
    yAxis: string;
    /** The model's line. */
    modelLine: string;
    /** A reported price's name for screen readers: "Reported: 200 yuan a day, 2019 (inferred)". */
    reported: (price: string) => string;
    /** The reported prices' labels on the drawing, without their years (the notes say once that they are inferred). */
    dayRateLabel: (price: string) => string;
    rangeLabel: (price: string) => string;
    /** The reader's point when the day rate is above the axis: "10,000 yuan a day ↑ off the scale". */
    offScale: (value: string) => string;
    /** The one-line credit under the chart: the model is this site's own. */
    credit: string;
    /** The reader's point, for a screen reader and the tooltip. */
    point: (values: { chance: string; bribe: string; days: string; rate: string }) => string;
  };

  /**
   * The frame's takeaway, for any assumptions (the page opened from an address too): the result,
   * and the chance that would explain the whole day rate (null: none would; `exceeds`: the bribes
   * alone cost more than the day rate).
   */
  takeaway: (values: { rate: string; dayRate: string; neededChance: string | null; exceeds: boolean }) => string;
  /** The chart in words, for any assumptions. */
  description: (values: { bribe: string; rentalDays: string; catchChance: string; rate: string; range: string; dayRate: string }) => string;
  /** Said once a slider settles, or on Reset: only what changed. "30 → 45 yuan a day, 23% of the reported price". */
  announce: (values: { from: string; to: string; share: string }) => string;

  summary: {
    setup: (values: { chance: string; bribe: string; days: string; daysValue: number; rate: string }) => string;
    nothing: (why: NothingExplained) => string;
    exceeds: (dayRate: string) => string;
    share: (share: string, dayRate: string) => string;
    partOnly: (rateAtCertainty: string) => string;
  };
}

/** Every word of the chart: the model's, and the frame's, the sliders' labels, the notes and downloads. */
export interface RiskModelWords extends ModelWords {
  title: string;

  controls: {
    badge: string;
    title: string;
    label: Record<AssumptionKey, string>;
    reset: string;
    share: string;
  };

  formula: {
    words: string;
    symbols: string;
    /** "Model: day rate that … ." above the drawing. */
    line: (words: string) => string;
  };

  assumptions: {
    title: string;
    catchChance: (value: string) => string;
    bribe: (values: { value: string; fact: string; measures: string; when: string; citations: string }) => string;
    rentalDays: (values: { value: string; report: string; dayRate: string }) => string;
  };

  /**
   * The source of the reader's point on the model line (its tooltip, and the dialog Enter opens):
   * the model and its assumptions, not any one figure, with a link to where they are listed.
   */
  pointSource: {
    model: (symbols: string) => string;
    assumed: string;
    link: string;
  };

  table: {
    caption: (bribe: string, rentalDays: string) => string;
    chance: string;
    rate: string;
    share: (dayRate: string) => string;
  };

  notes: {
    isModel: string;
    formula: (words: string, symbols: string) => string;
    defaultCatchChance: (note: string) => string;
    defaultBribe: (note: string) => string;
    defaultRentalDays: (note: string) => string;
    reported: (values: { range: string; rangeReport: string; dayRate: string; dayRateReport: string }) => string;
    address: string;
  };

  download: {
    modelRow: string;
    reportedRow: string;
  };
}

const modelWordsEn: ModelWords = {
  percent: (number) => `${number}%`,
  perDay: (money) => `${money} a day`,
  dayRatePrice: (price, year) => `${price} a\u00a0day, ${year}`,
  rangePrice: (price, year) => `${price} by region, rental period not stated, ${year}`,

  controlValue: {
    catchChance: (written) => `${written}% a month`,
    bribe: (written) => `${written} yuan`,
    rentalDays: (written, value) => `${written} ${value === 1 ? 'day' : 'days'} a month`,
  },
  drawing: {
    notReported: 'Illustrative model, not reported data',
    xAxis: 'Chance a lender is caught in a month →',
    yAxis: '↑ Yuan a day',
    modelLine: 'Model',
    reported: (price) => `Reported: ${price}`,
    dayRateLabel: (price) => `Reported: ${price} a\u00a0day`,
    rangeLabel: (price) => `Reported: ${price} by region, rental period not stated`,
    offScale: (value) => `${value} ↑ off the scale`,
    credit: 'Source: an illustrative model by this site, set against prices reported by Daily NK',
    point: ({ chance, bribe, days, rate }) =>
      `Model, at your assumptions (${chance} chance a month, a bribe of ${bribe}, ${days}): ${rate} covers the expected bribe`,
  },

  takeaway: ({ rate, dayRate, neededChance, exceeds }) =>
    exceeds
      ? `In this model, bribes cost ${rate} a day. That is more than the whole ${dayRate} day rate.`
      : `In this model, bribes cover ${rate} of the ${dayRate} day rate. ` +
        (neededChance === null ? 'No chance of being caught covers all of it.' : `Covering it all needs a ${neededChance} chance of being caught a month.`),
  description: (v) =>
    `An illustrative model, not reported data. A line shows the day rate that would cover a lender’s expected bribe, ` +
    `rising from zero as the monthly chance of being caught goes from 0% to 100%, for a bribe of ${v.bribe} and ` +
    `a phone rented out ${v.rentalDays}. A point marks ${v.catchChance}: ${v.rate}. Behind it, the reported prices: a band for ${v.range} ` +
    `and a dashed line for ${v.dayRate}. With JavaScript, sliders change the assumptions and the chart follows.`,
  announce: ({ from, to, share }) => `${from} → ${to} a day, ${share} of the reported price`,

  summary: {
    setup: ({ chance, bribe, days, daysValue, rate }) =>
      `Model: with a ${chance} chance of being caught each month, a bribe of ${bribe} and ${days} rental ${daysValue === 1 ? 'day' : 'days'} a month, ` +
      `the expected bribe comes to ${rate} for each day the phone is rented.`,
    nothing: (why) =>
      `On these assumptions ${why === 'neverCaught' ? 'a lender who is never caught pays no bribes' : 'a lender who pays no bribe when caught bears no cost from it'}, ` +
      `so the bribe explains none of the price.`,
    exceeds: (dayRate) => `That is more than the reported day rate of ${dayRate}: on these assumptions, that price would not even cover the bribes.`,
    share: (share, dayRate) => `That is ${share} of the reported day rate of ${dayRate}.`,
    partOnly: (rateAtCertainty) =>
      `Even a lender caught every month would need only ${rateAtCertainty} a day to cover the bribe: on these assumptions, the bribe explains only part of the price.`,
  },
};

/** The model's words with the frame's: a plain call, so a bundle that needs only the model's drops the rest. */
function withModelWords(frameWords: Omit<RiskModelWords, keyof ModelWords>): RiskModelWords {
  return { ...modelWordsEn, ...frameWords };
}

/** The words the browser redraws with, the same the build draws with (client.ts). */
export const modelMessages: ChartMessages<ModelWords> = { en: modelWordsEn };

/** Every word of the chart; its model's words are `modelWordsEn`, shared with the browser. */
export const messages: ChartMessages<RiskModelWords> = {
  en: /* @__PURE__ */ withModelWords({
    title: 'A model: how much of the price could risk explain?',

    controls: {
      badge: 'Illustrative model',
      title: 'Your assumptions',
      label: {
        catchChance: 'Chance a lender is caught in a month',
        bribe: 'Bribe paid when caught',
        rentalDays: 'Days a month the phone is rented out',
      },
      reset: 'Reset to the defaults',
      share: 'Link to this view',
    },

    formula: {
      words: 'day rate that covers the expected bribe = chance of being caught in a month × bribe when caught ÷ days the phone is rented that month',
      symbols: 'r = p × B ÷ d',
      line: (words) => `Model: ${words}.`,
    },

    assumptions: {
      title: 'Defaults, and why',
      catchChance: (value) =>
        `${value} (our assumption). Neither report says how often lenders are caught: a source in the first calls the business very ` +
        `dangerous, the second says border residents seem little bothered by crackdowns. This is a round starting point between ` +
        `those, not an estimate.`,
      bribe: ({ value, fact, measures, when, citations }) =>
        `${value} (context, not a lender’s bribe), the one bribe amount we have. ${measures}: ${fact}, ${when} (${citations}). ` +
        `The reports say lenders who are caught pay bribes, but not how much.`,
      rentalDays: ({ value, report, dayRate }) =>
        `${value} (our assumption). ${report} says customers usually take a phone for the whole day, at ${dayRate}, but neither ` +
        `report says how many days a month a phone is out. This is a placeholder.`,
    },

    pointSource: {
      model: (symbols) => `An illustrative model by this site, not a reported figure: ${symbols}.`,
      assumed:
        'Its assumptions, all set by the sliders: the chance of being caught and the rental days (ours, not reported), ' +
        'and the bribe when caught (by default a cited figure, not a lender’s bribe).',
      link: 'The model’s assumptions, and why (methods page)',
    },

    table: {
      caption: (bribe, rentalDays) => `Model output at the default assumptions (a bribe of ${bribe}, a phone rented out ${rentalDays}): illustrative, not reported`,
      chance: 'Chance caught a month (assumed)',
      rate: 'Day rate covering the expected bribe (model, yuan)',
      share: (dayRate) => `Share of the reported day rate of ${dayRate}`,
    },

    notes: {
      isModel: 'This is a model, to explore, not a finding: the reports give prices, and the second says prices rise with the danger, but neither gives a rate of arrests or a count of rental days.',
      formula: (words, symbols) =>
        `The model: ${words}; in symbols, ${symbols}. It leaves out everything else a price pays for (the phone, the connections, the lender’s profit), so it shows the part of the price risk could explain.`,
      defaultCatchChance: (note) => `Default chance of being caught: ${note}`,
      defaultBribe: (note) => `Default bribe: ${note}`,
      defaultRentalDays: (note) => `Default rental days: ${note}`,
      reported: ({ range, rangeReport, dayRate, dayRateReport }) =>
        `The reported prices: ${range} (${rangeReport}) and ${dayRate} (${dayRateReport}); both years are inferred. The second report does not say how long a rental its range buys, so its band sits on the day-rate axis as context only; the model is compared with the day rate.`,
      address: 'The model’s settings live in the page’s address, so a link reproduces them; a link with missing or malformed settings opens at the defaults.',
    },

    download: {
      modelRow: 'model (illustrative, not reported)',
      reportedRow: 'reported price',
    },
  }),
};

/** The one-line source under the chart: the model is ours, from the reports' prices and the cited bribe (src/charts/credit.ts). */
export const credit: ChartMessages<CreditWords> = {
  en: ({ reports, context }) => `Model by Renting a line to China, from prices and a bribe reported by ${listNames([...new Set([...reports, ...context])])}`,
};

/** The mark on a model whose settings are not its defaults: moved by the reader, or opened from a link that carried them. */
export const changedMessages: ChartMessages<{ changed: string }> = {
  en: { changed: 'Settings changed from the model’s defaults' },
};
