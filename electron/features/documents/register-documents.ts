import path from 'node:path';
import type { DocumentKind } from '../../../shared/contract/documents';
import { irmContactProblem } from '../../../shared/schemas/irm-contact';
import type { AppDatabase } from '../../../db/connection';
import { readSettings } from '../../../db/repositories/settings-repository';
import { DomainError, notFound } from '../../backend/domain-error';
import type { FileSaver } from '../../backend/file-saver';
import type { Router } from '../../backend/router';
import { sha256 } from './document-hash';
import {
  documentSubject,
  documentSubjectExists,
  getIssuedBytes,
  insertIssuedDocument,
  listIssuedDocuments,
} from '../../../db/repositories/issued-documents-repository';

/**
 * A document the law says may not go out yet is refused here too, not only by
 * the window that builds it: a qualifying determination letter must tell the
 * applicant how to reach the IRM, so it cannot be issued before an
 * administrator has entered the IRM's details.
 */
function refuseUnissuable(db: AppDatabase, kind: DocumentKind): void {
  if (kind !== 'letter-qualifying-determination') return;
  const problem = irmContactProblem(readSettings(db).irmContact);
  if (problem)
    throw new DomainError('RULE_VIOLATION', `This qualifying determination letter cannot be issued. ${problem}`);
}

function docxName(suggested: string): string {
  return suggested.toLowerCase().endsWith('.docx') ? suggested : `${suggested}.docx`;
}

async function saveOrRefuse(saver: FileSaver, name: string, bytes: Uint8Array): Promise<string> {
  const saved = await saver.save(name, bytes);
  if (saved === null) throw new DomainError('RULE_VIOLATION', 'Saving was cancelled. Nothing was saved.');
  return saved;
}

/**
 * The window supplies the bytes, never a path: main shows the save dialog (or,
 * in browser mode, the exports folder), writes the file atomically, and keeps
 * the exact bytes in the issued-documents register.
 */
export function registerDocuments(router: Router, saver: FileSaver): void {
  router.handle('documents:save', {
    prepare: async (ctx, input) => {
      // Checked before the file is written: a document about nothing must leave nothing behind.
      if (!documentSubjectExists(ctx.db, input.kind, input.subjectId)) {
        throw notFound(
          input.kind === 'annual-report' ? 'The report period' : 'The sitting or agenda item this document is about',
        );
      }
      refuseUnissuable(ctx.db, input.kind);
      const bytes = Buffer.from(input.base64, 'base64');
      return { bytes, path: await saveOrRefuse(saver, docxName(input.suggestedName), bytes) };
    },
    commit: (ctx, input, saved) => {
      const id = ctx.ids.next();
      const hash = sha256(saved.bytes);
      insertIssuedDocument(ctx.db, {
        id,
        kind: input.kind,
        subjectId: input.subjectId,
        ...documentSubject(ctx.db, input.subjectId),
        fileName: path.basename(saved.path),
        sha256: hash,
        sizeBytes: saved.bytes.length,
        bytes: saved.bytes,
        issuedAt: ctx.clock.now().toISOString(),
        issuedByUserId: ctx.actor.userId,
        issuedByName: ctx.actor.displayName,
      });
      ctx.audit.entityId = id;
      ctx.audit.changes = {
        kind: [null, input.kind],
        subject: [null, input.subjectId],
        savedTo: [null, saved.path],
        sha256: [null, hash],
      };
      return { path: saved.path, sizeBytes: saved.bytes.length, documentId: id, sha256: hash };
    },
  });

  router.handle('documents:register', (ctx, filter) => listIssuedDocuments(ctx.db, filter));

  router.handle('documents:reissue', {
    prepare: async (ctx, { id }) => {
      const issued = getIssuedBytes(ctx.db, id);
      if (!issued) throw notFound('This document');
      if (issued.bytes.length === 0) {
        throw new DomainError(
          'RULE_VIOLATION',
          "This document was removed when the household's records were purged after their retention date (FSR regulation 32). Only its entry in the register remains.",
        );
      }
      return { issued, path: await saveOrRefuse(saver, issued.fileName, issued.bytes) };
    },
    commit: (ctx, { id }, { issued, path: savedTo }) => {
      ctx.audit.entityId = id;
      ctx.audit.changes = { reissuedTo: [null, savedTo] };
      return { path: savedTo, sizeBytes: issued.bytes.length, documentId: id, sha256: sha256(issued.bytes) };
    },
  });
}
