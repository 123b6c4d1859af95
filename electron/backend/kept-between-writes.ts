import type { ReadableDb } from '../../db/connection';
import { dataCounters } from '../../db/repositories/data-stamp';
import { changesByWrite, type WriteKind } from './changes-by-write';

/**
 * Values a read works out from the records, kept until they may have changed:
 * all are dropped when anything they depend on has been written on the
 * connection, or anything at all committed by another (`data_version`), and
 * none is shared between connections (a restore's new one starts afresh).
 * With seats, every open dashboard reads again after each change: the first
 * works the values out, the others take them. A value must not depend on who
 * asks (filter per viewer after it), its key must name everything else it
 * depends on (the day, the window), and callers must not change it.
 *
 * `changedBy` says which writes can change the values (for a read's values,
 * `writeAffectsRead` of shared/contract/live-reads.ts, which also decides when
 * a window reads it again): the values are kept across every other write.
 * Without it they are dropped after every change.
 */
export function keptBetweenWrites(
  changedBy: (write: WriteKind) => boolean = () => true,
): <T>(db: ReadableDb, key: string, work: () => T) => T {
  const kept = new WeakMap<ReadableDb, { stamp: string; values: Map<string, unknown> }>();
  return <T>(db: ReadableDb, key: string, work: () => T): T => {
    const stamp = stampFor(db, changedBy);
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

/** The rows changed that can matter (all but those claimed by writes that cannot change the values), and `data_version`. */
function stampFor(db: ReadableDb, changedBy: (write: WriteKind) => boolean): string {
  const { changes, version } = dataCounters(db);
  let counted = changes;
  for (const { kind, made } of changesByWrite(db)) if (!changedBy(kind)) counted -= made;
  return `${String(counted)}:${String(version)}`;
}
