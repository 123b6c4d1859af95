import type { AppDatabase, SqliteHandle } from '../../../db/connection';
import { clearPendingChanges, takePendingChanges, type SealedRow } from '../../../db/record-digests';
import {
  appendAudit,
  GENESIS_HMAC,
  verifyAuditChain,
  type AnchorCheck,
  type AuditRecord,
  type ChainVerification,
} from './audit-chain';
import { diffFields } from './audit-diff';
import type { AuditAnchor, KeyStore } from './key-store';

/** How to read the current state of one kind of record, for before/after values. */
export type Snapshotter = (db: AppDatabase, id: string) => Record<string, unknown> | null;

/** The router's view of the audit trail: snapshots, diffs, sealed rows, the anchor. */
export class AuditTrail {
  private readonly snapshotters = new Map<string, Snapshotter>();

  constructor(readonly keys: KeyStore) {}

  registerEntity(entity: string, snapshotter: Snapshotter): void {
    this.snapshotters.set(entity, snapshotter);
  }

  snapshot(db: AppDatabase, entity: string, id: string | undefined | null): Record<string, unknown> | null {
    const snapshotter = this.snapshotters.get(entity);
    return snapshotter && id ? snapshotter(db, id) : null;
  }

  diff(before: Record<string, unknown> | null, after: Record<string, unknown> | null) {
    return diffFields(before, after);
  }

  /** First thing in a write's transaction: its audit row seals only the records this write changes. */
  beginWrite(sqlite: SqliteHandle): void {
    clearPendingChanges(sqlite);
  }

  /** Last thing in a write's transaction: one sealed row, with the digest of every record row the write changed. */
  append(sqlite: SqliteHandle, record: AuditRecord): AuditAnchor {
    const anchor = appendAudit(sqlite, this.keys.loadKey(), { ...record, rows: takePendingChanges(sqlite) });
    // The trail's first entry: anchor its start before the commit, so a power cut before `committed`
    // leaves an anchor that vouches for the start rather than none (which would read as tampering).
    if (anchor.seq === 1) this.keys.writeAnchor({ seq: 0, hmac: GENESIS_HMAC });
    return anchor;
  }

  /** After the transaction commits: remember the newest row outside the database. */
  committed(anchor: AuditAnchor): void {
    this.keys.writeAnchor(anchor);
  }

  /**
   * The records a migration changed, sealed in one audit row of its own
   * before anything else is written, so an upgrade verifies.
   */
  sealMigration(sqlite: SqliteHandle, rows: readonly SealedRow[], at: Date, migrations: string): void {
    if (rows.length === 0) return;
    const anchor = sqlite.transaction(() =>
      appendAudit(sqlite, this.keys.loadKey(), {
        at: at.toISOString(),
        userId: null,
        userName: 'Fostering Panel (database update)',
        roles: [],
        channel: 'database:migrate',
        entityType: 'database',
        entityId: null,
        changes: { migrations: [null, migrations], recordsResealed: [null, rows.length] },
        rows,
      }),
    )();
    this.committed(anchor);
  }

  /** The whole chain and every record, against the anchor: a missing or unreadable anchor fails, never passes. */
  verify(sqlite: SqliteHandle): ChainVerification {
    return verifyAuditChain(sqlite, this.keys.loadKey(), this.anchorCheck());
  }

  private anchorCheck(): AnchorCheck {
    try {
      const anchor = this.keys.readAnchor();
      return anchor ? { kind: 'present', anchor } : { kind: 'missing', reason: 'no anchor was found' };
    } catch (error) {
      return { kind: 'missing', reason: error instanceof Error ? error.message : String(error) };
    }
  }
}
