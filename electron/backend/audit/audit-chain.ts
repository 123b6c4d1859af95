import { createHmac } from 'node:crypto';
import type { SqliteHandle } from '../../../db/connection';
import type { AuditAnchor } from './key-store';

export const GENESIS_HMAC = '0'.repeat(64);

export interface AuditRecord {
  at: string;
  userId: string | null;
  userName: string;
  roles: readonly string[];
  channel: string;
  entityType: string;
  entityId: string | null;
  changes: Record<string, [unknown, unknown]>;
}

interface StoredRow {
  seq: number;
  at: string;
  user_id: string | null;
  user_name: string;
  roles: string;
  channel: string;
  entity_type: string;
  entity_id: string | null;
  changes: string;
  prev_hmac: string;
  hmac: string;
}

function sealRow(key: Buffer, row: Omit<StoredRow, 'hmac'>): string {
  const content = JSON.stringify([
    row.seq,
    row.at,
    row.user_id,
    row.user_name,
    row.roles,
    row.channel,
    row.entity_type,
    row.entity_id,
    row.changes,
    row.prev_hmac,
  ]);
  return createHmac('sha256', key).update(content).digest('hex');
}

/** Appends one sealed row. Call inside the write's transaction. */
export function appendAudit(sqlite: SqliteHandle, key: Buffer, record: AuditRecord): AuditAnchor {
  const last = sqlite.prepare('SELECT seq, hmac FROM audit_log ORDER BY seq DESC LIMIT 1').get() as
    { seq: number; hmac: string } | undefined;
  const row: Omit<StoredRow, 'hmac'> = {
    seq: (last?.seq ?? 0) + 1,
    at: record.at,
    user_id: record.userId,
    user_name: record.userName,
    roles: JSON.stringify(record.roles),
    channel: record.channel,
    entity_type: record.entityType,
    entity_id: record.entityId,
    changes: JSON.stringify(record.changes),
    prev_hmac: last?.hmac ?? GENESIS_HMAC,
  };
  const hmac = sealRow(key, row);
  sqlite
    .prepare(
      `INSERT INTO audit_log (seq, at, user_id, user_name, roles, channel, entity_type, entity_id, changes, prev_hmac, hmac)
       VALUES (@seq, @at, @user_id, @user_name, @roles, @channel, @entity_type, @entity_id, @changes, @prev_hmac, @hmac)`,
    )
    .run({ ...row, hmac });
  return { seq: row.seq, hmac };
}

export interface ChainVerification {
  ok: boolean;
  rowsChecked: number;
  firstBrokenSeq: number | null;
  problem: string | null;
}

/**
 * Walks the whole chain: numbering without gaps, each row pointing at its
 * predecessor's seal, each seal matching its content, and (with an anchor)
 * nothing missing from the end.
 */
export function verifyAuditChain(sqlite: SqliteHandle, key: Buffer, anchor: AuditAnchor | null): ChainVerification {
  const rows = sqlite.prepare('SELECT * FROM audit_log ORDER BY seq').iterate() as IterableIterator<StoredRow>;
  let expectedSeq = 1;
  let previousHmac = GENESIS_HMAC;
  let checked = 0;
  let anchorSeen = anchor === null;
  const broken = (seq: number, problem: string): ChainVerification => ({
    ok: false,
    rowsChecked: checked,
    firstBrokenSeq: seq,
    problem,
  });
  for (const row of rows) {
    if (row.seq !== expectedSeq) {
      return broken(
        expectedSeq,
        `Audit entry ${expectedSeq} is missing: the entries jump from ${expectedSeq - 1} to ${row.seq}.`,
      );
    }
    if (row.prev_hmac !== previousHmac) {
      return broken(row.seq, `Audit entry ${row.seq} does not follow on from the entry before it.`);
    }
    if (sealRow(key, row) !== row.hmac) {
      return broken(row.seq, `Audit entry ${row.seq} has been altered since it was written.`);
    }
    if (anchor && row.seq === anchor.seq) {
      if (row.hmac !== anchor.hmac) return broken(row.seq, `Audit entry ${row.seq} is not the one the app wrote.`);
      anchorSeen = true;
    }
    previousHmac = row.hmac;
    expectedSeq += 1;
    checked += 1;
  }
  if (!anchorSeen && anchor) {
    return broken(expectedSeq, `Audit entries from ${expectedSeq} to ${anchor.seq} have been removed.`);
  }
  return { ok: true, rowsChecked: checked, firstBrokenSeq: null, problem: null };
}
