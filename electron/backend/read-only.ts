import Database from 'better-sqlite3';
import type { SqliteHandle } from '../../db/connection';

/**
 * Runs a read handler so that any write it attempts (through a cast, or raw
 * SQL) is refused before SQLite runs it, with SQLite's own SQLITE_READONLY
 * code, and changes nothing. Only the handler's synchronous part is covered:
 * the one connection is shared, and a write that arrives while an async read
 * awaits must not be refused. After an `await` a read is held to reading by
 * its type (`ReadableDb`) alone.
 *
 * Not `PRAGMA query_only`, which this used to switch on and off around every
 * read: setting a flag pragma expires every prepared statement on the
 * connection (SQLite's OP_Expire), so each read then compiled again every
 * statement it ran — two thirds of a small read's time (bench/README.md,
 * "Reads recompiled every statement"). Instead, while a read runs, every
 * statement run on its connection is checked with SQLite's own
 * `sqlite3_stmt_readonly` (better-sqlite3's `statement.readonly`), and raw
 * `exec` is refused outright.
 */
export function readOnly<T>(sqlite: SqliteHandle, work: () => T): T {
  guardStatements(sqlite);
  reading.set(sqlite, (reading.get(sqlite) ?? 0) + 1);
  try {
    return work();
  } finally {
    const depth = (reading.get(sqlite) ?? 1) - 1;
    if (depth === 0) reading.delete(sqlite);
    else reading.set(sqlite, depth);
  }
}

/** Connections a read handler is running on, with how deeply (a read may call another read's function). */
const reading = new WeakMap<object, number>();

const refused = () =>
  new Database.SqliteError('attempt to write a readonly database: a read cannot change records', 'SQLITE_READONLY');

type StatementMethod = 'run' | 'get' | 'all' | 'iterate';
const STATEMENT_METHODS: readonly StatementMethod[] = ['run', 'get', 'all', 'iterate'];
/** The wrappers put in place, so they are put back if something else (the bench's capture) replaced them. */
const wrappers = new WeakSet<object>();
let statementPrototype: Record<StatementMethod, unknown> | null = null;

/**
 * Wraps the methods every better-sqlite3 statement runs through (shared by
 * all statements of every connection, on their prototype), and `exec`, once
 * per process. Drizzle and the repositories both run statements this way.
 */
function guardStatements(sqlite: SqliteHandle): void {
  statementPrototype ??= Object.getPrototypeOf(sqlite.prepare('SELECT 1')) as Record<StatementMethod, unknown>;
  const statement = statementPrototype;
  const database = Object.getPrototypeOf(sqlite) as { exec: (this: SqliteHandle, source: string) => unknown };
  for (const method of STATEMENT_METHODS) {
    if (wrappers.has(statement[method] as object)) continue;
    const original = statement[method] as (this: Database.Statement, ...params: unknown[]) => unknown;
    Object.defineProperty(statement, method, {
      configurable: true,
      writable: true,
      value: function (this: Database.Statement, ...params: unknown[]) {
        if (!this.readonly && reading.has(this.database)) throw refused();
        return original.apply(this, params);
      },
    });
    wrappers.add(statement[method] as object);
  }
  if (wrappers.has(database.exec)) return;
  const exec = database.exec;
  Object.defineProperty(database, 'exec', {
    configurable: true,
    writable: true,
    value: function (this: SqliteHandle, source: string) {
      if (reading.has(this)) throw refused();
      return exec.call(this, source);
    },
  });
  wrappers.add(database.exec);
}
