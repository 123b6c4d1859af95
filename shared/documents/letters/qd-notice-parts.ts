import type { Paragraph } from 'docx';
import { formatDate } from '../../domain/dates';
import { decisionBasis } from '../../domain/decisions/decision-basis';
import type { DecisionCaseView } from '../../schemas/decision';
import { irmContactProblem, type IrmContact } from '../../schemas/irm-contact';
import { sittingDay } from '../docx-parts';
import { LetterNotReadyError, need } from './letter-input';
import { bold, quoted, say, subheading, termsLines } from './letter-parts';

/**
 * The parts of the qualifying determination notice the law prescribes
 * (FSR reg 27(6)(a) / 28(7)(a)) beyond the proposal itself: a copy of the
 * recommendation with its reasons, and how to apply to the IRM.
 */

/**
 * A copy of the recommendation the ADM decided on, with its reasons: the
 * panel's, or where the case lawfully skipped panel the service's report, so
 * the letter never claims a panel considered it.
 */
export function recommendationCopy(view: DecisionCaseView): Paragraph[] {
  const basis = decisionBasis(view);
  const recommendation = need(
    basis.recommendation,
    basis.by === 'panel'
      ? 'The approved minutes hold no recommendation on this item, and the letter must include a copy of it.'
      : 'The service’s report holds no recommendation, and the letter must include it.',
  );
  const terms = recommendation.terms
    ? [say('The terms of approval it recommended:'), ...termsLines(recommendation.terms)]
    : [];
  const reasons = recommendation.reasons.trim() ? [say('Its reasons:'), ...quoted(recommendation.reasons)] : [];
  if (basis.by === 'service') {
    const author = view.directReferral?.presentedBy;
    return [
      subheading('The fostering service’s report'),
      say(
        'Your case was not considered by a fostering panel. Under the service’s procedure, cases of this kind are decided without a panel, on the fostering service’s report.',
      ),
      say(
        `The report of ${formatDate(basis.date)}${author ? `, written by ${author},` : ''} recommended: `,
        bold(recommendation.outcomeLabel),
      ),
      ...terms,
      ...reasons,
    ];
  }
  return [
    subheading('The fostering panel’s recommendation'),
    say(
      `The fostering panel met on ${sittingDay(basis.date)} and considered your case. This is a copy of its recommendation.`,
    ),
    say('It recommended: ', bold(recommendation.outcomeLabel)),
    ...terms,
    ...reasons,
  ];
}

/** The IRM's details as entered in settings; without all four the letter cannot be made. */
export function irmContactParagraphs(contact: IrmContact, windowEnds: string): Paragraph[] {
  const problem = irmContactProblem(contact);
  if (problem) throw new LetterNotReadyError(problem);
  return [
    subheading('How to apply to the Independent Review Mechanism'),
    say(
      'To apply, contact the IRM directly, in writing, by ',
      bold(windowEnds),
      '. Please also let us know that you have applied. The IRM’s details are:',
    ),
    ...quoted(contact.name),
    ...quoted(contact.address),
    ...quoted(`Telephone: ${contact.telephone}`),
    ...quoted(`Website: ${contact.website}`),
  ];
}

/** What happens if the applicant does neither: the ADM decides; nothing takes effect by itself. */
export function ifNothingArrives(windowEnds: string): Paragraph {
  return say(
    `If we have not received your written representations, or heard that you have applied to the Independent Review Mechanism, by ${windowEnds}, I will then make the final decision. This proposal does not take effect by itself when the 28 days end: we will write to you again with the final decision and the reasons for it.`,
  );
}
