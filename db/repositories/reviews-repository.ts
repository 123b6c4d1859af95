import { and, asc, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type { AppDatabase, ReadableDb } from '../connection';
import { preparedQueries } from '../prepared';
import { agendaItems, directReferrals, households, reviewsWithoutPanel, sittings } from '../schema';

/** An approved household's review dates as recorded; the feature adds when the first review is due. */
export interface ReviewDateRow {
  householdId: string;
  reference: string;
  approvalDate: string;
  recordedOn: string;
  firstReviewOn: string | null;
  lastReviewOn: string | null;
}

/**
 * Each approved household's review dates, in one read: the first review heard
 * by panel, and the latest review of any kind (heard by panel, sent straight
 * to the ADM on the service's report, or done without panel).
 */
export function reviewDateRows(db: ReadableDb, householdId?: string): ReviewDateRow[] {
  const rows = householdId ? reviewDates(db, 'one').all({ householdId }) : reviewDates(db, 'all').all();
  return rows.map((row) => ({ ...row, lastReviewOn: row.lastReviewOn ? row.lastReviewOn : null }));
}

// The subqueries name households.id in full: drizzle leaves a one-table select's columns unqualified.
const reviewDates = preparedQueries((db, shape: 'one' | 'all') =>
  db
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
        shape === 'one' ? eq(households.id, sql.placeholder('householdId')) : undefined,
      ),
    )
    .prepare(),
);

export function insertReviewWithoutPanel(db: AppDatabase, row: typeof reviewsWithoutPanel.$inferInsert): void {
  db.insert(reviewsWithoutPanel).values(row).run();
}

/** The household's first and later reviews heard by panel. */
export function reviewsAtPanel(db: ReadableDb, householdId: string) {
  return db
    .select({ id: agendaItems.id, type: agendaItems.itemType, kind: agendaItems.reviewKind, date: sittings.date })
    .from(agendaItems)
    .innerJoin(sittings, eq(sittings.id, agendaItems.sittingId))
    .where(
      and(
        eq(agendaItems.householdId, householdId),
        inArray(agendaItems.itemType, ['first_review', 'other_review']),
        eq(agendaItems.status, 'heard'),
      ),
    )
    .all();
}

/** The household's reviews sent straight to the ADM on the service's report. */
export function directReviews(db: ReadableDb, householdId: string) {
  return db
    .select({ id: agendaItems.id, kind: agendaItems.reviewKind, date: directReferrals.reportDate })
    .from(agendaItems)
    .innerJoin(directReferrals, eq(directReferrals.itemId, agendaItems.id))
    .where(and(eq(agendaItems.householdId, householdId), eq(agendaItems.itemType, 'other_review')))
    .all();
}

/** The household's reviews done without panel, oldest first. */
export function reviewsWithoutPanelOf(db: ReadableDb, householdId: string) {
  return db
    .select()
    .from(reviewsWithoutPanel)
    .where(and(eq(reviewsWithoutPanel.householdId, householdId), isNotNull(reviewsWithoutPanel.reviewDate)))
    .orderBy(asc(reviewsWithoutPanel.reviewDate))
    .all();
}
