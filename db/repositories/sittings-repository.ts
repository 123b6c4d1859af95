import { and, asc, count, desc, eq, gte, inArray, lte, ne, sql } from 'drizzle-orm';
import type { AppDatabase, ReadableDb } from '../connection';
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

export type SittingRecord = typeof sittings.$inferSelect;
export type AgendaItemRecord = typeof agendaItems.$inferSelect;

/** Every sitting not cancelled, newest first, with only what names it: a form's choices. */
export function sittingChoices(db: ReadableDb) {
  return db
    .select({ id: sittings.id, kind: sittings.kind, date: sittings.date, status: sittings.status })
    .from(sittings)
    .where(ne(sittings.status, 'cancelled'))
    .orderBy(desc(sittings.date), desc(sittings.startTime))
    .all();
}

export function listSittingRows(
  db: ReadableDb,
  filter: { from?: string | undefined; to?: string | undefined; includeCancelled?: boolean | undefined },
) {
  const where = [
    filter.from ? gte(sittings.date, filter.from) : undefined,
    filter.to ? lte(sittings.date, filter.to) : undefined,
    filter.includeCancelled ? undefined : ne(sittings.status, 'cancelled'),
  ];
  const rows = db
    .select({ sitting: sittings, presiderName: members.name })
    .from(sittings)
    .leftJoin(members, eq(members.id, sittings.plannedPresiderId))
    .where(and(...where))
    .orderBy(asc(sittings.date), asc(sittings.startTime))
    .all();
  if (rows.length === 0) return [];
  // Counted for the listed sittings only: counting every item ever would grow with the years.
  const counts = new Map(
    db
      .select({ sittingId: agendaItems.sittingId, n: count() })
      .from(agendaItems)
      .where(
        and(
          inArray(
            agendaItems.sittingId,
            rows.map((row) => row.sitting.id),
          ),
          inArray(agendaItems.status, ['scheduled', 'heard']),
        ),
      )
      .groupBy(agendaItems.sittingId)
      .all()
      .map((row) => [row.sittingId, row.n]),
  );
  return rows.map((row) => ({ ...row, itemCount: counts.get(row.sitting.id) ?? 0 }));
}

export function getSittingRow(db: ReadableDb, id: string) {
  return (
    db
      .select({ sitting: sittings, presiderName: members.name })
      .from(sittings)
      .leftJoin(members, eq(members.id, sittings.plannedPresiderId))
      .where(eq(sittings.id, id))
      .get() ?? null
  );
}

export function sittingsOnDate(db: ReadableDb, date: string) {
  return db
    .select({ id: sittings.id })
    .from(sittings)
    .where(and(eq(sittings.date, date), ne(sittings.status, 'cancelled')))
    .all();
}

/** Who was invited and came, with what quorum needs of each member (a member's row is wide). */
export function attendanceRows(db: ReadableDb, sittingId: string) {
  return db
    .select({
      attendance: {
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
    .where(eq(sittingAttendance.sittingId, sittingId))
    .orderBy(asc(members.nameKey))
    .all();
}

export function peopleRows(db: ReadableDb, sittingId: string) {
  return db
    .select()
    .from(sittingPeople)
    .where(eq(sittingPeople.sittingId, sittingId))
    .orderBy(asc(sittingPeople.kind), asc(sittingPeople.name))
    .all();
}

export function itemRows(db: ReadableDb, sittingId: string) {
  return db
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
    .where(eq(agendaItems.sittingId, sittingId))
    .orderBy(asc(agendaItems.position))
    .all();
}

export function getItemRow(db: ReadableDb, id: string): AgendaItemRecord | null {
  return db.select().from(agendaItems).where(eq(agendaItems.id, id)).get() ?? null;
}

export type SittingItemRecord = AgendaItemRecord & { sittingId: string };

/** An item on a sitting's agenda: null when there is none, or when the case went straight to the ADM. */
export function getSittingItemRow(db: ReadableDb, id: string): SittingItemRecord | null {
  const row = getItemRow(db, id);
  return row?.sittingId ? { ...row, sittingId: row.sittingId } : null;
}

export function declarationRows(db: ReadableDb, itemIds: readonly string[]) {
  if (itemIds.length === 0) return [];
  return db
    .select({ declaration: declarations, name: members.name })
    .from(declarations)
    .innerJoin(members, eq(members.id, declarations.memberId))
    .where(inArray(declarations.itemId, [...itemIds]))
    .all();
}

export function itemHistoryRows(db: ReadableDb, itemIds: readonly string[]) {
  if (itemIds.length === 0) return [];
  return db
    .select()
    .from(agendaItemHistory)
    .where(inArray(agendaItemHistory.itemId, [...itemIds]))
    .orderBy(asc(agendaItemHistory.at), asc(agendaItemHistory.id))
    .all();
}

export function papersRows(db: ReadableDb, sittingId: string) {
  return db
    .select()
    .from(papersCirculation)
    .where(eq(papersCirculation.sittingId, sittingId))
    .orderBy(asc(papersCirculation.sentDate))
    .all();
}

/** Open items for these households on sittings other than `exceptSittingId`: one read for a whole agenda. */
export function openItemsForHouseholds(db: ReadableDb, householdIds: readonly string[], exceptSittingId: string) {
  if (householdIds.length === 0) return [];
  return db
    .select({ householdId: agendaItems.householdId, itemId: agendaItems.id, date: sittings.date })
    .from(agendaItems)
    .innerJoin(sittings, eq(sittings.id, agendaItems.sittingId))
    .where(
      and(
        inArray(agendaItems.householdId, [...new Set(householdIds)]),
        eq(agendaItems.status, 'scheduled'),
        ne(agendaItems.sittingId, exceptSittingId),
        ne(sittings.status, 'cancelled'),
      ),
    )
    .all();
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

export function updateAttendance(db: AppDatabase, sittingId: string, memberId: string, values: AttendanceFields): void {
  db.update(sittingAttendance)
    .set(values)
    .where(and(eq(sittingAttendance.sittingId, sittingId), eq(sittingAttendance.memberId, memberId)))
    .run();
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
