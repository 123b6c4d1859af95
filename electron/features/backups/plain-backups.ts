import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { PlainBackup } from '../../../shared/schemas/backups';
import { hasPlainHeader } from '../../../db/cipher';
import { encryptPlainDatabase } from '../../../db/encrypt-plain';
import { restrictToOwner } from '../../../db/owner-only';
import { DomainError } from '../../backend/domain-error';
import { deleteBackup } from './backup-files';

/**
 * Backups made before the upgrade are plain SQLite, readable by anyone with
 * the files. The administrator sees each one and chooses: encrypt it (the
 * same copy, check and rename as the live database's upgrade) or delete it.
 */
export function listPlainBackups(folder: string): PlainBackup[] {
  if (!existsSync(folder) || !statSync(folder).isDirectory()) return [];
  return readdirSync(folder)
    .filter((name) => /^[A-Za-z0-9._-]+\.sqlite$/.test(name) && hasPlainHeader(path.join(folder, name)))
    .map((name) => {
      const stat = statSync(path.join(folder, name));
      return { name, modifiedAt: stat.mtime.toISOString(), sizeBytes: stat.size };
    })
    .sort((a, b) => b.modifiedAt.localeCompare(a.modifiedAt));
}

/** Encrypts it in place; returns when the plain file was last written (its time, when no record says when it was made). */
export function encryptPlainBackup(folder: string, name: string, key: Buffer): Date {
  const file = plainBackupFile(folder, name);
  const modifiedAt = statSync(file).mtime;
  try {
    // Row counts and SQLite's integrity check; its audit chain is checked as any backup's is, at restore.
    encryptPlainDatabase(file, key, null);
  } catch (error) {
    throw new DomainError('RULE_VIOLATION', error instanceof Error ? error.message : String(error));
  }
  restrictToOwner(file);
  return modifiedAt;
}

export function deletePlainBackup(folder: string, name: string): void {
  plainBackupFile(folder, name);
  deleteBackup(folder, name);
}

function plainBackupFile(folder: string, name: string): string {
  if (!listPlainBackups(folder).some((backup) => backup.name === name)) {
    throw new DomainError('NOT_FOUND', 'That unencrypted backup is no longer in the backup folder.');
  }
  return path.join(folder, name);
}
