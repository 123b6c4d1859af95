import type { Document } from 'docx';
import { formatDate } from '../../domain/dates';
import type { DecisionCaseView } from '../../schemas/decision';
import {
  admSignatory,
  consideredSentence,
  decidedPhrase,
  reasonsLines,
  routeLines,
  setsTerms,
  type DecisionDetail,
} from './case-parts';
import { need, type LetterAgency } from './letter-input';
import { lineParagraphs, said, setInLines, termsLetterLines, type LetterLine } from './letter-lines';
import { letterDocument, say } from './letter-parts';

/** After an IRM recommendation: that the ADM considered it, and where the decision departs from it, why. */
function irmConsiderationLines(view: DecisionCaseView): LetterLine[] {
  const consideration = view.case.route === 'irm' ? view.case.irmConsideration : null;
  if (!consideration) return [];
  if (!consideration.departs) {
    return [said('I have considered the IRM panel’s recommendation, and my final decision follows it.')];
  }
  return [
    said(
      'I have considered the IRM panel’s recommendation, and my final decision departs from it. My reasons for departing from its recommendation are:',
    ),
    ...setInLines(consideration.departureReasons),
  ];
}

/** What the final decision letter says, as wording lines, for the code-built letter and the template alike. */
export interface FinalDecisionWords {
  decision: DecisionDetail;
  subject: string;
  /** How the case came back after the proposal (empty for a decision final from the start). */
  route: LetterLine[];
  considered: LetterLine;
  decided: LetterLine;
  terms: LetterLine[];
  reasons: LetterLine[];
  irmConsideration: LetterLine[];
}

/**
 * The final decision's wording after a qualifying determination, taking
 * account of the panel's and any IRM recommendation, and why it departs from
 * the IRM panel's where it does — or, for a decision that was final from the
 * start (e.g. not to terminate, an exemption), that decision.
 */
export function finalDecisionWords(view: DecisionCaseView): FinalDecisionWords {
  const finalFromStart = view.case.state === 'decided' ? view.case.decision : null;
  const decision = need(view.case.finalDecision ?? finalFromStart, 'The final decision has not been made yet.');
  return {
    decision,
    subject: 'Our final decision',
    route: finalFromStart ? [] : routeLines(view),
    considered: said(consideredSentence(view)),
    decided: said(
      `My ${finalFromStart ? 'decision' : 'final decision'}, made on ${formatDate(decision.decidedOn)}, is ${decidedPhrase(decision.code, decision.label, view.household)}.`,
    ),
    terms:
      decision.terms && setsTerms(decision.code) ? [said('The terms are:'), ...termsLetterLines(decision.terms)] : [],
    reasons: reasonsLines(decision.reasons),
    irmConsideration: irmConsiderationLines(view),
  };
}

/** The final decision letter, built in code from its wording. */
export function finalDecisionLetter(view: DecisionCaseView, agency: LetterAgency, letterDate: string): Document {
  const words = finalDecisionWords(view);
  return letterDocument({
    agency,
    letterDate,
    household: view.household,
    title: `Final decision letter, ${view.household.reference}`,
    subject: words.subject,
    signatory: admSignatory(words.decision),
    body: [
      ...lineParagraphs([
        ...words.route,
        words.considered,
        words.decided,
        ...words.terms,
        ...words.reasons,
        ...words.irmConsideration,
      ]),
      say(
        'This is the agency’s final decision. If you would like to talk about it, or are unhappy with how we have dealt with your case, please contact us: you can also use our complaints procedure.',
      ),
    ],
  });
}
