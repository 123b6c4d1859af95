import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import type { HouseholdResignation } from '../../shared/schemas/decision';
import type { AppDatabase, ReadableDb } from '../connection';
import { preparedQuery } from '../prepared';
import { resignations } from '../schema';

/** A resignation notice as recorded, whether or not the panel has noted it (linked to an item). */
export type ResignationRecord = typeof resignations.$inferSelect;
export type NewResignationRecord = typeof resignations.$inferInsert;

const placeholder = sql.placeholder;

const latestOf = preparedQuery((db) =>
  db
    .select()
    .from(resignations)
    .where(eq(resignations.householdId, placeholder('householdId')))
    .orderBy(desc(resignations.noticeReceivedOn), desc(resignations.recordedAt))
    .prepare(),
);

/** The household's latest resignation, however it was recorded. */
export function latestResignation(db: ReadableDb, householdId: string): HouseholdResignation | null {
  const row = latestOf(db).get({ householdId });
  return row
    ? {
        id: row.id,
        householdId: row.householdId,
        noticeReceivedOn: row.noticeReceivedOn,
        approvalEnds: row.approvalEnds,
        reason: row.reason,
        recordedByName: row.recordedByName,
        itemId: row.itemId,
      }
    : null;
}

/** The household's notice recorded before panel noted it, not yet linked to any resignation item. */
export function unlinkedNotice(db: ReadableDb, householdId: string): ResignationRecord | undefined {
  return unlinkedOf(db).get({ householdId });
}

const unlinkedOf = preparedQuery((db) =>
  db
    .select()
    .from(resignations)
    .where(and(eq(resignations.householdId, placeholder('householdId')), isNull(resignations.itemId)))
    .orderBy(desc(resignations.noticeReceivedOn))
    .prepare(),
);
const ofItem = preparedQuery((db) =>
  db
    .select()
    .from(resignations)
    .where(eq(resignations.itemId, placeholder('itemId')))
    .prepare(),
);
const byId = preparedQuery((db) =>
  db
    .select()
    .from(resignations)
    .where(eq(resignations.id, placeholder('id')))
    .prepare(),
);

/** The notice linked to a resignation item. */
export function resignationOfItem(db: ReadableDb, itemId: string): ResignationRecord | undefined {
  return ofItem(db).get({ itemId });
}

export function getResignation(db: ReadableDb, id: string): ResignationRecord | undefined {
  return byId(db).get({ id });
}

/** Links a notice recorded earlier to the item on which the panel noted it. */
export function linkResignation(db: AppDatabase, id: string, itemId: string, reason: string | null): void {
  db.update(resignations).set({ itemId, reason }).where(eq(resignations.id, id)).run();
}

export function insertResignationRecord(db: AppDatabase, row: NewResignationRecord): void {
  db.insert(resignations).values(row).run();
}
