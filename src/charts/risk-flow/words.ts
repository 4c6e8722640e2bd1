/**
 * The phrases the drawing, the frame and the downloads share, made from the messages and the
 * locale's formats: a claim in one phrase, a report's name and year, a mark's name.
 */
import type { Locale } from '../../lib/locale';
import type { FlowClaim, FlowLink, ReportKey } from './data';
import type { ReportWords, RiskFlowWords } from './messages';

export interface Words {
  t: RiskFlowWords;
  locale: Locale;
}

/** The claim in one phrase: "a fee charged by the day", "a phone that can call China". */
export function claimText(claim: FlowClaim, { t }: Words): string {
  return claim.kind === 'figure' ? t.figureClaims[claim.entryId].sentence : t.quoteClaims[claim.entryId].sentence;
}

/** A report's year wherever the chart shows it, hedged where it is inferred: "2019 (inferred)". */
export const shownYear = (report: ReportKey, { locale }: Words) => locale.reportYear(report.source);

/**
 * The letter, name, outlet and year of a report, as the legend and notes write them: the year
 * hedged, or `plain` ("2019") in a note that itself says the years are inferred.
 */
export function reportWords(report: ReportKey, { t, locale }: Words, { plain = false } = {}): ReportWords {
  const year = plain ? locale.reportYearPlain(report.source) : shownYear(report, { t, locale });
  return { letter: t.reportLetter(report.index), report: report.source.referredToAs, outlet: report.source.outlet, year };
}

/** "the first report, 2019". */
export const reportLabel = (report: ReportKey, words: Words) => words.t.reportLabel(report.source.referredToAs, shownYear(report, words));

/** The heading over a link's chips: "Bribes, if caught". */
export const headingText = (link: FlowLink, { t }: Words) => t.heading(t.links[link.id].what, link.ifCaught);

/** What a claim's mark announces: "The fee, renter to lender: a fee by the call, the morning or the day; the first report, 2019". */
export function describeClaim(link: FlowLink, claim: FlowClaim, words: Words): string {
  const { t } = words;
  return t.markLabel({
    what: t.links[link.id].what,
    from: t.parties[link.from].inSentence,
    to: t.parties[link.to].inSentence,
    when: link.ifCaught ? t.links[link.id].when : null,
    claim: claimText(claim, words),
    report: reportLabel(claim.report, words),
  });
}
