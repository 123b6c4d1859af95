import type Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import * as schema from './schema';
import { openEncrypted } from './cipher';
import { createOwnerOnlyFile } from './owner-only';

export type AppDatabase = BetterSQLite3Database<typeof schema>;
/**
 * The handle a read gets (Signal Desktop's ReadableDB): the select and
 * relational query builders only, so no insert, update, delete, raw SQL or
 * transaction type-checks. A writable `AppDatabase` is assignable to it.
 */
export type ReadableDb = Pick<AppDatabase, 'select' | 'selectDistinct' | 'query' | '$count'>;
export type SqliteHandle = Database.Database;

export interface OpenConnection {
  sqlite: SqliteHandle;
  db: AppDatabase;
}

/** The settings every connection must have; asserted after they are set. */
export const REQUIRED_PRAGMAS = {
  journal_mode: 'wal',
  synchronous: 2, // FULL: a commit is on disk before it is acknowledged
  foreign_keys: 1,
  busy_timeout: 5000,
} as const;

/**
 * SQLite's page cache per connection, in KiB (a negative `cache_size`). Every
 * page read from an encrypted file that is not in it is decrypted and its HMAC
 * checked again, so the reads that touch the most pages (the register, the
 * minutes, the annual report) paid for encryption again once their pages no
 * longer fitted the build's 16 MB default (bench/README.md, issue 18). Pages
 * are taken only as they are read, so a small database never uses it all.
 */
export const PAGE_CACHE_KIB = 65536;

export class PragmaError extends Error {}

/**
 * Opens (or creates, owner-only) an encrypted database: the key is applied
 * and checked before any other statement, then the pragmas are set and checked.
 */
export function connect(file: string, key: Buffer): OpenConnection {
  createOwnerOnlyFile(file);
  return withRequiredPragmas(openEncrypted(file, key));
}

/**
 * The required pragmas set and checked on a connection already open (and
 * keyed), wrapped for drizzle; closes it if they cannot be set. The app
 * reaches it only through `connect`; the bench also uses it on a plain twin.
 */
export function withRequiredPragmas(sqlite: SqliteHandle): OpenConnection {
  try {
    sqlite.pragma(`journal_mode = ${REQUIRED_PRAGMAS.journal_mode}`);
    sqlite.pragma(`synchronous = ${REQUIRED_PRAGMAS.synchronous}`);
    sqlite.pragma(`foreign_keys = ${REQUIRED_PRAGMAS.foreign_keys}`);
    sqlite.pragma(`busy_timeout = ${REQUIRED_PRAGMAS.busy_timeout}`);
    sqlite.pragma(`cache_size = ${-PAGE_CACHE_KIB}`);
    assertPragmas(sqlite);
  } catch (error) {
    sqlite.close();
    throw error;
  }
  return { sqlite, db: drizzle(sqlite, { schema }) };
}

export function readPragmas(sqlite: SqliteHandle): Record<keyof typeof REQUIRED_PRAGMAS, string | number> {
  const one = (name: string): string | number => sqlite.pragma(name, { simple: true }) as string | number;
  return {
    journal_mode: one('journal_mode'),
    synchronous: one('synchronous'),
    foreign_keys: one('foreign_keys'),
    busy_timeout: one('busy_timeout'),
  };
}

function assertPragmas(sqlite: SqliteHandle): void {
  const actual = readPragmas(sqlite);
  for (const [name, expected] of Object.entries(REQUIRED_PRAGMAS)) {
    const value = actual[name as keyof typeof REQUIRED_PRAGMAS];
    if (String(value).toLowerCase() !== String(expected)) {
      throw new PragmaError(`The database setting ${name} is ${String(value)}, not ${String(expected)}.`);
    }
  }
}
