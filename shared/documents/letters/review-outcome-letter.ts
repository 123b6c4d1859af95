import type { Document } from 'docx';
import { formatDate } from '../../domain/dates';
import type { DecisionCaseView } from '../../schemas/decision';
import { admSignatory, consideredWhat, effectiveDecision, panelParagraph, reasonsParagraphs } from './case-parts';
import { LetterNotReadyError, need, type LetterAgency } from './letter-input';
import { carers, letterDocument, say, termsLines } from './letter-parts';

const REVISED = new Set(['revise_terms', 'new_terms']);
const CONTINUED = new Set(['continue', 'terms_unchanged', 'do_not_terminate', ...REVISED]);

/** The review outcome: approval continues, on the same or revised terms. */
export function reviewOutcomeLetter(view: DecisionCaseView, agency: LetterAgency, letterDate: string): Document {
  const decision = effectiveDecision(view);
  if (!CONTINUED.has(decision.code)) throw new LetterNotReadyError('The decision does not continue the approval.');
  const revised = REVISED.has(decision.code);
  const terms = need(
    revised ? decision.terms : (view.household.terms ?? decision.terms),
    'The terms of approval have not been recorded.',
  );
  // A change the carers agreed to in writing is not a qualifying determination: it takes effect now.
  const agreed = revised && view.case.finalDecision === null && view.case.decision?.carerAgreed === true;
  return letterDocument({
    agency,
    letterDate,
    household: view.household,
    title: `Review outcome letter, ${view.household.reference}`,
    subject: 'The outcome of your review',
    signatory: admSignatory(decision),
    body: [
      panelParagraph(view),
      say(
        `I have considered ${consideredWhat(view)} and the papers, and I have decided that your approval as ${carers(view.household)} continues. I made this decision on ${formatDate(decision.decidedOn)}.`,
      ),
      say(
        revised ? 'Your terms of approval have been revised. They are now:' : 'Your terms of approval stay the same:',
      ),
      ...termsLines(terms),
      ...(agreed ? [say('As you agreed to this change in writing, it takes effect straight away.')] : []),
      ...reasonsParagraphs(decision.reasons),
      say(
        'Thank you for the care you give to children. Please contact us if you have any questions about this letter.',
      ),
    ],
  });
}
