import type { Document } from 'docx';
import type { ExtensionView } from '../../schemas/decision';
import { extensionWords, PANEL_VIEWS_SOUGHT } from './extension-words';
import { need, type LetterAgency } from './letter-input';
import { letterDocument, quoted, say } from './letter-parts';

export const NOMINATED_OFFICER_ROLE = 'Nominated officer';

/** The extension letter's subject line. */
export const EXTENSION_SUBJECT = 'The extension of your temporary approval';

/**
 * The extension of temporary approval (CPPCR reg 25): the new end date (or,
 * for an extension until the IRM outcome, that it lasts until that outcome
 * and the ADM's final decision), that the panel's views were sought, the
 * nominated officer's approval, that the child's IRO was told, and that the
 * placement must end if approval is not given by then (reg 25(6)). The child
 * is not named. The wording is extension-words.ts, shared with the template.
 */
export function extensionLetter(view: ExtensionView, agency: LetterAgency, letterDate: string): Document {
  const extension = need(view.extension, 'The extension has not been approved yet.');
  const words = extensionWords(view);
  return letterDocument({
    agency,
    letterDate,
    household: view.household,
    title: `Temporary approval extension letter, ${view.household.reference}`,
    subject: EXTENSION_SUBJECT,
    signatory: { name: extension.decidedByName, role: NOMINATED_OFFICER_ROLE },
    body: [
      say(words.opening),
      ...(words.irmApplied ? [say(words.irmApplied)] : []),
      ...(words.panelViews ? [say(PANEL_VIEWS_SOUGHT), ...quoted(words.panelViews)] : []),
      say(words.approval),
      say(...words.end),
      say(words.warning),
      say(words.iroTold),
      say(words.closing),
    ],
  });
}
