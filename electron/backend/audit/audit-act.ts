import type { AuditTrail } from './audit-trail';
import type { DatabaseStore } from '../store';
import type { Clock } from '../clock';
import type { SessionManager } from '../session';
import { seatOf, type Sender } from '../sender';

/** An act that is not a channel's write, and so has no router transaction of its own to be audited in. */
export interface AuditedAct {
  /** Its name in the trail (shared/domain/audit/action-words.ts says it in words). */
  channel: string;
  entityType: string;
  entityId: string | null;
  changes: Record<string, [unknown, unknown]>;
}

/**
 * Appends one sealed audit row for an act done outside the router (the host handing a seat the file a call
 * made): as the user signed in at that seat, with the seat, at the backend's time. Nothing else is written.
 */
export function auditAct(
  backend: { store: DatabaseStore; audit: AuditTrail; sessions: SessionManager; clock: Clock },
  sender: Sender,
  act: AuditedAct,
): void {
  const session = backend.sessions.current(sender);
  const { sqlite } = backend.store;
  const anchor = sqlite.transaction(() => {
    backend.audit.beginWrite(sqlite);
    return backend.audit.append(sqlite, {
      at: backend.clock.now().toISOString(),
      userId: session?.userId ?? null,
      userName: session?.displayName ?? 'Not signed in',
      roles: session?.roles ?? [],
      ...act,
      seat: seatOf(sender),
    });
  })();
  backend.audit.committed(anchor);
}
