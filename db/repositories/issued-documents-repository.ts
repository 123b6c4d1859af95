import { and, asc, count, desc, eq, inArray, or, sql } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import {
  DOCUMENT_KIND_LABELS,
  REGISTER_PAGE_SIZE,
  type DocumentKind,
  type RegisterPage,
} from '../../shared/contract/documents';
import type { AppDatabase, ReadableDb } from '../connection';
import { idList, inIdList, preparedQueries } from '../prepared';
import {
  agendaItems,
  auditLog,
  households,
  issuedDocuments,
  issuedDocumentTemplates,
  resignations,
  sittings,
} from '../schema';

/**
 * The household and sitting a document is about, from its subject: a sitting,
 * an agenda item, or a recorded resignation notice (whose acknowledgement is
 * about the household, not a sitting, whether or not the panel noted it).
 */
export function documentSubject(
  db: AppDatabase,
  subjectId: string,
): { householdId: string | null; sittingId: string | null } {
  const sitting = db.select({ id: sittings.id }).from(sittings).where(eq(sittings.id, subjectId)).get();
  if (sitting) return { householdId: null, sittingId: sitting.id };
  const notice = findResignationNotice(db, subjectId);
  if (notice) return { householdId: notice.householdId, sittingId: null };
  // The subject access summary is about the household itself.
  const household = db.select({ id: households.id }).from(households).where(eq(households.id, subjectId)).get();
  if (household) return { householdId: household.id, sittingId: null };
  const item = db
    .select({ householdId: agendaItems.householdId, sittingId: agendaItems.sittingId })
    .from(agendaItems)
    .where(eq(agendaItems.id, subjectId))
    .get();
  return { householdId: item?.householdId ?? null, sittingId: item?.sittingId ?? null };
}

/** A recorded resignation notice with this id, or null: the acknowledgement's subject when there is one. */
export function findResignationNotice(db: ReadableDb, id: string): { householdId: string } | null {
  return (
    db.select({ householdId: resignations.householdId }).from(resignations).where(eq(resignations.id, id)).get() ?? null
  );
}

const REPORT_SUBJECT = /^report-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}$/;
/** The annual data return's files are about a year: `data-return-2026` is 1 April 2026 to 31 March 2027. */
const DATA_RETURN_SUBJECT = /^data-return-(199\d|20\d\d)$/;

/**
 * Whether what a document is about is there: a sitting or an agenda item, a
 * recorded resignation notice for its acknowledgement, a household for its subject access summary, or for the annual report its period (`report-<from>-<to>`, not a record).
 */
export function documentSubjectExists(db: AppDatabase, kind: DocumentKind, subjectId: string): boolean {
  if (kind === 'annual-report') return REPORT_SUBJECT.test(subjectId);
  if (kind.startsWith('data-return-')) return DATA_RETURN_SUBJECT.test(subjectId);
  if (kind === 'subject-access-summary' || kind === 'case-chain') {
    return db.select({ id: households.id }).from(households).where(eq(households.id, subjectId)).get() !== undefined;
  }
  if (kind === 'letter-resignation' && findResignationNotice(db, subjectId)) return true;
  const subject = documentSubject(db, subjectId);
  if (subject.sittingId !== null) return true;
  return db.select({ id: agendaItems.id }).from(agendaItems).where(eq(agendaItems.id, subjectId)).get() !== undefined;
}

export function insertIssuedDocument(db: AppDatabase, row: typeof issuedDocuments.$inferInsert): void {
  db.insert(issuedDocuments).values(row).run();
}

export function getIssuedBytes(
  db: AppDatabase,
  id: string,
): { fileName: string; bytes: Buffer; kind: string; subjectId: string; sha256: string } | null {
  return (
    db
      .select({
        fileName: issuedDocuments.fileName,
        bytes: issuedDocuments.bytes,
        kind: issuedDocuments.kind,
        subjectId: issuedDocuments.subjectId,
        sha256: issuedDocuments.sha256,
      })
      .from(issuedDocuments)
      .where(eq(issuedDocuments.id, id))
      .get() ?? null
  );
}

/** What an issued document is and is about, without its bytes: enough to decide who may have it again. */
export function getIssuedSubject(db: ReadableDb, id: string): { kind: string; subjectId: string } | null {
  return (
    db
      .select({ kind: issuedDocuments.kind, subjectId: issuedDocuments.subjectId })
      .from(issuedDocuments)
      .where(eq(issuedDocuments.id, id))
      .get() ?? null
  );
}

/** The register's statements, one per shape (a kind chosen, a search typed), each prepared once per connection. */
function registerWhere(shape: string) {
  const needle = sql.placeholder('needle');
  const contains = (column: SQLiteColumn) => sql`instr(lower(${column}), ${needle}) > 0`;
  return and(
    shape.includes('kind') ? eq(issuedDocuments.kind, sql.placeholder('kind')) : undefined,
    shape.includes('search')
      ? or(
          contains(issuedDocuments.fileName),
          contains(households.reference),
          contains(issuedDocuments.issuedByName),
          contains(issuedDocuments.sha256),
          // The kinds whose label holds the search, as one JSON list (empty: none).
          inIdList(issuedDocuments.kind, 'kindsNamed'),
        )
      : undefined,
  );
}

const registerRows = preparedQueries((db, shape: string) =>
  db
    .select({
      id: issuedDocuments.id,
      kind: issuedDocuments.kind,
      fileName: issuedDocuments.fileName,
      householdReference: households.reference,
      sittingDate: sittings.date,
      issuedAt: issuedDocuments.issuedAt,
      issuedByName: issuedDocuments.issuedByName,
      sha256: issuedDocuments.sha256,
      sizeBytes: issuedDocuments.sizeBytes,
      // Which template made it: a version number, null for the built-in one; no row for a document built in code.
      templateSha256: issuedDocumentTemplates.sha256,
      templateVersion: issuedDocumentTemplates.version,
    })
    .from(issuedDocuments)
    .leftJoin(households, eq(households.id, issuedDocuments.householdId))
    .leftJoin(sittings, eq(sittings.id, issuedDocuments.sittingId))
    .leftJoin(issuedDocumentTemplates, eq(issuedDocumentTemplates.documentId, issuedDocuments.id))
    .where(registerWhere(shape))
    .orderBy(desc(issuedDocuments.issuedAt), desc(issuedDocuments.id))
    .limit(sql.placeholder('limit'))
    .offset(sql.placeholder('offset'))
    .prepare(),
);
const registerCount = preparedQueries((db, shape: string) =>
  db
    .select({ total: count() })
    .from(issuedDocuments)
    .leftJoin(households, eq(households.id, issuedDocuments.householdId))
    .where(registerWhere(shape))
    .prepare(),
);

/** One page of the register, newest first, matching the search and kind in SQL so only that page is read. */
export function listIssuedDocuments(
  db: ReadableDb,
  filter: { search?: string | undefined; kind?: DocumentKind | undefined; page?: number | undefined },
): RegisterPage {
  const needle = filter.search?.toLowerCase();
  const kindsNamed = needle
    ? (Object.entries(DOCUMENT_KIND_LABELS) as [DocumentKind, string][])
        .filter(([, label]) => label.toLowerCase().includes(needle))
        .map(([kind]) => kind)
    : [];
  const shape = `${filter.kind ? 'kind' : ''}:${needle ? 'search' : ''}`;
  const values = { kind: filter.kind ?? null, needle: needle ?? null, kindsNamed: idList(kindsNamed) };
  const page = filter.page ?? 1;
  const rows = registerRows(db, shape).all({
    ...values,
    limit: REGISTER_PAGE_SIZE,
    offset: (page - 1) * REGISTER_PAGE_SIZE,
  });
  const counted = registerCount(db, shape).get(values);
  return {
    documents: rows.map(({ templateSha256, templateVersion, ...row }) => {
      const kind = row.kind as DocumentKind;
      const template =
        templateSha256 === null
          ? null
          : templateVersion === null
            ? 'Built-in template'
            : `Template version ${templateVersion}`;
      return { ...row, kind, kindLabel: DOCUMENT_KIND_LABELS[kind] ?? row.kind, template };
    }),
    total: counted?.total ?? 0,
    page,
    pageSize: REGISTER_PAGE_SIZE,
  };
}

/** The channels that have registered an issued document: today's, and the one that registered older entries. */
const ISSUING_CHANNELS = ['documents:issue', 'documents:save'];

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
