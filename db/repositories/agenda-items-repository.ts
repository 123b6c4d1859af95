import { and, eq } from 'drizzle-orm';
import type { AppDatabase } from '../connection';
import { agendaItemHistory, agendaItems, declarations } from '../schema';

export type NewAgendaItemRecord = typeof agendaItems.$inferInsert;
export type AgendaItemChanges = Partial<Omit<NewAgendaItemRecord, 'id'>>;
export type NewItemHistoryRecord = typeof agendaItemHistory.$inferInsert;

/**
 * Writes to agenda items and their history: what the sittings, recommendations
 * and decisions features change about an item. Reading an item is in
 * sittings-repository.ts.
 */

/** The panel has made its recommendation (or noted the item): the item was heard. */
export function markItemHeard(db: AppDatabase, itemId: string, at: string): void {
  db.update(agendaItems).set({ status: 'heard', updatedAt: at }).where(eq(agendaItems.id, itemId)).run();
}

export function insertAgendaItem(db: AppDatabase, row: NewAgendaItemRecord): void {
  db.insert(agendaItems).values(row).run();
}

/** Sets the given fields of one item; how many rows changed (0 when there is no such item). */
export function updateAgendaItem(db: AppDatabase, itemId: string, changes: AgendaItemChanges): number {
  return db.update(agendaItems).set(changes).where(eq(agendaItems.id, itemId)).run().changes;
}

export function insertItemHistory(db: AppDatabase, row: NewItemHistoryRecord): void {
  db.insert(agendaItemHistory).values(row).run();
}

/** Sets the fields only if the caller saw the latest version of the item; false when someone else changed it first. */
export function updateAgendaItemAtVersion(
  db: AppDatabase,
  itemId: string,
  version: number,
  changes: AgendaItemChanges,
): boolean {
  const result = db
    .update(agendaItems)
    .set(changes)
    .where(and(eq(agendaItems.id, itemId), eq(agendaItems.version, version)))
    .run();
  return result.changes === 1;
}

/** A member's declaration of interest in an item: declaring again replaces the interest and whether they withdrew. */
export function saveDeclaration(db: AppDatabase, row: typeof declarations.$inferInsert): void {
  db.insert(declarations)
    .values(row)
    .onConflictDoUpdate({
      target: [declarations.itemId, declarations.memberId],
      set: { interest: row.interest, withdrew: row.withdrew },
    })
    .run();
}

/** How many rows went: 0 when the member had declared nothing on the item. */
export function deleteDeclaration(db: AppDatabase, itemId: string, memberId: string): number {
  return db
    .delete(declarations)
    .where(and(eq(declarations.itemId, itemId), eq(declarations.memberId, memberId)))
    .run().changes;
}
