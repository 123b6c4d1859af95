import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { SqliteHandle } from './connection';

/** `pre-migration-2026-11-23T09-30-00.sqlite`: sortable, and safe on every file system. */
export function backupFileName(reason: string, at: Date): string {
  const stamp = at
    .toISOString()
    .replace(/\.\d{3}Z$/, '')
    .replaceAll(':', '-');
  return `${reason}-${stamp}.sqlite`;
}

/**
 * Copies a live database with SQLite's online backup API, which gives a
 * consistent snapshot even while the database is in use (never a file copy).
 */
export async function backupDatabase(sqlite: SqliteHandle, folder: string, reason: string, at: Date): Promise<string> {
  mkdirSync(folder, { recursive: true });
  const target = path.join(folder, backupFileName(reason, at));
  await sqlite.backup(target);
  return target;
}
