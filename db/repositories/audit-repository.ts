import { and, desc, eq, gte, lt, lte, sql, type SQL } from 'drizzle-orm';
import { recordWords } from '../../shared/domain/audit/record-words';
import type { AuditEntry, AuditFilter, AuditPage } from '../../shared/schemas/audit';
import type { ReadableDb } from '../connection';
import { preparedQueries, preparedQuery } from '../prepared';
import {
  agendaItems,
  auditLog,
  complaints,
  feedbackForms,
  issuedDocuments,
  reviewsWithoutPanel,
  type AuditRow,
} from '../schema';
import { recordFactsFor } from './audit-records-repository';

type ParsedFilter = { [K in keyof AuditFilter]: Exclude<AuditFilter[K], undefined> | undefined };

const FILTERS = ['from', 'to', 'userId', 'entityType', 'entityId', 'householdId', 'sittingId', 'beforeSeq'] as const;
type FilterName = (typeof FILTERS)[number];

/** Rows about a household: its own, and those of its items (recommendations, decisions), documents, reviews, complaints. */
function concerningHousehold(): SQL {
  const id = sql.placeholder('householdId');
  return sql`${auditLog.entityId} in (select ${id}
    union all select ${agendaItems.id} from ${agendaItems} where ${agendaItems.householdId} = ${id}
    union all select ${issuedDocuments.id} from ${issuedDocuments} where ${issuedDocuments.householdId} = ${id}
    union all select ${reviewsWithoutPanel.id} from ${reviewsWithoutPanel} where ${reviewsWithoutPanel.householdId} = ${id}
    union all select ${complaints.id} from ${complaints} where ${complaints.householdId} = ${id})`;
}

/** Rows about a sitting: its own and its minutes', and those of its items, documents, feedback forms, complaints. */
function concerningSitting(): SQL {
  const id = sql.placeholder('sittingId');
  return sql`${auditLog.entityId} in (select ${id}
    union all select ${agendaItems.id} from ${agendaItems} where ${agendaItems.sittingId} = ${id}
    union all select ${issuedDocuments.id} from ${issuedDocuments} where ${issuedDocuments.sittingId} = ${id}
    union all select ${feedbackForms.id} from ${feedbackForms} where ${feedbackForms.sittingId} = ${id}
    union all select ${complaints.id} from ${complaints} where ${complaints.sittingId} = ${id})`;
}

/** A prepared statement per set of filters given (at most 256), each once per connection. */
const auditPage = preparedQueries((db, shape: string) => {
  const has = new Set(shape.split(':'));
  const value = (name: FilterName) => sql.placeholder(name);
  const where: SQL[] = [];
  if (has.has('from')) where.push(gte(auditLog.at, value('from')));
  if (has.has('to')) where.push(lte(auditLog.at, value('to')));
  if (has.has('userId')) where.push(eq(auditLog.userId, value('userId')));
  if (has.has('entityType')) where.push(eq(auditLog.entityType, value('entityType')));
  if (has.has('entityId')) where.push(eq(auditLog.entityId, value('entityId')));
  if (has.has('householdId')) where.push(concerningHousehold());
  if (has.has('sittingId')) where.push(concerningSitting());
  if (has.has('beforeSeq')) where.push(lt(auditLog.seq, value('beforeSeq')));
  return db
    .select()
    .from(auditLog)
    .where(and(...where))
    .orderBy(desc(auditLog.seq))
    .limit(sql.placeholder('limit'))
    .prepare();
});

/** Newest first, a page at a time, each entry naming its record (one more read for the whole page). */
export function listAudit(db: ReadableDb, filter: ParsedFilter): AuditPage {
  const shape = FILTERS.filter((name) => filter[name]).join(':');
  const limit = filter.limit ?? 100;
  const fetched = auditPage(db, shape).all({
    from: filter.from ?? null,
    // `to` is a whole day: everything before the start of the next one.
    to: filter.to ? `${filter.to}T23:59:59.999Z` : null,
    userId: filter.userId ?? null,
    entityType: filter.entityType ?? null,
    entityId: filter.entityId ?? null,
    householdId: filter.householdId ?? null,
    sittingId: filter.sittingId ?? null,
    beforeSeq: filter.beforeSeq ?? null,
    limit: limit + 1,
  });
  const rows = fetched.slice(0, limit).map(toStored);
  const referred = rows.flatMap((row) => idsIn(row.changes));
  const facts = recordFactsFor(db, [...rows.flatMap((row) => (row.entityId ? [row.entityId] : [])), ...referred]);
  const names: Record<string, string> = {};
  for (const id of referred) {
    const found = facts.get(id);
    if (found) names[id] = recordWords({ entityType: '', entityId: id, changes: {} }, found);
  }
  return {
    entries: rows.map((row) => ({
      ...row,
      record: recordWords(row, row.entityId ? facts.get(row.entityId) : undefined),
    })),
    hasMore: fetched.length > limit,
    names,
  };
}

/** Fields that hold another record's id: `…Id` anywhere in a change, a document's subject, the ADM sent to. */
const REFERS = /Id$|^(subject|household|adm)$/;

/** The ids a row's changes refer to, at any depth, to be named with the page's records. */
function idsIn(value: unknown, key = ''): string[] {
  if (typeof value === 'string') return REFERS.test(key) ? [value] : [];
  if (Array.isArray(value)) return value.flatMap((item) => idsIn(item, key));
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([inner, item]) => idsIn(item, inner));
  }
  return [];
}

function toStored(row: AuditRow): Omit<AuditEntry, 'record'> {
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

const lastChangeQuery = preparedQuery((db) =>
  db
    .select({ userName: auditLog.userName, at: auditLog.at, seat: auditLog.seat })
    .from(auditLog)
    .where(
      and(eq(auditLog.entityType, sql.placeholder('entityType')), eq(auditLog.entityId, sql.placeholder('entityId'))),
    )
    .orderBy(desc(auditLog.seq))
    .limit(1)
    .prepare(),
);

/**
 * Who last changed a record and when, from its newest audit row (the `audit_entity` index): named in a stale save's
 * refusal. Null when no write through the app touched it (an import, or a row older than the audit trail).
 */
export function lastChangeOf(
  db: ReadableDb,
  entityType: string,
  entityId: string,
): { userName: string; at: string; seat: string | null } | null {
  return lastChangeQuery(db).get({ entityType, entityId }) ?? null;
}
