/**
 * Everything around the "what the price means" drawing: the frame's words, its table, its
 * sources (each result with every number it was computed from) and the rows of its downloads.
 * Every number is taken from the content, never typed here.
 */
import type { Content } from '../../data/load';
import { ContentError } from '../../data/load';
import type { Source } from '../../data/schema';
import { capitalize, formatContextFact, formatNumber } from '../../lib/format';
import { citationLabel, yearLabel } from '../../lib/sources';
import { frameSourceEntryId, isContextSource, type FrameContent, type FrameSource } from '../frame';
import { byPanel, meaningData, type MeaningDatum, type MeaningInput } from './data';

export const slug = 'price-meaning';
const usedIn = 'src/charts/price-meaning/frame-content.ts';

/** "Market price of rice" → "market price of rice", mid-sentence; an acronym ("US dollars") stays as it is. */
const lowerFirst = (text: string) => (/^[A-Z][A-Z]/.test(text) ? text : `${text.charAt(0).toLowerCase()}${text.slice(1)}`);

/**
 * A number or entry the frame's words need. Missing, it fails the build naming this file,
 * rather than leaving a blank in a sentence.
 */
function required<T>(value: T | undefined, what: string): T {
  if (value === undefined || value === '') {
    throw new ContentError([{ file: usedIn, message: `needs ${what} for its words, and the price-meaning data no longer gives it` }]);
  }
  return value;
}

/** Where an input comes from, in full: "Daily NK, the first report", "Asia Press". */
function sourceLabels(input: MeaningInput): string[] {
  if (isContextSource(input.entry)) return input.entry.citations.map(citationLabel);
  return [`${input.entry.source.outlet}, ${input.entry.source.referredToAs}`];
}

const rangeEnds = { low: ' (bottom of the range)', high: ' (top of the range)' } as const;

/** "200 yuan: price to rent a Chinese phone for a whole day, 2019 (inferred)", marked when derived or one end of a range. */
function inputLabel(input: MeaningInput): string {
  const end = input.end ? rangeEnds[input.end] : '';
  return `${input.text}: ${lowerFirst(input.measures)}${end}, ${input.when}${input.kind === 'reported' ? '' : ` (${input.kind})`}`;
}

/** The unit of an input for the downloads: "CNY", "KPW per CNY", "KPW per month". */
function unitCode(input: MeaningInput): string {
  if (isContextSource(input.entry)) {
    const { fact } = input.entry;
    const per = fact.per ?? fact.perQuantity;
    return [fact.currency ?? fact.unit, per && `per ${per}`].filter(Boolean).join(' ');
  }
  const { figure } = input.entry;
  return [figure.currency ?? figure.unit, figure.per && `per ${figure.per}`].filter(Boolean).join(' ');
}

/** The checked formula as text, for the downloads: one, several ways to one value, or per end. */
function formulaText({ derivation: { formula } }: MeaningDatum): string {
  if (typeof formula === 'string') return formula;
  return Array.isArray(formula) ? formula.join(' = ') : `low: ${formula.low}; high: ${formula.high}`;
}

/** The results first, then every number they rest on, each once, in panel order. */
function frameSources(data: MeaningDatum[]): FrameSource[] {
  const entries = [...data.map((datum) => datum.entry), ...data.flatMap((datum) => datum.inputs.map((input) => input.entry))];
  return entries.filter((entry, index) => entries.findIndex((other) => frameSourceEntryId(other) === frameSourceEntryId(entry)) === index);
}

/** The facts from outside the reports, each once, oldest first, leaving out those derived from others listed. */
function contextInputs(data: MeaningDatum[]): MeaningInput[] {
  const inputs = data.flatMap((datum) => datum.inputs).filter((input) => isContextSource(input.entry) && input.kind === 'reported');
  const unique = inputs.filter((input, index) => inputs.findIndex((other) => other.id === input.id) === index);
  const period = (input: MeaningInput) => (isContextSource(input.entry) ? input.entry.fact.period : '');
  return unique.sort((a, b) => period(a).localeCompare(period(b)));
}

export function priceMeaningFrame(content: Content, data: MeaningDatum[] = meaningData(content, usedIn)): FrameContent {
  const [rice, earnings, pay, handset] = (['rice', 'earnings', 'pay', 'handset'] as const).map((panel) => byPanel(data, panel)) as [
    MeaningDatum,
    MeaningDatum,
    MeaningDatum,
    MeaningDatum,
  ];
  const day = rice.sum;
  const dayReport = rice.report;
  const allInputs = data.flatMap((datum) => datum.inputs);
  // Every report a number comes from, in the order the panels use them: the day rate's, then the rate's.
  const reports = [
    ...new Map(
      allInputs.flatMap((input): [string, Source][] => (isContextSource(input.entry) ? [] : [[input.entry.source.id, input.entry.source]])),
    ).values(),
  ];
  // Dollar results convert the day rate at the rate the second report's own conversion implies.
  const rate = required(
    earnings.inputs.find((candidate) => !isContextSource(candidate.entry) && candidate.entry.figure.unit === 'exchange-rate'),
    'the exchange rate the share of earnings converts the day rate at',
  );
  const rateReport = required(isContextSource(rate.entry) ? undefined : rate.entry.source, 'the report the exchange rate comes from');
  const riceInYuan = required(
    rice.inputs.find((candidate) => candidate.kind === 'derived' && isContextSource(candidate.entry)),
    'the derived rice price in yuan',
  );
  const riceDerivation = required(isContextSource(riceInYuan.entry) ? riceInYuan.entry.fact.derivation?.text : undefined, 'how the rice price in yuan was derived');
  const officialPay = required(
    pay.inputs.find((candidate) => isContextSource(candidate.entry) && candidate.entry.fact.topic === 'earnings'),
    'the official pay the months are counted in',
  );
  const averageEarnings = required(earnings.whole, 'the month’s average earnings the share is of');
  const handsetPrice = required(handset.whole, 'the handset price the days add up to');
  // "about US$1–3 a month, February 2022, NK News": value (with any note), date, publisher.
  const dated = (item: MeaningInput) => {
    const note = isContextSource(item.entry) ? item.entry.fact.note : undefined;
    return `${item.text}${note ? ` (${lowerFirst(note.replace(/\.$/, ''))})` : ''}, ${item.when}, ${item.from}`;
  };

  return {
    slug,
    story: 'crackdown',
    title: 'What a day’s phone rental was worth',
    takeaway:
      `${rice.subject}, ${day.text}, cost as much as ${rice.prose}, ${earnings.prose} or ${pay.prose}; ` +
      `${handset.prose} added up to the price of a handset.`,
    description:
      `Four panels, each a derived equivalence of ${day.text}, each on its own scale. ` +
      `Rice: a bar of ${rice.prose}, on a kilograms axis. ` +
      `Earnings: a bar of ${earnings.prose}, inside an outline for the whole month, ${averageEarnings.text}, as 100%. ` +
      `Official pay: a bar from ${formatNumber(pay.low)} to ${formatNumber(pay.high)} months on a months axis, drawn as a range (${pay.prose}). ` +
      `Handset: ${handset.prose}, drawn as one block per day at ${day.text}, filling the price of a handset, ${handsetPrice.text}.`,
    table: {
      caption: `What ${day.text} was worth: each result, how it was worked out, and the numbers and dates behind it`,
      columns: [
        { key: 'equivalence', label: 'Equivalence' },
        { key: 'result', label: 'Result', numeric: true },
        { key: 'kind', label: 'Kind' },
        { key: 'arithmetic', label: 'Arithmetic' },
        { key: 'inputs', label: 'Inputs, with their dates' },
        { key: 'sources', label: 'Sources' },
      ],
      rows: data.map((datum) => ({
        equivalence: datum.label,
        result: formatContextFact(datum.fact),
        kind: datum.fact.kind,
        arithmetic: datum.derivation.text,
        inputs: datum.inputs.map(inputLabel).join('; '),
        sources: [...new Set(datum.inputs.flatMap(sourceLabels))].join('; '),
      })),
    },
    notes: [
      'Every result is derived: our arithmetic on the numbers listed under Sources, which none of them states. “About” (≈) marks a result that rests on an estimate or is rounded.',
      `The ${day.text} is ${dayReport.referredToAs}’s price for a whole day, ${yearLabel(dayReport)}. ` +
        `Where a result needs dollars, it is converted at ${rate.text}, the rate implied by ${rateReport.referredToAs}’s own conversion of its prices, ${yearLabel(rateReport)}. ` +
        `${capitalize(rateReport.referredToAs)} does not say for how long a phone is rented at its prices, so only its rate is used. ` +
        'Neither report states its year; both years are inferred.',
      `The numbers come from different dates: ${reports.map((report) => `${report.referredToAs}, ${yearLabel(report)}`).join('; ')}; ` +
        `${contextInputs(data).map((item) => `${lowerFirst(item.measures)}, ${item.when}`).join('; ')}. ` +
        'So each result gives a sense of scale, not an exact count.',
      `Two different measures of income: ${lowerFirst(officialPay.measures)}: ${dated(officialPay)}; ` +
        `${lowerFirst(averageEarnings.measures)}: ${dated(averageEarnings)}. The same ${day.text} is months of the first and part of a month of the second.`,
      `${handsetPrice.measures}: ${dated(handsetPrice)}. The day rate it is divided by is from ${day.when}.`,
      `The rice price in yuan is itself derived: ${riceDerivation}`,
    ],
    sources: frameSources(data),
  };
}

/** One row per equivalence, for the CSV and JSON downloads: numbers as numbers, ranges as low and high. */
export function priceMeaningDownload(content: Content): Record<string, string | number | boolean>[] {
  return meaningData(content, usedIn).map((datum) => ({
    equivalence: datum.label,
    fact_id: datum.fact.id,
    measures: datum.fact.measures,
    kind: datum.fact.kind,
    approximate: datum.fact.approximate,
    result_low: datum.low,
    result_high: datum.high,
    is_range: datum.isRange,
    unit: required(datum.fact.unit, `the unit of "${datum.fact.id}"`),
    day_rate_cny: datum.sum.high,
    day_rate_figure_id: datum.sum.id,
    derivation: datum.derivation.text,
    formula: formulaText(datum),
    inputs: datum.inputs
      .map((item) => {
        const value = item.low === item.high ? String(item.low) : `${item.low}–${item.high}`;
        return `${item.id}${item.end ? `.${item.end}` : ''}: ${value} ${unitCode(item)} [${item.when}; ${item.kind}]`;
      })
      .join('; '),
    sources: [...new Set(datum.inputs.flatMap(sourceLabels))].join('; '),
  }));
}
