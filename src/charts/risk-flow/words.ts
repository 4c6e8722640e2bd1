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

/** A price as its chip's first line writes it: "130–150 yuan". */
export const priceText = (claim: FlowClaim & { kind: 'figure' }, { locale }: Words) => locale.figure(claim.entry.figure);

/** The claim in one phrase: "200 yuan a day", "a phone that can call China". */
export function claimText(claim: FlowClaim, words: Words): string {
  const { t } = words;
  return claim.kind === 'figure' ? t.priceClaim(priceText(claim, words), t.priceQualifier[claim.entryId]) : t.quoteClaims[claim.entryId].sentence;
}

/** The letter, name, outlet and year of a report, as the legend and notes write them. */
export function reportWords(report: ReportKey, { t, locale }: Words): ReportWords {
  return { letter: t.reportLetter(report.index), report: report.source.referredToAs, outlet: report.source.outlet, year: locale.reportYear(report.source) };
}

/** "the first report, 2019 (inferred)". */
export const reportLabel = (report: ReportKey, { t, locale }: Words) => t.reportLabel(report.source.referredToAs, locale.reportYear(report.source));

/** The heading over a link's chips: "Bribes, if caught". */
export const headingText = (link: FlowLink, { t }: Words) => t.heading(t.links[link.id].what, link.ifCaught);

/** What a claim's mark announces: "The fee, renter to lender: 200 yuan a day; the first report, 2019 (inferred)". */
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
