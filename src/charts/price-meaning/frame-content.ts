/**
 * Everything around the "what the price means" drawing: the frame's words, its table, its
 * sources (each result with every number it was computed from) and the rows of its downloads.
 * Every number is taken from the content, never typed here.
 */
import type { Content } from '../../data/load';
import type { ContextFact } from '../../data/schema';
import { formatContextFact, formatNumber } from '../../lib/format';
import { citationLabel, yearLabel } from '../../lib/sources';
import { frameSourceEntryId, isContextSource, type FrameContent, type FrameSource } from '../frame';
import { byPanel, meaningData, type MeaningDatum, type MeaningInput } from './data';

export const slug = 'price-meaning';
const usedIn = 'src/charts/price-meaning/frame-content.ts';

const lowerFirst = (text: string) => `${text[0]?.toLowerCase() ?? ''}${text.slice(1)}`;

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
function formulaText(fact: ContextFact): string {
  const formula = fact.derivation?.formula;
  if (formula === undefined) return '';
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
  const reports = [...new Map(data.map((datum) => [datum.report.id, datum.report])).values()];
  const [firstReport, secondReport] = reports;
  // The share of earnings starts from the second report's own dollars for its 200 yuan.
  const dollars = earnings.inputs.find((candidate) => !isContextSource(candidate.entry) && candidate.entry.figure.currency === 'USD');
  const riceInYuan = rice.inputs.find((candidate) => candidate.kind === 'derived' && isContextSource(candidate.entry));
  const officialPay = pay.inputs.find((candidate) => isContextSource(candidate.entry) && candidate.entry.fact.topic === 'earnings');
  const averageEarnings = earnings.whole;
  const handsetPrice = handset.whole;
  // "5,000–10,000 North Korean won a month (about US$1–3), February 2022, NK News": value, its note, date, publisher.
  const dated = (item: MeaningInput | undefined) => {
    if (!item) return '';
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
      `Earnings: a bar of ${earnings.prose}, inside an outline for the whole month, ${averageEarnings?.text ?? ''}, as 100%. ` +
      `Official pay: a bar from ${formatNumber(pay.low)} to ${formatNumber(pay.high)} months on a months axis, drawn as a range (${pay.prose}). ` +
      `Handset: ${handset.prose}, drawn as one block per day at ${day.text}, filling the price of a handset, ${handsetPrice?.text ?? ''}.`,
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
        arithmetic: datum.fact.derivation?.text ?? '',
        inputs: datum.inputs.map(inputLabel).join('; '),
        sources: [...new Set(datum.inputs.flatMap(sourceLabels))].join('; '),
      })),
    },
    notes: [
      'Every result is derived: our arithmetic on the numbers listed under Sources, which none of them states. “About” (≈) marks a result that rests on an estimate or is rounded.',
      `The ${day.text} is ${firstReport?.referredToAs}’s price for a whole day, ${firstReport ? yearLabel(firstReport) : ''}. ` +
        `It is also the top of ${secondReport?.referredToAs}’s range, ${secondReport ? yearLabel(secondReport) : ''}, which puts it at ${dollars?.text ?? ''}: ` +
        'the share of earnings starts from that figure. Neither report states its year; both years are inferred.',
      `The numbers come from different dates: ${reports.map((report) => `${report.referredToAs}, ${yearLabel(report)}`).join('; ')}; ` +
        `${contextInputs(data).map((item) => `${lowerFirst(item.measures)}, ${item.when}`).join('; ')}. ` +
        'So each result gives a sense of scale, not an exact count.',
      `Two different measures of income: ${lowerFirst(officialPay?.measures ?? '')}: ${dated(officialPay)}; ` +
        `${lowerFirst(averageEarnings?.measures ?? '')}: ${dated(averageEarnings)}. The same ${day.text} is months of the first and part of a month of the second.`,
      `${handsetPrice?.measures ?? ''}: ${dated(handsetPrice)}. The day rate it is divided by is from ${day.when}.`,
      `The rice price in yuan is itself derived: ${riceInYuan && isContextSource(riceInYuan.entry) ? riceInYuan.entry.fact.derivation?.text : ''}`,
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
    unit: datum.fact.unit ?? '',
    day_rate_cny: datum.sum.high,
    day_rate_figure_id: datum.sum.id,
    derivation: datum.fact.derivation?.text ?? '',
    formula: formulaText(datum.fact),
    inputs: datum.inputs
      .map((item) => {
        const value = item.low === item.high ? String(item.low) : `${item.low}–${item.high}`;
        return `${item.id}${item.end ? `.${item.end}` : ''}: ${value} ${unitCode(item)} [${item.when}; ${item.kind}]`;
      })
      .join('; '),
    sources: [...new Set(datum.inputs.flatMap(sourceLabels))].join('; '),
  }));
}
