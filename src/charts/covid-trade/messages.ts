/**
 * Every word the COVID-trade chart shows, by locale: functions over the values they mention, so
 * no number is typed here and no word is typed anywhere else. Dates and numbers arrive already
 * written by the locale; quotations, report names and citations arrive as content.
 */
import type { ChartMessages } from '../messages';
import { listNames, type CreditWords } from '../credit-words';
import type { AfterEventId, EventId, TradeView } from './data';

/** What the notes and the description say about one trade figure. */
interface PeriodValue {
  period: string;
  value: string;
}

export interface CovidTradeWords {
  title: string;
  takeaway: (values: { before: PeriodValue; during: PeriodValue; low: PeriodValue | null; high: PeriodValue }) => string;
  /**
   * A yearly value in the takeaway, in the bars' one unit (US$ bn, one decimal): "about US$0.3 bn"
   * when the source hedges it or the rounding changed it, "US$2.4 bn" when exact.
   */
  takeawayValue: (values: { billions: string; about: boolean }) => string;
  /** The takeaway while the month-by-month view is shown. */
  monthlyTakeaway: (values: {
    first: PeriodValue & { together: boolean; derived: boolean };
    low: PeriodValue;
    high: PeriodValue;
    /** The last month known, when it comes after the high: where the year's figures end. */
    last: (PeriodValue & { derived: boolean }) | null;
    unknown: string[];
  }) => string;
  /** A monthly value in that takeaway, in the monthly bars' unit (whole US$ m): "US$208 m", "about US$19 m". */
  monthlyValue: (values: { millions: string; about: boolean }) => string;

  /** "a, b and c". */
  list: (items: string[]) => string;
  /** A span of time: "Jan–Feb", "2017–2024", "16–17 January 2022". */
  range: (from: string, to: string) => string;
  /** A year in two digits, where four do not fit under a bar: "’17". */
  shortYear: (twoDigits: string) => string;

  /** The switch: "Show trade", then one label per view ("By year, 2017–2024"). */
  switchLegend: string;
  viewName: Record<TradeView, (span: string) => string>;
  /** Said once (a polite live region) when the switch is turned: "Trade now shown by year, 2017–2024". */
  viewAnnounce: Record<TradeView, (span: string) => string>;
  /** Above the bars, naming what they measure and in what. */
  panelTitle: Record<TradeView, (span: string) => string>;

  /**
   * A value over its bar or in the table, its hedge as a sign set close, as the table sets it: "≈2.8"
   * on the drawing, "≈US$2.79 bn" in the table. With a space ("≈ 2.8") it was too wide for a phone's
   * bars, and the sign sat alone on a line over its number.
   */
  value: (values: { value: string; approximate: boolean }) => string;
  /** Over a figure for several months together, drawn at its monthly average: "104 a month". */
  averageValue: (value: string) => string;
  /** Under such a figure's period: "average". */
  averaged: string;
  /** In the months no figure was found for, over an empty gap (not a bar, not zero). */
  noFigure: string;

  /** The name of each event, in prose. */
  eventName: Record<EventId, string>;
  /** The short name written beside each event's marker (its full wording is in its name, the table and the sources). */
  eventShort: Record<EventId, string>;
  /** An event's label on the drawing, its date first: "Jan 2020: Trains and flights halted". */
  eventDated: (values: { date: string; name: string }) => string;
  /** How prose names an event a statement is placed after. */
  afterEvent: Record<AfterEventId, { words: string }>;
  /** A report's date on the strip above the bars: "First report, 27 May 2019" (the notes say once that its year is inferred). */
  /** A report's marker: its interview date, and that the date's year is inferred where it is. */
  reportMark: (values: { report: string; date: string; yearInferred: boolean }) => string;
  quoted: (text: string) => string;
  /** The one-line credit under the chart: the outlets of the trade figures and the events, and the reports. */
  credit: (outlets: string) => string;
  /**
   * The one-line source under one view: the publishers of the trade figures it draws and the
   * events it marks, then the reports' outlets, for the rental business and for the events they
   * are cited for, if that view marks any.
   */
  viewCredit: (sources: { context: { publisher: string; via: string | undefined }[]; reports: string[]; reportEvents: boolean }) => string;

  /** What each mark says to a screen reader and in its tooltip's headline. */
  tradeMark: (values: { period: string; value: string; together: boolean; derived: boolean; lessCertain: boolean }) => string;
  eventMark: (values: { when: string; measures: string }) => string;
  annotationMark: (values: { report: string; when: string }) => string;
  /** "its interview of 27 May 2019 (year inferred)". */
  interview: (date: string) => string;
  annotationWhen: {
    before: (interview: string) => string;
    at: (interview: string) => string;
    between: (values: { after: string; afterWhen: string; interview: string }) => string;
  };

  description: {
    intro: string;
    byYear: (values: string) => string;
    rows: (items: string) => string;
    monthly: (values: { values: string; gaps: string }) => string;
    together: (values: { period: string; months: number; average: string }) => string;
    monthlyRows: (items: string) => string;
    /** The reports' words, which the frame quotes and the drawing does not. */
    words: (items: string) => string;
    /** Events cited but marked in neither view. */
    alsoCited: (items: string) => string;
    event: (values: { when: string; measures: string }) => string;
    report: (values: { report: string; date: string }) => string;
    annotation: (values: { report: string; when: string; quoted: string }) => string;
    /** "2019: about US$2.79 bn", a value in a list. */
    trade: (values: { period: string; value: string; together: boolean; derived: boolean; lessCertain: boolean }) => string;
  };

  table: {
    caption: string;
    view: string;
    period: string;
    value: string;
    approximate: string;
    kind: string;
    source: string;
    /** "January–February 2020 (together)". */
    periodTogether: (period: string) => string;
    yes: string;
    no: string;
    derived: (derivation: string) => string;
    reported: string;
    noFigure: string;
    gapSource: string;
  };

  notes: {
    gaps: (values: { gaps: string[]; afterGap: PeriodValue; afterGapNote: string | null }) => string;
    together: (values: { period: string; months: number; value: string; average: string }) => string;
    /** A change a source states that the drawn figures, from other sources, do not give exactly. */
    disagree: (values: { period: string; stated: string; base: string; computed: string; sources: string }) => string;
    derived: (items: { period: string; derivation: string }[]) => string;
    approximate: (periods: string) => string;
    lessCertain: (values: { period: string; caveats: string }) => string;
    words: string;
    /** "27 May 2019 (year inferred, about 70% sure)". */
    interviewDate: (values: { date: string; inferred: boolean; confidence: string | null }) => string;
    years: (reports: { report: string; date: string }[]) => string;
    tradeFigures: string;
  };

  legend: {
    reported: string;
    /** The focus year's bar, in ink (dark on light, light on dark): "2020: border closed". */
    focus: (periods: string) => string;
    derived: (periods: string) => string;
    combined: (values: { periods: string; derived: boolean }) => string;
    lessCertain: (periods: string) => string;
    gap: string;
    approximate: string;
    event: string;
    report: (report: string) => string;
  };

  download: {
    reportLabel: (report: string) => string;
    annotationLabel: (values: { report: string; when: string }) => string;
  };
}

const numberWords = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
const inWords = (count: number) => numberWords[count] ?? String(count);
const listed = (items: string[]) => (items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`);
const qualifiers = ({ derived, lessCertain }: { derived: boolean; lessCertain: boolean }) => `${derived ? ', derived' : ''}${lessCertain ? ', less certain' : ''}`;

export const messages: ChartMessages<CovidTradeWords> = {
  en: {
    title: 'The COVID-19 dip and recovery in trade with China',
    // From the year before the border closed to the lowest year after, then back up: short words, short sentences.
    takeaway: ({ before, during, low, high }) =>
      `Trade with China fell from ${before.value} in ${before.period} to ${(low ?? during).value} in ${(low ?? during).period}. ` +
      `By ${high.period} it had recovered to ${high.value}.`,
    takeawayValue: ({ billions, about }) => `${about ? 'about ' : ''}US$${billions}\u00a0bn`,
    // A derived figure says so (a sum of two reported ones), and the unknown months are those no figure was found for.
    monthlyTakeaway: ({ first, low, high, last, unknown }) =>
      `Trade was ${first.value} in ${first.period}${first.together ? ' together' : ''}${first.derived ? ' (a sum of two reported figures)' : ''}. ` +
      `It fell to ${low.value} in ${low.period}, rose to ${high.value} in ${high.period}` +
      (last ? `, and was ${last.value} in ${last.period}${last.derived ? ` (${first.derived ? 'also ' : ''}a sum)` : ''}.` : '.') +
      (unknown.length ? ` No figure was found for ${listed(unknown)}.` : ''),
    monthlyValue: ({ millions, about }) => `${about ? 'about ' : ''}US$${millions}\u00a0m`,

    list: listed,
    range: (from, to) => `${from}–${to}`,
    shortYear: (twoDigits) => `’${twoDigits}`,

    switchLegend: 'Show trade',
    viewName: { yearly: (span) => `By year, ${span}`, monthly: (span) => `${span}, month by month` },
    viewAnnounce: { yearly: (span) => `Trade now shown by year, ${span}`, monthly: (span) => `Trade now shown month by month, ${span}` },
    panelTitle: {
      yearly: () => 'China–North Korea trade by year, US$ bn',
      monthly: (span) => `China–North Korea trade in ${span}, by month, US$ m`,
    },

    value: ({ value, approximate }) => `${approximate ? '≈' : ''}${value}`,
    averageValue: (value) => `${value} a\u00a0month`,
    averaged: 'average',
    noFigure: 'No figure found',

    eventName: {
      'calls-to-china-blocked': 'Near-total block on calls to China',
      'state-security-stakeouts': 'Stakeouts against international calls',
      'foreign-tourists-barred': 'Foreign tourists barred',
      'border-closed': 'Trains and flights to China suspended',
      'two-months-of-crackdowns': '“Two months of crackdowns”',
      'first-freight-train': 'First freight train since the closure',
      'freight-trains-suspended': 'Freight trains suspended',
      'freight-trains-resumed': 'Freight trains resumed',
      'first-passenger-flight': 'First passenger flight to Beijing',
      'citizens-allowed-home': 'Citizens abroad allowed home',
    },
    eventShort: {
      'calls-to-china-blocked': 'Calls to China blocked',
      'state-security-stakeouts': 'Stakeouts on calls',
      'foreign-tourists-barred': 'Tourists barred',
      'border-closed': 'Trains and flights halted',
      'two-months-of-crackdowns': 'Crackdowns',
      'first-freight-train': 'Freight train returns',
      'freight-trains-suspended': 'Freight halted',
      'freight-trains-resumed': 'Freight resumed',
      'first-passenger-flight': 'First flight',
      'citizens-allowed-home': 'Citizens home',
    },
    eventDated: ({ date, name }) => `${date}: ${name}`,
    afterEvent: { 'border-closed': { words: 'the border closure' } },
    reportMark: ({ report, date, yearInferred }) => `${report}, ${date}${yearInferred ? ' (year inferred)' : ''}`,
    quoted: (text) => `“${text}”`,
    credit: (outlets) => `Source: trade figures from ${outlets}; Daily NK reports`,
    viewCredit: ({ context, reports, reportEvents }) =>
      `Sources: trade figures and events, ${listNames(context.map(({ publisher, via }) => (via ? `${publisher} (via ${via})` : publisher)))}${reports.length ? `; the rental business${reportEvents ? ' and some events' : ''}, ${listNames(reports)}` : ''}`,

    tradeMark: ({ period, value, together, ...rest }) => `China–North Korea trade, ${period}${together ? ' together' : ''}: ${value}${qualifiers(rest)}`,
    eventMark: ({ when, measures }) => `${when}: ${measures}`,
    annotationMark: ({ report, when }) => `${report} on the rental business, ${when}`,
    interview: (date) => `its interview of ${date}`,
    annotationWhen: {
      before: (interview) => `before ${interview}`,
      at: (interview) => `at ${interview}`,
      between: ({ after, afterWhen, interview }) => `between ${after} (${afterWhen}) and ${interview}`,
    },

    description: {
      intro:
        'Two views of China–North Korea trade on a time axis: by year in US$ billions, and 2020 by month in US$ millions; the yearly view is shown first. Above the bars, a marker at each report’s interview date; below them, border and crackdown events on the same axis.',
      byYear: (values) => `By year, bars, 2020 picked out: ${values}.`,
      rows: (items) => `Marked on the time axis, in time order: ${items}.`,
      monthly: ({ values, gaps }) => `The 2020 view, month by month: ${values}; no figure found for ${gaps}, left as an empty gap beside the axis, not drawn as zero.`,
      together: ({ period, months, average }) => `${period} is one ${inWords(months)}-month total, drawn across its months at its monthly average, ${average}, with a dashed outline and marked “average”.`,
      monthlyRows: (items) => `Marked in that view: ${items}.`,
      words: (items) => `What the reports say about the rental business, in time: ${items}.`,
      alsoCited: (items) => `Also cited, not marked: ${items}.`,
      event: ({ when, measures }) => `${when}: ${measures}`,
      report: ({ report, date }) => `${report}, interviewed ${date}, marked above the bars in its colour`,
      annotation: ({ report, when, quoted }) => `${report}’s words, placed ${when}: ${quoted}`,
      trade: ({ period, value, together, ...rest }) => `${period}${together ? ' together' : ''}: ${value}${qualifiers(rest)}`,
    },

    table: {
      caption: 'China–North Korea trade in US dollars, as reported or derived, by year and for 2020 by month',
      view: 'View',
      period: 'Period',
      value: 'Trade (US$)',
      approximate: 'Approximate?',
      kind: 'Kind',
      source: 'Source',
      periodTogether: (period) => `${period} (together)`,
      yes: 'yes (≈)',
      no: 'no',
      derived: (derivation) => `derived: ${derivation}`,
      reported: 'context: as reported by the outlet cited',
      noFigure: 'no figure found',
      gapSource: 'No figure found: a gap, not zero',
    },

    notes: {
      gaps: ({ gaps, afterGap, afterGapNote }) => {
        const them = gaps.length === 1 ? 'it' : 'them';
        return (
          `No figure was found for ${listed(gaps)}. The monthly view leaves ${them} as an empty gap, not zero, and draws nothing across ${them}. ` +
          `The next figure found is for ${afterGap.period} together: ${afterGap.value}.${afterGapNote ? ` ${afterGapNote}` : ''}`
        );
      },
      together: ({ period, months, value, average }) =>
        `${period} is one figure for ${months === 2 ? 'both' : 'all'} months together (${value}), never split. ` +
        `It is drawn across its ${inWords(months)} months at its monthly average (the total divided by ${inWords(months)}: ${average} a month), with a dashed outline and marked “average”, so it can be read against single months; the average is ours, not a reported figure.`,
      disagree: ({ period, stated, base, computed, sources }) =>
        `Two sources disagree: ${period} is reported as ${stated} on ${base}, but the figures drawn here, from ${sources}, give ${computed}. Each is shown as its outlet reported it.`,
      derived: (items) => `Derived figures, drawn hollow: ${items.map(({ period, derivation }) => `${period}, ${derivation}`).join(' ')}`,
      approximate: (periods) => `Values marked ≈ are approximate in their sources and are written “about”: ${periods}.`,
      lessCertain: ({ period, caveats }) => `${period} is less certain, drawn with a dashed outline: ${caveats}`,
      words:
        'The reports give no figures for the rental business over time, only words (quoted in the sources below): there is no measured index of rental activity, and the chart draws none. Each report is marked at its interview date.',
      interviewDate: ({ date, inferred, confidence }) => (inferred ? `${date} (year inferred${confidence ? `, ${confidence}` : ''})` : date),
      years: (reports) =>
        `Neither report states its year. ${reports.map(({ report, date }) => `${report} is placed at its interview date, ${date}.`).join(' ')} ` +
        'The second report’s year was inferred partly from this same recovery in trade, so the two lining up is not independent evidence.',
      tradeFigures: 'Trade figures are as reported by the outlets cited, for calendar years and months.',
    },

    legend: {
      // Short, two to a line on a phone: what each means at length is in the notes (as reported by the outlets cited; ≈ approximate in the source; why 2024 is less certain).
      reported: 'Trade, as reported',
      focus: (periods) => `${periods}: border closed`,
      derived: (periods) => `Hollow: a sum of two reported figures (${periods})`,
      combined: ({ periods }) => `Dashed, “average”: ${periods} together, drawn at its monthly average`,
      lessCertain: (periods) => `Less certain (${periods})`,
      gap: 'No figure found: an empty gap, not zero',
      approximate: 'Approximate',
      event: 'Border and crackdown events (context, cited)',
      report: (report) => `${report}’s interview date and words`,
    },

    download: {
      reportLabel: (report) => `${report}: interview date`,
      annotationLabel: ({ report, when }) => `${report}’s words, ${when}`,
    },
  },
};

/** The one-line source under the chart: the customs figures' and events' publishers, then the reports' outlets (src/charts/credit.ts). */
export const credit: ChartMessages<CreditWords> = {
  // Daily NK is credited once: for the reports' words on the rental business and for the events it reported (crackdowns on calls).
  en: ({ reports, context }) => `Sources: trade figures and events, ${listNames(context)}; the rental business and some events, ${listNames(reports)}`,
};
