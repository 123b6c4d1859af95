import type { Document, FileChild } from 'docx';
import { formatDate } from '../../domain/dates';
import { decisionBasis } from '../../domain/decisions/decision-basis';
import type { DecisionCaseView } from '../../schemas/decision';
import { line, strong } from '../docx-parts';
import { firstDecision, type DecisionDetail } from './case-parts';
import {
  CARERS_AGREED,
  DECISION_RECORD_TITLE,
  decidedByWords,
  DEPARTURE_HEADING,
  hasFinalPart,
  irmConsiderationWords,
  NO_RECOMMENDATION,
  qualifyingWords,
  recordHeadWords,
  routeWords,
} from './decision-record-words';
import type { LetterAgency } from './letter-input';
import { quoted, recordDocument, subheading, termsLines } from './letter-parts';

const decisionLines = (decision: DecisionDetail): FileChild[] => [
  line(decision.label, 'Decision'),
  ...(decision.terms ? [strong('Terms of approval'), ...termsLines(decision.terms)] : []),
  ...(decision.reasons.trim() ? [strong('Reasons'), ...quoted(decision.reasons)] : []),
  line(formatDate(decision.decidedOn), 'Date of decision'),
  line(decidedByWords(decision), 'Decided by'),
];

/** After an IRM recommendation: that the ADM considered it, and whether (and why) the final decision departs from it. */
function irmConsiderationLines(consideration: DecisionCaseView['case']['irmConsideration']): FileChild[] {
  if (!consideration) return [];
  return [
    line(irmConsiderationWords(consideration.departs), 'IRM panel’s recommendation'),
    ...(consideration.departs && consideration.departureReasons
      ? [strong(DEPARTURE_HEADING), ...quoted(consideration.departureReasons)]
      : []),
  ];
}

function finalPart(view: DecisionCaseView): FileChild[] {
  const c = view.case;
  if (!hasFinalPart(view)) return [];
  return [
    subheading('After the qualifying determination'),
    ...(c.letterDate ? [line(formatDate(c.letterDate), 'Letter dated')] : []),
    ...(c.windowEnds ? [line(formatDate(c.windowEnds), '28-day window ends')] : []),
    line(routeWords(c), 'Route'),
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

/**
 * The agency decision maker's record of the decision, for the file: what panel
 * recommended, what the ADM decided and why. The wording is
 * decision-record-words.ts, shared with the Word template's data.
 */
export function decisionRecord(view: DecisionCaseView, agency: LetterAgency, recordDate: string): Document {
  const decision = firstDecision(view);
  const recommendation = decisionBasis(view).recommendation;
  const head = recordHeadWords(view);
  return recordDocument({
    agency,
    recordDate,
    title: DECISION_RECORD_TITLE,
    body: [
      line(view.household.reference, 'Household reference'),
      line(head.applicants, 'Applicants'),
      line(head.item, 'Item'),
      line(head.panelSitting, 'Panel sitting'),
      subheading(head.recommendationHeading),
      ...(recommendation
        ? [
            line(recommendation.outcomeLabel, 'Recommendation'),
            ...(recommendation.terms ? [strong('Terms of approval'), ...termsLines(recommendation.terms)] : []),
            strong('Reasons'),
            ...quoted(recommendation.reasons),
          ]
        : [line(NO_RECOMMENDATION)]),
      ...(view.directReferral ? [line(view.directReferral.presentedBy, 'Report by')] : []),
      subheading('The agency decision maker’s decision'),
      line(head.verdict, 'Agree or disagree'),
      ...decisionLines(decision),
      ...(decision.terms && decision.carerAgreed ? [line(CARERS_AGREED)] : []),
      line(qualifyingWords(view), 'Qualifying determination'),
      ...finalPart(view),
    ],
  });
}
