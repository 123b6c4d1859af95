import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { households } from './households';
import { agendaItems, sittings } from './sittings';

/** A complaint about panel: who made it, when, what about, and how it ended. */
export const complaints = sqliteTable(
  'complaints',
  {
    id: text('id').primaryKey(),
    version: integer('version').notNull().default(1),
    receivedOn: text('received_on').notNull(),
    source: text('source', { enum: ['applicant', 'carer', 'social_worker', 'manager', 'other'] }).notNull(),
    summary: text('summary').notNull(),
    sittingId: text('sitting_id').references(() => sittings.id),
    householdId: text('household_id').references(() => households.id),
    outcome: text('outcome'),
    closedOn: text('closed_on'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (table) => [index('complaints_received').on(table.receivedOn)],
);

/** A feedback form after attending panel, from an applicant or carer or a social worker. */
export const feedbackForms = sqliteTable(
  'feedback_forms',
  {
    id: text('id').primaryKey(),
    receivedOn: text('received_on').notNull(),
    fromKind: text('from_kind', { enum: ['applicant', 'carer', 'social_worker', 'other'] }).notNull(),
    sittingId: text('sitting_id')
      .notNull()
      .references(() => sittings.id),
    itemId: text('item_id').references(() => agendaItems.id),
    rating: integer('rating').notNull(),
    comment: text('comment'),
    createdAt: text('created_at').notNull(),
  },
  (table) => [
    index('feedback_forms_sitting').on(table.sittingId),
    index('feedback_forms_received').on(table.receivedOn, table.createdAt),
  ],
);
