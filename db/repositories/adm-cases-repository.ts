import type { AppDatabase } from '../connection';
import { admCases } from '../schema';

/**
 * Opens a case when the final minutes reach the ADM (once per item), or when
 * an item is sent straight to the ADM. Here, below both features, so the
 * minutes (which open cases) and the decisions (which read approved minutes)
 * do not import each other.
 */
export function openCase(db: AppDatabase, itemId: string, householdId: string | null, at: string): void {
  db.insert(admCases).values({ itemId, householdId, state: 'awaiting', updatedAt: at }).onConflictDoNothing().run();
}
