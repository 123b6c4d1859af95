import { FileKeyStore } from '../../electron/backend/audit/key-store';
import { foldersBeside, keysFolderFor, startBackend } from '../../electron/compose';
import { fixedClock } from '../../electron/backend/clock';
import { folderFileSaver } from '../../electron/backend/file-saver';
import { randomIds } from '../../electron/backend/ids';
import { inspectSchema } from '../../db/migrate';
import { rowKey } from './ledger';
import type { Ack, Begin } from './protocol';

export interface LostCommit {
  ack: Ack;
  /** The row as it is now, or null when it is gone. */
  found: Record<string, unknown> | null;
}

export interface DatabaseCheck {
  /** False when the child died before it had made the schema: nothing to check yet. */
  opened: boolean;
  integrity: string;
  foreignKeyProblems: unknown[];
  auditOk: boolean;
  auditRows: number;
  auditProblem: string | null;
  /** The write killed mid-way had committed: the file holds its audit row. */
  inFlightCommitted: boolean;
  lost: LostCommit[];
}

export function checkPassed(check: DatabaseCheck): boolean {
  return check.integrity === 'ok' && check.foreignKeyProblems.length === 0 && check.auditOk && check.lost.length === 0;
}

const quote = (name: string): string => `"${name.replaceAll('"', '""')}"`;

/**
 * Opens the file the killed child left exactly as the app would (schema
 * check, required pragmas, the audit key from beside it) and checks it:
 * integrity, foreign keys, the sealed audit chain through the audit feature's
 * own channel, and every acknowledged row holding what was acknowledged.
 * A write killed between its commit and its ack (`inFlight`) shows in the
 * file as an audit row after the one it began from; if it did commit, the
 * row it set must hold its values instead of the last acknowledged ones.
 */
export async function checkDatabase(
  file: string,
  migrationsFolder: string,
  expected: Ack[],
  inFlight: Begin | null = null,
): Promise<DatabaseCheck> {
  const folders = foldersBeside(file);
  // The same key folder the server under test used (outside the data folder).
  const keys = new FileKeyStore(keysFolderFor(file));
  const schema = inspectSchema(file, migrationsFolder, keys.loadDatabaseKey());
  if (schema.kind === 'new') {
    return {
      opened: false,
      integrity: 'ok',
      foreignKeyProblems: [],
      auditOk: true,
      auditRows: 0,
      auditProblem: null,
      inFlightCommitted: false,
      lost: expected.map((ack) => ({ ack, found: null })),
    };
  }
  if (schema.kind !== 'current') throw new Error(`After a kill the schema is ${schema.kind}, not current`);
  const backend = await startBackend({
    file,
    migrationsFolder,
    backupFolder: folders.backups,
    keys,
    saver: folderFileSaver(folders.exports),
    clock: fixedClock(new Date('2026-11-23T09:00:00')),
    ids: randomIds,
    identity: { productName: 'Fostering Panel', version: 'crash-check', transport: 'loopback' },
  });
  try {
    const sqlite = backend.store.sqlite;
    const integrity = (sqlite.pragma('integrity_check') as { integrity_check: string }[])
      .map((row) => row.integrity_check)
      .join('; ');
    const foreignKeyProblems = sqlite.pragma('foreign_key_check') as unknown[];
    const audit = await backend.router.call('audit:verify', {});
    const lastSeq = sqlite.prepare('SELECT coalesce(max(seq), 0) FROM audit_log').pluck().get() as number;
    const inFlightCommitted = inFlight !== null && lastSeq > inFlight.auditSeq;
    const committed =
      inFlight?.sets && inFlightCommitted
        ? { type: 'ack' as const, channel: inFlight.channel, ...inFlight.sets }
        : null;
    const rows = committed ? [...expected.filter((ack) => rowKey(ack) !== rowKey(committed)), committed] : expected;
    const lost: LostCommit[] = [];
    for (const ack of rows) {
      const keys = Object.keys(ack.key);
      const columns = Object.keys(ack.expect);
      const row = sqlite
        .prepare(
          `SELECT ${columns.map(quote).join(', ') || '1 AS present'} FROM ${quote(ack.table)}
           WHERE ${keys.map((key) => `${quote(key)} = ?`).join(' AND ')}`,
        )
        .get(...keys.map((key) => ack.key[key])) as Record<string, unknown> | undefined;
      if (!row || columns.some((column) => row[column] !== ack.expect[column])) lost.push({ ack, found: row ?? null });
    }
    return {
      opened: true,
      integrity,
      foreignKeyProblems,
      auditOk: audit.ok,
      auditRows: audit.rowsChecked,
      auditProblem: audit.problem,
      inFlightCommitted,
      lost,
    };
  } finally {
    backend.close();
  }
}
