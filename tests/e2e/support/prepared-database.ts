import path from 'node:path';
import type Database from 'better-sqlite3';
import { openDatabase } from '../../../db/migrate';
import { FileKeyStore } from '../../../electron/backend/audit/key-store';
import { migrationsThrough } from '../../factories/backend';
import { E2E_TODAY, serverKeysFolder } from './panel-server';

/**
 * A database file written before the backend starts, for what only an older
 * database can show (a migration's notice, for example): made with the
 * migrations of a past release, filled with SQL as that release stored things,
 * then left for the backend to migrate when the test starts it.
 */
export interface PreparedDatabase {
  /** Writes the file the test's backend then opens. */
  write(dbFile: string): Promise<void>;
}

/** A database as the release whose last migration is `releaseTag` wrote it, with `fill` run on it. */
export function databaseAsReleased(releaseTag: string, fill: (sqlite: Database.Database) => void): PreparedDatabase {
  return {
    async write(dbFile) {
      const old = await openDatabase({
        file: dbFile,
        migrationsFolder: migrationsThrough(releaseTag),
        backupFolder: path.join(path.dirname(dbFile), 'prepared-backups'),
        now: new Date(`${E2E_TODAY}T08:00:00Z`),
        // The database key the server will find in the key folder it is given (`--keys`, outside the data folder).
        key: new FileKeyStore(serverKeysFolder(dbFile)).loadDatabaseKey(),
      });
      try {
        old.sqlite.transaction(() => fill(old.sqlite))();
      } finally {
        old.sqlite.close();
      }
    },
  };
}
