import type { Document } from 'docx';
import { formatDate } from '../../domain/dates';
import type { ExtensionView } from '../../schemas/decision';
import { need, type LetterAgency } from './letter-input';
import { bold, carers, letterDocument, quoted, say } from './letter-parts';

export const NOMINATED_OFFICER_ROLE = 'Nominated officer';

/**
 * The extension of temporary approval (CPPCR reg 25): the new end date, the
 * panel's views, the nominated officer's approval and that the child's IRO was
 * told. The child is not named.
 */
export function extensionLetter(view: ExtensionView, agency: LetterAgency, letterDate: string): Document {
  const extension = need(view.extension, 'The extension has not been approved yet.');
  const began = view.temporaryApprovalDate ? ` began on ${formatDate(view.temporaryApprovalDate)} and` : '';
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
      ...(view.panelViews?.trim()
        ? [
            say('We asked the fostering panel for its views on extending it. The panel’s views were:'),
            ...quoted(view.panelViews),
          ]
        : [say('We asked the fostering panel for its views on extending it.')]),
      say(
        `Having taken the panel’s views into account, I approved the extension as the nominated officer on ${formatDate(extension.decidedOn)}.`,
      ),
      say('Your temporary approval now ends on ', bold(formatDate(extension.newEnd)), '.'),
      say('Temporary approval can be extended only once.'),
      say(
        `The child’s independent reviewing officer (IRO) was told of the extension on ${formatDate(extension.iroToldOn)}.`,
      ),
      say(
        'We will keep working with you to complete your assessment so that the fostering panel can consider your full approval. Please contact us if you have any questions.',
      ),
    ],
  });
}
