import { primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { households } from './households';

/**
 * Why a statutory step of a household's case chain was late (or is overdue),
 * one row per step: the step's key is the kind of step and the record it is
 * about (`decision:<item id>`), as shared/domain/chain builds it. Changing a
 * reason replaces the row; each change is audited.
 */
export const delayReasons = sqliteTable(
  'delay_reasons',
  {
    householdId: text('household_id')
      .notNull()
      .references(() => households.id),
    stepKey: text('step_key').notNull(),
    reason: text('reason').notNull(),
    note: text('note'),
    recordedByName: text('recorded_by_name').notNull(),
    recordedAt: text('recorded_at').notNull(),
  },
  (table) => [primaryKey({ columns: [table.householdId, table.stepKey] })],
);
