import { and, eq, inArray, sql } from 'drizzle-orm';
import type { ReviewFacts } from '../../../shared/domain/reviews/review-due';
import type { ReadableDb } from '../../../db/connection';
import { households } from '../../../db/schema';
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
  // The subqueries name households.id in full: drizzle leaves a one-table select's columns unqualified.
  const rows = db
    .select({
      householdId: households.id,
      reference: households.reference,
      approvalDate: sql<string>`${households.approvalDate}`,
      recordedOn: sql<string>`substr(${households.createdAt}, 1, 10)`,
      firstReviewOn: sql<string | null>`(
        select max(s.date) from agenda_items ai join sittings s on s.id = ai.sitting_id
        where ai.household_id = households.id and ai.item_type = 'first_review' and ai.status = 'heard')`,
      lastReviewOn: sql<string | null>`max(
        coalesce((select max(s.date) from agenda_items ai join sittings s on s.id = ai.sitting_id
          where ai.household_id = households.id and ai.item_type = 'other_review' and ai.status = 'heard'), ''),
        coalesce((select max(d.report_date) from agenda_items ai join direct_referrals d on d.item_id = ai.id
          where ai.household_id = households.id and ai.item_type = 'other_review'), ''),
        coalesce((select max(r.review_date) from reviews_without_panel r
          where r.household_id = households.id), ''))`,
    })
    .from(households)
    .where(
      and(
        eq(households.status, 'approved'),
        sql`${households.approvalDate} is not null`,
        householdId ? inArray(households.id, [householdId]) : undefined,
      ),
    )
    .all();
  return rows.map((row) => ({
    ...row,
    lastReviewOn: row.lastReviewOn ? row.lastReviewOn : null,
    firstReviewDue: clocks.firstReviewDue(row.approvalDate),
  }));
}
