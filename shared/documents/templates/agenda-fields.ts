import { z } from 'zod';
import { formatDate } from '../../domain/dates';
import { agendaFacts, type AgendaContext } from '../agenda-document';
import { safeText } from '../safe-text';
import { flag, loop, text } from './fields';
import { DOCUMENT_FRAME_FIELDS, documentFrameData, type FrameContext } from './letter-frame-fields';

/** The reference in a sitting's documents' header: the sitting by its date, as the register finds it. */
export const sittingReference = (date: string) => `Fostering panel ${formatDate(date)}`;

const SITTING_REFERENCE = text(
  'The sitting, by its date: the document’s reference in the header',
  'Fostering panel 5 January 2027',
);

/** The agenda's placeholders: the frame, then what the code-built agenda prints (agenda-document.ts), in its order. */
export const AgendaData = z.object({
  ...DOCUMENT_FRAME_FIELDS,
  reference: SITTING_REFERENCE,
  sitting_day_time: text('The day and time the panel sits', 'Tuesday 5 January 2027, 10:00'),
  sitting_kind_place: text('Main or extra sitting, and where it meets', 'Extra sitting. County Hall, Room 4'),
  papers_due: text('When the papers go to members', 'Papers to members by 24 December 2026.'),
  has_members: flag('Yes when members have been invited', 'Yes'),
  members: loop('The members expected (invited or confirmed): a table row each', 'Margaret Ellis', {
    name: text('The member’s name', 'Margaret Ellis'),
    role: text('Their role on the panel, “(presiding)” for the sitting’s presider', 'Chair (presiding)'),
  }),
  has_apologies: flag('Yes when a member has sent apologies', 'Yes'),
  apologies: text('Those who have sent apologies', 'Colin Barnes'),
  has_adviser: flag('Yes when a panel adviser is named', 'Yes'),
  adviser: text('The panel adviser', 'Joan Adviser'),
  has_minute_taker: flag('Yes when a minute-taker is named', 'Yes'),
  minute_taker: text('The minute-taker', 'Tom Minutes'),
  previous_minutes: text(
    'Which minutes come up: the last sitting before this one',
    'The minutes of the sitting on 1 December 2026.',
  ),
  has_items: flag('Yes when the agenda has items', 'Yes'),
  items: loop('Each item in order: a table row each', '1. Approval (mainstream)', {
    number: text('The item’s number, fixed when the papers went out', '1.'),
    time: text('Its start time, or “—” when it has come off the agenda', '10:00'),
    item: text('What the item is, and whether it was added late or has come off', 'Approval (mainstream)'),
    reference: text('The household’s reference, or “—”', 'FC-2026-014'),
    presenters: text('Who presents it, or “—”', 'Sam Social'),
  }),
  next_sitting: text('When the panel sits next', 'Tuesday 2 February 2027, 10:00.'),
});
export type AgendaData = z.infer<typeof AgendaData>;

/** The agenda's data from the sitting, as the code-built agenda reads it (agendaFacts). */
export function agendaData(
  context: Omit<AgendaContext, 'agencyName'>,
  frame: Omit<FrameContext, 'reference'>,
): AgendaData {
  const facts = agendaFacts(context);
  return AgendaData.parse({
    ...documentFrameData({ ...frame, reference: sittingReference(context.sitting.date) }),
    sitting_day_time: facts.dayAndTime,
    sitting_kind_place: safeText(facts.kindAndPlace),
    papers_due: facts.papersDue,
    has_members: facts.expected.length > 0,
    members: facts.expected.map((m) => ({ name: safeText(m.name), role: m.role })),
    has_apologies: facts.apologies !== null,
    apologies: safeText(facts.apologies),
    has_adviser: Boolean(facts.adviser),
    adviser: safeText(facts.adviser),
    has_minute_taker: Boolean(facts.minuteTaker),
    minute_taker: safeText(facts.minuteTaker),
    previous_minutes: facts.previousMinutes,
    has_items: facts.items.length > 0,
    items: facts.items.map((item) => ({
      number: item.number,
      time: item.time,
      item: safeText(item.item),
      reference: safeText(item.reference),
      presenters: safeText(item.presenters),
    })),
    next_sitting: facts.nextSitting,
  });
}
