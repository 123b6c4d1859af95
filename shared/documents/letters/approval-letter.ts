import type { Document } from 'docx';
import { statutoryClocks } from '../../domain/calendar/statutory-clocks';
import { formatDate } from '../../domain/dates';
import type { DecisionCaseView } from '../../schemas/decision';
import { admSignatory, consideredWhat, effectiveDecision, panelParagraph, reasonsParagraphs } from './case-parts';
import { LetterNotReadyError, need, type LetterAgency } from './letter-input';
import { carers, letterDocument, bold, say, subheading, termsLines } from './letter-parts';

/** The approval letter: the decision, the terms of approval, the approval date, the agreement to follow and the first review. */
export function approvalLetter(view: DecisionCaseView, agency: LetterAgency, letterDate: string): Document {
  const decision = effectiveDecision(view);
  if (decision.code !== 'approve')
    throw new LetterNotReadyError('The decision is not to approve, so there is no approval letter.');
  const household = view.household;
  const terms = need(decision.terms ?? household.terms, 'The terms of approval have not been recorded.');
  const approvalDate = household.approvalDate ?? decision.decidedOn;
  const firstReviewDue = household.firstReviewDue ?? statutoryClocks().firstReviewDue(approvalDate);
  const who = carers(household);
  return letterDocument({
    agency,
    letterDate,
    household,
    title: `Approval letter, ${household.reference}`,
    subject: `Your approval as ${who}`,
    signatory: admSignatory(decision),
    body: [
      panelParagraph(view),
      say(
        `I have considered ${consideredWhat(view)} and all the papers, and I am very pleased to tell you that I have decided to approve you as ${who}.`,
      ),
      say('Your approval date is ', bold(formatDate(approvalDate)), '.'),
      subheading('Your terms of approval'),
      say('You are approved to care for children on these terms:'),
      ...termsLines(terms),
      ...(terms.namedChildren.length > 0
        ? [say('Your approval is for the child or children named in your terms of approval.')]
        : []),
      ...reasonsParagraphs(decision.reasons),
      subheading('What happens next'),
      say(
        'Your foster care agreement will follow. It sets out what we expect of you and the support we will give you. Please read it carefully, sign it and return a copy to us.',
      ),
      say(
        'Your approval will be reviewed at least once a year. Your first review will go to the fostering panel and is due by ',
        bold(formatDate(firstReviewDue)),
        '.',
      ),
      say('Thank you for all you have put into your assessment. We look forward to working with you.'),
    ],
  });
}
