import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { AppDatabase, ReadableDb } from '../connection';
import { admCases, agendaItems, households, sittings } from '../schema';

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

export function getCaseRow(db: ReadableDb, itemId: string): CaseRow | null {
  return db.select().from(admCases).where(eq(admCases.itemId, itemId)).get() ?? null;
}

/** The states in which a case is still the ADM's business: decided and final cases never appear in the queue. */
export const OPEN_CASE_STATES = ['awaiting', 'information_requested', 'qualifying'] as const;

export function openCaseRows(db: ReadableDb): CaseRow[] {
  return db
    .select()
    .from(admCases)
    .where(inArray(admCases.state, [...OPEN_CASE_STATES]))
    .all();
}

/** What a queue line shows about a case's item: its type, household and sitting, without building the sitting. */
export function caseItemFacts(db: ReadableDb, itemId: string) {
  return (
    db
      .select({
        itemType: agendaItems.itemType,
        decidingAdmUserId: agendaItems.decidingAdmUserId,
        sittingDate: sittings.date,
        householdReference: households.reference,
      })
      .from(agendaItems)
      // Left: a case sent straight to the ADM has no sitting.
      .leftJoin(sittings, eq(sittings.id, agendaItems.sittingId))
      .leftJoin(households, eq(households.id, agendaItems.householdId))
      .where(eq(agendaItems.id, itemId))
      .get() ?? null
  );
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
