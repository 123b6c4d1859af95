import type { Document, FileChild } from 'docx';
import { formatDate } from '../../domain/dates';
import { decisionBasis, recommenderPossessive } from '../../domain/decisions/decision-basis';
import { decisionOption, isQualifying } from '../../domain/decisions/decision-rules';
import { ITEM_TYPES, type ItemType } from '../../domain/sittings/item-types';
import type { DecisionCaseView } from '../../schemas/decision';
import { line, sittingDay, strong } from '../docx-parts';
import { ADM_ROLE, firstDecision, type DecisionDetail } from './case-parts';
import type { LetterAgency } from './letter-input';
import { joinNames, quoted, recordDocument, subheading, termsLines } from './letter-parts';

const capitalised = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;

const isItemType = (type: string): type is ItemType => (ITEM_TYPES as readonly string[]).includes(type);

/** Whether the ADM's decision is a qualifying determination: by the rules, or by the case having gone that way. */
function qualifying(view: DecisionCaseView): boolean {
  const decision = firstDecision(view);
  const option = isItemType(view.itemType) ? decisionOption(view.itemType, decision.code) : null;
  if (option) return isQualifying(option, decision.carerAgreed);
  return view.case.state === 'qualifying' || view.case.state === 'final' || view.case.letterDate !== null;
}

const decisionLines = (decision: DecisionDetail): FileChild[] => [
  line(decision.label, 'Decision'),
  ...(decision.terms ? [strong('Terms of approval'), ...termsLines(decision.terms)] : []),
  ...(decision.reasons.trim() ? [strong('Reasons'), ...quoted(decision.reasons)] : []),
  line(formatDate(decision.decidedOn), 'Date of decision'),
  line(`${decision.decidedByName}, ${ADM_ROLE}`, 'Decided by'),
];

/** After an IRM recommendation: that the ADM considered it, and whether (and why) the final decision departs from it. */
function irmConsiderationLines(consideration: DecisionCaseView['case']['irmConsideration']): FileChild[] {
  if (!consideration) return [];
  return [
    line(
      consideration.departs
        ? 'Considered; the final decision departs from it'
        : 'Considered; the final decision follows it',
      'IRM panel’s recommendation',
    ),
    ...(consideration.departs && consideration.departureReasons
      ? [
          strong('Why the final decision departs from the IRM panel’s recommendation'),
          ...quoted(consideration.departureReasons),
        ]
      : []),
  ];
}

function finalPart(view: DecisionCaseView): FileChild[] {
  const c = view.case;
  if (!c.letterDate && !c.route && !c.finalDecision) return [];
  const route =
    c.route === 'irm'
      ? 'Application to the Independent Review Mechanism'
      : c.route === 'representations'
        ? 'Written representations to the agency'
        : 'None received';
  return [
    subheading('After the qualifying determination'),
    ...(c.letterDate ? [line(formatDate(c.letterDate), 'Letter dated')] : []),
    ...(c.windowEnds ? [line(formatDate(c.windowEnds), '28-day window ends')] : []),
    line(c.routeReceivedOn ? `${route}, received ${formatDate(c.routeReceivedOn)}` : route, 'Route'),
    ...(c.irmRecommendation
      ? [strong('Independent Review Mechanism recommendation'), ...quoted(c.irmRecommendation.text)]
      : []),
    ...(c.representationsRecommendation
      ? [strong('Panel’s recommendation on the representations'), ...quoted(c.representationsRecommendation)]
      : []),
    ...(c.finalDecision
      ? [subheading('Final decision'), ...decisionLines(c.finalDecision), ...irmConsiderationLines(c.irmConsideration)]
      : []),
  ];
}

/** The agency decision maker's record of the decision, for the file: what panel recommended, what the ADM decided and why. */
export function decisionRecord(view: DecisionCaseView, agency: LetterAgency, recordDate: string): Document {
  const decision = firstDecision(view);
  const basis = decisionBasis(view);
  const recommendation = basis.recommendation;
  const whose = recommenderPossessive(basis);
  const title = view.minutesItem?.title;
  const isQualifyingDetermination = qualifying(view);
  return recordDocument({
    agency,
    recordDate,
    title: 'Agency decision maker’s decision record',
    body: [
      line(view.household.reference, 'Household reference'),
      line(joinNames(view.household.applicantNames), 'Applicants'),
      line(
        `${view.minutesItem ? `${view.minutesItem.number}. ` : ''}${view.typeLabel}${title ? `: ${title}` : ''}`,
        'Item',
      ),
      basis.by === 'panel'
        ? line(sittingDay(basis.date), 'Panel sitting')
        : line(`None: decided on the service’s report of ${formatDate(basis.date)}`, 'Panel sitting'),
      subheading(`${capitalised(whose)} recommendation`),
      ...(recommendation
        ? [
            line(recommendation.outcomeLabel, 'Recommendation'),
            ...(recommendation.terms ? [strong('Terms of approval'), ...termsLines(recommendation.terms)] : []),
            strong('Reasons'),
            ...quoted(recommendation.reasons),
          ]
        : [line('The minutes record no recommendation on this item.')]),
      ...(view.directReferral ? [line(view.directReferral.presentedBy, 'Report by')] : []),
      subheading('The agency decision maker’s decision'),
      line(
        decision.verdict === 'agree'
          ? `I agree with ${whose} recommendation.`
          : `I do not agree with ${whose} recommendation.`,
        'Agree or disagree',
      ),
      ...decisionLines(decision),
      ...(decision.terms && decision.carerAgreed ? [line('The carers agreed to the change in writing.')] : []),
      line(
        isQualifyingDetermination
          ? 'This is a qualifying determination. The applicants have 28 days from the date of the letter telling them of it to make written representations to the agency or to apply to the Independent Review Mechanism (not both). It does not take effect by itself: when the 28 days end with nothing received, or once the panel’s fresh recommendation on the representations or the IRM panel’s recommendation is received, the agency decision maker confirms or changes it in a final decision.'
          : 'This is not a qualifying determination.',
        'Qualifying determination',
      ),
      ...finalPart(view),
    ],
  });
}
