/**
 * Everything around the risk model's drawing: the frame's words, table, notes and sources, the
 * notes that state and justify each default (also on the methods page), and the download. The
 * model is labelled as a model in the title, the takeaway, the table and every note; the reported
 * prices it is set against keep their quotes and reports. Every word from messages.ts.
 */
import { range as steps } from 'd3-array';
import type { Content } from '../../data/load';
import { resolveRequirements } from '../../data/requirements';
import { english, type Locale } from '../../lib/locale';
import { periodBounds } from '../../lib/period';
import type { DownloadRow, RenderContext } from '../definition';
import type { FrameText } from '../frame';
import { messagesFor } from '../messages';
import { requires, riskModelData, type RiskModelData } from './data';
import { messages, type RiskModelWords } from './messages';
import { breakEvenDayRate, roundedResult, type Assumptions } from './model';
import { controlValue, modelDescription, modelTakeaway, percent, reportedDayRate, reportedPrice, yuan } from './summary';

type Context = RenderContext<RiskModelWords>;

/** The chances the table tabulates, at the default bribe and rental days. */
const tabulatedChances = [0, 5, 10, 25, 50, 75, 100];

/** "July 2019", "31 January 2020", "2017", or a span of two: when a context fact holds, in the locale's words. */
function periodWords(period: string, locale: Locale): string {
  const { start, end, precision } = periodBounds(period);
  const parts: Intl.DateTimeFormatOptions =
    precision === 'year' ? { year: 'numeric' } : precision === 'month' ? { month: 'long', year: 'numeric' } : { day: 'numeric', month: 'long', year: 'numeric' };
  const first = locale.date(start, parts);
  const last = locale.date(new Date(end.getTime() - 1), parts);
  return first === last ? first : `${first}–${last}`;
}

/** Why each default, in words: the reports give no catch rate and no count of rental days. */
export function assumptionNotes(data: RiskModelData, context: Context): Record<keyof Assumptions, string> {
  const { t, locale } = context;
  const { defaults, bribe, dayRate } = data;
  return {
    catchChance: t.assumptions.catchChance(controlValue('catchChance', defaults.catchChance, context)),
    bribe: t.assumptions.bribe({
      value: controlValue('bribe', defaults.bribe, context),
      fact: locale.contextFact(bribe.fact),
      measures: bribe.fact.measures,
      when: periodWords(bribe.fact.period, locale),
      citations: bribe.citations.map(locale.citation).join('; '),
    }),
    rentalDays: t.assumptions.rentalDays({
      value: controlValue('rentalDays', defaults.rentalDays, context),
      report: locale.capitalize(dayRate.source.referredToAs),
      dayRate: locale.figure(dayRate.figure),
    }),
  };
}

export function riskModelFrame(data: RiskModelData, context: Context): FrameText {
  const { t, locale } = context;
  const { defaults } = data;
  const notes = assumptionNotes(data, context);
  const dayRate = reportedDayRate(data);
  return {
    title: t.title,
    takeaway: modelTakeaway(data, defaults, context),
    description: modelDescription(data, defaults, context),
    table: {
      caption: t.table.caption(yuan(defaults.bribe, context), controlValue('rentalDays', defaults.rentalDays, context)),
      columns: [
        { key: 'chance', label: t.table.chance },
        { key: 'rate', label: t.table.rate, numeric: true },
        { key: 'share', label: t.table.share(yuan(dayRate, context)), numeric: true },
      ],
      rows: tabulatedChances.map((catchChance) => {
        const rate = breakEvenDayRate({ ...defaults, catchChance });
        return { chance: percent(catchChance, context), rate: locale.number(roundedResult(rate)), share: percent(Math.round((rate / dayRate) * 100), context) };
      }),
    },
    notes: [
      t.notes.isModel,
      t.notes.formula(t.formula.words, t.formula.symbols),
      t.notes.defaultCatchChance(notes.catchChance),
      t.notes.defaultBribe(notes.bribe),
      t.notes.defaultRentalDays(notes.rentalDays),
      t.notes.reported({
        range: reportedPrice(data, 'range', context),
        rangeReport: data.range.source.referredToAs,
        dayRate: reportedPrice(data, 'dayRate', context),
        dayRateReport: data.dayRate.source.referredToAs,
      }),
      t.notes.address,
    ],
    sources: [data.range, data.dayRate, data.bribe],
  };
}

/** The model at the defaults over the whole range of chances, then the reported prices it is set against. */
export function riskModelDownload(data: RiskModelData, { t, locale }: Context): DownloadRow[] {
  const modelRows = steps(0, 101, 5).map((catchChance): DownloadRow => {
    const assumptions = { ...data.defaults, catchChance };
    return {
      row_kind: t.download.modelRow,
      catch_chance_percent_assumed: catchChance,
      bribe_yuan_default_from_context: assumptions.bribe,
      rental_days_per_month_assumed: assumptions.rentalDays,
      day_rate_covering_bribe_yuan: Math.round(breakEvenDayRate(assumptions) * 100) / 100,
      formula: t.formula.symbols,
    };
  });
  const reportedRows = [data.range, data.dayRate].map(({ figure, source }): DownloadRow => ({
    row_kind: t.download.reportedRow,
    figure_id: figure.id,
    measures: figure.measures,
    low_cny: figure.amount.low,
    high_cny: figure.amount.high,
    quote: figure.quote,
    source: `${source.outlet}, ${locale.reportTitle(source)}`,
    source_url: source.url,
    source_year: locale.reportYear(source),
  }));
  return [...modelRows, ...reportedRows];
}

/** What the methods page says about the model: its formula and why each default. */
export function riskModelMethods(content: Content, locale: Locale = english) {
  const t = messagesFor(messages, locale);
  const data = riskModelData(resolveRequirements(content, 'risk-model', requires));
  return { notes: assumptionNotes(data, { t, locale }), formulaInWords: t.formula.words, formulaInSymbols: t.formula.symbols };
}
