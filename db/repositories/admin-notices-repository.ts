import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import { APPROVAL_TYPES } from '../../shared/domain/sittings/item-types';
import type { AppDatabase, ReadableDb } from '../connection';
import { admCases, adminNotices, agendaItems, directReferrals, households } from '../schema';

/** A notice a migration left for the administrator, as recorded (`detail` is its JSON). */
export type AdminNoticeRecord = typeof adminNotices.$inferSelect;

/** The latest notice of this kind, acknowledged or not. */
export function latestNotice(db: ReadableDb, kind: string): AdminNoticeRecord | undefined {
  return db
    .select()
    .from(adminNotices)
    .where(eq(adminNotices.kind, kind))
    .orderBy(sql`${adminNotices.createdAt} desc`)
    .get();
}

/** A notice of this kind still waiting to be acknowledged. */
export function unacknowledgedNotice(db: ReadableDb, kind: string): AdminNoticeRecord | undefined {
  return db
    .select()
    .from(adminNotices)
    .where(and(eq(adminNotices.kind, kind), isNull(adminNotices.acknowledgedAt)))
    .get();
}

export function acknowledgeNotice(db: AppDatabase, id: string, at: string, byName: string): void {
  db.update(adminNotices).set({ acknowledgedAt: at, acknowledgedByName: byName }).where(eq(adminNotices.id, id)).run();
}

/** Every approval case sent straight to the ADM, with its household and the state of its case (null when none). */
export function approvalCasesSentDirect(db: ReadableDb) {
  return db
    .select({
      itemId: agendaItems.id,
      householdReference: sql<string>`coalesce(${households.reference}, '')`,
      itemType: agendaItems.itemType,
      sentDate: agendaItems.sentToAdmDate,
      state: sql<string | null>`${admCases.state}`,
    })
    .from(directReferrals)
    .innerJoin(agendaItems, eq(agendaItems.id, directReferrals.itemId))
    .leftJoin(households, eq(households.id, agendaItems.householdId))
    .leftJoin(admCases, eq(admCases.itemId, agendaItems.id))
    .where(inArray(agendaItems.itemType, [...APPROVAL_TYPES]))
    .orderBy(agendaItems.sentToAdmDate, agendaItems.id)
    .all();
}
