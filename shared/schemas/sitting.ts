import { z } from 'zod';
import { SITTING_YEARS } from '../domain/calendar/bank-holidays';
import { ITEM_TYPES } from '../domain/sittings/item-types';
import { IsoDate, OptionalIsoDate } from './dates';
import { ReviewKind } from './routing';
import { EntityId, optionalText, requiredText, Version, VersionOrNone } from './text';

export const SittingKind = z.enum(['main', 'extra'], { error: 'Choose main or extra sitting' });
export const SittingStatus = z.enum(
  ['planned', 'papers_sent', 'held', 'minutes_drafted', 'minutes_approved', 'sent_to_adm', 'cancelled'],
  { error: 'Choose a status' },
);
export type SittingStatus = z.infer<typeof SittingStatus>;

export const SITTING_STATUS_LABELS: Record<SittingStatus, string> = {
  planned: 'Planned',
  papers_sent: 'Papers sent',
  held: 'Held',
  minutes_drafted: 'Minutes drafted',
  minutes_approved: 'Minutes approved',
  sent_to_adm: 'Sent to ADM',
  cancelled: 'Cancelled',
};

export const StartTime = z
  .string({ error: 'Enter a start time, like 09:30' })
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'Enter a start time in the 24-hour clock, like 09:30' });

const OptionalMemberId = z
  .union([z.literal(''), z.null(), EntityId])
  .optional()
  .transform((value) => (value ? value : null));

/** Why a sitting's date is refused outside SITTING_YEARS: the calendar its clocks run on ends there. */
export const SITTING_YEARS_MESSAGE = `Sittings can be held from ${SITTING_YEARS.first} to ${SITTING_YEARS.last}: the bank holiday calendar the deadlines are worked out on covers those years`;

const SittingFields = z
  .object({
    kind: SittingKind,
    date: IsoDate,
    startTime: StartTime,
    venue: optionalText('the venue', 200),
    remoteLink: optionalText('the remote link', 500),
    plannedPresiderId: OptionalMemberId,
    /** The user has confirmed they mean to enter a sitting in the past (bringing in old records). */
    confirmPast: z.boolean().optional(),
  })
  .superRefine((sitting, ctx) => {
    const year = Number(sitting.date.slice(0, 4));
    if (year < SITTING_YEARS.first || year > SITTING_YEARS.last) {
      ctx.addIssue({ code: 'custom', path: ['date'], message: SITTING_YEARS_MESSAGE });
    }
    if (!sitting.venue && !sitting.remoteLink) {
      ctx.addIssue({ code: 'custom', path: ['venue'], message: 'Enter a venue or a remote meeting link' });
    }
    if (sitting.remoteLink && !/^https:\/\//.test(sitting.remoteLink)) {
      ctx.addIssue({ code: 'custom', path: ['remoteLink'], message: 'The remote link must start with https://' });
    }
  });

export const NewSitting = SittingFields;
export type NewSittingInput = z.input<typeof NewSitting>;
export const SittingUpdate = z.intersection(SittingFields, z.object({ id: EntityId, version: Version }));
export type SittingUpdateInput = z.input<typeof SittingUpdate>;

export const SeriesRequest = z.object({
  year: z
    .number({ error: 'Enter the year' })
    .int()
    .min(SITTING_YEARS.first, { error: `Enter a year from ${SITTING_YEARS.first}` })
    .max(SITTING_YEARS.last, { error: `Enter a year up to ${SITTING_YEARS.last}` }),
  /** 1 = Monday … 5 = Friday. */
  weekday: z.number().int().min(1, { error: 'Choose a weekday' }).max(5, { error: 'Choose a weekday' }),
  weeksOfMonth: z
    .array(z.number().int().min(1).max(5), { error: 'Choose which weeks of the month' })
    .min(1, { error: 'Choose which weeks of the month' })
    // Each week once: repeats would list every date again (thousands of them froze the main process).
    .max(5, { error: 'Choose each week of the month once' })
    .refine((weeks) => new Set(weeks).size === weeks.length, { error: 'Choose each week of the month once' }),
  startTime: StartTime,
  venue: optionalText('the venue', 200),
  remoteLink: optionalText('the remote link', 500),
});
export type SeriesRequestInput = z.input<typeof SeriesRequest>;

export const SeriesDate = z.object({
  date: IsoDate,
  /** Why this date will not be created: a bank holiday, or a sitting already that day. */
  skipped: z.string().nullable(),
});
export const SeriesPreview = z.object({ dates: z.array(SeriesDate) });

export const CancelSitting = z.object({
  id: EntityId,
  version: Version,
  reason: requiredText('the reason for cancelling', 500),
  /** Where open items go; null releases them (deferred, waiting for a sitting). */
  moveItemsTo: OptionalMemberId,
});

export const SittingProgress = z.object({
  id: EntityId,
  version: Version,
  /** Later steps (minutes drafted, approved, sent to the ADM) happen through the minutes. */
  status: z.enum(['papers_sent', 'held'], { error: 'Choose the next step' }),
  papersSentDate: OptionalIsoDate,
});

export const SittingFilter = z.object({
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  includeCancelled: z.boolean().optional(),
});

export const ItemType = z.enum(ITEM_TYPES, { error: 'Choose the type of item' });

export const NewAgendaItem = z.object({
  sittingId: EntityId,
  householdId: OptionalMemberId,
  itemType: ItemType,
  title: optionalText('the title', 200),
  durationMinutes: z
    .number({ error: 'Enter the time needed in minutes' })
    .int({ error: 'Enter whole minutes' })
    .min(5, { error: 'Allow at least 5 minutes' })
    .max(240, { error: 'Allow at most 240 minutes' }),
  papersReceivedDate: OptionalIsoDate,
  /** For a later review (other_review): its kind. */
  reviewKind: ReviewKind.optional(),
});
export type NewAgendaItemInput = z.input<typeof NewAgendaItem>;

export const AgendaItemUpdate = z.object({
  id: EntityId,
  version: Version,
  title: optionalText('the title', 200),
  durationMinutes: NewAgendaItem.shape.durationMinutes,
  papersReceivedDate: OptionalIsoDate,
  checklist: z.record(z.string().max(40), z.boolean()),
  /** Approval items (FSR reg 26): left as they are when omitted. */
  reportGivenDate: OptionalIsoDate.optional(),
  observationsReceivedDate: OptionalIsoDate.optional(),
});

export const ReorderItems = z.object({ sittingId: EntityId, itemIds: z.array(EntityId).min(1) });

export const ItemOutcomeChange = z.object({
  id: EntityId,
  version: Version,
  action: z.enum(['defer', 'withdraw', 'move'], { error: 'Choose what to do with the item' }),
  reason: requiredText('the reason', 500),
  toSittingId: OptionalMemberId,
});

export const AttendanceUpdate = z.object({
  sittingId: EntityId,
  memberId: EntityId,
  /**
   * The member's attendance version the window showed: a change saved meanwhile at another seat is refused, not
   * overwritten. 0 when the member has no attendance row at this sitting yet (inviting them). Required of every
   * writer, the app's own seeding included.
   */
  version: VersionOrNone,
  status: z.enum(['invited', 'present', 'apologies', 'absent'], { error: 'Choose present, apologies or absent' }),
  arrivedBeforeItemId: OptionalMemberId,
  leftAfterItemId: OptionalMemberId,
});

export const SittingRoles = z.object({
  sittingId: EntityId,
  version: Version,
  presiderId: OptionalMemberId,
  adviserName: optionalText("the adviser's name", 120),
  minuteTakerName: optionalText("the minute-taker's name", 120),
});

export const NewPerson = z.object({
  sittingId: EntityId,
  itemId: OptionalMemberId,
  kind: z.enum(['observer', 'presenter', 'applicant', 'supporter', 'other'], { error: 'Choose who they are' }),
  name: requiredText('their name', 120),
  description: optionalText('a description', 200),
});

export const PersonRef = z.object({ sittingId: EntityId, personId: EntityId });

export const DeclarationInput = z.object({
  itemId: EntityId,
  memberId: EntityId,
  interest: requiredText('what the interest is', 500),
  withdrew: z.boolean({ error: 'Say whether the member withdrew or remained' }),
});

export const DeclarationRef = z.object({ itemId: EntityId, memberId: EntityId });

export const PapersSent = z.object({
  sittingId: EntityId,
  sentDate: IsoDate,
  recipients: z.array(requiredText('the recipient', 120)).min(1, { error: 'Name at least one recipient' }),
  method: requiredText('how the papers were sent', 60),
});

export const SittingRef = z.object({ id: EntityId });

/** Taking an item added in error off the agenda before the papers go out; the reason stays in the audit trail. */
export const ItemRemoval = z.object({
  id: EntityId,
  version: Version,
  reason: requiredText('why the item is being removed', 500),
});
