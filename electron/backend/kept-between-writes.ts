import type { ReadableDb } from '../../db/connection';
import { dataStamp } from '../../db/repositories/data-stamp';

/**
 * Values a read works out from the records, kept until they may have changed:
 * all are dropped when anything has been written on the connection or
 * committed by another (`dataStamp`), and none is shared between connections
 * (a restore's new one starts afresh). With seats, every open dashboard reads
 * again after each change: the first works the values out, the others take
 * them. A value must not depend on who asks (filter per viewer after it), its
 * key must name everything else it depends on (the day, the window), and
 * callers must not change it.
 */
export function keptBetweenWrites(): <T>(db: ReadableDb, key: string, work: () => T) => T {
  const kept = new WeakMap<ReadableDb, { stamp: string; values: Map<string, unknown> }>();
  return <T>(db: ReadableDb, key: string, work: () => T): T => {
    const stamp = dataStamp(db);
    let entry = kept.get(db);
    if (entry?.stamp !== stamp) {
      entry = { stamp, values: new Map() };
      kept.set(db, entry);
    }
    if (entry.values.has(key)) return entry.values.get(key) as T;
    const value = work();
    entry.values.set(key, value);
    return value;
  };
}
