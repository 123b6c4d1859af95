import { and, eq, inArray } from 'drizzle-orm';
import type { AppDatabase, ReadableDb } from '../../../db/connection';
import { admCases, agendaItems, households, sittings } from '../../../db/schema';
import { DomainError } from '../../backend/domain-error';

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

/** Writes the change only if the caller saw the latest version of the case. */
export function updateCase(db: AppDatabase, itemId: string, version: number, changes: CaseChanges): void {
  const result = db
    .update(admCases)
    .set({ ...changes, version: version + 1 })
    .where(and(eq(admCases.itemId, itemId), eq(admCases.version, version)))
    .run();
  if (result.changes !== 1) {
    throw new DomainError(
      'STALE_VERSION',
      'This decision was changed by someone else while you were working. Nothing has been saved; what you typed is still on screen. Reload to see the latest, then try again.',
    );
  }
}
