import { integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { agendaItems } from './sittings';

/** What the panel recommended on one item (one row per item; re-recording replaces it, audited). */
export const recommendations = sqliteTable(
  'recommendations',
  {
    id: text('id').primaryKey(),
    version: integer('version').notNull().default(1),
    itemId: text('item_id')
      .notNull()
      .references(() => agendaItems.id),
    outcome: text('outcome').notNull(),
    /** JSON TermsOfApproval, when the outcome sets or revises terms. */
    terms: text('terms'),
    reasons: text('reasons').notNull(),
    keyIssues: text('key_issues'),
    membersViews: text('members_views'),
    unanimous: integer('unanimous', { mode: 'boolean' }).notNull(),
    votesFor: integer('votes_for').notNull(),
    votesAgainst: integer('votes_against').notNull(),
    votesAbstaining: integer('votes_abstaining').notNull(),
    /** JSON array of { memberId, name, view } for members who asked for their dissent to be recorded. */
    dissent: text('dissent').notNull(),
    outstanding: text('outstanding'),
    reportQualityRating: integer('report_quality_rating'),
    reportQualityComment: text('report_quality_comment'),
    recordedByUserId: text('recorded_by_user_id'),
    recordedByName: text('recorded_by_name').notNull(),
    /** Set when the administrator recorded it for the presider. */
    onBehalfOf: text('on_behalf_of'),
    /** Who presided this item when the recommendation was made (the item's presider); null before December 2026. */
    presidedByMemberId: text('presided_by_member_id'),
    presidedByName: text('presided_by_name'),
    recordedAt: text('recorded_at').notNull(),
  },
  (table) => [uniqueIndex('recommendations_item').on(table.itemId)],
);
