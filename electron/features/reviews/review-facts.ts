import type { ReviewFacts } from '../../../shared/domain/reviews/review-due';
import type { ReadableDb } from '../../../db/connection';
import { reviewDateRows } from '../../../db/repositories/reviews-repository';
import { clocksFor } from '../../backend/service-clocks';

export interface HouseholdReviewFacts extends ReviewFacts {
  householdId: string;
  reference: string;
}

/**
 * Each approved household's review dates, in one read: the first review heard
 * by panel, and the latest review of any kind (heard by panel, sent straight
 * to the ADM on the service's report, or done without panel).
 */
export function reviewFacts(db: ReadableDb, householdId?: string): HouseholdReviewFacts[] {
  const clocks = clocksFor(db);
  const rows = reviewDateRows(db, householdId);
  return rows.map((row) => ({
    ...row,
    firstReviewDue: clocks.firstReviewDue(row.approvalDate),
  }));
}
