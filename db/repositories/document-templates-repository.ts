import { and, desc, eq, max, sql } from 'drizzle-orm';
import type { AppDatabase, ReadableDb } from '../connection';
import { preparedQuery } from '../prepared';
import {
  documentTemplatesInUse,
  documentTemplateVersions,
  households,
  issuedDocuments,
  issuedDocumentTemplates,
  sittings,
} from '../schema';

/** A stored template version without its bytes: a row of the history. */
export interface TemplateVersionRow {
  version: number;
  fileName: string;
  sha256: string;
  sizeBytes: number;
  uploadedAt: string;
  uploadedByName: string;
}

const versionColumns = {
  version: documentTemplateVersions.version,
  fileName: documentTemplateVersions.fileName,
  sha256: documentTemplateVersions.sha256,
  sizeBytes: documentTemplateVersions.sizeBytes,
  uploadedAt: documentTemplateVersions.uploadedAt,
  uploadedByName: documentTemplateVersions.uploadedByName,
};

const versionsOfKind = preparedQuery((db) =>
  db
    .select(versionColumns)
    .from(documentTemplateVersions)
    .where(eq(documentTemplateVersions.kind, sql.placeholder('kind')))
    .orderBy(desc(documentTemplateVersions.version))
    .prepare(),
);

const versionBytes = preparedQuery((db) =>
  db
    .select({ ...versionColumns, bytes: documentTemplateVersions.bytes })
    .from(documentTemplateVersions)
    .where(
      and(
        eq(documentTemplateVersions.kind, sql.placeholder('kind')),
        eq(documentTemplateVersions.version, sql.placeholder('version')),
      ),
    )
    .prepare(),
);

const inUse = preparedQuery((db) =>
  db
    .select({
      version: documentTemplatesInUse.version,
      changedAt: documentTemplatesInUse.changedAt,
      changedByName: documentTemplatesInUse.changedByName,
    })
    .from(documentTemplatesInUse)
    .where(eq(documentTemplatesInUse.kind, sql.placeholder('kind')))
    .prepare(),
);

/** Every uploaded version of a kind's template, newest first. */
export function listTemplateVersions(db: ReadableDb, kind: string): TemplateVersionRow[] {
  return versionsOfKind(db).all({ kind });
}

/** One version with its bytes, or null. */
export function getTemplateVersion(
  db: ReadableDb,
  kind: string,
  version: number,
): (TemplateVersionRow & { bytes: Buffer }) | null {
  return versionBytes(db).get({ kind, version }) ?? null;
}

/** The version a kind uses now: null for the built-in template. */
export function templateVersionInUse(db: ReadableDb, kind: string): number | null {
  return inUse(db).get({ kind })?.version ?? null;
}

export function nextTemplateVersion(db: ReadableDb, kind: string): number {
  const row = db
    .select({ last: max(documentTemplateVersions.version) })
    .from(documentTemplateVersions)
    .where(eq(documentTemplateVersions.kind, kind))
    .get();
  return (row?.last ?? 0) + 1;
}

export function insertTemplateVersion(db: AppDatabase, row: typeof documentTemplateVersions.$inferInsert): void {
  db.insert(documentTemplateVersions).values(row).run();
}

/** Puts a version (null: the built-in template) in use for a kind. */
export function useTemplateVersion(
  db: AppDatabase,
  kind: string,
  version: number | null,
  changedAt: string,
  changedByName: string,
): void {
  db.insert(documentTemplatesInUse)
    .values({ kind, version, changedAt, changedByName })
    .onConflictDoUpdate({ target: documentTemplatesInUse.kind, set: { version, changedAt, changedByName } })
    .run();
}

/** Records which template made an issued document (null version: the built-in one). */
export function recordIssuedTemplate(
  db: AppDatabase,
  documentId: string,
  version: number | null,
  sha256: string,
): void {
  db.insert(issuedDocumentTemplates).values({ documentId, version, sha256 }).run();
}

const recentSubjects = preparedQuery((db) =>
  db
    .select({
      subjectId: issuedDocuments.subjectId,
      reference: households.reference,
      sittingDate: sittings.date,
      issuedAt: max(issuedDocuments.issuedAt),
    })
    .from(issuedDocuments)
    .leftJoin(households, eq(households.id, issuedDocuments.householdId))
    // The agenda and minutes are about a sitting, named by its date.
    .leftJoin(sittings, eq(sittings.id, issuedDocuments.sittingId))
    .where(eq(issuedDocuments.kind, sql.placeholder('kind')))
    .groupBy(issuedDocuments.subjectId)
    .orderBy(desc(max(issuedDocuments.issuedAt)))
    .limit(20)
    .prepare(),
);

/** The records a kind was last issued for, newest first: real records a template can be previewed with. */
export function recentTemplateSubjects(
  db: ReadableDb,
  kind: string,
): { subjectId: string; reference: string | null; sittingDate: string | null; issuedAt: string | null }[] {
  return recentSubjects(db).all({ kind });
}
