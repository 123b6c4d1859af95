import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { households } from './households';

/**
 * A household whose personal data was removed after its FSR reg 32 retention
 * date. One row per household, never changed or deleted (triggers in 0009):
 * while it exists, the household's issued documents may have their bytes
 * cleared, and nothing else about them may change.
 */
export const householdPurges = sqliteTable('household_purges', {
  householdId: text('household_id')
    .primaryKey()
    .references(() => households.id),
  purgedAt: text('purged_at').notNull(),
  purgedByUserId: text('purged_by_user_id'),
  purgedByName: text('purged_by_name').notNull(),
  reason: text('reason').notNull(),
  /** What the retention date was counted from: approval_ended, placement_ended, refused, withdrawn. */
  basis: text('basis').notNull(),
  endedOn: text('ended_on').notNull(),
  purgeableFrom: text('purgeable_from').notNull(),
  documentsCleared: integer('documents_cleared').notNull(),
});

/**
 * Each ended household's retention date as the rule in
 * shared/domain/records/retention.ts worked it out, so the retention screen
 * reads one page of it instead of working out every household each time.
 * Derived data: triggers (0011) put a household in `retention_stale` whenever
 * a fact the rule reads changes, and the screen works those out again first.
 * Null basis and dates: the end is not recorded (the rule's "unknown").
 */
export const retentionDates = sqliteTable(
  'retention_dates',
  {
    householdId: text('household_id')
      .primaryKey()
      .references(() => households.id),
    basis: text('basis', { enum: ['approval_ended', 'placement_ended', 'refused', 'withdrawn'] }),
    endedOn: text('ended_on'),
    purgeableFrom: text('purgeable_from'),
  },
  (table) => [index('retention_dates_purgeable_from').on(table.purgeableFrom, table.householdId)],
);

/** Households whose retention date must be worked out again (filled by triggers). */
export const retentionStale = sqliteTable('retention_stale', {
  householdId: text('household_id').primaryKey(),
});
