import { and, asc, eq, inArray } from 'drizzle-orm';
import type { ReadableDb } from '../connection';
import { auditLog, resignations } from '../schema';

/** The channels that have registered an issued document: today's, and the one that registered older entries. */
const ISSUING_CHANNELS = ['documents:issue', 'documents:save'];

/** A recorded resignation notice with this id, or null: the acknowledgement's subject when there is one. */
export function findResignationNotice(db: ReadableDb, id: string): { householdId: string } | null {
  return (
    db.select({ householdId: resignations.householdId }).from(resignations).where(eq(resignations.id, id)).get() ?? null
  );
}

/**
 * The SHA-256 the audit row that registered a document recorded, or null when
 * no such row holds one (the row is missing, or its changes are unreadable).
 */
export function registeredSha256(db: ReadableDb, documentId: string): string | null {
  const row = db
    .select({ changes: auditLog.changes })
    .from(auditLog)
    .where(
      and(
        eq(auditLog.entityType, 'document'),
        eq(auditLog.entityId, documentId),
        inArray(auditLog.channel, ISSUING_CHANNELS),
      ),
    )
    .orderBy(asc(auditLog.seq))
    .limit(1)
    .get();
  if (!row) return null;
  try {
    const changes = JSON.parse(row.changes) as { sha256?: unknown };
    const after = Array.isArray(changes.sha256) ? (changes.sha256 as unknown[])[1] : null;
    return typeof after === 'string' ? after : null;
  } catch {
    return null;
  }
}
