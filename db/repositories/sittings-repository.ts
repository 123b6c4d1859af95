import { and, asc, count, eq, gte, inArray, lte, ne, sql } from 'drizzle-orm';
import type { AppDatabase, ReadableDb } from '../connection';
import { idList, inIdList, preparedQueries, preparedQuery } from '../prepared';
import {
  agendaItemHistory,
  agendaItems,
  declarations,
  households,
  members,
  papersCirculation,
  sittingAttendance,
  sittingPeople,
  sittings,
} from '../schema';

const placeholder = sql.placeholder;

export type SittingRecord = typeof sittings.$inferSelect;
export type AgendaItemRecord = typeof agendaItems.$inferSelect;

type SittingFilter = { from?: string | undefined; to?: string | undefined; includeCancelled?: boolean | undefined };

const sittingList = preparedQueries((db, shape: string) => {
  const where = [
    shape.includes('from') ? gte(sittings.date, placeholder('from')) : undefined,
    shape.includes('to') ? lte(sittings.date, placeholder('to')) : undefined,
    shape.includes('cancelled') ? undefined : ne(sittings.status, 'cancelled'),
  ];
  return db
    .select({ sitting: sittings, presiderName: members.name })
    .from(sittings)
    .leftJoin(members, eq(members.id, sittings.plannedPresiderId))
    .where(and(...where))
    .orderBy(asc(sittings.date), asc(sittings.startTime))
    .prepare();
});

const itemCounts = preparedQuery((db) =>
  db
    .select({ sittingId: agendaItems.sittingId, n: count() })
    .from(agendaItems)
    .where(and(inIdList(agendaItems.sittingId, 'ids'), inArray(agendaItems.status, ['scheduled', 'heard'])))
    .groupBy(agendaItems.sittingId)
    .prepare(),
);

export function listSittingRows(db: ReadableDb, filter: SittingFilter) {
  const shape = [filter.from ? 'from' : '', filter.to ? 'to' : '', filter.includeCancelled ? 'cancelled' : ''].join(
    ':',
  );
  const rows = sittingList(db, shape).all({ from: filter.from ?? null, to: filter.to ?? null });
  if (rows.length === 0) return [];
  // Counted for the listed sittings only: counting every item ever would grow with the years.
  const counts = new Map(
    itemCounts(db)
      .all({ ids: idList(rows.map((row) => row.sitting.id)) })
      .map((row) => [row.sittingId, row.n]),
  );
  return rows.map((row) => ({ ...row, itemCount: counts.get(row.sitting.id) ?? 0 }));
}

const sittingById = preparedQuery((db) =>
  db
    .select({ sitting: sittings, presiderName: members.name })
    .from(sittings)
    .leftJoin(members, eq(members.id, sittings.plannedPresiderId))
    .where(eq(sittings.id, placeholder('id')))
    .prepare(),
);

export function getSittingRow(db: ReadableDb, id: string) {
  return sittingById(db).get({ id }) ?? null;
}

/** Who was invited and came, with what quorum needs of each member (a member's row is wide). */
export function attendanceRows(db: ReadableDb, sittingId: string) {
  return attendance(db).all({ sittingId });
}

const attendance = preparedQuery((db) =>
  db
    .select({
      attendance: {
        version: sittingAttendance.version,
        status: sittingAttendance.status,
        arrivedBeforeItemId: sittingAttendance.arrivedBeforeItemId,
        leftAfterItemId: sittingAttendance.leftAfterItemId,
      },
      member: {
        id: members.id,
        name: members.name,
        listRole: members.listRole,
        independent: members.independent,
        socialWorkerPqe3: members.socialWorkerPqe3,
      },
    })
    .from(sittingAttendance)
    .innerJoin(members, eq(members.id, sittingAttendance.memberId))
    .where(eq(sittingAttendance.sittingId, placeholder('sittingId')))
    .orderBy(asc(members.nameKey))
    .prepare(),
);

const people = preparedQuery((db) =>
  db
    .select()
    .from(sittingPeople)
    .where(eq(sittingPeople.sittingId, placeholder('sittingId')))
    .orderBy(asc(sittingPeople.kind), asc(sittingPeople.name))
    .prepare(),
);

export function peopleRows(db: ReadableDb, sittingId: string) {
  return people(db).all({ sittingId });
}

export function itemRows(db: ReadableDb, sittingId: string) {
  return items(db).all({ sittingId });
}

const items = preparedQuery((db) =>
  db
    .select({
      item: agendaItems,
      household: {
        id: households.id,
        reference: households.reference,
        displayName: households.displayName,
        approvalDate: households.approvalDate,
        applicationReceivedDate: households.applicationReceivedDate,
      },
    })
    .from(agendaItems)
    .leftJoin(households, eq(households.id, agendaItems.householdId))
    .where(eq(agendaItems.sittingId, placeholder('sittingId')))
    .orderBy(asc(agendaItems.position))
    .prepare(),
);

const itemById = preparedQuery((db) =>
  db
    .select()
    .from(agendaItems)
    .where(eq(agendaItems.id, placeholder('id')))
    .prepare(),
);

export function getItemRow(db: ReadableDb, id: string): AgendaItemRecord | null {
  return itemById(db).get({ id }) ?? null;
}

export type SittingItemRecord = AgendaItemRecord & { sittingId: string };

/** An item on a sitting's agenda: null when there is none, or when the case went straight to the ADM. */
export function getSittingItemRow(db: ReadableDb, id: string): SittingItemRecord | null {
  const row = getItemRow(db, id);
  return row?.sittingId ? { ...row, sittingId: row.sittingId } : null;
}

const declarationsOf = preparedQuery((db) =>
  db
    .select({ declaration: declarations, name: members.name })
    .from(declarations)
    .innerJoin(members, eq(members.id, declarations.memberId))
    .where(inIdList(declarations.itemId, 'ids'))
    .prepare(),
);

export function declarationRows(db: ReadableDb, itemIds: readonly string[]) {
  if (itemIds.length === 0) return [];
  return declarationsOf(db).all({ ids: idList(itemIds) });
}

const historyOf = preparedQuery((db) =>
  db
    .select()
    .from(agendaItemHistory)
    .where(inIdList(agendaItemHistory.itemId, 'ids'))
    .orderBy(asc(agendaItemHistory.at), asc(agendaItemHistory.id))
    .prepare(),
);

export function itemHistoryRows(db: ReadableDb, itemIds: readonly string[]) {
  if (itemIds.length === 0) return [];
  return historyOf(db).all({ ids: idList(itemIds) });
}

const papers = preparedQuery((db) =>
  db
    .select()
    .from(papersCirculation)
    .where(eq(papersCirculation.sittingId, placeholder('sittingId')))
    .orderBy(asc(papersCirculation.sentDate))
    .prepare(),
);

export function papersRows(db: ReadableDb, sittingId: string) {
  return papers(db).all({ sittingId });
}

/** Open items for these households on sittings other than `exceptSittingId`: one read for a whole agenda. */
const openItems = preparedQuery((db) =>
  db
    .select({ householdId: agendaItems.householdId, itemId: agendaItems.id, date: sittings.date })
    .from(agendaItems)
    .innerJoin(sittings, eq(sittings.id, agendaItems.sittingId))
    .where(
      and(
        inIdList(agendaItems.householdId, 'ids'),
        eq(agendaItems.status, 'scheduled'),
        ne(agendaItems.sittingId, placeholder('exceptSittingId')),
        ne(sittings.status, 'cancelled'),
      ),
    )
    .prepare(),
);

export function openItemsForHouseholds(db: ReadableDb, householdIds: readonly string[], exceptSittingId: string) {
  if (householdIds.length === 0) return [];
  return openItems(db).all({ ids: idList([...new Set(householdIds)]), exceptSittingId });
}

export function nextPosition(db: AppDatabase, sittingId: string): number {
  const rows = db
    .select({ position: agendaItems.position })
    .from(agendaItems)
    .where(eq(agendaItems.sittingId, sittingId))
    .all();
  return rows.reduce((max, row) => Math.max(max, row.position), 0) + 1;
}

/** Bumps a sitting's version: any change to its agenda or attendance is a change to the sitting. */
export function touchSitting(db: AppDatabase, id: string, at: string): void {
  const row = db.select({ version: sittings.version }).from(sittings).where(eq(sittings.id, id)).get();
  if (row)
    db.update(sittings)
      .set({ version: row.version + 1, updatedAt: at })
      .where(eq(sittings.id, id))
      .run();
}

export type NewSittingRecord = typeof sittings.$inferInsert;
export type SittingStatus = SittingRecord['status'];
export type SittingChanges = Partial<Omit<NewSittingRecord, 'id'>>;
type AttendanceFields = Pick<
  typeof sittingAttendance.$inferInsert,
  'status' | 'arrivedBeforeItemId' | 'leftAfterItemId'
>;

export function insertSitting(db: AppDatabase, row: NewSittingRecord): void {
  db.insert(sittings).values(row).run();
}

export function updateSitting(db: AppDatabase, id: string, changes: SittingChanges): void {
  db.update(sittings).set(changes).where(eq(sittings.id, id)).run();
}

/** Bumps the version only if the caller saw the latest one; false when someone else changed it first. */
export function claimSittingVersion(db: AppDatabase, id: string, version: number, at: string): boolean {
  const result = db
    .update(sittings)
    .set({ version: version + 1, updatedAt: at })
    .where(and(eq(sittings.id, id), eq(sittings.version, version)))
    .run();
  return result.changes === 1;
}

export function insertAttendance(db: AppDatabase, row: typeof sittingAttendance.$inferInsert): void {
  db.insert(sittingAttendance).values(row).run();
}

/**
 * Records a member's attendance and bumps its version, only if the row is still at `version` (another seat's
 * change is not overwritten). Returns whether it landed.
 */
export function updateAttendance(
  db: AppDatabase,
  sittingId: string,
  memberId: string,
  version: number,
  values: AttendanceFields,
): boolean {
  const result = db
    .update(sittingAttendance)
    .set({ ...values, version: sql`${sittingAttendance.version} + 1` })
    .where(
      and(
        eq(sittingAttendance.sittingId, sittingId),
        eq(sittingAttendance.memberId, memberId),
        eq(sittingAttendance.version, version),
      ),
    )
    .run();
  return result.changes === 1;
}

export function insertSittingPerson(db: AppDatabase, row: typeof sittingPeople.$inferInsert): void {
  db.insert(sittingPeople).values(row).run();
}

/** How many rows went: 0 when the person is not recorded at this sitting. */
export function deleteSittingPerson(db: AppDatabase, personId: string, sittingId: string): number {
  return db
    .delete(sittingPeople)
    .where(and(eq(sittingPeople.id, personId), eq(sittingPeople.sittingId, sittingId)))
    .run().changes;
}

export function insertPapersSent(db: AppDatabase, row: typeof papersCirculation.$inferInsert): void {
  db.insert(papersCirculation).values(row).run();
}

/** Moves a sitting on (the minutes drafted, approved, sent to the ADM) and bumps its version in the same statement. */
export function setSittingStatus(db: AppDatabase, id: string, status: SittingStatus, at: string): void {
  db.update(sittings)
    .set({ status, version: sql`${sittings.version} + 1`, updatedAt: at })
    .where(eq(sittings.id, id))
    .run();
}

/** Items of these types scheduled on a sitting not yet held, earliest sitting first. */
export function itemsWaitingOfTypes(db: ReadableDb, itemTypes: readonly string[]) {
  return db
    .select({ itemType: agendaItems.itemType, date: sittings.date })
    .from(agendaItems)
    .innerJoin(sittings, eq(sittings.id, agendaItems.sittingId))
    .where(
      and(
        inArray(agendaItems.itemType, [...itemTypes]),
        eq(agendaItems.status, 'scheduled'),
        inArray(sittings.status, ['planned', 'papers_sent']),
      ),
    )
    .orderBy(sittings.date)
    .all();
}
