import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { AppDatabase, ReadableDb } from '../connection';
import { admCases, agendaItems, households, sittings, users } from '../schema';
import { preparedQuery } from '../prepared';

/**
 * Opens a case when the final minutes reach the ADM (once per item), or when
 * an item is sent straight to the ADM. Here, below both features, so the
 * minutes (which open cases) and the decisions (which read approved minutes)
 * do not import each other.
 */
export function openCase(db: AppDatabase, itemId: string, householdId: string | null, at: string): void {
  db.insert(admCases).values({ itemId, householdId, state: 'awaiting', updatedAt: at }).onConflictDoNothing().run();
}

export type CaseRow = typeof admCases.$inferSelect;
export type CaseChanges = Partial<Omit<CaseRow, 'itemId' | 'version'>> & { updatedAt: string };

const caseByItem = preparedQuery((db) =>
  db
    .select()
    .from(admCases)
    .where(eq(admCases.itemId, sql.placeholder('itemId')))
    .prepare(),
);

export function getCaseRow(db: ReadableDb, itemId: string): CaseRow | null {
  return caseByItem(db).get({ itemId }) ?? null;
}

/** The states in which a case is still the ADM's business: decided and final cases never appear in the queue. */
export const OPEN_CASE_STATES = ['awaiting', 'information_requested', 'qualifying'] as const;

/** An open case with what its queue line shows of its item, ADM, sitting and household. */
export interface QueueCaseRow {
  row: CaseRow;
  item: {
    itemType: string;
    sentToAdmDate: string | null;
    sittingId: string | null;
    decidingAdmUserId: string | null;
  } | null;
  admName: string | null;
  sittingDate: string | null;
  householdReference: string | null;
}

// Left joins from the cases, which stay the outer loop: the rows come in the cases' own order.
const openQueue = preparedQuery((db) =>
  db
    .select({
      row: admCases,
      itemId: agendaItems.id,
      itemType: agendaItems.itemType,
      sentToAdmDate: agendaItems.sentToAdmDate,
      sittingId: agendaItems.sittingId,
      decidingAdmUserId: agendaItems.decidingAdmUserId,
      admName: users.displayName,
      sittingDate: sittings.date,
      householdReference: households.reference,
    })
    .from(admCases)
    .leftJoin(agendaItems, eq(agendaItems.id, admCases.itemId))
    .leftJoin(users, eq(users.id, agendaItems.decidingAdmUserId))
    .leftJoin(sittings, eq(sittings.id, agendaItems.sittingId))
    .leftJoin(households, eq(households.id, agendaItems.householdId))
    .where(inArray(admCases.state, [...OPEN_CASE_STATES]))
    .prepare(),
);

/** Every open case with its queue facts in one read: the queue has a line for every open case. */
export function openQueueRows(db: ReadableDb): QueueCaseRow[] {
  return openQueue(db)
    .all()
    .map((r) => ({
      row: r.row,
      item:
        r.itemId !== null && r.itemType !== null
          ? {
              itemType: r.itemType,
              sentToAdmDate: r.sentToAdmDate,
              sittingId: r.sittingId,
              decidingAdmUserId: r.decidingAdmUserId,
            }
          : null,
      admName: r.admName,
      sittingDate: r.sittingDate,
      householdReference: r.householdReference,
    }));
}

/** Writes the change only if the caller saw the latest version of the case; false when someone else changed it first. */
export function updateCaseAtVersion(db: AppDatabase, itemId: string, version: number, changes: CaseChanges): boolean {
  const result = db
    .update(admCases)
    .set({ ...changes, version: version + 1 })
    .where(and(eq(admCases.itemId, itemId), eq(admCases.version, version)))
    .run();
  return result.changes === 1;
}

/** The household's case of this type sent straight to the ADM and still open, if any. */
export function openDirectCase(db: ReadableDb, householdId: string, itemType: string): { id: string } | undefined {
  return db
    .select({ id: agendaItems.id })
    .from(agendaItems)
    .innerJoin(admCases, eq(admCases.itemId, agendaItems.id))
    .where(
      and(
        eq(agendaItems.householdId, householdId),
        eq(agendaItems.itemType, itemType),
        isNull(agendaItems.sittingId),
        inArray(admCases.state, ['awaiting', 'information_requested', 'qualifying']),
      ),
    )
    .get();
}
