/**
 * Everything around the risk-evidence panels: the frame's words, its table, its sources (the
 * figures, the cited crackdown fact and the report's statement about danger) and the rows of
 * its downloads. Every number comes from the data, never typed here.
 */
import type { Content } from '../../data/load';
import { ContentError } from '../../data/load';
import { capitalize, formatFigure } from '../../lib/format';
import { periodLabel } from '../../lib/period';
import { citationLabel, sourceTitle, yearLabel } from '../../lib/sources';
import type { FrameContent } from '../frame';
import { panelTexts } from './chart';
import { prices, riskEvidenceData, type PriceDatum, type RiskEvidenceData } from './data';

export const slug = 'risk-evidence';
const usedIn = 'src/charts/risk-evidence/frame-content.ts';

/** A part of an entry the words need; missing, it fails the build naming this file. */
function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new ContentError([{ file: usedIn, message: `needs ${what}, which the content does not give` }]);
  return value;
}

/** Each price once: the day rate is drawn in two panels but is one figure. */
const uniquePrices = (data: RiskEvidenceData) => [...new Map(prices(data).map((datum) => [datum.figure.id, datum])).values()];

export function riskEvidenceFrame(content: Content, data: RiskEvidenceData = riskEvidenceData(content, usedIn)): FrameContent {
  const { doubling, byLength, byDanger } = data;
  const first = doubling.day.source;
  const second = byDanger.range.source;
  const crackdown = doubling.crackdown;
  const crackdownText = `${crackdown.fact.measures.charAt(0).toLowerCase()}${crackdown.fact.measures.slice(1)}, ${periodLabel(crackdown.fact.period)} (${crackdown.citations.map(citationLabel).join('; ')})`;
  const [doublingPanel, byLengthPanel, byDangerPanel] = panelTexts(data);
  const yuan = (datum: PriceDatum) => formatFigure(datum.figure);
  const share = byLength.callShareOfDay;

  const rows = [
    ...uniquePrices(data).map((datum) => ({
      what: datum.what,
      when: datum.when,
      kind: datum.isDerived ? `derived: ${required(datum.figure.derivation, `the derivation of "${datum.figure.id}"`).text}` : 'reported',
      value: yuan(datum),
      report: `${capitalize(datum.source.referredToAs)}, ${yearLabel(datum.source)}`,
    })),
    {
      what: 'A call, as a share of a day',
      when: byLength.perCall.when,
      kind: `derived: ${required(share.figure.derivation, 'the derivation of the call’s share of a day').text}`,
      value: share.words,
      report: `${capitalize(first.referredToAs)}, ${yearLabel(first)}`,
    },
    {
      what: 'Crackdown on calls to China',
      when: periodLabel(crackdown.fact.period),
      kind: 'context',
      value: capitalize(crackdown.fact.measures),
      report: crackdown.citations.map(citationLabel).join('; '),
    },
    {
      what: 'Price and danger',
      when: byDanger.range.when,
      kind: 'quotation',
      value: `“${byDanger.danger.quote.text}”`,
      report: `${capitalize(second.referredToAs)}, ${yearLabel(second)}`,
    },
  ];

  return {
    slug,
    story: 'rentals',
    title: 'What the reports say about danger and price',
    takeaway:
      `The second report says rental prices, ${yuan(byDanger.range)}, rise with the danger; ` +
      `in the first, a day’s rent was ${formatFigure(doubling.growth)} what it had been a year earlier, as a crackdown on calls went on.`,
    description:
      `Three panels, prices in yuan on one scale from zero. ${doublingPanel.title}: in ${first.referredToAs} (${yearLabel(first)}) ` +
      `a day cost ${yuan(doubling.day)}; a year earlier it cost ${yuan(doubling.earlier)}, a value derived from the report and drawn ` +
      `as a hollow, dashed column. A band over both columns marks the crackdown: ${crackdownText}. ` +
      `${byLengthPanel.title}: in the same report a call cost ${yuan(byLength.perCall)}, a morning ${yuan(byLength.perMorning)} ` +
      `and a day ${yuan(byLength.day)}; the share, ${share.arithmetic}, is derived. ` +
      `${byDangerPanel.title}: ${second.referredToAs} (${yearLabel(second)}) gives ${yuan(byDanger.range)} across regions, ` +
      'drawn as a bar with an arrow from less danger to more danger, the report’s general statement; it gives no price for any region.',
    table: {
      caption: 'The prices behind each panel, in yuan as reported, with the derived values and the context',
      columns: [
        { key: 'what', label: 'What' },
        { key: 'when', label: 'When' },
        { key: 'value', label: 'Yuan, or what was said' },
        { key: 'kind', label: 'Kind' },
        { key: 'report', label: 'Source' },
      ],
      rows,
    },
    notes: [
      `The day rate a year earlier is derived, not reported: ${required(doubling.earlier.figure.derivation, 'the derivation of the day rate a year earlier').text}`,
      `A call’s share of a day is our arithmetic on ${first.referredToAs}’s prices: ${share.arithmetic} is ${share.words}.`,
      `${capitalize(first.referredToAs)} does not say the crackdown doubled the price: it sets the rise beside a crackdown on ` +
        'international calls that had run since the year before, and beside greater demand for rented phones. ' +
        `The crackdown band is a fact from outside the reports: ${crackdownText}.`,
      `${capitalize(second.referredToAs)} says prices vary by region and rise with the danger, but gives no price for any region ` +
        'or level of danger: “less danger” and “more danger” mark its general statement, not places. It does not say for how ' +
        'long a phone is rented at those prices, so its range is drawn apart from the prices by the call, the morning and the day.',
      `The panels combine two reports from different sources and years: ${first.referredToAs}, ${yearLabel(first)}, and ${second.referredToAs}, ${yearLabel(second)}. ` +
        'Neither states its year: both years are inferred from the reports’ contents.',
    ],
    sources: [
      crackdown,
      { figure: doubling.earlier.figure, source: first },
      { figure: doubling.growth, source: first },
      ...[doubling.day, byLength.perCall].map(({ figure, source }) => ({ figure, source })),
      // The call's mark cites the derived share: its entry quotes the call's price and shows the division.
      { figure: share.figure, source: byLength.perCall.source },
      ...[byLength.perMorning, byDanger.range].map(({ figure, source }) => ({ figure, source })),
      byDanger.danger,
    ],
  };
}

/** One row per figure, then the derived share, for the CSV and JSON downloads; report years as the page writes them ("2019 (inferred)"). */
export function riskEvidenceDownload(content: Content): Record<string, string | number | boolean>[] {
  const data = riskEvidenceData(content, usedIn);
  const priceRows = uniquePrices(data).map((datum) => ({
    entry_id: datum.figure.id,
    what: datum.what,
    when: datum.when,
    kind: datum.figure.kind,
    low_cny: datum.low,
    high_cny: datum.high,
    share_of_day: '',
    derivation: datum.figure.derivation?.text ?? '',
    quote: datum.figure.quote,
    source: `${datum.source.outlet}, ${sourceTitle(datum.source)}`,
    source_url: datum.source.url,
    report_year: yearLabel(datum.source),
  }));
  const { perCall, callShareOfDay } = data.byLength;
  const { figure } = callShareOfDay;
  return [
    ...priceRows,
    {
      entry_id: figure.id,
      what: 'A call, as a share of a day',
      when: perCall.when,
      kind: figure.kind,
      low_cny: '',
      high_cny: '',
      share_of_day: callShareOfDay.value,
      derivation: required(figure.derivation, 'the derivation of the call’s share of a day').text,
      quote: figure.quote,
      source: `${perCall.source.outlet}, ${sourceTitle(perCall.source)}`,
      source_url: perCall.source.url,
      report_year: yearLabel(perCall.source),
    },
  ];
}
