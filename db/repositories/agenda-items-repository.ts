import { eq } from 'drizzle-orm';
import type { AppDatabase } from '../connection';
import { agendaItems } from '../schema';

/**
 * Writes to agenda items and their history: what the sittings, recommendations
 * and decisions features change about an item. Reading an item is in
 * sittings-repository.ts.
 */

/** The panel has made its recommendation (or noted the item): the item was heard. */
export function markItemHeard(db: AppDatabase, itemId: string, at: string): void {
  db.update(agendaItems).set({ status: 'heard', updatedAt: at }).where(eq(agendaItems.id, itemId)).run();
}
