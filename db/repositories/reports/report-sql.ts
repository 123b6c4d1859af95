import { and, between, inArray, ne, sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import { ITEM_TYPE_INFO, type ItemType } from '../../../shared/domain/sittings/item-types';
import type { ReportPeriod } from '../../../shared/schemas/report';
import { sittings } from '../../schema';

/** Sittings that have taken place: attendance, papers and minutes are counted for these. */
export const HELD_STATUSES = ['held', 'minutes_drafted', 'minutes_approved', 'sent_to_adm'] as const;

/** How many rows of the group meet the condition (0, never null, for an empty group). */
export const countWhen = (condition: SQL | undefined) =>
  sql<number>`coalesce(sum(case when ${condition} then 1 else 0 end), 0)`.mapWith(Number);

export const countAll = () => sql<number>`count(*)`.mapWith(Number);

export const inPeriod = (column: SQLWrapper, period: ReportPeriod) => between(column, period.from, period.to);

/** Sittings dated in the period that were not cancelled. */
export const sittingInPeriod = (period: ReportPeriod) =>
  and(inPeriod(sittings.date, period), ne(sittings.status, 'cancelled'));

/** Sittings dated in the period that have been held. */
export const heldInPeriod = (period: ReportPeriod) =>
  and(inPeriod(sittings.date, period), inArray(sittings.status, [...HELD_STATUSES]));

export function typeLabel(itemType: string): string {
  return ITEM_TYPE_INFO[itemType as ItemType]?.label ?? itemType;
}

export { outcomeLabel } from '../../../shared/domain/recommendations/outcomes';

/** Rows in the order the item types are listed in the domain, so every report reads the same way. */
export function byItemTypeOrder<T extends { itemType: string }>(rows: readonly T[]): T[] {
  const order = Object.keys(ITEM_TYPE_INFO);
  const rank = (type: string) => (order.includes(type) ? order.indexOf(type) : order.length);
  return [...rows].sort((a, b) => rank(a.itemType) - rank(b.itemType));
}
