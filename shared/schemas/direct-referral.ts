import { z } from 'zod';
import { ROUTABLE_ITEM_TYPES } from '../domain/sittings/panel-routing';
import { IsoDate } from './dates';
import { ReviewKind, RoutableType } from './routing';
import { ExemptionDetails } from './exemption';
import { TermsOfApproval } from './household';
import { EntityId, requiredText } from './text';

/**
 * A case sent straight to the ADM because the service has switched its item
 * type off at panel: the ADM decides on the service's own report and
 * recommendation, under the same 7-working-day clock.
 */
export const ReferDirect = z.object({
  householdId: EntityId,
  itemType: RoutableType,
  /** For a later review: its kind. */
  reviewKind: ReviewKind.optional(),
  reportDate: IsoDate,
  presentedBy: requiredText('who wrote the report', 200),
  /** What the service recommends, as one of the item type's outcomes. */
  outcome: z
    .string({ error: "Choose the service's recommendation" })
    .min(1, {
      error: "Choose the service's recommendation",
    })
    .max(40),
  terms: TermsOfApproval.nullable().optional(),
  /** An exemption the service recommends: the children it covers and its conditions. */
  exemption: ExemptionDetails.nullable().optional(),
  reasons: requiredText("the reasons for the service's recommendation", 8000),
  admUserId: z
    .string({ error: 'Choose the agency decision maker' })
    .min(1, { error: 'Choose the agency decision maker' })
    .pipe(EntityId),
  sentDate: IsoDate,
});
export type ReferDirectInput = z.input<typeof ReferDirect>;

/** What the ADM decides on when there was no panel: the service's report and recommendation. */
export const DirectReferral = z.object({
  reportDate: z.string(),
  presentedBy: z.string(),
  outcome: z.string(),
  outcomeLabel: z.string(),
  terms: TermsOfApproval.nullable(),
  reasons: z.string(),
  referredByName: z.string(),
  referredAt: z.string(),
});
export type DirectReferral = z.infer<typeof DirectReferral>;

/** What the referral form offers: the item types switched off at panel with their outcomes, and the ADMs. */
export const ReferralOptions = z.object({
  types: z.array(
    z.object({
      itemType: z.enum(ROUTABLE_ITEM_TYPES),
      label: z.string(),
      outcomes: z.array(z.object({ code: z.string(), label: z.string(), needsTerms: z.boolean() })),
    }),
  ),
  admChoices: z.array(z.object({ userId: z.string(), name: z.string() })),
});
export type ReferralOptions = z.infer<typeof ReferralOptions>;
