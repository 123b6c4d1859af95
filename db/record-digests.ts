import { createHash } from 'node:crypto';
import type { SqliteHandle } from './connection';

/**
 * The official record: each row of these tables is sealed by a digest in the
 * audit row of the write that last changed it, so an edit or deletion made
 * outside the app (a direct SQL UPDATE or DELETE) no longer matches its seal.
 * `columns` limits a table to the fields that are the record (a household's
 * status and terms); without it every column counts.
 */
export const RECORD_TABLES: readonly { table: string; key: string; columns?: readonly string[] }[] = [
  { table: 'recommendations', key: 'id' },
  { table: 'minutes', key: 'sitting_id' },
  { table: 'minutes_versions', key: 'id' },
  { table: 'adm_cases', key: 'item_id' },
  { table: 'direct_referrals', key: 'item_id' },
  { table: 'temporary_extensions', key: 'item_id' },
  { table: 'resignations', key: 'id' },
  { table: 'issued_documents', key: 'id' },
  { table: 'households', key: 'id', columns: ['status', 'terms'] },
];

/** Bumped whenever `rowDigest` changes, so old seals are read with the rule they were written under. */
export const DIGEST_SCHEME = 1;

/** One sealed record: its table, its key, and the digest of its values (null: the write deleted it). */
export type SealedRow = [table: string, recordId: string, digest: string | null];

/**
 * Scheme 1: SHA-256 of the table name and the record's non-null fields in
 * column order by name; bytes enter as their own SHA-256. Null fields are left
 * out so a column added later (null in old rows) does not change old digests.
 */
export function rowDigest(table: string, row: Record<string, unknown>): string {
  const fields = Object.keys(row)
    .filter((name) => row[name] !== null && row[name] !== undefined)
    .sort()
    .map((name) => [name, encodeValue(row[name])]);
  return createHash('sha256')
    .update(JSON.stringify([table, fields]))
    .digest('hex');
}

function encodeValue(value: unknown): unknown {
  if (Buffer.isBuffer(value)) return { sha256: createHash('sha256').update(value).digest('hex') };
  if (typeof value === 'bigint') return value.toString();
  return value;
}

/**
 * Whether this file has the table with its key (and listed columns): an older
 * schema may not (resignations had no `id` before 0015), and then holds no
 * record of it to seal yet.
 */
function tableExists(sqlite: SqliteHandle, spec: (typeof RECORD_TABLES)[number]): boolean {
  const columns = new Set(
    (sqlite.prepare('SELECT name FROM pragma_table_info(?)').all(spec.table) as { name: string }[]).map((c) => c.name),
  );
  return [spec.key, ...(spec.columns ?? [])].every((column) => columns.has(column));
}

function selectList(spec: (typeof RECORD_TABLES)[number]): string {
  return spec.columns ? [spec.key, ...spec.columns].map((c) => `"${c}"`).join(', ') : '*';
}

/** The digest of one record as it is now, or null when it no longer exists. */
export function currentDigest(sqlite: SqliteHandle, table: string, recordId: string): string | null {
  const spec = RECORD_TABLES.find((t) => t.table === table);
  if (!spec) throw new Error(`${table} is not a record table`);
  const row = sqlite.prepare(`SELECT ${selectList(spec)} FROM "${table}" WHERE "${spec.key}" = ?`).get(recordId) as
    Record<string, unknown> | undefined;
  return row ? rowDigest(table, row) : null;
}

/** Every record that exists now, keyed `table␀id`, with its digest. */
export function allRecordDigests(
  sqlite: SqliteHandle,
): Map<string, { table: string; recordId: string; digest: string }> {
  const digests = new Map<string, { table: string; recordId: string; digest: string }>();
  for (const spec of RECORD_TABLES) {
    if (!tableExists(sqlite, spec)) continue;
    const rows = sqlite.prepare(`SELECT ${selectList(spec)} FROM "${spec.table}"`).iterate() as IterableIterator<
      Record<string, unknown>
    >;
    for (const row of rows) {
      const recordId = String(row[spec.key]);
      digests.set(recordKey(spec.table, recordId), { table: spec.table, recordId, digest: rowDigest(spec.table, row) });
    }
  }
  return digests;
}

export function recordKey(table: string, recordId: string): string {
  return `${table}\u0000${recordId}`;
}

/**
 * Per-connection triggers that list each record row a write touches in a
 * TEMP table, for the write's audit row to seal. TEMP, so they live only on
 * the app's own connection: a change made with another tool is never listed
 * (and so never sealed), and a migration that rebuilds a table cannot drop them.
 */
export function installChangeTracking(sqlite: SqliteHandle): void {
  // No unique key: a trigger's own conflict clause gives way to the outer statement's (an upsert's, a
  // REPLACE's), so a duplicate could abort the write. Repeats are folded when the write's row is sealed.
  sqlite.exec('CREATE TEMP TABLE IF NOT EXISTS audit_pending (table_name TEXT NOT NULL, record_id TEXT NOT NULL)');
  for (const spec of RECORD_TABLES) {
    if (!tableExists(sqlite, spec)) continue;
    const list = (row: 'NEW' | 'OLD') => `INSERT INTO audit_pending VALUES ('${spec.table}', ${row}."${spec.key}");`;
    const watched = spec.columns ? ` OF ${[spec.key, ...spec.columns].map((c) => `"${c}"`).join(', ')}` : '';
    sqlite.exec(`
      CREATE TEMP TRIGGER IF NOT EXISTS audit_pending_${spec.table}_insert AFTER INSERT ON main."${spec.table}"
        BEGIN ${list('NEW')} END;
      CREATE TEMP TRIGGER IF NOT EXISTS audit_pending_${spec.table}_update AFTER UPDATE${watched} ON main."${spec.table}"
        BEGIN ${list('OLD')} ${list('NEW')} END;
      CREATE TEMP TRIGGER IF NOT EXISTS audit_pending_${spec.table}_delete AFTER DELETE ON main."${spec.table}"
        BEGIN ${list('OLD')} END;`);
  }
}

/** Forgets what was listed: at the start of each audited write, so only that write's changes are sealed by it. */
export function clearPendingChanges(sqlite: SqliteHandle): void {
  sqlite.prepare('DELETE FROM audit_pending').run();
}

/** The records the current write touched, each with its digest now (null: deleted), and forgets them. */
export function takePendingChanges(sqlite: SqliteHandle): SealedRow[] {
  const pending = sqlite
    .prepare(
      'SELECT DISTINCT table_name AS "table", record_id AS recordId FROM audit_pending ORDER BY table_name, record_id',
    )
    .all() as { table: string; recordId: string }[];
  if (pending.length > 0) clearPendingChanges(sqlite);
  return pending.map(({ table, recordId }) => [table, recordId, currentDigest(sqlite, table, recordId)]);
}

/**
 * The seal each record last received in the audit log (the newest row that
 * names it), read without checking the chain: for comparing a database before
 * and after a migration. Returns null when the log holds no seals yet (a
 * database from before seals existed).
 */
export function lastSeals(sqlite: SqliteHandle): Map<string, string | null> | null {
  if (!sealsRecords(sqlite)) return null;
  const seals = new Map<string, string | null>();
  const rows = sqlite
    .prepare('SELECT row_digests FROM audit_log WHERE row_digests IS NOT NULL ORDER BY seq')
    .iterate() as IterableIterator<{ row_digests: string }>;
  for (const { row_digests } of rows) {
    for (const [table, recordId, digest] of parseSealedRows(row_digests).rows) {
      seals.set(recordKey(table, recordId), digest);
    }
  }
  return seals;
}

/** Whether the audit log can seal records at all: false in a file from before seals existed. */
export function sealsRecords(sqlite: SqliteHandle): boolean {
  return (sqlite.prepare(`SELECT name FROM pragma_table_info('audit_log')`).all() as { name: string }[]).some(
    (c) => c.name === 'row_digests',
  );
}

/** The stored form of an audit row's seals: `{"scheme":1,"rows":[[table, id, digest|null], …]}`. */
export function serialiseSealedRows(rows: readonly SealedRow[]): string | null {
  return rows.length === 0 ? null : JSON.stringify({ scheme: DIGEST_SCHEME, rows });
}

export function parseSealedRows(text: string): { scheme: number; rows: SealedRow[] } {
  return JSON.parse(text) as { scheme: number; rows: SealedRow[] };
}
