import type { Document } from 'docx';
import { formatDate } from '../../domain/dates';
import type { DecisionCaseView } from '../../schemas/decision';
import { admSignatory, consideredWhat, decidedPhrase, firstDecision, reasonsParagraphs, setsTerms } from './case-parts';
import { ifNothingArrives, irmContactParagraphs, recommendationCopy } from './qd-notice-parts';
import { LetterNotReadyError, need, type LetterAgency } from './letter-input';
import { irmContactProblem } from '../../schemas/irm-contact';
import { letterDocument, bold, say, subheading, termsLines } from './letter-parts';

const SUBJECTS: Record<string, string> = {
  not_approve: 'Our proposal not to approve your application',
  terminate: 'Our proposal to end your approval',
  revise_terms: 'Our proposal to change your terms of approval',
  new_terms: 'Our proposal to change your terms of approval',
};

/**
 * The qualifying determination ("minded to") letter, the notice under FSR reg
 * 27(6)(a) / 28(7)(a): the proposal and the ADM's reasons, a copy of the
 * recommendation with its reasons (the panel's, or the service's report where
 * the case skipped panel), and the right to make representations or apply to
 * the IRM, not both, within 28 days of the letter's date, with the IRM's
 * contact details. It carries the letter date recorded on the case, which
 * starts the window; without the IRM's details it cannot be made.
 */
export function qualifyingDeterminationLetter(view: DecisionCaseView, agency: LetterAgency): Document {
  const decision = firstDecision(view);
  // Asked first: without the IRM's details the letter can be neither dated nor made, so that is what to fix.
  const irmMissing = irmContactProblem(agency.irmContact);
  if (irmMissing) throw new LetterNotReadyError(irmMissing);
  const letterDate = need(
    view.case.letterDate,
    'Record the date of the letter first: the 28 days are counted from it.',
  );
  const windowEnds = formatDate(
    need(view.case.windowEnds, 'The end of the 28-day window has not been worked out yet.'),
  );
  const irm = irmContactParagraphs(agency.irmContact, windowEnds);
  return letterDocument({
    agency,
    letterDate,
    household: view.household,
    title: `Qualifying determination letter, ${view.household.reference}`,
    subject: SUBJECTS[decision.code] ?? 'A proposed decision about your approval',
    signatory: admSignatory(decision),
    body: [
      say(
        `I have considered ${consideredWhat(view)} and all the papers. I propose ${decidedPhrase(decision.code, decision.label, view.household)}.`,
      ),
      ...(decision.terms && setsTerms(decision.code)
        ? [say('The proposed terms are:'), ...termsLines(decision.terms)]
        : []),
      ...reasonsParagraphs(decision.reasons, 'My reasons for this proposal are:'),
      say(
        'This is a proposal, not yet a final decision. The law calls it a qualifying determination, and you have the right to ask for it to be looked at again.',
      ),
      ...recommendationCopy(view),
      subheading('What you can do if you disagree'),
      say(
        'You have 28 days from the date of this letter, that is until ',
        bold(windowEnds),
        ', to do one of these two things:',
      ),
      say(
        bold('Make written representations to us. '),
        'Write to us at the address above saying why you disagree. The fostering panel will consider what you say and make a fresh recommendation, and I will then make a final decision.',
      ),
      say(
        bold('Or apply to the Independent Review Mechanism (IRM). '),
        'The IRM is independent of us. Its review panel will look at your case again and make its own recommendation to us, and I will then make a final decision, taking its recommendation into account.',
      ),
      say('You can choose one of these, ', bold('not both'), '.'),
      ...irm,
      subheading('If we hear nothing from you'),
      ifNothingArrives(windowEnds),
      say(
        'If you would like to talk about this letter, please contact us. We know this is not the news you hoped for.',
      ),
    ],
  });
}
