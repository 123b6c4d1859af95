import { formatDate } from '../../../shared/domain/dates';
import { firstReviewStillDue, nextReviewDue } from '../../../shared/domain/reviews/review-due';
import { reviewKindLabel, storedReviewKind } from '../../../shared/domain/reviews/review-kinds';
import type { HouseholdReviews } from '../../../shared/schemas/routing';
import { getHousehold } from '../../../db/repositories/households-repository';
import {
  directReviews,
  insertReviewWithoutPanel,
  reviewsAtPanel,
  reviewsWithoutPanelOf,
} from '../../../db/repositories/reviews-repository';
import { fieldError, notFound } from '../../backend/domain-error';
import type { ReadContext, Router } from '../../backend/router';
import { reviewFacts } from './review-facts';

/**
 * Reviews after the first (FSR reg 28(2)): at intervals of no more than 12
 * months whether or not they go to panel. A review done without panel is
 * recorded here and counts as the latest review, so the next falls due 12
 * months on.
 */
export function registerReviews(router: Router): void {
  router.handle('reviews:forHousehold', (ctx, { id }) => householdReviews(ctx, id));

  router.handle('reviews:recordWithoutPanel', (ctx, input) => {
    const household = getHousehold(ctx.db, input.householdId);
    if (!household) throw fieldError('householdId', 'Choose a household from the register');
    if (household.status !== 'approved') {
      throw fieldError('householdId', `${household.reference} is not approved, so there is no approval to review.`);
    }
    const facts = reviewFacts(ctx.db, household.id)[0];
    if (facts && firstReviewStillDue(facts)) {
      throw fieldError(
        'reviewDate',
        `The first review must be heard by panel (FSR reg 28(3)); it is due by ${formatDate(facts.firstReviewDue)}. Add it to a sitting's agenda.`,
      );
    }
    if (input.reviewDate > ctx.clock.today()) throw fieldError('reviewDate', 'The review date cannot be in the future');
    if (household.approvalDate && input.reviewDate < household.approvalDate) {
      throw fieldError(
        'reviewDate',
        `${household.reference} was approved on ${formatDate(household.approvalDate)}; a review of that approval cannot be earlier.`,
      );
    }
    const id = ctx.ids.next();
    const at = ctx.clock.now().toISOString();
    insertReviewWithoutPanel(ctx.db, { id, ...input, recordedByName: ctx.actor.displayName, recordedAt: at });
    ctx.audit.entityId = id;
    ctx.audit.changes = {
      household: [null, input.householdId],
      reviewDate: [null, input.reviewDate],
      kind: [null, input.kind],
      reviewedBy: [null, input.reviewedBy],
    };
    return householdReviews(ctx, household.id);
  });
}

function householdReviews(ctx: ReadContext, householdId: string): HouseholdReviews {
  const household = getHousehold(ctx.db, householdId);
  if (!household) throw notFound('This household');
  const facts = reviewFacts(ctx.db, householdId)[0];
  const atPanel = reviewsAtPanel(ctx.db, householdId);
  const direct = directReviews(ctx.db, householdId);
  const without = reviewsWithoutPanelOf(ctx.db, householdId);
  const none = { outcomeSummary: null, reviewedBy: null, recordedByName: null };
  const reviews: HouseholdReviews['reviews'] = [
    ...atPanel.map((r) => ({
      id: r.id,
      reviewDate: r.date,
      kind: storedReviewKind(r.kind),
      kindLabel: r.type === 'first_review' ? 'First annual review' : reviewKindLabel(r.kind),
      route: 'panel' as const,
      ...none,
    })),
    ...direct.map((r) => ({
      id: r.id,
      reviewDate: r.date,
      kind: storedReviewKind(r.kind),
      kindLabel: reviewKindLabel(r.kind),
      route: 'direct' as const,
      ...none,
    })),
    ...without.map((r) => ({
      id: r.id,
      reviewDate: r.reviewDate,
      kind: storedReviewKind(r.kind),
      kindLabel: reviewKindLabel(r.kind),
      route: 'without_panel' as const,
      outcomeSummary: r.outcomeSummary,
      reviewedBy: r.reviewedBy,
      recordedByName: r.recordedByName,
    })),
  ].sort((a, b) => b.reviewDate.localeCompare(a.reviewDate) || a.id.localeCompare(b.id));
  const cannotRecordReason =
    household.status !== 'approved'
      ? `${household.reference} is not approved, so there is no approval to review.`
      : facts && firstReviewStillDue(facts)
        ? `The first review must be heard by panel (FSR reg 28(3)); it is due by ${formatDate(facts.firstReviewDue)}.`
        : null;
  return { reviews, nextDue: facts ? nextReviewDue(facts) : null, cannotRecordReason };
}
