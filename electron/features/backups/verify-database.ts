import type Database from 'better-sqlite3';
import { openEncrypted } from '../../../db/cipher';
import { verifyAuditChain, type AnchorCheck } from '../../backend/audit/audit-chain';
import type { AuditAnchor } from '../../backend/audit/key-store';

export interface DatabaseCheck {
  ok: boolean;
  problem: string | null;
  /** The newest audit row in the file (for the backup's manifest); null when it has none. */
  lastAudit: AuditAnchor | null;
  /** How many migrations the file has had: the schema version a manifest records. */
  schemaVersion: number;
}

/**
 * Reopens a copy and checks it the way a restore would rely on it: it opens
 * with the database key, SQLite's integrity check, every foreign key, the
 * audit chain under `key` (its end against `anchor`, a backup's signed
 * manifest) and every record against its seal.
 */
export function verifyDatabaseFile(
  file: string,
  key: Buffer,
  databaseKey: Buffer,
  anchor: AnchorCheck = { kind: 'none' },
): DatabaseCheck {
  let sqlite: Database.Database | null = null;
  const failed = (problem: string): DatabaseCheck => ({ ok: false, problem, lastAudit: null, schemaVersion: 0 });
  try {
    sqlite = openEncrypted(file, databaseKey, { readonly: true, fileMustExist: true });
    const integrity = sqlite.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') return failed(`SQLite's integrity check failed: ${String(integrity)}`);
    const brokenKeys = sqlite.pragma('foreign_key_check') as unknown[];
    if (brokenKeys.length > 0) return failed(`${brokenKeys.length} records point at records that do not exist.`);
    const has = (table: string) =>
      sqlite?.prepare(`SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?`).get(table) !== undefined;
    let lastAudit: AuditAnchor | null = null;
    if (has('audit_log')) {
      const chain = verifyAuditChain(sqlite, key, anchor);
      if (!chain.ok) return failed(chain.problem ?? 'The audit trail failed its check.');
      lastAudit =
        (sqlite.prepare('SELECT seq, hmac FROM audit_log ORDER BY seq DESC LIMIT 1').get() as
          AuditAnchor | undefined) ?? null;
    }
    const schemaVersion = has('__drizzle_migrations')
      ? (sqlite.prepare('SELECT count(*) AS n FROM __drizzle_migrations').get() as { n: number }).n
      : 0;
    return { ok: true, problem: null, lastAudit, schemaVersion };
  } catch (error) {
    return failed(
      `The file could not be read as a database: ${error instanceof Error ? error.message : String(error)}`,
    );
  } finally {
    sqlite?.close();
  }
}
