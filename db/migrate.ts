import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { backupDatabase } from './backup';
import { connect, type OpenConnection } from './connection';
import { recordsBeforeMigration, rowsChangedByMigration } from './migration-seals';
import { installChangeTracking, type SealedRow } from './record-digests';

const MIGRATIONS_TABLE = '__drizzle_migrations';

export type SchemaState =
  | { kind: 'new' }
  | { kind: 'current'; applied: number }
  | { kind: 'pending'; applied: number; pending: number }
  | { kind: 'newer'; applied: number; known: number };

/** Raised when the file was written by a later version of the app: we must not touch it. */
export class DatabaseTooNewError extends Error {
  constructor(readonly file: string) {
    super(
      `This database was last used by a newer version of Fostering Panel. ` +
        `Install the latest version to open it. The file has not been changed: ${file}`,
    );
    this.name = 'DatabaseTooNewError';
  }
}

export class NotADatabaseError extends Error {
  constructor(readonly file: string) {
    super(`This file is not a Fostering Panel database, or it is damaged: ${file}`);
    this.name = 'NotADatabaseError';
  }
}

/**
 * Reads the migration state through a read-only connection, so a refused file
 * stays byte-for-byte the same. A file is newer than this app if it records a
 * migration this app does not ship, or its `user_version` (the schema version,
 * see `markSchemaVersion`) is above the number of migrations this app ships.
 */
export function inspectSchema(file: string, migrationsFolder: string): SchemaState {
  const known = readMigrationFiles({ migrationsFolder }).map((m) => m.folderMillis);
  if (!existsSync(file)) return { kind: 'new' };
  let appliedMillis: number[];
  let hasTables: boolean;
  let userVersion: number;
  const sqlite = new Database(file, { readonly: true, fileMustExist: true });
  try {
    userVersion = sqlite.pragma('user_version', { simple: true }) as number;
    hasTables =
      (sqlite.prepare(`SELECT count(*) AS n FROM sqlite_schema WHERE type = 'table'`).get() as { n: number }).n > 0;
    const hasMigrations = sqlite
      .prepare(`SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?`)
      .get(MIGRATIONS_TABLE);
    appliedMillis = hasMigrations
      ? (sqlite.prepare(`SELECT created_at AS at FROM ${MIGRATIONS_TABLE}`).all() as { at: number }[]).map((r) => r.at)
      : [];
  } catch {
    throw new NotADatabaseError(file);
  } finally {
    sqlite.close();
  }
  if (!hasTables) return { kind: 'new' };
  if (appliedMillis.length === 0) throw new NotADatabaseError(file);
  const knownSet = new Set(known);
  const latestKnown = Math.max(...known);
  const newerSchema = userVersion > known.length;
  if (newerSchema || appliedMillis.some((at) => !knownSet.has(at) || at > latestKnown)) {
    return { kind: 'newer', applied: appliedMillis.length, known: known.length };
  }
  const pending = known.filter((at) => !appliedMillis.includes(at)).length;
  return pending > 0
    ? { kind: 'pending', applied: appliedMillis.length, pending }
    : { kind: 'current', applied: appliedMillis.length };
}

export interface OpenOptions {
  file: string;
  migrationsFolder: string;
  backupFolder: string;
  now: Date;
}

export interface OpenedDatabase extends OpenConnection {
  state: SchemaState;
  /** The backup taken before migrating, when there was data to protect. */
  preMigrationBackup: string | null;
  /** Records the migrations just run changed: to be sealed in one audit row before anything else is written. */
  migrationSeals: SealedRow[];
}

/**
 * Start-up path: refuse a newer file, open with the required pragmas, back up
 * when migrations are pending, then migrate. Runs before any window opens.
 */
export async function openDatabase(options: OpenOptions): Promise<OpenedDatabase> {
  const state = inspectSchema(options.file, options.migrationsFolder);
  if (state.kind === 'newer') throw new DatabaseTooNewError(options.file);
  const connection = connect(options.file);
  try {
    let preMigrationBackup: string | null = null;
    if (state.kind === 'pending') {
      preMigrationBackup = await backupDatabase(connection.sqlite, options.backupFolder, 'pre-migration', options.now);
    }
    // A migration that changes records re-seals them (the caller writes the audit row: it holds the key).
    const before = state.kind === 'pending' ? recordsBeforeMigration(connection.sqlite) : null;
    if (state.kind !== 'current') migrateWithTableRebuilds(connection, options.migrationsFolder);
    markSchemaVersion(connection, options.migrationsFolder);
    const migrationSeals = before ? rowsChangedByMigration(connection.sqlite, before) : [];
    installChangeTracking(connection.sqlite);
    return { ...connection, state, preMigrationBackup, migrationSeals };
  } catch (error) {
    connection.sqlite.close();
    throw error;
  }
}

/**
 * `PRAGMA user_version` is the schema version: the number of migrations
 * applied, all of them once migrated. Any SQLite tool shows it, and a later
 * app's file is refused by it (`inspectSchema`) even where the migrations
 * table says nothing. Set after the migrations' own transaction; a file
 * written before the app kept it, or a crash between the two, is caught up on
 * the next start.
 */
function markSchemaVersion(connection: OpenConnection, migrationsFolder: string): void {
  const version = readMigrationFiles({ migrationsFolder }).length;
  if (connection.sqlite.pragma('user_version', { simple: true }) !== version) {
    connection.sqlite.pragma(`user_version = ${version}`);
  }
}

/**
 * SQLite changes a column only by rebuilding its table, and dropping a table
 * that other tables reference is refused while foreign keys are enforced. So
 * migrations run with enforcement off (SQLite's documented procedure; the
 * pragma has no effect inside a transaction, hence outside the migrator's),
 * then every reference is checked before enforcement comes back on.
 */
function migrateWithTableRebuilds(connection: OpenConnection, migrationsFolder: string): void {
  connection.sqlite.pragma('foreign_keys = OFF');
  try {
    migrate(connection.db, { migrationsFolder });
    const broken = connection.sqlite.pragma('foreign_key_check') as unknown[];
    if (broken.length > 0) {
      throw new Error(
        `The database update left ${broken.length} broken references; the backup taken before it is intact.`,
      );
    }
  } finally {
    connection.sqlite.pragma('foreign_keys = ON');
  }
}
