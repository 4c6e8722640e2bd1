/**
 * Everything around the "what the price means" drawing: the frame's words, its table, its
 * sources (each result with every number it was computed from) and the rows of its
 * downloads. Every number is taken from the content, every word from messages.ts.
 */
import type { DownloadRow, RenderContext } from '../definition';
import { frameSourceEntryId, type FrameSource, type FrameText } from '../frame';
import { amountOf, byPanel, isContextInput, isReportInput, type MeaningDatum, type MeaningInput } from './data';
import type { PriceMeaningWords } from './messages';
import { inputAmount, inputFrom, inputWhen, resultText } from './phrases';

type Context = RenderContext<PriceMeaningWords>;

/** Where an input comes from, in full: "Daily NK, the first report", "Asia Press". */
function sourceLabels(input: MeaningInput, { t, locale }: Context): string[] {
  if (isContextInput(input)) return input.entry.citations.map(locale.citation);
  return [t.reportSource(input.entry.source.outlet, input.entry.source.referredToAs)];
}

/** The unit of an input, as codes: "CNY", "KPW per CNY", "USD per month". */
function unitCode(input: MeaningInput, { t }: Context): string {
  const amount = amountOf(input);
  const unit = amount.unit === 'money' || amount.unit === 'exchange-rate' ? amount.currency : amount.unit;
  const per = amount.unit === 'exchange-rate' ? amount.per : isContextInput(input) ? input.entry.fact.perQuantity : undefined;
  return t.download.unit(unit, per);
}

/** The checked formula as text, for the downloads: one, several ways to one value, or per end. */
function formulaText({ derivation: { formula } }: MeaningDatum, { t }: Context): string {
  if (typeof formula === 'string') return formula;
  return Array.isArray(formula) ? t.download.formulaWays(formula) : t.download.formulaPerEnd(formula.low, formula.high);
}

/** The results first, then every number they rest on, each once, in panel order. */
function frameSources(data: readonly MeaningDatum[]): FrameSource[] {
  const entries = [...data.map((datum) => datum.entry), ...data.flatMap((datum) => datum.inputs.map((input) => input.entry))];
  return entries.filter((entry, index) => entries.findIndex((other) => frameSourceEntryId(other) === frameSourceEntryId(entry)) === index);
}

/** The reported facts from outside the reports, each once, oldest first. */
function contextInputs(data: readonly MeaningDatum[]) {
  const inputs = data.flatMap((datum) => datum.inputs).filter(isContextInput).filter((input) => input.kind === 'reported');
  const unique = inputs.filter((input, index) => inputs.findIndex((other) => other.id === input.id) === index);
  return unique.sort((a, b) => a.entry.fact.period.localeCompare(b.entry.fact.period));
}

/** A number the frame's words name: missing, it fails the build rather than leave a blank in a sentence. */
function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`chart "price-meaning": its words need ${what}, and its data no longer gives it`);
  return value;
}

export function priceMeaningFrame(data: MeaningDatum[], context: Context): FrameText {
  const { t, locale } = context;
  const [rice, earnings, pay, handset] = (['rice', 'earnings', 'pay', 'handset'] as const).map((panel) => byPanel(data, panel)) as [
    MeaningDatum,
    MeaningDatum,
    MeaningDatum,
    MeaningDatum,
  ];
  const amount = (input: MeaningInput) => inputAmount(input, context);
  const day = amount(rice.sum);
  const dayReport = rice.report;
  // Every report a number comes from, in the order the panels use them: the day rate's, then the rate's.
  const reports = [...new Map(data.flatMap((datum) => datum.inputs).flatMap((input) => (isContextInput(input) ? [] : [[input.entry.source.id, input.entry.source] as const]))).values()];
  // Dollar results convert the day rate at the rate the second report's own conversion implies.
  const rate = required(
    earnings.inputs.filter(isReportInput).find((input) => amountOf(input).unit === 'exchange-rate'),
    'the exchange rate the share of earnings converts the day rate at',
  );
  const rateReport = rate.entry.source;
  const riceInYuan = required(rice.inputs.filter(isContextInput).find((input) => input.kind === 'derived'), 'the derived rice price in yuan');
  const officialPay = required(pay.inputs.filter(isContextInput).find((input) => input.entry.fact.topic === 'earnings'), 'the official pay the months are counted in');
  const averageEarnings = required(earnings.whole, 'the month’s average earnings the share is of');
  const handsetPrice = required(handset.whole, 'the handset price the days add up to');
  const measures = (input: MeaningInput) => (isContextInput(input) ? input.entry.fact.measures : input.entry.figure.measures);
  const dated = (input: MeaningInput) =>
    t.notes.dated({ amount: amount(input), note: isContextInput(input) ? input.entry.fact.note : undefined, when: inputWhen(input, context), from: inputFrom(input, context) });

  return {
    title: t.title,
    takeaway: t.takeaway({
      subject: t.panel.rice.subject,
      day,
      rice: resultText(rice, context),
      earnings: resultText(earnings, context),
      pay: resultText(pay, context),
      handset: resultText(handset, context),
    }),
    description: t.description({
      day,
      rice: resultText(rice, context),
      earnings: resultText(earnings, context),
      averageEarnings: amount(averageEarnings),
      payLow: locale.number(pay.low),
      payHigh: locale.number(pay.high),
      pay: resultText(pay, context),
      handset: resultText(handset, context),
      handsetPrice: amount(handsetPrice),
    }),
    table: {
      caption: t.table.caption(day),
      columns: [
        { key: 'equivalence', label: t.table.equivalence },
        { key: 'result', label: t.table.result, numeric: true },
        { key: 'kind', label: t.table.kind },
        { key: 'arithmetic', label: t.table.arithmetic },
        { key: 'inputs', label: t.table.inputs },
        { key: 'sources', label: t.table.sources },
      ],
      rows: data.map((datum) => ({
        equivalence: t.panel[datum.panel].label,
        result: locale.contextFact(datum.fact),
        kind: t.kindName[datum.fact.kind],
        arithmetic: datum.derivation.text,
        inputs: t.table.list(
          datum.inputs.map((input) => t.table.input({ amount: amount(input), measures: measures(input), end: input.end, when: inputWhen(input, context), kind: input.kind })),
        ),
        sources: t.table.list([...new Set(datum.inputs.flatMap((input) => sourceLabels(input, context)))]),
      })),
    },
    notes: [
      t.notes.derived,
      t.notes.dayAndRate({
        day,
        dayReport: dayReport.referredToAs,
        dayYear: locale.reportYearPlain(dayReport),
        rate: amount(rate),
        rateReport: rateReport.referredToAs,
        rateYear: locale.reportYearPlain(rateReport),
      }),
      t.notes.dates(
        reports.map((report) => ({ report: report.referredToAs, year: locale.reportYear(report) })),
        contextInputs(data).map((input) => ({ measures: input.entry.fact.measures, when: inputWhen(input, context) })),
      ),
      t.notes.incomes({ measures: measures(officialPay), dated: dated(officialPay) }, { measures: measures(averageEarnings), dated: dated(averageEarnings) }, day),
      t.notes.handset(measures(handsetPrice), dated(handsetPrice), locale.reportYear(rice.sum.entry.source)),
      t.notes.rice(required(riceInYuan.entry.fact.derivation, 'how the rice price in yuan was derived').text),
    ],
    sources: frameSources(data),
  };
}

/** One row per equivalence, for the CSV and JSON downloads: numbers as numbers, ranges as low and high. */
export function priceMeaningDownload(data: MeaningDatum[], context: Context): DownloadRow[] {
  const { t } = context;
  return data.map((datum) => ({
    equivalence: t.panel[datum.panel].label,
    fact_id: datum.fact.id,
    measures: datum.fact.measures,
    kind: datum.fact.kind,
    approximate: datum.fact.amount.approximate,
    result_low: datum.low,
    result_high: datum.high,
    is_range: datum.isRange,
    unit: datum.fact.amount.unit,
    day_rate_cny: datum.sum.high,
    day_rate_figure_id: datum.sum.id,
    derivation: datum.derivation.text,
    formula: formulaText(datum, context),
    inputs: t.table.list(
      datum.inputs.map((input) =>
        t.download.input({
          id: `${input.id}${input.end ? `.${input.end}` : ''}`,
          value: input.low === input.high ? String(input.low) : `${input.low}–${input.high}`,
          unit: unitCode(input, context),
          when: inputWhen(input, context),
          kind: input.kind,
        }),
      ),
    ),
    sources: t.table.list([...new Set(datum.inputs.flatMap((input) => sourceLabels(input, context)))]),
  }));
}
