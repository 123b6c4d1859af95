import { z } from 'zod';
import type { MinutesContent } from '../../schemas/minutes';
import { DRAFT_MARK } from '../minutes-document';
import { approvalWords, type MinutesApprovalStamp, type SentToAdm } from '../minutes/approval-block';
import { itemParts } from '../minutes/minutes-item';
import type { MinutesLine } from '../minutes/minutes-lines';
import { attendanceWords, sittingWords } from '../minutes/sitting-facts';
import { safeText } from '../safe-text';
import { sittingReference } from './agenda-fields';
import { flag, lines, loop, statutory, statutoryLoop, text } from './fields';
import { asLines, DOCUMENT_FRAME_FIELDS, documentFrameData, type FrameContext } from './letter-frame-fields';

/**
 * The minutes' placeholders. The sitting's facts and attendance are fields
 * of their own; each item is a loop entry whose minuted paragraphs (as the
 * code-built minutes print them: minutes/minutes-item.ts) come in three loops,
 * before, the panel's recommendation, and after, each paragraph saying how it
 * is set: a heading, bold, "label: text" or plain.
 */
const PARAGRAPH = {
  is_heading: flag('Yes for a heading within the item (Papers considered, Discussion, Recommendation …)', 'No'),
  is_bold: flag('Yes for a line in bold (an outcome, a label over the lines that follow)', 'No'),
  is_labelled: flag('Yes for a “label: text” line', 'Yes'),
  is_plain: flag('Yes for a plain line', 'No'),
  label: text('The label of a “label: text” line', 'Vote'),
  text: text('The paragraph’s text', 'For 4, against 1, abstaining 0'),
};

const paragraphs = (description: string, example: string) => loop(description, example, PARAGRAPH);

const MINUTES_FIELDS = {
  ...DOCUMENT_FRAME_FIELDS,
  reference: text(
    'The sitting, by its date: the document’s reference in the header',
    'Fostering panel 23 November 2026',
  ),
  sitting_day_time: text('The day and time the panel sat', 'Monday 23 November 2026, 09:30'),
  sitting_kind: text('Main or extra sitting', 'Main sitting'),
  has_venue: flag('Yes when a venue is recorded', 'Yes'),
  venue: text('Where the panel met', 'County Hall, Room 4'),
  has_remote: flag('Yes when the sitting had a remote link', 'No'),
  remote_link: text('The remote link, as plain text', 'https://meet.example.org/panel'),
  presided_by: text('Who presided the sitting, with their role', 'Margaret Ellis (Chair)'),
  has_members_present: flag('Yes when members are recorded present', 'Yes'),
  members_present: loop('The members present: a table row each', 'Margaret Ellis', {
    name: text('The member’s name', 'Margaret Ellis'),
    role: text('Their role at the sitting', 'Chair, presiding'),
  }),
  apologies: text('Members who sent apologies, or “None”', 'Colin Barnes'),
  absent: text('Members absent without apologies, or “None”', 'None'),
  adviser: text('The panel adviser, or “Not recorded”', 'Joan Adviser'),
  minute_taker: text('The minute-taker, or “Not recorded”', 'Tom Minutes'),
  observers: text('Observers with their roles, or “None”', 'Olu Observer (Student social worker)'),
  has_opening: flag('Yes when an opening is minuted', 'Yes'),
  opening: lines('The opening, one paragraph per line typed', 'The chair welcomed members.'),
  has_items: flag('Yes when the minutes have items', 'Yes'),
  items: loop('Each item in order, as minuted', '1. Approval (mainstream)', {
    heading: text('The item’s number and what it is', '1. Approval (mainstream)'),
    before: paragraphs(
      'What the minutes record before the recommendation: lateness, arrivals, household reference, presider, presenters, attendance, interests, quorum, papers, the service’s recommendation and the discussion',
      'Household reference: FC-2026-014',
    ),
    recommendation: statutoryLoop(
      'The panel’s recommendation: outcome, terms, reasons, key issues, views, vote, dissent and who recorded it (none for an item not heard)',
      'Vote: For 4, against 1, abstaining 0',
      PARAGRAPH,
    ),
    after: paragraphs('The actions, and who left the meeting after the item', 'Adviser to check the bedroom sizes.'),
  }),
  has_other_business: flag('Yes when any other business is minuted', 'Yes'),
  other_business: lines('Any other business, one paragraph per line typed', 'Training dates were agreed.'),
  has_closing: flag('Yes when the close is minuted', 'Yes'),
  closing: lines('The close, one paragraph per line typed', 'The meeting closed at 12:10.'),
};

/** The draft minutes: marked as a draft at the top of the body, in the header and in the footer. */
export const DraftMinutesData = z.object({
  ...MINUTES_FIELDS,
  draft_mark: statutory('The draft marking, on every page and at the top (always printed)', DRAFT_MARK),
});
export type DraftMinutesData = z.infer<typeof DraftMinutesData>;

/** The final minutes: closed by the chair's approval and where they were sent. */
export const FinalMinutesData = z.object({
  ...MINUTES_FIELDS,
  approved_by: statutory(
    'Who approved the minutes, in what capacity and when (always printed)',
    'Approved by Margaret Ellis, chair, on 23 November 2026.',
  ),
  minutes_version: text('The version of the minutes approved', 'Minutes version 2.'),
  approved_reference: statutory(
    'The start of the approved content’s SHA-256, so a copy can be checked against the record (always printed)',
    'Approved content reference: 3f9a1c0b7d2e',
  ),
  has_sent: flag('Yes when items went to the agency decision maker', 'Yes'),
  sent: lines(
    'Each item sent to the agency decision maker, and when',
    '1. Approval (mainstream) (FC-2026-014): sent to Priya Shah on 23 November 2026',
  ),
});
export type FinalMinutesData = z.infer<typeof FinalMinutesData>;

/** A paragraph as a loop entry, user text made safe. */
const paragraph = (l: MinutesLine) => ({
  is_heading: l.style.startsWith('heading'),
  is_bold: l.style === 'strong',
  is_labelled: l.style === 'line' && l.label !== undefined,
  is_plain: l.style === 'line' && l.label === undefined,
  label: safeText(l.style === 'line' ? l.label : ''),
  text: safeText(l.text),
});

/** Free text as typed, one entry per non-blank line, as the code builder splits it. */
const typed = (value: string | null) => asLines((value ?? '').split(/\r\n|\r|\n/).filter((part) => part.trim() !== ''));

function minutesData(content: MinutesContent, frame: Omit<FrameContext, 'reference'>) {
  const sitting = sittingWords(content.sitting);
  const people = attendanceWords(content.sitting);
  const opening = typed(content.opening);
  const otherBusiness = typed(content.otherBusiness);
  const closing = typed(content.closing);
  return {
    ...documentFrameData({
      ...frame,
      agency: { ...frame.agency, agencyName: content.agencyName },
      reference: sittingReference(content.sitting.date),
    }),
    sitting_day_time: sitting.dayAndTime,
    sitting_kind: sitting.kind,
    has_venue: Boolean(sitting.venue),
    venue: safeText(sitting.venue),
    has_remote: Boolean(sitting.remoteLink),
    remote_link: safeText(sitting.remoteLink),
    presided_by: safeText(sitting.presidedBy),
    has_members_present: people.present.length > 0,
    members_present: people.present.map((m) => ({ name: safeText(m.name), role: safeText(m.role) })),
    apologies: safeText(people.apologies),
    absent: safeText(people.absent),
    adviser: safeText(people.adviser),
    minute_taker: safeText(people.minuteTaker),
    observers: safeText(people.observers),
    has_opening: opening.length > 0,
    opening,
    has_items: content.items.length > 0,
    items: content.items.map((item) => {
      const parts = itemParts(item);
      return {
        heading: safeText(parts.heading),
        before: parts.before.map(paragraph),
        recommendation: parts.recommendation.map(paragraph),
        after: parts.after.map(paragraph),
      };
    }),
    has_other_business: otherBusiness.length > 0,
    other_business: otherBusiness,
    has_closing: closing.length > 0,
    closing,
  };
}

/** The draft minutes' data from the minutes as saved or being written (the minutes view's draft). */
export function draftMinutesData(content: MinutesContent, frame: Omit<FrameContext, 'reference'>): DraftMinutesData {
  return DraftMinutesData.parse({ ...minutesData(content, frame), draft_mark: DRAFT_MARK });
}

/** The final minutes' data from the approved content and its approval, as the code builder reads them. */
export function finalMinutesData(
  content: MinutesContent,
  approval: MinutesApprovalStamp,
  sentToAdm: SentToAdm,
  frame: Omit<FrameContext, 'reference'>,
): FinalMinutesData {
  const words = approvalWords(approval, sentToAdm);
  return FinalMinutesData.parse({
    ...minutesData(content, frame),
    approved_by: safeText(words.approvedBy),
    minutes_version: words.version,
    approved_reference: words.reference,
    has_sent: words.sent.length > 0,
    sent: asLines(words.sent),
  });
}
