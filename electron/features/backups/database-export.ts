import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { copyEncrypted, openEncrypted } from '../../../db/cipher';
import { createOwnerOnlyFile } from '../../../db/owner-only';
import { DomainError } from '../../backend/domain-error';
import type { DatabaseStore } from '../../backend/store';
import { verifyDatabaseFile } from './verify-database';

/** Said in the file name and on screen, so nobody mistakes the export for a readable file. */
export function exportFileName(at: Date): string {
  return `fostering-panel-export-${at.toISOString().slice(0, 10)}-encrypted.sqlite`;
}

export interface ExportKeys {
  audit: Buffer;
  database: Buffer;
}

/**
 * The whole database for the administrator, encrypted under their passphrase:
 * a verified copy (VACUUM INTO, under the database key) is re-keyed with the
 * passphrase, which SQLCipher 4 stretches (PBKDF2-HMAC-SHA512, 256,000
 * rounds). Any SQLCipher 4 tool (DB Browser for SQLite, `sqlcipher`) opens it
 * with the passphrase; without it the file is unreadable, and nothing of it is
 * ever written in plain text (no JSON tables beside it).
 */
export function exportEncryptedDatabase(
  store: DatabaseStore,
  keys: ExportKeys,
  passphrase: string,
  at: Date,
): Uint8Array {
  const copy = path.join(tmpdir(), `panel-export-${process.pid}-${at.getTime()}.sqlite`);
  try {
    createOwnerOnlyFile(copy);
    copyEncrypted(store.sqlite, copy);
    const check = verifyDatabaseFile(copy, keys.audit, keys.database);
    if (!check.ok) throw new DomainError('RULE_VIOLATION', `The export failed its check: ${check.problem ?? ''}`);
    const sqlite = openEncrypted(copy, keys.database, { fileMustExist: true });
    try {
      // A passphrase as the key goes through SQLCipher's key derivation; the cipher scheme is already set.
      sqlite.rekey(Buffer.from(passphrase, 'utf8'));
    } finally {
      sqlite.close();
    }
    return readFileSync(copy);
  } finally {
    for (const suffix of ['', '-journal', '-wal', '-shm']) rmSync(copy + suffix, { force: true });
  }
}
