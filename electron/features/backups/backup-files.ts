import { existsSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { ensureOwnerOnlyFolder } from '../../../db/owner-only';
import path from 'node:path';
import type { BackupInfo } from '../../../shared/schemas/backups';
import { writeFileAtomically } from '../../backend/audit/key-store';
import type { BackupManifest } from './backup-manifest';

/**
 * What is recorded beside each backup file: when, why, whether it verified,
 * and for a verified one its manifest and the MAC over it (backup-manifest.ts).
 */
export interface Sidecar {
  createdAt: string;
  reason: string;
  verified: boolean;
  problem: string | null;
  manifest?: BackupManifest | null;
  mac?: string | null;
}

/** `panel-2026-11-23T09-30-00-123-daily.sqlite`; a counter keeps two backups in the same millisecond apart. */
export function backupName(folder: string, at: Date, reason: string): string {
  const stamp = at.toISOString().replace(/Z$/, '').replaceAll(':', '-').replace('.', '-');
  for (let n = 1; ; n += 1) {
    const name = `panel-${stamp}${n === 1 ? '' : `-${n}`}-${reason}.sqlite`;
    if (!existsSync(path.join(folder, name))) return name;
  }
}

export function writeSidecar(folder: string, name: string, sidecar: Sidecar): void {
  writeFileAtomically(path.join(folder, `${name}.json`), JSON.stringify(sidecar, null, 2), 0o600);
}

/** Every backup in the folder, newest first; a file without a readable sidecar counts as unverified. */
export function listBackups(folder: string): BackupInfo[] {
  if (!existsSync(folder) || !statSync(folder).isDirectory()) return [];
  return readdirSync(folder)
    .filter((name) => /^panel-.*\.sqlite$/.test(name))
    .map((name) => {
      const sidecar = readSidecar(folder, name);
      return {
        name,
        createdAt: sidecar?.createdAt ?? statSync(path.join(folder, name)).mtime.toISOString(),
        reason: sidecar?.reason ?? 'unknown',
        sizeBytes: statSync(path.join(folder, name)).size,
        verified: sidecar?.verified ?? false,
        problem: sidecar ? sidecar.problem : 'No verification record was found for this file.',
      };
    })
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

export function deleteBackup(folder: string, name: string): void {
  for (const suffix of ['', '-wal', '-shm', '.json']) rmSync(path.join(folder, name + suffix), { force: true });
}

/** A backup folder the app creates is owner-only; one the administrator chose keeps its own permissions. */
export function ensureFolder(folder: string): void {
  ensureOwnerOnlyFolder(folder);
}

export function readSidecar(folder: string, name: string): Sidecar | null {
  try {
    return JSON.parse(readFileSync(path.join(folder, `${name}.json`), 'utf8')) as Sidecar;
  } catch {
    return null;
  }
}
