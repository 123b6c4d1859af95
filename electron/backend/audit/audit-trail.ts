import type { AppDatabase, SqliteHandle } from '../../../db/connection';
import { appendAudit, verifyAuditChain, type AuditRecord, type ChainVerification } from './audit-chain';
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

  append(sqlite: SqliteHandle, record: AuditRecord): AuditAnchor {
    return appendAudit(sqlite, this.keys.loadKey(), record);
  }

  /** After the transaction commits: remember the newest row outside the database. */
  committed(anchor: AuditAnchor): void {
    this.keys.writeAnchor(anchor);
  }

  verify(sqlite: SqliteHandle, useAnchor = true): ChainVerification {
    return verifyAuditChain(sqlite, this.keys.loadKey(), useAnchor ? this.keys.readAnchor() : null);
  }
}
