import { eq } from 'drizzle-orm';
import type { AppDatabase } from '../connection';
import { agendaItemHistory, agendaItems } from '../schema';

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
