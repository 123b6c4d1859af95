import { sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { agendaItems } from './sittings';

/**
 * An exemption from the usual fostering limit (Children Act 1989 Sch. 7): the
 * children it covers (initials, JSON array) and its conditions, as recommended
 * (by panel, or the service's report for a case sent straight to the ADM) and
 * as the agency decision maker granted it. One row per exemption item.
 */
export const exemptionTerms = sqliteTable('exemption_terms', {
  itemId: text('item_id')
    .primaryKey()
    .references(() => agendaItems.id),
  recommendedChildren: text('recommended_children').notNull(),
  recommendedConditions: text('recommended_conditions'),
  /** Set when the ADM grants the exemption: what the exemption on record covers. */
  decidedChildren: text('decided_children'),
  decidedConditions: text('decided_conditions'),
});
