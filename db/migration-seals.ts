import type { SqliteHandle } from './connection';
import { allRecordDigests, lastSeals, type SealedRow } from './record-digests';

/** What the records looked like just before migrating: their digests and the seals the audit log holds. */
export interface RecordsBeforeMigration {
  seals: Map<string, string | null> | null;
  digests: ReturnType<typeof allRecordDigests>;
}

export function recordsBeforeMigration(sqlite: SqliteHandle): RecordsBeforeMigration {
  return { seals: lastSeals(sqlite), digests: allRecordDigests(sqlite) };
}

/**
 * The records a migration changed, to be re-sealed in one audit row of their
 * own. A record is re-sealed only if it matched its seal before the migration
 * (or had none and did not exist), so a change made outside the app before the
 * upgrade is still reported afterwards, never sealed by the upgrade. A database
 * from before seals existed has every record sealed, once, by the migration
 * that adds them.
 */
export function rowsChangedByMigration(sqlite: SqliteHandle, before: RecordsBeforeMigration): SealedRow[] {
  const after = allRecordDigests(sqlite);
  const { seals } = before;
  if (seals === null) return [...after.values()].map((r) => [r.table, r.recordId, r.digest]);
  const changed: SealedRow[] = [];
  for (const key of new Set([...before.digests.keys(), ...after.keys()])) {
    const was = before.digests.get(key);
    const now = after.get(key);
    if (was?.digest === now?.digest) continue;
    const seal = seals.get(key);
    const trusted = seal === undefined ? was === undefined : seal === (was?.digest ?? null);
    const record = now ?? was;
    if (record && trusted) changed.push([record.table, record.recordId, now?.digest ?? null]);
  }
  return changed;
}
