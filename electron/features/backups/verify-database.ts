import type Database from 'better-sqlite3';
import { openEncrypted } from '../../../db/cipher';
import { verifyAuditChain } from '../../backend/audit/audit-chain';

export interface DatabaseCheck {
  ok: boolean;
  problem: string | null;
}

/**
 * Reopens a copy and checks it the way a restore would rely on it: it opens
 * with the database key, SQLite's integrity check, every foreign key, and the
 * audit chain under `key`.
 */
export function verifyDatabaseFile(file: string, key: Buffer, databaseKey: Buffer): DatabaseCheck {
  let sqlite: Database.Database | null = null;
  try {
    sqlite = openEncrypted(file, databaseKey, { readonly: true, fileMustExist: true });
    const integrity = sqlite.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') return { ok: false, problem: `SQLite's integrity check failed: ${String(integrity)}` };
    const brokenKeys = sqlite.pragma('foreign_key_check') as unknown[];
    if (brokenKeys.length > 0)
      return { ok: false, problem: `${brokenKeys.length} records point at records that do not exist.` };
    const hasAudit = sqlite.prepare(`SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'audit_log'`).get();
    if (hasAudit) {
      const chain = verifyAuditChain(sqlite, key, null);
      if (!chain.ok) return { ok: false, problem: chain.problem };
    }
    return { ok: true, problem: null };
  } catch (error) {
    return {
      ok: false,
      problem: `The file could not be read as a database: ${error instanceof Error ? error.message : String(error)}`,
    };
  } finally {
    sqlite?.close();
  }
}
