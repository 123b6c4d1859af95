import { and, desc, eq, gte, lt, lte, type SQL } from 'drizzle-orm';
import type { AuditEntry, AuditFilter } from '../../shared/schemas/audit';
import type { ReadableDb } from '../connection';
import { auditLog, type AuditRow } from '../schema';

type ParsedFilter = { [K in keyof AuditFilter]: Exclude<AuditFilter[K], undefined> | undefined };

/** Newest first, a page at a time. */
export function listAudit(db: ReadableDb, filter: ParsedFilter): { entries: AuditEntry[]; hasMore: boolean } {
  const where: SQL[] = [];
  if (filter.from) where.push(gte(auditLog.at, filter.from));
  // `to` is a whole day: everything before the start of the next one.
  if (filter.to) where.push(lte(auditLog.at, `${filter.to}T23:59:59.999Z`));
  if (filter.userId) where.push(eq(auditLog.userId, filter.userId));
  if (filter.entityType) where.push(eq(auditLog.entityType, filter.entityType));
  if (filter.entityId) where.push(eq(auditLog.entityId, filter.entityId));
  if (filter.beforeSeq) where.push(lt(auditLog.seq, filter.beforeSeq));
  const limit = filter.limit ?? 100;
  const rows = db
    .select()
    .from(auditLog)
    .where(and(...where))
    .orderBy(desc(auditLog.seq))
    .limit(limit + 1)
    .all();
  return { entries: rows.slice(0, limit).map(toEntry), hasMore: rows.length > limit };
}

function toEntry(row: AuditRow): AuditEntry {
  return {
    seq: row.seq,
    at: row.at,
    userId: row.userId,
    userName: row.userName,
    roles: JSON.parse(row.roles) as string[],
    channel: row.channel,
    entityType: row.entityType,
    entityId: row.entityId,
    changes: JSON.parse(row.changes) as Record<string, [unknown, unknown]>,
  };
}
