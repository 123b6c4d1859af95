import { z } from 'zod';
import type { MinutesContent } from '../../schemas/minutes';
import { sittingDay } from '../docx-parts';
import type { MinutesApprovalStamp } from '../minutes-document';
import { approvalWords } from '../minutes/approval-block';
import { sittingWords } from '../minutes/sitting-facts';
import { safeText } from '../safe-text';
import { flag, rows, statutory, text } from './fields';
import { DOCUMENT_FRAME_FIELDS, documentFrameData, type FrameContext } from './letter-frame-fields';
import { MINUTES_ITEM_FIELDS, minutesItemData } from './minutes-item-fields';

/**
 * The minutes extract for the ADM: not a letter. The frame (marking,
 * reference, version, the service's name and address), the sitting's facts,
 * the members present as a table, the one item in full and the chair's
 * approval. The panel's recommendation and the approval are statutory blocks:
 * the decision maker must have both, however the template is worded.
 */
export const MinutesExtractData = z.object({
  ...DOCUMENT_FRAME_FIELDS,
  sitting_when: text('The day and time the panel sat', 'Tuesday 5 January 2027, 10:00'),
  sitting_kind: text('“Main sitting” or “Extra sitting”', 'Main sitting'),
  venue: text('Where the panel met, or empty', 'County Hall, Room 4'),
  remote_link: text('The remote meeting link as plain text, or empty', 'https://meet.example.org/panel'),
  presided_by: text('Who presided, and their role', 'Margaret Ellis (Chair)'),
  has_members_present: flag('Yes when the members present were recorded', 'Yes'),
  members_present: rows('The members present, one table row each (empty when none were recorded)', {
    name: { description: 'The member’s name', example: 'Ruth Agyei' },
    role: { description: 'Their role on the panel', example: 'Independent member' },
  }),
  ...MINUTES_ITEM_FIELDS,
  approved_by: statutory(
    'Who approved the minutes, in what capacity, and when',
    'Approved by Margaret Ellis, chair, on 6 January 2027.',
  ),
  minutes_version: text('The approved version of the minutes', 'Minutes version 2.'),
  content_reference: text(
    'The start of the approved content’s SHA-256, to match the extract to the minutes',
    'Approved content reference: abababababab',
  ),
});
export type MinutesExtractData = z.infer<typeof MinutesExtractData>;

/** The extract's data: one item of the approved minutes, with the sitting's facts and the approval. */
export function minutesExtractData(
  content: MinutesContent,
  itemId: string,
  approval: MinutesApprovalStamp,
  context: Omit<FrameContext, 'reference'>,
): MinutesExtractData {
  const item = content.items.find((i) => i.itemId === itemId);
  if (!item) throw new Error('That item is not in these minutes');
  const sitting = content.sitting;
  const approved = approvalWords(approval);
  // The household's reference where the item has one, else the sitting and item.
  const reference = item.householdReference ?? `Panel ${sitting.date}, item ${item.number}`;
  const frame = documentFrameData({ ...context, reference });
  return MinutesExtractData.parse({
    ...frame,
    // The extract is the minutes' own: the agency name the minutes were approved under.
    agency_name: safeText(content.agencyName),
    sitting_when: safeText(`${sittingDay(sitting.date)}, ${sitting.startTime}`),
    sitting_kind: sitting.kind === 'main' ? 'Main sitting' : 'Extra sitting',
    venue: safeText(sitting.venue ?? ''),
    remote_link: safeText(sitting.remoteLink ?? ''),
    presided_by: safeText(sittingWords(sitting).presidedBy),
    has_members_present: sitting.present.length > 0,
    members_present: sitting.present.map((m) => ({ name: safeText(m.name), role: safeText(m.role) })),
    ...minutesItemData(item),
    approved_by: safeText(approved.approvedBy),
    minutes_version: approved.version,
    content_reference: approved.reference,
  });
}
