import type { Paragraph } from 'docx';
import { formatDate } from '../../domain/dates';
import { decisionBasis } from '../../domain/decisions/decision-basis';
import type { DecisionCode } from '../../domain/decisions/decision-rules';
import type { DecisionCase, DecisionCaseView, LetterHousehold } from '../../schemas/decision';
import { sittingDay } from '../docx-parts';
import { need, type Signatory } from './letter-input';
import { lineParagraphs, said, setInLines, type LetterLine } from './letter-lines';
import { carers, say } from './letter-parts';

/** What the decision-case letters share: the decision in words, the panel's part and the route after a proposal. */

/** A decision as letters use it: the ADM's first decision or the final one. */
export type DecisionDetail = NonNullable<DecisionCase['finalDecision']>;

export const ADM_ROLE = 'Agency Decision Maker';

export const admSignatory = (decision: DecisionDetail): Signatory => ({ name: decision.decidedByName, role: ADM_ROLE });

/** The first decision, which every case letter needs. */
export const firstDecision = (view: DecisionCaseView) =>
  need(view.case.decision, 'The agency decision maker has not made a decision yet.');

/** The decision that has effect: the final decision after a qualifying determination, otherwise the first. */
export const effectiveDecision = (view: DecisionCaseView): DecisionDetail =>
  view.case.finalDecision ?? firstDecision(view);

/** The decision for a sentence beginning "I have decided" or "I propose". */
export function decidedPhrase(code: string, label: string, household: LetterHousehold): string {
  const who = carers(household);
  const phrases: Record<DecisionCode, string> = {
    approve: `to approve you as ${who}`,
    not_approve: `not to approve you as ${who}`,
    continue: `that your approval as ${who} continues on the same terms`,
    revise_terms: `that your approval as ${who} continues, on revised terms of approval`,
    terminate: `to end (terminate) your approval as ${who}`,
    do_not_terminate: `that your approval as ${who} continues and will not be ended`,
    new_terms: 'to change your terms of approval',
    terms_unchanged: 'to keep your terms of approval as they are',
    grant_exemption: 'to grant an exemption from the usual fostering limit',
    refuse_exemption: 'not to grant an exemption from the usual fostering limit',
  };
  return (phrases as Record<string, string | undefined>)[code] ?? `as follows: ${label}`;
}

/** Codes whose letter lists the terms the decision sets. */
export const setsTerms = (code: string) => code === 'approve' || code === 'revise_terms' || code === 'new_terms';

/** What the ADM considered before deciding: the panel's recommendation, or the service's report where there was no panel. */
export function consideredWhat(view: DecisionCaseView): string {
  return decisionBasis(view).by === 'service'
    ? 'the fostering service’s report and its recommendation'
    : 'the panel’s recommendation';
}

/** What the panel (or, without panel, the service's report) recommended, in a sentence for the opening of a letter. */
export function panelSentence(view: DecisionCaseView): string {
  const basis = decisionBasis(view);
  const recommendation = basis.recommendation;
  if (basis.by === 'service') {
    return `Your case was put to me on the fostering service’s report of ${formatDate(basis.date)}${recommendation ? `, which recommended: ${recommendation.outcomeLabel}` : ''}. Under the service’s procedure, cases of this kind are decided without a fostering panel.`;
  }
  const day = sittingDay(basis.date);
  return recommendation
    ? `The fostering panel met on ${day} and recommended: ${recommendation.outcomeLabel}.`
    : `The fostering panel met on ${day} to consider your case.`;
}

/** The same sentence as the letter's opening paragraph. */
export const panelParagraph = (view: DecisionCaseView): Paragraph => say(panelSentence(view));

/** How the case reached its final decision after the proposal: the route chosen and what came of it. */
export function routeLines(view: DecisionCaseView): LetterLine[] {
  const c = view.case;
  const proposal = firstDecision(view);
  const intro = c.letterDate
    ? [
        said(
          `On ${formatDate(c.letterDate)} we wrote to tell you that I proposed ${decidedPhrase(proposal.code, proposal.label, view.household)}.`,
        ),
      ]
    : [];
  if (c.route === 'irm') {
    const irm = need(
      c.irmRecommendation,
      'The Independent Review Mechanism’s recommendation has not been recorded yet.',
    );
    return [
      ...intro,
      said(
        `You applied to the Independent Review Mechanism (IRM) for a review. We received its review panel’s recommendation on ${formatDate(irm.receivedOn)}. It recommended:`,
      ),
      ...setInLines(irm.text),
    ];
  }
  if (c.route === 'representations') {
    const heard = c.representationsItem
      ? `The fostering panel considered them on ${sittingDay(c.representationsItem.sittingDate)}`
      : 'The fostering panel considered them';
    return [
      ...intro,
      said(
        `You made written representations to us. ${heard}${c.representationsRecommendation ? ' and recommended:' : '.'}`,
      ),
      ...setInLines(c.representationsRecommendation),
    ];
  }
  const by = c.windowEnds ? ` by ${formatDate(c.windowEnds)}` : '';
  return [
    ...intro,
    said(
      `We did not receive written representations from you, or hear that you had applied to the Independent Review Mechanism${by}.`,
    ),
  ];
}

/** The route as the code-built letter lays it out. */
export const routeParagraphs = (view: DecisionCaseView): Paragraph[] => lineParagraphs(routeLines(view));

/** Whose recommendations the final decision took into account, in a sentence. */
export function consideredSentence(view: DecisionCaseView): string {
  const parts = [
    decisionBasis(view).by === 'panel'
      ? 'the fostering panel’s recommendation'
      : 'the fostering service’s report and recommendation',
  ];
  if (view.case.route === 'irm') parts.push('the Independent Review Mechanism’s recommendation');
  if (view.case.route === 'representations') parts.push('your representations and the panel’s recommendation on them');
  return `I have taken account of ${parts.join(', ')}, and all the information we hold.`;
}

/** How a letter introduces the decision maker's reasons. */
export const REASONS_INTRO = 'My reasons are:';

/** The decision-maker's reasons, introduced, or nothing when none were given. */
export function reasonsLines(reasons: string, intro = REASONS_INTRO): LetterLine[] {
  return reasons.trim() ? [said(intro), ...setInLines(reasons)] : [];
}

/** The reasons as the code-built letter lays them out. */
export const reasonsParagraphs = (reasons: string, intro?: string): Paragraph[] =>
  lineParagraphs(reasonsLines(reasons, intro));
