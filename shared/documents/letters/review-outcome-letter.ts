import type { Document } from 'docx';
import { formatDate } from '../../domain/dates';
import type { DecisionCaseView } from '../../schemas/decision';
import { admSignatory, consideredWhat, effectiveDecision, panelParagraph, reasonsParagraphs } from './case-parts';
import { LetterNotReadyError, need, type LetterAgency } from './letter-input';
import { carers, letterDocument, say, termsLines } from './letter-parts';

const REVISED = new Set(['revise_terms', 'new_terms']);
const CONTINUED = new Set(['continue', 'terms_unchanged', 'do_not_terminate', ...REVISED]);

/**
 * What a review outcome letter says, checked as the letter needs it: the
 * code-built letter and the templated one (templates/review-outcome-letter-fields.ts) both read it.
 */
export function reviewOutcomeFacts(view: DecisionCaseView) {
  const decision = effectiveDecision(view);
  if (!CONTINUED.has(decision.code)) throw new LetterNotReadyError('The decision does not continue the approval.');
  const revised = REVISED.has(decision.code);
  const terms = need(
    revised ? decision.terms : (view.household.terms ?? decision.terms),
    'The terms of approval have not been recorded.',
  );
  return {
    decision,
    terms,
    // A change the carers agreed to in writing is not a qualifying determination: it takes effect now.
    agreed: revised && view.case.finalDecision === null && view.case.decision?.carerAgreed === true,
    subject: 'The outcome of your review',
    decided: `I have considered ${consideredWhat(view)} and the papers, and I have decided that your approval as ${carers(view.household)} continues. I made this decision on ${formatDate(decision.decidedOn)}.`,
    termsIntro: revised
      ? 'Your terms of approval have been revised. They are now:'
      : 'Your terms of approval stay the same:',
    agreedSentence: 'As you agreed to this change in writing, it takes effect straight away.',
  };
}

/** The review outcome: approval continues, on the same or revised terms. */
export function reviewOutcomeLetter(view: DecisionCaseView, agency: LetterAgency, letterDate: string): Document {
  const facts = reviewOutcomeFacts(view);
  return letterDocument({
    agency,
    letterDate,
    household: view.household,
    title: `Review outcome letter, ${view.household.reference}`,
    subject: facts.subject,
    signatory: admSignatory(facts.decision),
    body: [
      panelParagraph(view),
      say(facts.decided),
      say(facts.termsIntro),
      ...termsLines(facts.terms),
      ...(facts.agreed ? [say(facts.agreedSentence)] : []),
      ...reasonsParagraphs(facts.decision.reasons),
      say(
        'Thank you for the care you give to children. Please contact us if you have any questions about this letter.',
      ),
    ],
  });
}
