import type { Document } from 'docx';
import { formatDate } from '../../domain/dates';
import type { DecisionCaseView } from '../../schemas/decision';
import { irmContactProblem } from '../../schemas/irm-contact';
import {
  admSignatory,
  consideredWhat,
  decidedPhrase,
  firstDecision,
  reasonsLines,
  setsTerms,
  type DecisionDetail,
} from './case-parts';
import { LetterNotReadyError, need, type LetterAgency } from './letter-input';
import { lineParagraphs, said, subheadingLine, termsLetterLines, type LetterLine } from './letter-lines';
import { letterDocument, say, subheading } from './letter-parts';
import { qdRightsLines, recommendationCopyLines, type RecommendationCopy } from './qd-notice-parts';

const SUBJECTS: Record<string, string> = {
  not_approve: 'Our proposal not to approve your application',
  terminate: 'Our proposal to end your approval',
  revise_terms: 'Our proposal to change your terms of approval',
  new_terms: 'Our proposal to change your terms of approval',
};

/** What the qualifying determination letter says, as wording lines, for the code-built letter and the template alike. */
export interface QualifyingDeterminationWords {
  decision: DecisionDetail;
  /** The date printed on the letter: the one recorded on the case, from which the 28 days run. */
  letterDate: string;
  subject: string;
  proposal: LetterLine;
  proposedTerms: LetterLine[];
  reasons: LetterLine[];
  recommendation: RecommendationCopy;
  rights: LetterLine[];
}

/**
 * The qualifying determination ("minded to") letter's wording, the notice
 * under FSR reg 27(6)(a) / 28(7)(a): the proposal and the ADM's reasons, a
 * copy of the recommendation with its reasons (the panel's, or the service's
 * report where the case skipped panel), and the right to make representations
 * or apply to the IRM, not both, within 28 days of the letter's date, with the
 * IRM's contact details. It carries the letter date recorded on the case,
 * which starts the window; without the IRM's details it cannot be made.
 */
export function qualifyingDeterminationWords(
  view: DecisionCaseView,
  agency: LetterAgency,
): QualifyingDeterminationWords {
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
  const rights = qdRightsLines(agency.irmContact, windowEnds);
  return {
    decision,
    letterDate,
    subject: SUBJECTS[decision.code] ?? 'A proposed decision about your approval',
    proposal: said(
      `I have considered ${consideredWhat(view)} and all the papers. I propose ${decidedPhrase(decision.code, decision.label, view.household)}.`,
    ),
    proposedTerms:
      decision.terms && setsTerms(decision.code)
        ? [said('The proposed terms are:'), ...termsLetterLines(decision.terms)]
        : [],
    reasons: reasonsLines(decision.reasons, 'My reasons for this proposal are:'),
    recommendation: recommendationCopyLines(view),
    rights,
  };
}

/** The qualifying determination letter, built in code from its wording. */
export function qualifyingDeterminationLetter(view: DecisionCaseView, agency: LetterAgency): Document {
  const words = qualifyingDeterminationWords(view, agency);
  return letterDocument({
    agency,
    letterDate: words.letterDate,
    household: view.household,
    title: `Qualifying determination letter, ${view.household.reference}`,
    subject: words.subject,
    signatory: admSignatory(words.decision),
    body: [
      ...lineParagraphs([words.proposal, ...words.proposedTerms, ...words.reasons]),
      say(
        'This is a proposal, not yet a final decision. The law calls it a qualifying determination, and you have the right to ask for it to be looked at again.',
      ),
      ...lineParagraphs([subheadingLine(words.recommendation.heading), ...words.recommendation.lines]),
      subheading('What you can do if you disagree'),
      ...lineParagraphs(words.rights),
      say(
        'If you would like to talk about this letter, please contact us. We know this is not the news you hoped for.',
      ),
    ],
  });
}
