import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { sittings } from './sittings';

/** The minutes of one sitting: the administrator's latest notes, and the chair's approval while it stands. */
export const minutes = sqliteTable('minutes', {
  sittingId: text('sitting_id')
    .primaryKey()
    .references(() => sittings.id),
  version: integer('version').notNull().default(1),
  /** JSON MinutesNotes: the free text the administrator writes. */
  notes: text('notes').notNull(),
  approvedVersionNumber: integer('approved_version_number'),
  approvedHash: text('approved_hash'),
  approvedByUserId: text('approved_by_user_id'),
  approvedByName: text('approved_by_name'),
  /** The capacity they approved in: the sitting's presider, as chair or as a vice chair (or member) presiding. */
  approvedByCapacity: text('approved_by_capacity', { enum: ['chair', 'vice_chair', 'member'] }),
  approvedAt: text('approved_at'),
  voidedAt: text('voided_at'),
  voidedByName: text('voided_by_name'),
  voidReason: text('void_reason'),
  updatedAt: text('updated_at').notNull(),
});

/** Every saved version of the minutes, as the whole record it was (JSON MinutesContent) and its SHA-256. */
export const minutesVersions = sqliteTable(
  'minutes_versions',
  {
    id: text('id').primaryKey(),
    sittingId: text('sitting_id')
      .notNull()
      .references(() => sittings.id),
    number: integer('number').notNull(),
    content: text('content').notNull(),
    hash: text('hash').notNull(),
    savedAt: text('saved_at').notNull(),
    savedByUserId: text('saved_by_user_id'),
    savedByName: text('saved_by_name').notNull(),
    amendmentReason: text('amendment_reason'),
  },
  (table) => [
    uniqueIndex('minutes_versions_number').on(table.sittingId, table.number),
    index('minutes_versions_sitting').on(table.sittingId),
  ],
);
