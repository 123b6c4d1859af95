import { z } from 'zod';
import { formatDate } from '../../domain/dates';
import { decisionBasis } from '../../domain/decisions/decision-basis';
import type { DecisionCaseView } from '../../schemas/decision';
import type { TermsOfApproval } from '../../schemas/household';
import { firstDecision, type DecisionDetail } from '../letters/case-parts';
import {
  CARERS_AGREED,
  decidedByWords,
  hasFinalPart,
  irmConsiderationWords,
  NO_RECOMMENDATION,
  qualifyingWords,
  recordHeadWords,
  routeWords,
} from '../letters/decision-record-words';
import { termsWording } from '../minutes/terms-wording';
import { safeText } from '../safe-text';
import { flag, lines, statutory, text } from './fields';
import { asLines, DOCUMENT_FRAME_FIELDS, documentFrameData, type FrameContext } from './letter-frame-fields';

const TERMS_EXAMPLE = 'Types of care: Short-term\nNumber of children: 2';
const REASONS_EXAMPLE = 'The assessment was thorough.';

/** The ADM decision record's placeholders: the frame, the case, the recommendation, the decision and what followed. */
export const DecisionRecordData = z.object({
  ...DOCUMENT_FRAME_FIELDS,
  record_date: text('The date of this record', '12 January 2027'),
  applicants: text('The applicants’ names', 'Grace Okafor and Daniel Okafor'),
  item: text('The item’s number, type and title in the minutes', '1. Approval (mainstream)'),
  panel_sitting: text(
    'The day the panel sat, or that the case was decided on the service’s report',
    'Tuesday 5 January 2027',
  ),
  recommendation_heading: text(
    'Whose recommendation it was: the panel’s or the fostering service’s',
    'The panel’s recommendation',
  ),
  recommendation: statutory(
    'What the panel (or the service’s report) recommended, or that the minutes record none',
    'Suitable to be approved',
  ),
  has_recommendation_terms: flag('Yes when the recommendation sets terms of approval', 'Yes'),
  recommendation_terms: lines('The recommended terms of approval, one per line', TERMS_EXAMPLE),
  has_recommendation_reasons: flag('Yes when there is a recommendation (its reasons follow)', 'Yes'),
  recommendation_reasons: lines('The recommendation’s reasons, one paragraph per line typed', REASONS_EXAMPLE),
  report_by: text('Who made the service’s report, where the case was decided without a panel; empty otherwise', ''),
  verdict: statutory(
    'Whether the decision maker agrees with the recommendation',
    'I agree with the panel’s recommendation.',
  ),
  decision: statutory('The decision', 'Approve as a foster carer'),
  has_decision_terms: flag('Yes when the decision sets terms of approval', 'Yes'),
  decision_terms: lines('The terms of approval the decision sets, one per line', TERMS_EXAMPLE),
  has_decision_reasons: flag('Yes when the decision maker gave reasons', 'Yes'),
  decision_reasons: statutory(
    'The decision maker’s reasons, one paragraph per line typed (empty when none were given)',
    REASONS_EXAMPLE,
  ),
  decided_on: text('The date of the decision', '8 January 2027'),
  decided_by: text('Who decided, and their role', 'Priya Shah, Agency Decision Maker'),
  carers_agreed: text('That the carers agreed to a change of terms in writing, or empty', CARERS_AGREED),
  qualifying_determination: statutory(
    'Whether the decision is a qualifying determination, and what follows from it',
    'This is not a qualifying determination.',
  ),
  has_final_part: flag('Yes once the case has gone past the qualifying determination', 'Yes'),
  letter_dated: text('The date of the qualifying determination letter, or empty', '11 January 2027'),
  window_ends: text('The day the 28-day window ends, or empty', '8 February 2027'),
  route: text('The route the applicants chose, and when it was received', 'None received'),
  has_irm_recommendation: flag('Yes when the IRM panel’s recommendation was received', 'Yes'),
  irm_recommendation: lines('The IRM panel’s recommendation, one paragraph per line', 'Approval should continue.'),
  has_representations_recommendation: flag('Yes when the panel recommended on the representations', 'Yes'),
  representations_recommendation: lines(
    'The panel’s recommendation on the representations, one paragraph per line',
    'Approval should continue.',
  ),
  has_final_decision: flag('Yes when the final decision is made', 'Yes'),
  final_decision: text('The final decision', 'Not approve'),
  has_final_terms: flag('Yes when the final decision sets terms of approval', 'Yes'),
  final_terms: lines('The terms of approval the final decision sets, one per line', TERMS_EXAMPLE),
  has_final_reasons: flag('Yes when the final decision has reasons', 'Yes'),
  final_reasons: lines('The final decision’s reasons, one paragraph per line typed', REASONS_EXAMPLE),
  final_decided_on: text('The date of the final decision', '20 February 2027'),
  final_decided_by: text('Who made the final decision, and their role', 'Priya Shah, Agency Decision Maker'),
  irm_consideration: text(
    'That the IRM panel’s recommendation was considered, and whether the final decision follows it; or empty',
    'Considered; the final decision follows it',
  ),
  has_departure_reasons: flag('Yes when the final decision departs from the IRM panel’s recommendation', 'Yes'),
  departure_reasons: lines('Why the final decision departs from the IRM panel’s recommendation', REASONS_EXAMPLE),
});
export type DecisionRecordData = z.infer<typeof DecisionRecordData>;

/** Typed text as paragraphs: one per line typed, blank lines dropped. */
const typed = (value: string | null | undefined) =>
  (value ?? '')
    .split(/\r\n|\r|\n/)
    .map((part) => part.trim())
    .filter((part) => part !== '');

/** Terms in words, one per line; "Named children" only when the terms name any (as the code-built record). */
const termsLines = (terms: TermsOfApproval | null | undefined) =>
  terms
    ? asLines(
        termsWording(terms)
          .filter(([label]) => label !== 'Named children' || terms.namedChildren.length > 0)
          .map(([label, value]) => `${label}: ${value}`),
      )
    : [];

function finalDecisionData(view: DecisionCaseView) {
  const c = view.case;
  const final: DecisionDetail | null = c.finalDecision;
  const consideration = final ? c.irmConsideration : null;
  const departure = consideration?.departs ? typed(consideration.departureReasons) : [];
  return {
    has_final_decision: final !== null,
    final_decision: safeText(final?.label ?? ''),
    has_final_terms: Boolean(final?.terms),
    final_terms: termsLines(final?.terms),
    has_final_reasons: typed(final?.reasons).length > 0,
    final_reasons: asLines(typed(final?.reasons)),
    final_decided_on: final ? formatDate(final.decidedOn) : '',
    final_decided_by: final ? safeText(decidedByWords(final)) : '',
    irm_consideration: consideration ? irmConsiderationWords(consideration.departs) : '',
    has_departure_reasons: departure.length > 0,
    departure_reasons: asLines(departure),
  };
}

/** The ADM decision record's data from the decision case, refused as the code-built record refuses it. */
export function decisionRecordData(
  view: DecisionCaseView,
  context: Omit<FrameContext, 'reference'> & { recordDate: string },
): DecisionRecordData {
  const decision = firstDecision(view);
  const recommendation = decisionBasis(view).recommendation;
  const head = recordHeadWords(view);
  const c = view.case;
  const reasons = typed(decision.reasons);
  return DecisionRecordData.parse({
    ...documentFrameData({ ...context, reference: view.household.reference }),
    record_date: formatDate(context.recordDate),
    applicants: safeText(head.applicants),
    item: safeText(head.item),
    panel_sitting: head.panelSitting,
    recommendation_heading: head.recommendationHeading,
    recommendation: safeText(recommendation?.outcomeLabel ?? NO_RECOMMENDATION),
    has_recommendation_terms: Boolean(recommendation?.terms),
    recommendation_terms: termsLines(recommendation?.terms),
    has_recommendation_reasons: recommendation !== null,
    recommendation_reasons: asLines(typed(recommendation?.reasons)),
    report_by: safeText(view.directReferral?.presentedBy ?? ''),
    verdict: head.verdict,
    decision: safeText(decision.label),
    has_decision_terms: Boolean(decision.terms),
    decision_terms: termsLines(decision.terms),
    has_decision_reasons: reasons.length > 0,
    decision_reasons: reasons.map(safeText).join('\n'),
    decided_on: formatDate(decision.decidedOn),
    decided_by: safeText(decidedByWords(decision)),
    carers_agreed: decision.terms && decision.carerAgreed ? CARERS_AGREED : '',
    qualifying_determination: qualifyingWords(view),
    has_final_part: hasFinalPart(view),
    letter_dated: c.letterDate ? formatDate(c.letterDate) : '',
    window_ends: c.windowEnds ? formatDate(c.windowEnds) : '',
    route: safeText(routeWords(c)),
    has_irm_recommendation: c.irmRecommendation !== null && c.irmRecommendation !== undefined,
    irm_recommendation: asLines(typed(c.irmRecommendation?.text)),
    has_representations_recommendation: Boolean(c.representationsRecommendation),
    representations_recommendation: asLines(typed(c.representationsRecommendation)),
    ...finalDecisionData(view),
  });
}
