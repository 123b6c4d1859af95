import { eq, or, sql } from 'drizzle-orm';
import type { AppDatabase, ReadableDb } from '../connection';
import {
  admCases,
  agendaItemHistory,
  agendaItems,
  sittingAttendance,
  declarations,
  directReferrals,
  exemptionTerms,
  feedbackForms,
  issuedDocuments,
  recommendations,
  resignations,
  temporaryExtensions,
} from '../schema';

/** What may hang on an agenda item, each named as the refusal to remove it says it. */
const DEPENDENTS = [
  { table: recommendations, column: recommendations.itemId, what: 'a recommendation is recorded on it' },
  { table: admCases, column: admCases.itemId, what: 'it has gone to the ADM' },
  { table: directReferrals, column: directReferrals.itemId, what: 'it was sent straight to the ADM' },
  { table: temporaryExtensions, column: temporaryExtensions.itemId, what: 'an extension is recorded on it' },
  { table: resignations, column: resignations.itemId, what: 'a resignation notice is recorded with it' },
  { table: exemptionTerms, column: exemptionTerms.itemId, what: 'exemption terms are recorded on it' },
  { table: issuedDocuments, column: issuedDocuments.subjectId, what: 'a document was issued for it' },
  { table: feedbackForms, column: feedbackForms.itemId, what: 'feedback is recorded about it' },
] as const;

/** Why the item cannot be taken off the agenda without trace (a record hangs on it), or null when it can. */
export function itemRemovalBlocker(db: ReadableDb, itemId: string): string | null {
  for (const { table, column, what } of DEPENDENTS) {
    if (
      db
        .select({ one: sql`1` })
        .from(table)
        .where(eq(column, itemId))
        .get()
    )
      return what;
  }
  const marked = db
    .select({ one: sql`1` })
    .from(sittingAttendance)
    .where(or(eq(sittingAttendance.arrivedBeforeItemId, itemId), eq(sittingAttendance.leftAfterItemId, itemId)))
    .get();
  return marked ? 'a member’s late arrival or early leaving is recorded against it' : null;
}

/** Deletes the item with its declarations and its history (the audit row keeps what it was and why it went). */
export function deleteAgendaItem(db: AppDatabase, itemId: string): void {
  db.delete(declarations).where(eq(declarations.itemId, itemId)).run();
  db.delete(agendaItemHistory).where(eq(agendaItemHistory.itemId, itemId)).run();
  db.delete(agendaItems).where(eq(agendaItems.id, itemId)).run();
}
