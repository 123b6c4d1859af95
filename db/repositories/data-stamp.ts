import { sql } from 'drizzle-orm';
import type { ReadableDb } from '../connection';
import { preparedQuery } from '../prepared';

/**
 * Two counters that together change whenever the records may have: the rows this
 * connection has inserted, updated or deleted since it opened
 * (`total_changes()`, every write the app makes, its triggers included), and
 * SQLite's `data_version`, which moves when another connection commits (a
 * backup's check, a test's second handle, another process). Equal counters on
 * the same connection mean nothing has been written in between.
 */
const stampQuery = preparedQuery((db) =>
  db
    .select({
      changes: sql<number>`total_changes()`,
      version: sql<number>`(select data_version from pragma_data_version())`,
    })
    .from(sql`(select 1)`)
    .prepare(),
);

export function dataCounters(db: ReadableDb): { changes: number; version: number } {
  const row = stampQuery(db).get();
  return { changes: row?.changes ?? 0, version: row?.version ?? 0 };
}
