import type { Document } from 'docx';
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
import { letterDocument, say, termsLines } from './letter-parts';

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
      say(
        'This is the agency’s final decision. If you would like to talk about it, or are unhappy with how we have dealt with your case, please contact us: you can also use our complaints procedure.',
      ),
    ],
  });
}
