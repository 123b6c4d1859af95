import { index, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { households } from './households';

/**
 * A review after the first done without panel (FSR reg 28: panel is optional
 * for them). It counts as the household's latest review, so the next one falls
 * due 12 months on.
 */
export const reviewsWithoutPanel = sqliteTable(
  'reviews_without_panel',
  {
    id: text('id').primaryKey(),
    householdId: text('household_id')
      .notNull()
      .references(() => households.id),
    reviewDate: text('review_date').notNull(),
    /** shared/domain/reviews/review-kinds.ts: annual, standards of care, allegation, change of circumstances. */
    kind: text('kind').notNull(),
    outcomeSummary: text('outcome_summary').notNull(),
    /** Who did the review (the reviewing officer), as the administrator recorded it. */
    reviewedBy: text('reviewed_by').notNull(),
    recordedByName: text('recorded_by_name').notNull(),
    recordedAt: text('recorded_at').notNull(),
  },
  (table) => [
    index('reviews_without_panel_household').on(table.householdId, table.reviewDate),
    // The annual report counts a period's reviews by kind from the index alone.
    index('reviews_without_panel_date').on(table.reviewDate, table.kind),
  ],
);

/**
 * Notices for the administrator that persist until acknowledged: e.g. the
 * routing setting moved approvals back to panel (written by a migration).
 */
export const adminNotices = sqliteTable('admin_notices', {
  id: text('id').primaryKey(),
  kind: text('kind').notNull(),
  /** JSON: what the notice is about (for approvals_to_panel, the item types moved back). */
  detail: text('detail').notNull(),
  createdAt: text('created_at').notNull(),
  acknowledgedAt: text('acknowledged_at'),
  acknowledgedByName: text('acknowledged_by_name'),
});
