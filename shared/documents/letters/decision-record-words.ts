import { formatDate } from '../../domain/dates';
import { decisionBasis, recommenderPossessive } from '../../domain/decisions/decision-basis';
import { decisionOption, isQualifying } from '../../domain/decisions/decision-rules';
import { ITEM_TYPES, type ItemType } from '../../domain/sittings/item-types';
import type { DecisionCaseView } from '../../schemas/decision';
import { sittingDay } from '../docx-parts';
import { ADM_ROLE, firstDecision, type DecisionDetail } from './case-parts';
import { joinNames } from './letter-parts';

/**
 * The ADM decision record's wording, shared by the code-built record
 * (decision-record.ts) and the Word template's data so the two cannot drift.
 */

export const DECISION_RECORD_TITLE = 'Agency decision maker’s decision record';
export const NO_RECOMMENDATION = 'The minutes record no recommendation on this item.';
export const CARERS_AGREED = 'The carers agreed to the change in writing.';
export const DEPARTURE_HEADING = 'Why the final decision departs from the IRM panel’s recommendation';

const capitalised = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;

const isItemType = (type: string): type is ItemType => (ITEM_TYPES as readonly string[]).includes(type);

/** Whether the ADM's decision is a qualifying determination: by the rules, or by the case having gone that way. */
function qualifying(view: DecisionCaseView): boolean {
  const decision = firstDecision(view);
  const option = isItemType(view.itemType) ? decisionOption(view.itemType, decision.code) : null;
  if (option) return isQualifying(option, decision.carerAgreed);
  return view.case.state === 'qualifying' || view.case.state === 'final' || view.case.letterDate !== null;
}

/** The facts at the head of the record: household, applicants, item, sitting, and whose recommendation it was. */
export function recordHeadWords(view: DecisionCaseView) {
  const basis = decisionBasis(view);
  const title = view.minutesItem?.title;
  const whose = recommenderPossessive(basis);
  return {
    applicants: joinNames(view.household.applicantNames),
    item: `${view.minutesItem ? `${view.minutesItem.number}. ` : ''}${view.typeLabel}${title ? `: ${title}` : ''}`,
    panelSitting:
      basis.by === 'panel'
        ? sittingDay(basis.date)
        : `None: decided on the service’s report of ${formatDate(basis.date)}`,
    recommendationHeading: `${capitalised(whose)} recommendation`,
    verdict:
      firstDecision(view).verdict === 'agree'
        ? `I agree with ${whose} recommendation.`
        : `I do not agree with ${whose} recommendation.`,
  };
}

/** The decision's date and maker as the record prints them. */
export const decidedByWords = (decision: DecisionDetail) => `${decision.decidedByName}, ${ADM_ROLE}`;

/** Whether the decision is a qualifying determination, and what follows from it. */
export function qualifyingWords(view: DecisionCaseView): string {
  return qualifying(view)
    ? 'This is a qualifying determination. The applicants have 28 days from the date of the letter telling them of it to make written representations to the agency or to apply to the Independent Review Mechanism (not both). It does not take effect by itself: when the 28 days end with nothing received, or once the panel’s fresh recommendation on the representations or the IRM panel’s recommendation is received, the agency decision maker confirms or changes it in a final decision.'
    : 'This is not a qualifying determination.';
}

/** Whether the case has gone past the qualifying determination: a letter dated, a route chosen or a final decision. */
export const hasFinalPart = (view: DecisionCaseView) =>
  Boolean(view.case.letterDate || view.case.route || view.case.finalDecision);

/** The route chosen after the qualifying determination, and when it was received. */
export function routeWords(c: DecisionCaseView['case']): string {
  const route =
    c.route === 'irm'
      ? 'Application to the Independent Review Mechanism'
      : c.route === 'representations'
        ? 'Written representations to the agency'
        : 'None received';
  return c.routeReceivedOn ? `${route}, received ${formatDate(c.routeReceivedOn)}` : route;
}

/** That the ADM considered the IRM panel's recommendation, and whether the final decision follows it. */
export const irmConsiderationWords = (departs: boolean) =>
  departs ? 'Considered; the final decision departs from it' : 'Considered; the final decision follows it';
