import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { households } from './households';

/**
 * How and when a household's application ended before approval, where it did
 * not end by the ADM's decision: withdrawn by the applicant, or ended by the
 * service before panel. The annual data return counts each apart; applications
 * that ended before this was recorded are migrated as `not_recorded`, which the
 * return also counts apart. One row per household.
 */
export const applicationOutcomes = sqliteTable(
  'application_outcomes',
  {
    householdId: text('household_id')
      .primaryKey()
      .references(() => households.id),
    version: integer('version').notNull().default(1),
    reason: text('reason', { enum: ['withdrawn', 'ended_by_service', 'not_recorded'] }).notNull(),
    endedOn: text('ended_on').notNull(),
    recordedAt: text('recorded_at').notNull(),
    recordedByName: text('recorded_by_name').notNull(),
  },
  // The data return reads the year's endings by date.
  (table) => [index('application_outcomes_ended_on').on(table.endedOn, table.reason, table.householdId)],
);
