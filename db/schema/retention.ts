import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
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
