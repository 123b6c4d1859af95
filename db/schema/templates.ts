import { blob, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { issuedDocuments } from './decisions';

/**
 * The service's own Word templates: every version uploaded for a kind of
 * document, kept for good (triggers refuse UPDATE and DELETE), with who
 * uploaded it, when, and its SHA-256.
 */
export const documentTemplateVersions = sqliteTable(
  'document_template_versions',
  {
    id: text('id').primaryKey(),
    kind: text('kind').notNull(),
    /** 1, 2, 3 … per kind; the built-in template is not a row. */
    version: integer('version').notNull(),
    fileName: text('file_name').notNull(),
    sha256: text('sha256').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    bytes: blob('bytes', { mode: 'buffer' }).notNull(),
    uploadedAt: text('uploaded_at').notNull(),
    uploadedByUserId: text('uploaded_by_user_id'),
    uploadedByName: text('uploaded_by_name').notNull(),
  },
  (table) => [uniqueIndex('document_template_versions_kind_version').on(table.kind, table.version)],
);

/** Which version each kind uses now: no row, or a null version, is the built-in template. */
export const documentTemplatesInUse = sqliteTable('document_templates_in_use', {
  kind: text('kind').primaryKey(),
  version: integer('version'),
  changedAt: text('changed_at').notNull(),
  changedByName: text('changed_by_name').notNull(),
});

/** Which template made each issued document (null version: the built-in one), kept for good like the register. */
export const issuedDocumentTemplates = sqliteTable(
  'issued_document_templates',
  {
    documentId: text('document_id')
      .notNull()
      .references(() => issuedDocuments.id),
    version: integer('version'),
    sha256: text('sha256').notNull(),
  },
  (table) => [primaryKey({ columns: [table.documentId] })],
);
