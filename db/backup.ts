import path from 'node:path';
import { copyEncrypted } from './cipher';
import type { SqliteHandle } from './connection';
import { createOwnerOnlyFile, ensureOwnerOnlyFolder } from './owner-only';

/** `pre-migration-2026-11-23T09-30-00.sqlite`: sortable, and safe on every file system. */
export function backupFileName(reason: string, at: Date): string {
  const stamp = at
    .toISOString()
    .replace(/\.\d{3}Z$/, '')
    .replaceAll(':', '-');
  return `${reason}-${stamp}.sqlite`;
}

/**
 * Copies a live database into an owner-only file encrypted with the same key
 * (VACUUM INTO: a consistent snapshot even while the database is in use, never
 * a file copy; SQLite's backup API cannot write an encrypted destination).
 */
export function backupDatabase(sqlite: SqliteHandle, folder: string, reason: string, at: Date): string {
  ensureOwnerOnlyFolder(folder);
  const target = path.join(folder, backupFileName(reason, at));
  createOwnerOnlyFile(target);
  copyEncrypted(sqlite, target);
  return target;
}
