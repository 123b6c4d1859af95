import { formatDate } from '../../domain/dates';
import { decisionBasis } from '../../domain/decisions/decision-basis';
import type { DecisionCaseView } from '../../schemas/decision';
import { irmContactProblem, type IrmContact } from '../../schemas/irm-contact';
import { sittingDay } from '../docx-parts';
import { LetterNotReadyError, need } from './letter-input';
import { said, setInLines, subheadingLine, termsLetterLines, type LetterLine } from './letter-lines';
import { bold } from './letter-parts';

/**
 * The parts of the qualifying determination notice the law prescribes
 * (FSR reg 27(6)(a) / 28(7)(a)) beyond the proposal itself: a copy of the
 * recommendation with its reasons, how to apply to the IRM, and the right to
 * one route or the other within 28 days. Each is wording as lines
 * (`letter-lines.ts`), laid out by the code-built letter and printed in a
 * template's statutory blocks alike.
 */

/** The recommendation's sub-heading, and the copy of it. */
export interface RecommendationCopy {
  heading: string;
  lines: LetterLine[];
}

/**
 * A copy of the recommendation the ADM decided on, with its reasons: the
 * panel's, or where the case lawfully skipped panel the service's report, so
 * the letter never claims a panel considered it.
 */
export function recommendationCopyLines(view: DecisionCaseView): RecommendationCopy {
  const basis = decisionBasis(view);
  const recommendation = need(
    basis.recommendation,
    basis.by === 'panel'
      ? 'The approved minutes hold no recommendation on this item, and the letter must include a copy of it.'
      : 'The service’s report holds no recommendation, and the letter must include it.',
  );
  const terms = recommendation.terms
    ? [said('The terms of approval it recommended:'), ...termsLetterLines(recommendation.terms)]
    : [];
  const reasons = recommendation.reasons.trim() ? [said('Its reasons:'), ...setInLines(recommendation.reasons)] : [];
  if (basis.by === 'service') {
    const author = view.directReferral?.presentedBy;
    return {
      heading: 'The fostering service’s report',
      lines: [
        said(
          'Your case was not considered by a fostering panel. Under the service’s procedure, cases of this kind are decided without a panel, on the fostering service’s report.',
        ),
        said(
          `The report of ${formatDate(basis.date)}${author ? `, written by ${author},` : ''} recommended: `,
          bold(recommendation.outcomeLabel),
        ),
        ...terms,
        ...reasons,
      ],
    };
  }
  return {
    heading: 'The fostering panel’s recommendation',
    lines: [
      said(
        `The fostering panel met on ${sittingDay(basis.date)} and considered your case. This is a copy of its recommendation.`,
      ),
      said('It recommended: ', bold(recommendation.outcomeLabel)),
      ...terms,
      ...reasons,
    ],
  };
}

/** The IRM's details as entered in settings; without all four the letter cannot be made. */
export function irmContactLines(contact: IrmContact, windowEnds: string): LetterLine[] {
  const problem = irmContactProblem(contact);
  if (problem) throw new LetterNotReadyError(problem);
  return [
    subheadingLine('How to apply to the Independent Review Mechanism'),
    said(
      'To apply, contact the IRM directly, in writing, by ',
      bold(windowEnds),
      '. Please also let us know that you have applied. The IRM’s details are:',
    ),
    ...setInLines(contact.name),
    ...setInLines(contact.address),
    ...setInLines(`Telephone: ${contact.telephone}`),
    ...setInLines(`Website: ${contact.website}`),
  ];
}

/** What happens if the applicant does neither: the ADM decides; nothing takes effect by itself. */
export function ifNothingArrivesLine(windowEnds: string): LetterLine {
  return said(
    `If we have not received your written representations, or heard that you have applied to the Independent Review Mechanism, by ${windowEnds}, I will then make the final decision. This proposal does not take effect by itself when the 28 days end: we will write to you again with the final decision and the reasons for it.`,
  );
}

/**
 * The applicant's rights after the proposal, as the notice must state them:
 * 28 days from the letter's date to the day they end, written representations
 * or the IRM, one route and not both, how to reach the IRM, and that if
 * nothing arrives the ADM then makes the final decision.
 */
export function qdRightsLines(contact: IrmContact, windowEnds: string): LetterLine[] {
  const irm = irmContactLines(contact, windowEnds);
  return [
    said(
      'You have 28 days from the date of this letter, that is until ',
      bold(windowEnds),
      ', to do one of these two things:',
    ),
    said(
      bold('Make written representations to us. '),
      'Write to us at the address above saying why you disagree. The fostering panel will consider what you say and make a fresh recommendation, and I will then make a final decision.',
    ),
    said(
      bold('Or apply to the Independent Review Mechanism (IRM). '),
      'The IRM is independent of us. Its review panel will look at your case again and make its own recommendation to us, and I will then make a final decision, taking its recommendation into account.',
    ),
    said('You can choose one of these, ', bold('not both'), '.'),
    ...irm,
    subheadingLine('If we hear nothing from you'),
    ifNothingArrivesLine(windowEnds),
  ];
}
