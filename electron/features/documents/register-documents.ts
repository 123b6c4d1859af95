import path from 'node:path';
import { Packer } from 'docx';
import type { DocumentKind } from '../../../shared/contract/documents';
import type { Role } from '../../../shared/contract/roles';
import { irmContactProblem } from '../../../shared/schemas/irm-contact';
import type { AppDatabase } from '../../../db/connection';
import { readSettings } from '../../../db/repositories/settings-repository';
import { DomainError, notFound } from '../../backend/domain-error';
import type { FileSaver } from '../../backend/file-saver';
import type { Router } from '../../backend/router';
import { sha256 } from './document-hash';
import { buildIssuedDocument } from './document-source';
import {
  documentSubject,
  documentSubjectExists,
  insertIssuedDocument,
  listIssuedDocuments,
} from '../../../db/repositories/issued-documents-repository';
import { refuseReissue } from './reissue-rule';
import { storedDocument } from './stored-document';
import { subjectAccessSummary } from './subject-access-source';
import { dataReturnDocument, isDataReturnKind } from './data-return-source';
import { isTemplatedKind } from '../../../shared/documents/templates/template-kinds';
import { recordIssuedTemplate } from '../../../db/repositories/document-templates-repository';
import { templateVersionWords } from '../../../shared/documents/templates/letter-frame-fields';
import type { BuiltInTemplates } from '../document-templates/built-in-templates';
import { renderFromTemplate, templateInUse } from '../document-templates/templated-document';
import type { HandlerContext } from '../../backend/router';

/**
 * A document the law says may not go out yet is refused here too, not only by
 * the window that offers it: a qualifying determination letter must tell the
 * applicant how to reach the IRM, so it cannot be issued before an
 * administrator has entered the IRM's details.
 */
function refuseUnissuable(db: AppDatabase, kind: DocumentKind): void {
  if (kind !== 'letter-qualifying-determination') return;
  const problem = irmContactProblem(readSettings(db).irmContact);
  if (problem)
    throw new DomainError('RULE_VIOLATION', `This qualifying determination letter cannot be issued. ${problem}`);
}

const SUBJECT_WORDS: Partial<Record<DocumentKind, string>> = {
  'annual-report': 'The report period',
  'subject-access-summary': 'This household',
  'case-chain': 'This household',
  'data-return-csv': 'The year of the data return',
  'data-return-workbook': 'The year of the data return',
  'data-return-summary': 'The year of the data return',
};

/** Everything held about a household is the administrator's to give out, as the subject access export is. */
const SUBJECT_ACCESS_ROLES: readonly Role[] = ['administrator'];

/** The panel report is the chair's and the administrator's, as is the report it is made from (`reports:annual`). */
const REPORT_ROLES: readonly Role[] = ['administrator', 'chair'];

function refuseRole(roles: readonly Role[], kind: DocumentKind): void {
  if (kind === 'annual-report' && !roles.some((role) => REPORT_ROLES.includes(role))) {
    throw new DomainError('FORBIDDEN', 'Only an administrator or a chair can issue the panel report.');
  }
  if (isDataReturnKind(kind) && !roles.some((role) => REPORT_ROLES.includes(role))) {
    throw new DomainError('FORBIDDEN', 'Only an administrator or a chair can issue the annual data return.');
  }
  if (kind === 'subject-access-summary' && !roles.some((role) => SUBJECT_ACCESS_ROLES.includes(role))) {
    throw new DomainError('FORBIDDEN', 'Only an administrator can issue a subject access summary.');
  }
}

/** The document's bytes: from the kind's Word template in use where it has one, else from the code builders. */
async function issuedBytes(ctx: HandlerContext, builtIn: BuiltInTemplates, kind: DocumentKind, subjectId: string) {
  if (isTemplatedKind(kind)) {
    const template = templateInUse(ctx, builtIn, kind);
    const rendered = await renderFromTemplate(ctx, kind, subjectId, template);
    return {
      bytes: Buffer.from(rendered.bytes),
      suggestedName: rendered.suggestedName,
      template: { version: template.version, sha256: template.sha256 },
    };
  }
  const built =
    kind === 'subject-access-summary'
      ? subjectAccessSummary(ctx, subjectId)
      : buildIssuedDocument(ctx, kind, subjectId);
  return { bytes: await Packer.toBuffer(built.document), suggestedName: built.suggestedName, template: null };
}

async function saveOrRefuse(saver: FileSaver, name: string, bytes: Uint8Array): Promise<string> {
  const saved = await saver.save(name, bytes);
  if (saved === null) throw new DomainError('RULE_VIOLATION', 'Saving was cancelled. Nothing was saved.');
  return saved;
}

/**
 * The window asks for "this kind, about this record" and never sends a
 * document or a path: main builds the DOCX from its own records with the
 * shared builders, shows the save dialog (or, in browser mode, writes into
 * the exports folder), and keeps the exact bytes in the issued-documents register.
 */
export function registerDocuments(router: Router, saver: FileSaver, builtIn: BuiltInTemplates): void {
  router.handle('documents:issue', {
    prepare: async (ctx, input) => {
      refuseRole(ctx.actor.roles, input.kind);
      // Checked before the file is written: a document about nothing must leave nothing behind.
      if (!documentSubjectExists(ctx.db, input.kind, input.subjectId)) {
        throw notFound(SUBJECT_WORDS[input.kind] ?? 'The sitting or agenda item this document is about');
      }
      refuseUnissuable(ctx.db, input.kind);
      if (isDataReturnKind(input.kind)) {
        const file = await dataReturnDocument(ctx, input.kind, input.subjectId);
        return { bytes: file.bytes, template: null, path: await saveOrRefuse(saver, file.fileName, file.bytes) };
      }
      const made = await issuedBytes(ctx, builtIn, input.kind, input.subjectId);
      return {
        bytes: made.bytes,
        template: made.template,
        path: await saveOrRefuse(saver, `${made.suggestedName}.docx`, made.bytes),
      };
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
      if (saved.template) {
        recordIssuedTemplate(ctx.db, id, saved.template.version, saved.template.sha256);
        ctx.audit.changes.template = [null, templateVersionWords(saved.template.version)];
      }
      return { path: saved.path, sizeBytes: saved.bytes.length, documentId: id, sha256: hash };
    },
  });

  router.handle('documents:register', (ctx, filter) => listIssuedDocuments(ctx.db, filter));

  router.handle('documents:reissue', {
    prepare: async (ctx, { id }) => {
      refuseReissue(ctx.db, ctx.actor, id);
      const issued = storedDocument(ctx.db, id);
      return { issued, path: await saveOrRefuse(saver, issued.fileName, issued.bytes) };
    },
    commit: (ctx, { id }, { issued, path: savedTo }) => {
      ctx.audit.entityId = id;
      ctx.audit.changes = { reissuedTo: [null, savedTo] };
      return { path: savedTo, sizeBytes: issued.bytes.length, documentId: id, sha256: issued.sha256 };
    },
  });
}
