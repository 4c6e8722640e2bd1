/**
 * Everything around the risk model's drawing: words, table, notes and sources, and its download.
 * The model is labelled as a model in the title, the takeaway, the table and every note; the
 * reported prices it is set against keep their quotes and reports.
 */
import type { Content } from '../../data/load';
import { requireEntry } from '../../data/load';
import { contextSource } from '../../lib/context';
import { formatContextFact, formatFigure } from '../../lib/format';
import { periodLabel } from '../../lib/period';
import { citationLabel, sourceTitle, yearLabel } from '../../lib/sources';
import type { FrameContent } from '../frame';
import { formatYuan } from './chart';
import { figureIds, riskModelData, type RiskModelData } from './data';
import { breakEvenDayRate, controls, type Assumptions } from './model';
import { modelTakeaway } from './summary';

export const slug = 'risk-model';
const usedIn = 'src/charts/risk-model/frame-content.ts';

/** The chances the table and the download tabulate, at the default bribe and rental days. */
const tabulatedChances = [0, 5, 10, 25, 50, 75, 100];

export const formulaInWords = 'day rate that covers the expected bribe = chance of being caught in a month × bribe when caught ÷ days the phone is rented that month';
export const formulaInSymbols = 'r = p × B ÷ d';

/** Why each default, in words: the reports give no catch rate and no count of rental days. */
export function assumptionNotes(content: Content, data: RiskModelData = riskModelData(content, usedIn)): Record<keyof Assumptions, string> {
  const bribe = contextSource(content, data.bribeFactId, usedIn);
  const dayRate = requireEntry(content.figures, figureIds.dayRate, 'figure', usedIn);
  const dayRateSource = requireEntry(content.sources, dayRate.source, 'source', usedIn);
  const unit = (key: keyof Assumptions) => controls.find((control) => control.key === key)!.unitText(data.defaults[key]);
  return {
    catchChance:
      `${unit('catchChance')} (our assumption). Neither report says how often lenders are caught: the first calls the business very ` +
      `dangerous, the second says border residents seem little bothered by crackdowns. This is a round starting point between ` +
      `those, not an estimate: move it.`,
    bribe:
      `${unit('bribe')} (context, not a lender’s bribe). The one bribe amount we have: ${formatContextFact(bribe.fact)}, ` +
      `${bribe.fact.measures.toLowerCase()}, ${periodLabel(bribe.fact.period)} (${bribe.citations.map(citationLabel).join('; ')}). ` +
      `The reports say lenders who are caught pay bribes, but not how much.`,
    rentalDays:
      `${unit('rentalDays')} (our assumption). ${dayRateSource.referredToAs[0]!.toUpperCase()}${dayRateSource.referredToAs.slice(1)} ` +
      `says customers usually take a phone for the whole day, at ${formatFigure(dayRate)}, but neither report says how many days ` +
      `a month a phone is out. This is a placeholder: move it.`,
  };
}

export function riskModelFrame(content: Content, data: RiskModelData = riskModelData(content, usedIn)): FrameContent {
  const defaults = data.defaults;
  const range = requireEntry(content.figures, figureIds.range, 'figure', usedIn);
  const dayRate = requireEntry(content.figures, figureIds.dayRate, 'figure', usedIn);
  const source = (id: string) => requireEntry(content.sources, id, 'source', usedIn);
  const notes = assumptionNotes(content, data);
  return {
    slug,
    story: 'rentals',
    title: 'A model: how much of the price could risk explain?',
    takeaway: modelTakeaway(data, defaults),
    description:
      `An illustrative model, not reported data. A line shows the day rate that would cover a lender’s expected bribe, ` +
      `rising from zero as the monthly chance of being caught goes from 0% to 100%, for a ${formatYuan(defaults.bribe)}-yuan ` +
      `bribe and ${defaults.rentalDays} rental days a month. A point marks ${defaults.catchChance}%: ` +
      `${formatYuan(breakEvenDayRate(defaults))} yuan a day. Behind it, the reported prices: a band for ${data.range.label} ` +
      `and a dashed line for ${data.dayRate.label}. With JavaScript, sliders change the assumptions and the chart follows.`,
    table: {
      caption: `Model output at the default assumptions (${formatYuan(defaults.bribe)}-yuan bribe, ${defaults.rentalDays} rental days a month): illustrative, not reported`,
      columns: [
        { key: 'chance', label: 'Chance caught a month (assumed)' },
        { key: 'rate', label: 'Day rate covering the expected bribe (model, yuan)', numeric: true },
        { key: 'share', label: `Share of the reported ${formatYuan(data.dayRate.low)}-yuan day rate`, numeric: true },
      ],
      rows: tabulatedChances.map((catchChance) => {
        const rate = breakEvenDayRate({ ...defaults, catchChance });
        return { chance: `${catchChance}%`, rate: formatYuan(rate), share: `${Math.round((rate / data.dayRate.low) * 100)}%` };
      }),
    },
    notes: [
      `This is a model, to explore, not a finding: the reports give prices and say risk drives them, but give no rate of arrests and no count of rental days.`,
      `The model: ${formulaInWords}; in symbols, ${formulaInSymbols}. It leaves out everything else a price pays for (the phone, the connections, the lender’s profit), so it shows the part of the price risk could explain.`,
      `Default chance of being caught: ${notes.catchChance}`,
      `Default bribe: ${notes.bribe}`,
      `Default rental days: ${notes.rentalDays}`,
      `The reported prices: ${data.range.label} (${source(range.source).referredToAs}) and ${data.dayRate.label} (${source(dayRate.source).referredToAs}); both years are inferred. The second report does not say how long a rental its range buys, so its band sits on the day-rate axis as context only; the model is compared with the day rate.`,
      `The model’s settings live in the page’s address, so a link reproduces them; a link with missing or malformed settings opens at the defaults.`,
    ],
    sources: [
      { figure: range, source: source(range.source) },
      { figure: dayRate, source: source(dayRate.source) },
      contextSource(content, data.bribeFactId, usedIn),
    ],
  };
}

/** The model at the defaults over a range of chances, then the reported prices it is set against. */
export function riskModelDownload(content: Content): Record<string, string | number | boolean>[] {
  const data = riskModelData(content, usedIn);
  const modelRows = Array.from({ length: 21 }, (_, index) => index * 5).map((catchChance) => {
    const assumptions = { ...data.defaults, catchChance };
    return {
      row_kind: 'model (illustrative, not reported)',
      catch_chance_percent_assumed: catchChance,
      bribe_yuan_default_from_context: assumptions.bribe,
      rental_days_per_month_assumed: assumptions.rentalDays,
      day_rate_covering_bribe_yuan: Math.round(breakEvenDayRate(assumptions) * 100) / 100,
      formula: formulaInSymbols,
    };
  });
  const reportedRows = [figureIds.range, figureIds.dayRate].map((id) => {
    const figure = requireEntry(content.figures, id, 'figure', usedIn);
    const source = requireEntry(content.sources, figure.source, 'source', usedIn);
    return {
      row_kind: 'reported price',
      figure_id: figure.id,
      measures: figure.measures,
      low_cny: figure.low ?? figure.value ?? '',
      high_cny: figure.high ?? figure.value ?? '',
      quote: figure.quote,
      source: `${source.outlet}, ${sourceTitle(source)}`,
      source_url: source.url,
      source_year: yearLabel(source),
    };
  });
  return [...modelRows, ...reportedRows];
}
