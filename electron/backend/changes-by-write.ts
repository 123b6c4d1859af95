import type { ReadableDb } from '../../db/connection';
import { dataCounters } from '../../db/repositories/data-stamp';

/** A kind of write: the contract entity it names ('feedback form', 'household', …) and its channel. */
export interface WriteKind {
  entity: string;
  channel: string;
}

/**
 * Whose writes changed the rows a connection has changed: the router records
 * each committed write's share of SQLite's `total_changes()` under its
 * contract entity and channel. A value kept between writes
 * (kept-between-writes.ts) that only some writes can change is then kept
 * across the others. Changes no write claimed (made outside the router, by a
 * write with no entity, or before a failed commit) are never set aside, so
 * they always count as a change.
 */
const ledgers = new WeakMap<ReadableDb, Map<string, { kind: WriteKind; made: number }>>();

/** Rows changed on the connection so far: read before a write, handed to `recordWrite` after it commits. */
export function changesSoFar(db: ReadableDb): number {
  return dataCounters(db).changes;
}

/** A committed write of this kind changed the rows counted since `before` (from `changesSoFar`). */
export function recordWrite(db: ReadableDb, kind: WriteKind, before: number): void {
  const made = changesSoFar(db) - before;
  if (made <= 0) return;
  const ledger = ledgers.get(db) ?? new Map<string, { kind: WriteKind; made: number }>();
  const key = `${kind.entity}\u0000${kind.channel}`;
  ledger.set(key, { kind, made: (ledger.get(key)?.made ?? 0) + made });
  ledgers.set(db, ledger);
}

/** Rows changed on the connection by committed writes, per kind of write. */
export function changesByWrite(db: ReadableDb): Iterable<{ kind: WriteKind; made: number }> {
  return ledgers.get(db)?.values() ?? [];
}
