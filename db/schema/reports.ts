import { integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * The chair's commentary on a report period (a financial year, or any period
 * the report covers), written and kept in the app and printed in the report's
 * Word document. One row per period; each change is audited.
 */
export const reportCommentaries = sqliteTable(
  'report_commentaries',
  {
    periodFrom: text('period_from').notNull(),
    periodTo: text('period_to').notNull(),
    text: text('text').notNull(),
    version: integer('version').notNull(),
    updatedAt: text('updated_at').notNull(),
    updatedByUserId: text('updated_by_user_id'),
    updatedByName: text('updated_by_name').notNull(),
  },
  (table) => [primaryKey({ columns: [table.periodFrom, table.periodTo] })],
);
