import { createHmac } from 'node:crypto';
import type { SqliteHandle } from '../../../db/connection';
import { serialiseSealedRows, type SealedRow } from '../../../db/record-digests';
import type { AuditAnchor } from './key-store';
import { RecordSeals, type ChangedRecord } from './record-check';

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
  /** The record rows this write changed, sealed with it. */
  rows?: readonly SealedRow[];
  /** The network seat the call came from; null or absent on the host itself. */
  seat?: string | null;
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
  /** Absent in a file from before records were sealed (read when verifying an old backup). */
  row_digests?: string | null;
  /** Absent in a file from before seats were recorded. */
  seat?: string | null;
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
    // Rows written before records were sealed have no digests; their seal stays what it was.
    ...((row.row_digests ?? null) === null ? [] : [row.row_digests]),
    // A seat is sealed after the digests slot (null when there are none), so no two rows read alike.
    ...((row.seat ?? null) === null ? [] : (row.row_digests ?? null) === null ? [null, row.seat] : [row.seat]),
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
    row_digests: serialiseSealedRows(record.rows ?? []),
    seat: record.seat ?? null,
    prev_hmac: last?.hmac ?? GENESIS_HMAC,
  };
  const hmac = sealRow(key, row);
  sqlite
    .prepare(
      `INSERT INTO audit_log (seq, at, user_id, user_name, roles, channel, entity_type, entity_id, changes, row_digests, seat, prev_hmac, hmac)
       VALUES (@seq, @at, @user_id, @user_name, @roles, @channel, @entity_type, @entity_id, @changes, @row_digests, @seat, @prev_hmac, @hmac)`,
    )
    .run({ ...row, hmac });
  return { seq: row.seq, hmac };
}

export interface ChainVerification {
  ok: boolean;
  rowsChecked: number;
  firstBrokenSeq: number | null;
  problem: string | null;
  /** Records changed, added or deleted outside the app (checked once the chain itself holds). */
  changedRecords: ChangedRecord[];
}

/**
 * What the end of the chain is checked against. `present`: the newest row the
 * app wrote (the live anchor, or a backup's signed manifest). `missing`: there
 * should be one and there is not (deleted, emptied, nulled, unreadable).
 * `none`: nothing to check the end against (a backup being written).
 */
export type AnchorCheck =
  { kind: 'present'; anchor: AuditAnchor } | { kind: 'missing'; reason: string } | { kind: 'none' };

/**
 * Walks the whole chain: numbering without gaps, each row pointing at its
 * predecessor's seal, each seal matching its content, nothing missing from
 * the end; then every record row against the seal its last write gave it.
 */
export function verifyAuditChain(sqlite: SqliteHandle, key: Buffer, anchor: AnchorCheck): ChainVerification {
  const rows = sqlite.prepare('SELECT * FROM audit_log ORDER BY seq').iterate() as IterableIterator<StoredRow>;
  const seals = new RecordSeals();
  let expectedSeq = 1;
  let previousHmac = GENESIS_HMAC;
  let checked = 0;
  // Seq 0 is the anchor written before the trail's first entry committed: it vouches for the start only.
  let anchorSeen = anchor.kind !== 'present' || (anchor.anchor.seq === 0 && anchor.anchor.hmac === GENESIS_HMAC);
  const broken = (seq: number | null, problem: string): ChainVerification => ({
    ok: false,
    rowsChecked: checked,
    firstBrokenSeq: seq,
    problem,
    changedRecords: [],
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
    if (anchor.kind === 'present' && row.seq === anchor.anchor.seq) {
      if (row.hmac !== anchor.anchor.hmac) {
        return broken(row.seq, `Audit entry ${row.seq} is not the one the app wrote.`);
      }
      anchorSeen = true;
    }
    const unknownScheme = seals.add(row);
    if (unknownScheme !== null) {
      return broken(
        row.seq,
        `Audit entry ${row.seq} seals records with scheme ${unknownScheme}, which this version of the app does not know.`,
      );
    }
    previousHmac = row.hmac;
    expectedSeq += 1;
    checked += 1;
  }
  if (anchor.kind === 'missing' && checked > 0) {
    return broken(
      null,
      `The audit anchor is missing (${anchor.reason}), but the audit trail has ${checked} ${checked === 1 ? 'entry' : 'entries'}: ` +
        'entries removed from its end could not be detected. The anchor is kept outside the data folder; ' +
        'restore the key folder from its own backup, or treat this audit trail as untrusted.',
    );
  }
  if (!anchorSeen && anchor.kind === 'present') {
    return broken(expectedSeq, `Audit entries from ${expectedSeq} to ${anchor.anchor.seq} have been removed.`);
  }
  const changedRecords = seals.compareWith(sqlite);
  if (changedRecords.length > 0) {
    const [first] = changedRecords;
    const more = changedRecords.length - 1;
    return {
      ok: false,
      rowsChecked: checked,
      firstBrokenSeq: null,
      problem: `${first?.message ?? ''}${more > 0 ? ` ${more} more ${more === 1 ? 'record was' : 'records were'} also changed outside the app.` : ''}`,
      changedRecords,
    };
  }
  return { ok: true, rowsChecked: checked, firstBrokenSeq: null, problem: null, changedRecords: [] };
}
