import { z } from 'zod';
import { IsoDate } from './dates';
import { RecommendationNotesFields, RecommendationVerdictFields } from './recommendation';
import { ItemType, SittingKind, SittingStatus } from './sitting';
import { EntityId, optionalText, requiredText, Version } from './text';

/** What the administrator writes into the minutes for one item, beside what the app already knows. */
export const ItemNotes = z.object({
  papersConsidered: optionalText('the papers considered', 4000),
  discussion: optionalText('the discussion', 20000),
  actions: optionalText('the actions', 4000),
});
export type ItemNotes = z.infer<typeof ItemNotes>;

/** The administrator's free text in the minutes. */
export const MinutesNotes = z.object({
  opening: optionalText('the opening notes', 8000),
  items: z.record(EntityId, ItemNotes).default({}),
  otherBusiness: optionalText('any other business', 8000),
  closing: optionalText('the closing notes', 4000),
});
export type MinutesNotes = z.infer<typeof MinutesNotes>;
export type MinutesNotesInput = z.input<typeof MinutesNotes>;

const Named = z.object({ name: z.string(), role: z.string() });

/** One item as the minutes record it: facts from the agenda and the recommendation, plus the administrator's notes. */
export const MinutesItem = z.object({
  itemId: z.string(),
  number: z.number().int(),
  /** Added to the agenda after the papers went out; absent otherwise, so older minutes keep their hash. */
  addedLate: z.literal(true).optional(),
  itemType: ItemType,
  typeLabel: z.string(),
  title: z.string().nullable(),
  householdReference: z.string().nullable(),
  status: z.enum(['scheduled', 'heard', 'deferred', 'withdrawn', 'moved']),
  statusReason: z.string().nullable(),
  /** Those who presented the item, including presenters recorded for the whole sitting (from December 2026). */
  presenters: z.array(z.string()),
  /** Members who joined the meeting just before this item; absent when none, so older minutes keep their hash. */
  arrivals: z.array(z.string()).optional(),
  /** Members who left the meeting just after this item; absent when none, as above. */
  departures: z.array(z.string()).optional(),
  /** Who presided the item, "Margaret Ellis (Chair)": its own presider, else the sitting's; absent in older minutes. */
  presidedBy: z.string().optional(),
  attendees: z.array(Named),
  declarations: z.array(z.object({ name: z.string(), interest: z.string(), withdrew: z.boolean() })),
  quorum: z.object({ quorate: z.boolean(), membersCounted: z.number().int(), failures: z.array(z.string()) }),
  papersConsidered: z.string().nullable(),
  discussion: z.string().nullable(),
  actions: z.string().nullable(),
  /**
   * When someone other than the sitting's presider presided this item ("Presided by X (vice chair) for
   * this item; the chair had withdrawn"). Absent otherwise, so minutes saved before December 2026 keep their hash.
   */
  presiding: z.string().optional(),
  /** What the service's report recommended, when recorded with the papers; absent otherwise, as above. */
  serviceRecommendation: z.object({ outcomeLabel: z.string(), reasons: z.string().nullable() }).optional(),
  recommendation: z
    .object({
      ...RecommendationVerdictFields,
      dissent: z.array(z.object({ name: z.string(), view: z.string() })),
      ...RecommendationNotesFields,
      recordedBy: z.string(),
    })
    .nullable(),
});
export type MinutesItem = z.infer<typeof MinutesItem>;

/** The minutes as one self-contained record: what a version stores, what the chair approves and what the DOCX shows. */
export const MinutesContent = z.object({
  agencyName: z.string(),
  sitting: z.object({
    id: z.string(),
    kind: SittingKind,
    date: z.string(),
    startTime: z.string(),
    venue: z.string().nullable(),
    remoteLink: z.string().nullable(),
    presider: Named.nullable(),
    adviserName: z.string().nullable(),
    minuteTakerName: z.string().nullable(),
    present: z.array(Named),
    apologies: z.array(z.string()),
    absent: z.array(z.string()),
    observers: z.array(Named),
  }),
  opening: z.string().nullable(),
  items: z.array(MinutesItem),
  otherBusiness: z.string().nullable(),
  closing: z.string().nullable(),
});
export type MinutesContent = z.infer<typeof MinutesContent>;

export const MinutesVersionSummary = z.object({
  number: z.number().int(),
  hash: z.string(),
  savedAt: z.string(),
  savedByName: z.string(),
  amendmentReason: z.string().nullable(),
});
export type MinutesVersionSummary = z.infer<typeof MinutesVersionSummary>;

/** The capacity the sitting's presider approved the minutes in: its chair, or a vice chair (or member) presiding. */
export const ApproverCapacity = z.enum(['chair', 'vice_chair', 'member']);
export type ApproverCapacity = z.infer<typeof ApproverCapacity>;

/** "chair", "vice chair (presiding)": for "Approved by <name>, <capacity>"; null for approvals from before it was recorded. */
export function approverCapacityWords(capacity: ApproverCapacity | null | undefined): string {
  switch (capacity) {
    case 'chair':
      return 'chair';
    case 'vice_chair':
      return 'vice chair (presiding)';
    case 'member':
      return 'panel member (presiding)';
    default:
      return 'who presided';
  }
}

export const MinutesApproval = z.object({
  versionNumber: z.number().int(),
  hash: z.string(),
  byName: z.string(),
  capacity: ApproverCapacity.nullable(),
  at: z.string(),
  /** The approved version still hashes to what the chair approved. */
  intact: z.boolean(),
});

/** Where each item's recommendation went: the ADM, the date the final minutes reached them, and their clock. */
export const AdmReferral = z.object({
  itemId: z.string(),
  number: z.number().int(),
  label: z.string(),
  admUserId: z.string().nullable(),
  admName: z.string().nullable(),
  sentDate: z.string().nullable(),
  decisionDue: z.string().nullable(),
});
export type AdmReferral = z.infer<typeof AdmReferral>;

export const MinutesView = z.object({
  sittingId: z.string(),
  sittingStatus: SittingStatus,
  /** Optimistic version of the minutes record (0 before the first save). */
  version: z.number().int(),
  notes: MinutesNotes,
  /** The minutes as they would read if saved now. */
  draft: MinutesContent,
  /** The draft differs from the latest saved version. */
  unsavedChanges: z.boolean(),
  versions: z.array(MinutesVersionSummary),
  approval: MinutesApproval.nullable(),
  /** The approved content, for the final minutes and the extracts. */
  approvedContent: MinutesContent.nullable(),
  lastVoid: z.object({ at: z.string(), byName: z.string(), reason: z.string() }).nullable(),
  /** Items still waiting for a recommendation or another outcome before the chair can approve. */
  unresolvedItems: z.array(z.string()),
  referrals: z.array(AdmReferral),
  /** Active users with the ADM role, to send the minutes to. */
  admChoices: z.array(z.object({ userId: z.string(), name: z.string() })),
});
export type MinutesView = z.infer<typeof MinutesView>;

export const MinutesRef = z.object({ sittingId: EntityId });

export const SaveMinutes = z.object({
  sittingId: EntityId,
  /** The minutes version the user was editing (0 when none saved yet). */
  version: z.number().int().min(0),
  notes: MinutesNotes,
  /** Needed, and recorded, when the minutes were already approved: the change voids the approval. */
  amendmentReason: optionalText('the reason for changing the approved minutes', 1000),
});
export type SaveMinutesInput = z.input<typeof SaveMinutes>;

export const ApproveMinutes = z.object({
  sittingId: EntityId,
  /** The saved version the chair read and is approving. */
  versionNumber: z.number().int().min(1, { error: 'Save the draft before it can be approved' }),
});

export const ReopenMinutes = z.object({
  sittingId: EntityId,
  version: Version,
  reason: requiredText('the reason for reopening the approved minutes', 1000),
});

export const SendToAdm = z.object({
  sittingId: EntityId,
  version: Version,
  itemIds: z.array(EntityId).min(1, { error: 'Choose at least one item to send' }),
  // Checked for blank first: EntityId's own message ("record reference") means nothing to the person choosing.
  admUserId: z.string({ error: 'Choose the ADM' }).min(1, { error: 'Choose the ADM' }).pipe(EntityId),
  sentDate: IsoDate,
});
export type SendToAdmInput = z.input<typeof SendToAdm>;

export const MinutesVersionRef = z.object({ sittingId: EntityId, number: z.number().int().min(1) });
