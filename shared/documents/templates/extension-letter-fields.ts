import { z } from 'zod';
import type { ExtensionView } from '../../schemas/decision';
import { EXTENSION_SUBJECT, NOMINATED_OFFICER_ROLE } from '../letters/extension-letter';
import { extensionWords, plainSentence } from '../letters/extension-words';
import { need } from '../letters/letter-input';
import { safeText } from '../safe-text';
import { flag, lines, statutory, text } from './fields';
import { asLines, LETTER_FRAME_FIELDS, letterFrameData, type LetterContext } from './letter-frame-fields';

/** The temporary approval extension letter's placeholders (CPPCR reg 24/25): the frame, then what it says. */
export const ExtensionLetterData = z.object({
  ...LETTER_FRAME_FIELDS,
  opening: text(
    'When the temporary approval began and was due to end',
    'Your temporary approval as a foster carer for the child placed with you began on 2 March 2026 and was due to end on 21 June 2026.',
  ),
  irm_applied: text(
    'For an extension until the IRM’s outcome, that the carers applied to the IRM; empty otherwise',
    'You applied to the Independent Review Mechanism (IRM) for a review of our qualifying determination about your approval.',
  ),
  has_panel_views: flag('Yes when the fostering panel’s views were sought and recorded', 'Yes'),
  panel_views: lines(
    'The fostering panel’s views on the extension as typed, one paragraph per line (empty when none were sought)',
    'The child is settled and the assessment needs six more weeks.',
  ),
  extension_approval: statutory(
    'The nominated officer’s approval and its date, after the panel’s views (the law requires it)',
    'Having taken the panel’s views into account, I approved the extension as the nominated officer on 10 June 2026.',
  ),
  extension_end: statutory(
    'The new end date of the temporary approval, or that it lasts until the IRM’s outcome (the law requires it)',
    'Your temporary approval now ends on 16 August 2026.',
  ),
  placement_warning: statutory(
    'That the placement must end if the carer is not approved by then (CPPCR reg 25(6)): the law requires it',
    'If you are not approved as a foster carer by 16 August 2026, the child’s placement with you must end (Care Planning, Placement and Case Review (England) Regulations 2010, regulation 25(6)).',
  ),
  iro_told: text(
    'That the child’s independent reviewing officer was told, and when',
    'The child’s independent reviewing officer (IRO) was told of the extension on 11 June 2026.',
  ),
  closing: text('The closing paragraph', 'Please contact us if you have any questions.'),
});
export type ExtensionLetterData = z.infer<typeof ExtensionLetterData>;

const typedLines = (text: string | null) =>
  (text ?? '')
    .split(/\r\n|\r|\n/)
    .map((part) => part.trim())
    .filter((part) => part !== '');

/** The extension letter's data from the extension, refused as the code-built letter refuses it. */
export function extensionLetterData(
  view: ExtensionView,
  context: Omit<LetterContext, 'household' | 'subject' | 'signatory'>,
): ExtensionLetterData {
  const extension = need(view.extension, 'The extension has not been approved yet.');
  const words = extensionWords(view);
  return ExtensionLetterData.parse({
    ...letterFrameData({
      ...context,
      household: view.household,
      subject: EXTENSION_SUBJECT,
      signatory: { name: extension.decidedByName, role: NOMINATED_OFFICER_ROLE },
    }),
    opening: safeText(words.opening),
    irm_applied: words.irmApplied ?? '',
    has_panel_views: words.panelViews !== null,
    panel_views: asLines(typedLines(words.panelViews)),
    extension_approval: safeText(words.approval),
    extension_end: safeText(plainSentence(words.end)),
    placement_warning: words.warning,
    iro_told: safeText(words.iroTold),
    closing: words.closing,
  });
}
