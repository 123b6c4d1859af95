import type { SqliteHandle } from '../../../db/connection';
import { allRecordDigests, DIGEST_SCHEME, parseSealedRows, recordKey, sealsRecords } from '../../../db/record-digests';

/** A record that no longer matches the seal of the last write the app made to it. */
export interface ChangedRecord {
  table: string;
  recordId: string;
  change: 'changed' | 'deleted' | 'added';
  /** When the app last wrote it (the audit entry that sealed it); null when no entry ever did. */
  lastRecordedAt: string | null;
  lastRecordedSeq: number | null;
  message: string;
}

const LABELS: Record<string, string> = {
  recommendations: 'recommendation',
  minutes: 'minutes (approval) of sitting',
  minutes_versions: 'minutes version',
  adm_cases: 'ADM decision on item',
  direct_referrals: 'direct referral on item',
  temporary_extensions: 'extension on item',
  resignations: 'resignation notice',
  issued_documents: 'issued document',
  households: 'status or terms of household',
};

interface Seal {
  table: string;
  recordId: string;
  digest: string | null;
  seq: number;
  at: string;
}

/** The last seal of every record, gathered while the chain is walked, then compared with the tables. */
export class RecordSeals {
  private readonly seals = new Map<string, Seal>();

  /** Takes in one (already verified) audit row; returns the scheme if it is one this version cannot read. */
  add(row: { seq: number; at: string; row_digests?: string | null }): number | null {
    if (row.row_digests === undefined || row.row_digests === null) return null;
    const { scheme, rows } = parseSealedRows(row.row_digests);
    if (scheme !== DIGEST_SCHEME) return scheme;
    for (const [table, recordId, digest] of rows) {
      this.seals.set(recordKey(table, recordId), { table, recordId, digest, seq: row.seq, at: row.at });
    }
    return null;
  }

  /** Every record row now against its last seal, and every sealed record that should exist against the tables. */
  compareWith(sqlite: SqliteHandle): ChangedRecord[] {
    // A file from before records were sealed (an old backup) has nothing to compare against.
    if (!sealsRecords(sqlite)) return [];
    const current = allRecordDigests(sqlite);
    const changed: ChangedRecord[] = [];
    for (const [key, record] of current) {
      const seal = this.seals.get(key);
      if (seal?.digest === record.digest) continue;
      changed.push(
        seal?.digest
          ? describe(record, 'changed', seal)
          : describe(record, 'added', seal?.digest === null ? seal : null),
      );
    }
    for (const [key, seal] of this.seals) {
      if (seal.digest !== null && !current.has(key)) changed.push(describe(seal, 'deleted', seal));
    }
    return changed;
  }
}

function describe(
  record: { table: string; recordId: string },
  change: ChangedRecord['change'],
  seal: Seal | null,
): ChangedRecord {
  const what = `The ${LABELS[record.table] ?? record.table} ${record.recordId} (table ${record.table})`;
  const when = seal ? ` after ${seal.at} (audit entry ${seal.seq}, the last change the app recorded to it)` : '';
  const message =
    change === 'changed'
      ? `${what} was changed outside the app${when}.`
      : change === 'deleted'
        ? `${what} was deleted outside the app${when}.`
        : `${what} was added outside the app${seal ? `${when}, which deleted it` : ': no audit entry records it'}.`;
  return {
    table: record.table,
    recordId: record.recordId,
    change,
    lastRecordedAt: seal?.at ?? null,
    lastRecordedSeq: seal?.seq ?? null,
    message,
  };
}
