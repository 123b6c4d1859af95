import { closeSync, fsyncSync, openSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { copyEncrypted, NotADatabaseError, openEncrypted } from './cipher';
import type { SqliteHandle } from './connection';
import { createOwnerOnlyFile } from './owner-only';
import { errorText as describe, syncFolder } from './durable-files';

/** A check the app adds to the copy before it replaces the plain file (the audit chain); null when it passes. */
export type CopyCheck = (sqlite: SqliteHandle) => string | null;

export interface PlainDatabaseEncrypted {
  /** Rows per table, equal in the plain file and the encrypted copy that replaced it. */
  rows: Record<string, number>;
}

/** The upgrade did not happen; the plain file is as it was, and the message says at which step and why. */
export class EncryptionUpgradeError extends Error {
  constructor(step: string, why: string) {
    super(`The database could not be encrypted (${step}): ${why} The unencrypted file has not been changed.`);
    this.name = 'EncryptionUpgradeError';
  }
}

/**
 * First start after the upgrade: a database written before encryption is
 * copied into a new encrypted file, the copy is verified (SQLite's integrity
 * check, the row count of every table, then `check`), and only then swapped
 * in with one rename. The plain file is replaced (and its -wal and -shm
 * removed) only after every step passed; any failure leaves it as it was.
 */
export function encryptPlainDatabase(file: string, key: Buffer, check: CopyCheck | null): PlainDatabaseEncrypted {
  const target = `${file}.encrypting`;
  const scratch = `${file}.encrypting-key`;
  removeLeftovers(target, scratch);
  const rows = countPlainRows(file);
  try {
    copyIntoEncryptedFile(file, target, scratch, key);
  } catch (error) {
    removeLeftovers(target, scratch);
    throw new EncryptionUpgradeError('copying it', describe(error));
  }
  const problem = verifyCopy(target, key, rows, check);
  if (problem !== null) {
    removeLeftovers(target, scratch);
    throw new EncryptionUpgradeError('checking the encrypted copy', problem);
  }
  try {
    fsyncFile(target);
    // Every change was checkpointed into the plain file and its connection closed: its -wal holds nothing.
    for (const suffix of ['-wal', '-shm']) rmSync(file + suffix, { force: true });
    renameSync(target, file);
    syncFolder(path.dirname(file));
  } catch (error) {
    removeLeftovers(target, scratch);
    throw new EncryptionUpgradeError('replacing the file', describe(error));
  }
  return { rows };
}

/**
 * Row counts from the plain file, after moving its WAL into it (the content
 * is unchanged; the copy then reads one file). A file without drizzle's
 * migrations table is not ours, and is refused untouched.
 */
function countPlainRows(file: string): Record<string, number> {
  let plain: SqliteHandle;
  try {
    plain = new Database(file, { fileMustExist: true });
  } catch {
    throw new NotADatabaseError(file);
  }
  try {
    const ours = plain.prepare(`SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = '__drizzle_migrations'`);
    if (!ours.get()) throw new NotADatabaseError(file);
    plain.pragma('wal_checkpoint(TRUNCATE)');
    return countRows(plain);
  } catch (error) {
    if (error instanceof NotADatabaseError) throw error;
    throw new NotADatabaseError(file);
  } finally {
    plain.close();
  }
}

/**
 * VACUUM INTO writes through the keyed connection's cipher, so the plain
 * file is attached to a keyed scratch connection (never written: VACUUM INTO
 * needs a keyed main database, and the target must not be that database).
 */
function copyIntoEncryptedFile(file: string, target: string, scratch: string, key: Buffer): void {
  createOwnerOnlyFile(target);
  const keyed = openEncrypted(scratch, key);
  try {
    keyed.prepare(`ATTACH DATABASE ? AS plain KEY ''`).run(file);
    copyEncrypted(keyed, target, 'plain');
    keyed.exec('DETACH DATABASE plain');
  } finally {
    keyed.close();
    rmSync(scratch, { force: true });
  }
}

function verifyCopy(target: string, key: Buffer, expected: Record<string, number>, check: CopyCheck | null) {
  let copy: SqliteHandle;
  try {
    copy = openEncrypted(target, key, { fileMustExist: true });
  } catch (error) {
    return `The copy could not be read: ${describe(error)}`;
  }
  try {
    const integrity = copy.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') return `SQLite's integrity check of the copy failed: ${String(integrity)}.`;
    const actual = countRows(copy);
    for (const [table, count] of Object.entries(expected)) {
      if (actual[table] !== count)
        return `The copy of ${table} holds ${actual[table] ?? 0} rows where the original holds ${count}.`;
    }
    return check ? check(copy) : null;
  } catch (error) {
    return `The copy failed its check: ${describe(error)}`;
  } finally {
    copy.close();
  }
}

function countRows(sqlite: SqliteHandle): Record<string, number> {
  const tables = sqlite.prepare(`SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name`).all() as {
    name: string;
  }[];
  const counts: Record<string, number> = {};
  for (const { name } of tables) {
    counts[name] = (
      sqlite.prepare(`SELECT count(*) AS n FROM "${name.replaceAll('"', '""')}"`).get() as { n: number }
    ).n;
  }
  return counts;
}

function removeLeftovers(...files: string[]): void {
  for (const file of files)
    for (const suffix of ['', '-journal', '-wal', '-shm']) rmSync(file + suffix, { force: true });
}

function fsyncFile(file: string): void {
  const fd = openSync(file, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
