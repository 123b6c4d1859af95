import { existsSync, statSync } from 'node:fs';
import Database from 'better-sqlite3';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { backupDatabase } from './backup';
import { hasPlainHeader, NotADatabaseError, openEncrypted } from './cipher';
import { connect, type OpenConnection } from './connection';
import { encryptPlainDatabase, type CopyCheck, type PlainDatabaseEncrypted } from './encrypt-plain';
import { recordsBeforeMigration, rowsChangedByMigration } from './migration-seals';
import { installChangeTracking, type SealedRow } from './record-digests';

export { NotADatabaseError, WrongKeyError } from './cipher';
export { EncryptionUpgradeError } from './encrypt-plain';

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

/**
 * Reads the migration state through a read-only connection, so a refused file
 * stays byte-for-byte the same. A file is newer than this app if it records a
 * migration this app does not ship, or its `user_version` (the schema version,
 * see `markSchemaVersion`) is above the number of migrations this app ships.
 * `key` is null for a file written before encryption, which is inspected
 * before it is encrypted.
 */
export function inspectSchema(file: string, migrationsFolder: string, key: Buffer | null): SchemaState {
  const known = readMigrationFiles({ migrationsFolder }).map((m) => m.folderMillis);
  if (!existsSync(file) || statSync(file).size === 0) return { kind: 'new' };
  let appliedMillis: number[];
  let hasTables: boolean;
  let userVersion: number;
  const options = { readonly: true, fileMustExist: true };
  const sqlite = key ? openEncrypted(file, key, options) : new Database(file, options);
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
  /** The database key (32 bytes from the key store). */
  key: Buffer;
  /** Run on the encrypted copy of a plain database before it replaces the plain file (the audit chain). */
  checkEncryptedCopy?: CopyCheck;
}

export interface OpenedDatabase extends OpenConnection {
  state: SchemaState;
  /** The backup taken before migrating, when there was data to protect. */
  preMigrationBackup: string | null;
  /** Records the migrations just run changed: to be sealed in one audit row before anything else is written. */
  migrationSeals: SealedRow[];
  /** Set when this start encrypted a database written before encryption. */
  encryptedFromPlain: PlainDatabaseEncrypted | null;
}

/**
 * Start-up path: refuse a newer file, open with the required pragmas, back up
 * when migrations are pending, then migrate. Runs before any window opens.
 */
export function openDatabase(options: OpenOptions): Promise<OpenedDatabase> {
  return Promise.resolve().then(() => openDatabaseNow(options));
}

function openDatabaseNow(options: OpenOptions): OpenedDatabase {
  let encryptedFromPlain: PlainDatabaseEncrypted | null = null;
  if (hasPlainHeader(options.file)) {
    // A newer app only ever wrote encrypted files, but a plain one is checked before anything is written.
    if (inspectSchema(options.file, options.migrationsFolder, null).kind === 'newer') {
      throw new DatabaseTooNewError(options.file);
    }
    encryptedFromPlain = encryptPlainDatabase(options.file, options.key, options.checkEncryptedCopy ?? null);
  }
  const state = inspectSchema(options.file, options.migrationsFolder, options.key);
  if (state.kind === 'newer') throw new DatabaseTooNewError(options.file);
  const connection = connect(options.file, options.key);
  try {
    let preMigrationBackup: string | null = null;
    if (state.kind === 'pending') {
      preMigrationBackup = backupDatabase(connection.sqlite, options.backupFolder, 'pre-migration', options.now);
    }
    // A migration that changes records re-seals them (the caller writes the audit row: it holds the key).
    const before = state.kind === 'pending' ? recordsBeforeMigration(connection.sqlite) : null;
    if (state.kind !== 'current') migrateWithTableRebuilds(connection, options.migrationsFolder);
    markSchemaVersion(connection, options.migrationsFolder);
    const migrationSeals = before ? rowsChangedByMigration(connection.sqlite, before) : [];
    installChangeTracking(connection.sqlite);
    return { ...connection, state, preMigrationBackup, migrationSeals, encryptedFromPlain };
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
