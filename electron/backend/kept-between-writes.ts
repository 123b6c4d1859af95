import type { ReadableDb } from '../../db/connection';
import { dataStamp } from '../../db/repositories/data-stamp';

/**
 * A value a read works out from the records, kept until they may have changed:
 * worked out again when anything has been written on the connection, or
 * committed by another (`dataStamp`), or when the day moves on, and never
 * shared between connections (a restore's new one starts afresh). With seats,
 * every open dashboard reads again after each change: the first works the
 * facts out, the others take them. The value must not depend on who asks
 * (filter by viewer after), and callers must not change it.
 */
export function keptBetweenWrites<T>(work: (db: ReadableDb, today: string) => T): (db: ReadableDb, today: string) => T {
  const kept = new WeakMap<ReadableDb, { stamp: string; today: string; value: T }>();
  return (db, today) => {
    const stamp = dataStamp(db);
    const entry = kept.get(db);
    if (entry && entry.stamp === stamp && entry.today === today) return entry.value;
    const value = work(db, today);
    // Stamped as read before the work: a write during it (none can: reads are synchronous) would show as a change.
    kept.set(db, { stamp, today, value });
    return value;
  };
}
