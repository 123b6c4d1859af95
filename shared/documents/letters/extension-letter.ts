import type { Document } from 'docx';
import { formatDate } from '../../domain/dates';
import type { ExtensionView } from '../../schemas/decision';
import { need, type LetterAgency } from './letter-input';
import { bold, carers, letterDocument, quoted, say } from './letter-parts';

export const NOMINATED_OFFICER_ROLE = 'Nominated officer';

/**
 * The extension of temporary approval (CPPCR reg 25): the new end date (or,
 * for an extension until the IRM outcome, that it lasts until that outcome
 * and the ADM's final decision), that the panel's views were sought, the
 * nominated officer's approval, that the child's IRO was told, and that the
 * placement must end if approval is not given by then (reg 25(6)). The child
 * is not named.
 */
export function extensionLetter(view: ExtensionView, agency: LetterAgency, letterDate: string): Document {
  const extension = need(view.extension, 'The extension has not been approved yet.');
  const began = view.temporaryApprovalDate ? ` began on ${formatDate(view.temporaryApprovalDate)} and` : '';
  const newEnd = extension.kind === 'irm' ? null : extension.newEnd;
  const untilIrm = newEnd === null;
  return letterDocument({
    agency,
    letterDate,
    household: view.household,
    title: `Temporary approval extension letter, ${view.household.reference}`,
    subject: 'The extension of your temporary approval',
    signatory: { name: extension.decidedByName, role: NOMINATED_OFFICER_ROLE },
    body: [
      say(
        `Your temporary approval as ${carers(view.household)} for the child placed with you${began} was due to end on ${formatDate(extension.previousEnd)}.`,
      ),
      ...(untilIrm
        ? [
            say(
              'You applied to the Independent Review Mechanism (IRM) for a review of our qualifying determination about your approval. The regulations allow your temporary approval to be extended until the outcome of that review is known.',
            ),
          ]
        : []),
      ...(view.panelViews?.trim()
        ? [
            say('We sought the fostering panel’s views on extending it. The panel’s views were:'),
            ...quoted(view.panelViews),
            say(
              `Having taken the panel’s views into account, I approved the extension as the nominated officer on ${formatDate(extension.decidedOn)}.`,
            ),
          ]
        : [say(`I approved the extension as the nominated officer on ${formatDate(extension.decidedOn)}.`)]),
      untilIrm
        ? say(
            'Your temporary approval now lasts ',
            bold('until the outcome of the IRM review is known'),
            ': it ends when, after the IRM panel’s recommendation, the agency decision maker makes the final decision about your approval. We will write to you with that decision.',
          )
        : say('Your temporary approval now ends on ', bold(formatDate(newEnd)), '.'),
      untilIrm
        ? say(
            'If you are not approved as a foster carer when the final decision is made, the child’s placement with you must end (Care Planning, Placement and Case Review (England) Regulations 2010, regulation 25(6)).',
          )
        : say(
            `If you are not approved as a foster carer by ${formatDate(newEnd)}, the child’s placement with you must end (Care Planning, Placement and Case Review (England) Regulations 2010, regulation 25(6)). This was the one extension of up to 8 weeks the regulations allow; if you apply to the Independent Review Mechanism about a qualifying determination, your temporary approval may be extended again until the outcome of that review is known.`,
          ),
      say(
        `The child’s independent reviewing officer (IRO) was told of the extension on ${formatDate(extension.iroToldOn)}.`,
      ),
      say(
        untilIrm
          ? 'Please contact us if you have any questions.'
          : 'We will keep working with you to complete your assessment so that the fostering panel can consider your full approval. Please contact us if you have any questions.',
      ),
    ],
  });
}
