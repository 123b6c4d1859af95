import { and, desc, eq, gte, lt, lte, sql, type SQL } from 'drizzle-orm';
import type { AuditEntry, AuditFilter } from '../../shared/schemas/audit';
import type { ReadableDb } from '../connection';
import { preparedQueries } from '../prepared';
import { auditLog, type AuditRow } from '../schema';

type ParsedFilter = { [K in keyof AuditFilter]: Exclude<AuditFilter[K], undefined> | undefined };

const FILTERS = ['from', 'to', 'userId', 'entityType', 'entityId', 'beforeSeq'] as const;

/** A prepared statement per set of filters given (at most 64), each once per connection. */
const auditPage = preparedQueries((db, shape: string) => {
  const has = new Set(shape.split(':'));
  const value = (name: (typeof FILTERS)[number]) => sql.placeholder(name);
  const where: SQL[] = [];
  if (has.has('from')) where.push(gte(auditLog.at, value('from')));
  if (has.has('to')) where.push(lte(auditLog.at, value('to')));
  if (has.has('userId')) where.push(eq(auditLog.userId, value('userId')));
  if (has.has('entityType')) where.push(eq(auditLog.entityType, value('entityType')));
  if (has.has('entityId')) where.push(eq(auditLog.entityId, value('entityId')));
  if (has.has('beforeSeq')) where.push(lt(auditLog.seq, value('beforeSeq')));
  return db
    .select()
    .from(auditLog)
    .where(and(...where))
    .orderBy(desc(auditLog.seq))
    .limit(sql.placeholder('limit'))
    .prepare();
});

/** Newest first, a page at a time. */
export function listAudit(db: ReadableDb, filter: ParsedFilter): { entries: AuditEntry[]; hasMore: boolean } {
  const shape = FILTERS.filter((name) => filter[name]).join(':');
  const limit = filter.limit ?? 100;
  const rows = auditPage(db, shape).all({
    from: filter.from ?? null,
    // `to` is a whole day: everything before the start of the next one.
    to: filter.to ? `${filter.to}T23:59:59.999Z` : null,
    userId: filter.userId ?? null,
    entityType: filter.entityType ?? null,
    entityId: filter.entityId ?? null,
    beforeSeq: filter.beforeSeq ?? null,
    limit: limit + 1,
  });
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
