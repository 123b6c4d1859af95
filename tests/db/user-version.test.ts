import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { openEncrypted } from '../../db/cipher';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { describe, expect, it } from 'vitest';
import { DatabaseTooNewError, openDatabase } from '../../db/migrate';
import { databaseKeyFor, MIGRATIONS_FOLDER, previousVersionMigrations, tempFolder } from '../factories/backend';

const NOW = new Date('2026-11-23T09:00:00Z');
/** The schema version this app knows: one per shipped migration. */
const KNOWN = readMigrationFiles({ migrationsFolder: MIGRATIONS_FOLDER }).length;

function options(folder: string, migrationsFolder = MIGRATIONS_FOLDER) {
  return {
    file: path.join(folder, 'panel.sqlite'),
    migrationsFolder,
    backupFolder: path.join(folder, 'backups'),
    now: NOW,
    key: databaseKeyFor(folder),
  };
}

function userVersionOf(file: string): number {
  const sqlite = openEncrypted(file, databaseKeyFor(path.dirname(file)), { readonly: true });
  try {
    return sqlite.pragma('user_version', { simple: true }) as number;
  } finally {
    sqlite.close();
  }
}

function setUserVersion(file: string, version: number): void {
  const sqlite = openEncrypted(file, databaseKeyFor(path.dirname(file)));
  sqlite.pragma(`user_version = ${version}`);
  sqlite.pragma('wal_checkpoint(TRUNCATE)');
  sqlite.close();
}

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

describe('PRAGMA user_version', () => {
  it('is the number of migrations applied, on a new file and after migrating an older one', async () => {
    const fresh = tempFolder();
    (await openDatabase(options(fresh))).sqlite.close();
    expect(userVersionOf(options(fresh).file)).toBe(KNOWN);

    const older = tempFolder();
    (await openDatabase(options(older, previousVersionMigrations()))).sqlite.close();
    expect(userVersionOf(options(older).file)).toBe(KNOWN - 1);
    const migrated = await openDatabase(options(older));
    migrated.sqlite.close();
    expect(migrated.state.kind).toBe('pending');
    expect(userVersionOf(options(older).file)).toBe(KNOWN);
  });

  it('is set on a current file written before the app kept it', async () => {
    const folder = tempFolder();
    (await openDatabase(options(folder))).sqlite.close();
    setUserVersion(options(folder).file, 0);
    const opened = await openDatabase(options(folder));
    opened.sqlite.close();
    expect(opened.state.kind).toBe('current');
    expect(userVersionOf(options(folder).file)).toBe(KNOWN);
  });

  it('refuses a file whose user_version is newer than the app knows, and leaves it unchanged', async () => {
    const folder = tempFolder();
    (await openDatabase(options(folder))).sqlite.close();
    const file = options(folder).file;
    setUserVersion(file, KNOWN + 1);
    const before = sha256(file);

    await expect(openDatabase(options(folder))).rejects.toThrow(DatabaseTooNewError);
    expect(sha256(file)).toBe(before);
    expect(userVersionOf(file)).toBe(KNOWN + 1);
    expect(existsSync(path.join(folder, 'backups'))).toBe(false);
  });
});
