import type { SqliteHandle } from '../../db/connection';

/**
 * Runs a read handler with SQLite's `query_only` on, so any write it attempts
 * (through a cast, or raw SQL) fails with SQLITE_READONLY and changes nothing.
 * Off again in `finally`, also when the handler throws. Only the handler's
 * synchronous part is covered: the one connection is shared, and a write that
 * arrives while an async read awaits must not be refused. After an `await` a
 * read is held to reading by its type (`ReadableDb`) alone.
 *
 * `exec`, not a statement prepared once: SQLite sets a flag pragma while it
 * compiles the statement, so running a prepared one again changes nothing.
 */
export function readOnly<T>(sqlite: SqliteHandle, work: () => T): T {
  sqlite.exec('PRAGMA query_only = 1');
  try {
    return work();
  } finally {
    sqlite.exec('PRAGMA query_only = 0');
  }
}
