import { z } from 'zod';
import { EntityId } from './text';
import { ItemPresidingView, ServiceRecommendationView } from './item-presiding';
import { ListRole } from './member';
import { StoredReviewKind } from './routing';
import { ItemType, SittingKind, SittingStatus } from './sitting';

export const QuorumView = z.object({
  quorate: z.boolean(),
  membersCounted: z.number().int(),
  failures: z.array(z.object({ rule: z.string(), message: z.string() })),
});

export const SittingSummary = z.object({
  id: z.string(),
  version: z.number().int(),
  kind: SittingKind,
  date: z.string(),
  startTime: z.string(),
  venue: z.string().nullable(),
  remoteLink: z.string().nullable(),
  status: SittingStatus,
  papersDue: z.string(),
  itemCount: z.number().int(),
  plannedPresiderName: z.string().nullable(),
});
export type SittingSummary = z.infer<typeof SittingSummary>;

/** A sitting as a form offers it to choose from (complaints, feedback): only what names it. */
export const SittingChoice = SittingSummary.pick({ id: true, kind: true, date: true, status: true });
export type SittingChoice = z.infer<typeof SittingChoice>;

/**
 * Which sittings a picker offers: newest first, narrowed by a date typed in
 * the search (see shared/domain/sittings/sitting-search.ts), at most `limit`
 * of them (a picker asks for one more than it shows, to know there are
 * others), or the one sitting `id` (the one already chosen).
 */
export const SittingChoiceFilter = z.object({
  search: z.string().trim().max(40, { error: 'Type at most 40 characters to find a sitting' }).optional(),
  id: EntityId.optional(),
  limit: z
    .number({ error: 'Say how many sittings to show' })
    .int({ error: 'Say how many sittings to show as a whole number' })
    .min(1, { error: 'Show at least one sitting' })
    .max(500, { error: 'Show at most 500 sittings at once' })
    .optional(),
});
export type SittingChoiceFilter = z.input<typeof SittingChoiceFilter>;

export const AttendanceView = z.object({
  memberId: z.string(),
  /** Optimistic version of this member's attendance row. */
  version: z.number().int(),
  name: z.string(),
  listRole: ListRole,
  independent: z.boolean(),
  socialWorkerPqe3: z.boolean(),
  status: z.enum(['invited', 'present', 'apologies', 'absent']),
  arrivedBeforeItemId: z.string().nullable(),
  leftAfterItemId: z.string().nullable(),
});

export const PersonView = z.object({
  id: z.string(),
  itemId: z.string().nullable(),
  kind: z.enum(['observer', 'presenter', 'applicant', 'supporter', 'other']),
  name: z.string(),
  description: z.string().nullable(),
});

export const ItemView = z.object({
  id: z.string(),
  version: z.number().int(),
  position: z.number().int(),
  /** The item's number on the agenda and in the minutes: fixed when the papers go out, following the order before. */
  number: z.number().int(),
  /** Added after the papers went out: it has the next number, and the agenda and minutes say it was added late. */
  addedLate: z.boolean(),
  itemType: ItemType,
  typeLabel: z.string(),
  title: z.string().nullable(),
  household: z.object({ id: z.string(), reference: z.string(), displayName: z.string() }).nullable(),
  startTime: z.string(),
  durationMinutes: z.number().int(),
  papersReceivedDate: z.string().nullable(),
  papersLate: z.boolean(),
  checklist: z.array(z.object({ key: z.string(), label: z.string(), done: z.boolean() })),
  /** Approval items: FSR reg 26, the assessment report given to the applicant and their observations. */
  observations: z
    .object({
      reportGivenDate: z.string().nullable(),
      observationsReceivedDate: z.string().nullable(),
      /** The last day for observations (10 working days after the report was given). */
      windowEnds: z.string().nullable(),
    })
    .nullable(),
  /** Later reviews: the kind (not_recorded for those entered before kinds existed). */
  reviewKind: StoredReviewKind.nullable(),
  status: z.enum(['scheduled', 'heard', 'deferred', 'withdrawn', 'moved']),
  statusReason: z.string().nullable(),
  declarations: z.array(
    z.object({ memberId: z.string(), name: z.string(), interest: z.string(), withdrew: z.boolean() }),
  ),
  quorum: QuorumView,
  presiding: ItemPresidingView,
  serviceRecommendation: ServiceRecommendationView.nullable(),
  warnings: z.array(z.string()),
  history: z.array(z.object({ at: z.string(), action: z.string(), detail: z.string().nullable(), byName: z.string() })),
});
export type ItemView = z.infer<typeof ItemView>;

export const SittingDetail = SittingSummary.extend({
  /** Who presides: the one recorded, or the planned presider while nobody has recorded another. */
  presiderId: z.string().nullable(),
  /** False while the presider is the planned one, not yet confirmed on the sitting. */
  presiderRecorded: z.boolean(),
  plannedPresiderId: z.string().nullable(),
  adviserName: z.string().nullable(),
  minuteTakerName: z.string().nullable(),
  papersSentDate: z.string().nullable(),
  cancelledReason: z.string().nullable(),
  attendance: z.array(AttendanceView),
  people: z.array(PersonView),
  items: z.array(ItemView),
  papers: z.array(z.object({ sentDate: z.string(), recipient: z.string(), method: z.string() })),
});
export type SittingDetail = z.infer<typeof SittingDetail>;
