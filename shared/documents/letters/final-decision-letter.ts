import type { Document, Paragraph } from 'docx';
import { formatDate } from '../../domain/dates';
import type { DecisionCaseView } from '../../schemas/decision';
import {
  admSignatory,
  consideredSentence,
  decidedPhrase,
  reasonsParagraphs,
  routeParagraphs,
  setsTerms,
} from './case-parts';
import { need, type LetterAgency } from './letter-input';
import { letterDocument, quoted, say, termsLines } from './letter-parts';

/** After an IRM recommendation: that the ADM considered it, and where the decision departs from it, why. */
function irmConsiderationParagraphs(view: DecisionCaseView): Paragraph[] {
  const consideration = view.case.route === 'irm' ? view.case.irmConsideration : null;
  if (!consideration) return [];
  if (!consideration.departs) {
    return [say('I have considered the IRM panel’s recommendation, and my final decision follows it.')];
  }
  return [
    say(
      'I have considered the IRM panel’s recommendation, and my final decision departs from it. My reasons for departing from its recommendation are:',
    ),
    ...quoted(consideration.departureReasons),
  ];
}

/**
 * The final decision after a qualifying determination, taking account of the
 * panel's and any IRM recommendation — or, for a decision that was final from
 * the start (e.g. not to terminate, an exemption), that decision.
 */
export function finalDecisionLetter(view: DecisionCaseView, agency: LetterAgency, letterDate: string): Document {
  const finalFromStart = view.case.state === 'decided' ? view.case.decision : null;
  const decision = need(view.case.finalDecision ?? finalFromStart, 'The final decision has not been made yet.');
  return letterDocument({
    agency,
    letterDate,
    household: view.household,
    title: `Final decision letter, ${view.household.reference}`,
    subject: 'Our final decision',
    signatory: admSignatory(decision),
    body: [
      ...(finalFromStart ? [] : routeParagraphs(view)),
      say(consideredSentence(view)),
      say(
        `My ${finalFromStart ? 'decision' : 'final decision'}, made on ${formatDate(decision.decidedOn)}, is ${decidedPhrase(decision.code, decision.label, view.household)}.`,
      ),
      ...(decision.terms && setsTerms(decision.code) ? [say('The terms are:'), ...termsLines(decision.terms)] : []),
      ...reasonsParagraphs(decision.reasons),
      ...irmConsiderationParagraphs(view),
      say(
        'This is the agency’s final decision. If you would like to talk about it, or are unhappy with how we have dealt with your case, please contact us: you can also use our complaints procedure.',
      ),
    ],
  });
}
