import { z } from 'zod';
import { REVIEW_KINDS, STORED_REVIEW_KINDS } from '../domain/reviews/review-kinds';
import { APPROVALS_GO_TO_PANEL, ROUTABLE_ITEM_TYPES, isApprovalType } from '../domain/sittings/panel-routing';
import { IsoDate } from './dates';
import { EntityId, requiredText } from './text';

/** An item type that may skip panel; an approval is refused with the law's reason (FSR reg 25, 27). */
export const RoutableType = z.enum(ROUTABLE_ITEM_TYPES, {
  error: (issue) =>
    typeof issue.input === 'string' && isApprovalType(issue.input)
      ? APPROVALS_GO_TO_PANEL
      : 'Only reviews other than the first, changes of terms agreed by the carer, terminations and exemptions can skip panel',
});

export const ReviewKind = z.enum(REVIEW_KINDS, { error: 'Choose the kind of review' });
export const StoredReviewKind = z.enum(STORED_REVIEW_KINDS);

/** A review after the first done without panel (FSR reg 28: panel optional). */
export const ReviewWithoutPanel = z.object({
  householdId: EntityId,
  reviewDate: IsoDate,
  kind: ReviewKind,
  outcomeSummary: requiredText('a summary of the outcome', 4000),
  reviewedBy: requiredText('who did the review', 200),
});
export type ReviewWithoutPanelInput = z.input<typeof ReviewWithoutPanel>;

export const ReviewRecord = z.object({
  id: z.string(),
  reviewDate: z.string(),
  kind: StoredReviewKind,
  kindLabel: z.string(),
  /** Heard at panel, sent straight to the ADM, or done without panel. */
  route: z.enum(['panel', 'direct', 'without_panel']),
  outcomeSummary: z.string().nullable(),
  reviewedBy: z.string().nullable(),
  recordedByName: z.string().nullable(),
});

/** A household's reviews after approval and when the next is due (null while the first review is to come). */
export const HouseholdReviews = z.object({
  reviews: z.array(ReviewRecord),
  nextDue: z.string().nullable(),
  /** Why a review without panel cannot be recorded now, or null. */
  cannotRecordReason: z.string().nullable(),
});
export type HouseholdReviews = z.infer<typeof HouseholdReviews>;

/** The notice left by moving approvals back to panel, with the approval cases already sent straight to the ADM. */
export const RoutingNotice = z.object({
  notice: z
    .object({
      createdAt: z.string(),
      movedBack: z.array(z.string()),
      cases: z.array(
        z.object({
          itemId: z.string(),
          householdReference: z.string(),
          typeLabel: z.string(),
          sentDate: z.string().nullable(),
          state: z.string(),
        }),
      ),
      acknowledgedAt: z.string().nullable(),
      acknowledgedByName: z.string().nullable(),
    })
    .nullable(),
});
export type RoutingNotice = z.infer<typeof RoutingNotice>;
