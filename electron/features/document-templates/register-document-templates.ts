import { sittingReference } from '../../../shared/documents/templates/agenda-fields';
import { DOCUMENT_KIND_LABELS } from '../../../shared/contract/documents';
import type { ChannelOutput } from '../../../shared/contract/channels';
import { templateProblems } from '../../../shared/documents/templates/check-template';
import { exampleData } from '../../../shared/documents/templates/fields';
import { hasLogo } from '../../../shared/documents/templates/place-logo';
import { templateVersionWords } from '../../../shared/documents/templates/letter-frame-fields';
import { documentText, renderTemplate } from '../../../shared/documents/templates/render-template';
import {
  TEMPLATE_SCHEMAS,
  TEMPLATED_KINDS,
  type TemplatedKind,
} from '../../../shared/documents/templates/template-kinds';
import { formatDate } from '../../../shared/domain/dates';
import { readSettings } from '../../../db/repositories/settings-repository';
import {
  getTemplateVersion,
  insertTemplateVersion,
  listTemplateVersions,
  nextTemplateVersion,
  recentTemplateSubjects,
  templateVersionInUse,
  useTemplateVersion,
} from '../../../db/repositories/document-templates-repository';
import { DomainError } from '../../backend/domain-error';
import type { FileSaver } from '../../backend/file-saver';
import { RefuseAfterCommit, type ReadContext, type Router } from '../../backend/router';
import { sha256 } from '../documents/document-hash';
import type { BuiltInTemplates } from './built-in-templates';
import { renderFromTemplate, withLogo } from './templated-document';

interface ChosenFile {
  kind: TemplatedKind;
  fileName: string;
  contentBase64: string;
}

const bytesOf = (file: ChosenFile) => new Uint8Array(Buffer.from(file.contentBase64, 'base64'));

/** The file's problems, or its preview filled from a record (or from the examples when none is chosen). */
async function preview(
  ctx: ReadContext,
  file: ChosenFile,
  subjectId: string | null,
): Promise<{ problems: string[]; bytes: Uint8Array | null }> {
  const bytes = bytesOf(file);
  const problems = templateProblems(file.fileName, bytes, TEMPLATE_SCHEMAS[file.kind]);
  if (problems.length > 0) return { problems, bytes: null };
  const version = nextTemplateVersion(ctx.db, file.kind);
  if (subjectId)
    return { problems: [], bytes: (await renderFromTemplate(ctx, file.kind, subjectId, { bytes, version })).bytes };
  const logo = readSettings(ctx.db).agencyContact.logoDataUrl;
  const data = {
    ...exampleData(TEMPLATE_SCHEMAS[file.kind]),
    template_version: templateVersionWords(version),
    has_logo: hasLogo(logo),
  };
  const rendered = renderTemplate(bytes, data);
  if (!documentText(rendered)) return { problems: ['The template prints nothing.'], bytes: rendered };
  return { problems: [], bytes: await withLogo(ctx, rendered) };
}

async function saveOrRefuse(saver: FileSaver, name: string, bytes: Uint8Array) {
  const path = await saver.save(name, bytes);
  if (path === null) throw new DomainError('RULE_VIOLATION', 'Saving was cancelled. Nothing was saved.');
  return { path, bytes, name };
}

/**
 * Settings → Documents: the administrator downloads a kind's template (the
 * built-in one or any version), checks and previews an edited one, uploads
 * it as the next version and puts an earlier one back. Every upload, restore
 * and refusal leaves an audit row; a refused template is not kept and the one
 * in use stays.
 */
export function registerDocumentTemplates(router: Router, saver: FileSaver, builtIn: BuiltInTemplates): void {
  router.handle('templates:list', (ctx) =>
    TEMPLATED_KINDS.map((kind) => ({
      kind,
      label: DOCUMENT_KIND_LABELS[kind],
      inUse: templateVersionInUse(ctx.db, kind),
      versions: listTemplateVersions(ctx.db, kind),
    })),
  );

  router.handle('templates:subjects', (ctx, { kind }) =>
    recentTemplateSubjects(ctx.db, kind).map((row) => ({
      subjectId: row.subjectId,
      label: `${row.reference ?? (row.sittingDate ? sittingReference(row.sittingDate) : 'Record')}${row.issuedAt ? `, last issued ${formatDate(row.issuedAt.slice(0, 10))}` : ''}`,
    })),
  );

  router.handle('templates:preview', async (ctx, input): Promise<ChannelOutput<'templates:preview'>> => {
    const made = await preview(ctx, input, input.subjectId);
    return {
      problems: made.problems,
      documentBase64: made.bytes ? Buffer.from(made.bytes).toString('base64') : null,
    };
  });

  router.handle('templates:savePreview', {
    prepare: async (ctx, input) => {
      const made = await preview(ctx, input, input.subjectId);
      if (!made.bytes) throw new DomainError('VALIDATION_FAILED', made.problems.join(' '));
      return saveOrRefuse(saver, `Preview of ${input.fileName.replace(/\.docx$/i, '')}.docx`, made.bytes);
    },
    commit: (ctx, input, saved) => {
      ctx.audit.entityId = null;
      ctx.audit.changes = { kind: [null, input.kind], preview: [null, saved.name], savedTo: [null, saved.path] };
      return { path: saved.path, sizeBytes: saved.bytes.length, sha256: sha256(saved.bytes) };
    },
  });

  router.handle('templates:download', {
    prepare: async (ctx, { kind, version }) => {
      const stored = version === null ? null : getTemplateVersion(ctx.db, kind, version);
      if (version !== null && !stored) throw new DomainError('NOT_FOUND', 'That version of the template is not held.');
      const bytes = stored ? new Uint8Array(stored.bytes) : builtIn.bytes(kind);
      const label = DOCUMENT_KIND_LABELS[kind];
      return saveOrRefuse(saver, `${label} template ${version === null ? 'built-in' : `v${version}`}.docx`, bytes);
    },
    commit: (ctx, { kind, version }, saved) => {
      ctx.audit.entityId = null;
      ctx.audit.changes = {
        kind: [null, kind],
        downloaded: [null, templateVersionWords(version)],
        savedTo: [null, saved.path],
      };
      return { path: saved.path, sizeBytes: saved.bytes.length, sha256: sha256(saved.bytes) };
    },
  });

  router.handle('templates:upload', (ctx, input) => {
    const bytes = bytesOf(input);
    const hash = sha256(bytes);
    const problems = templateProblems(input.fileName, bytes, TEMPLATE_SCHEMAS[input.kind]);
    ctx.audit.entityId = null;
    if (problems.length > 0) {
      // The refusal is kept in the audit trail; the template is not, and the one in use stays.
      ctx.audit.changes = {
        kind: [null, input.kind],
        refused: [null, input.fileName],
        sha256: [null, hash],
        problems: [null, problems],
      };
      return new RefuseAfterCommit(
        new DomainError('VALIDATION_FAILED', `This template was not saved. ${problems.join(' ')}`),
      );
    }
    const version = nextTemplateVersion(ctx.db, input.kind);
    const at = ctx.clock.now().toISOString();
    insertTemplateVersion(ctx.db, {
      id: ctx.ids.next(),
      kind: input.kind,
      version,
      fileName: input.fileName,
      sha256: hash,
      sizeBytes: bytes.length,
      bytes: Buffer.from(bytes),
      uploadedAt: at,
      uploadedByUserId: ctx.actor.userId,
      uploadedByName: ctx.actor.displayName,
    });
    useTemplateVersion(ctx.db, input.kind, version, at, ctx.actor.displayName);
    ctx.audit.changes = {
      kind: [null, input.kind],
      uploaded: [null, templateVersionWords(version)],
      sha256: [null, hash],
    };
    return { version };
  });

  router.handle('templates:restore', (ctx, { kind, version }) => {
    if (version !== null && !getTemplateVersion(ctx.db, kind, version))
      throw new DomainError('NOT_FOUND', 'That version of the template is not held.');
    const before = templateVersionInUse(ctx.db, kind);
    useTemplateVersion(ctx.db, kind, version, ctx.clock.now().toISOString(), ctx.actor.displayName);
    ctx.audit.entityId = null;
    ctx.audit.changes = {
      kind: [null, kind],
      inUse: [templateVersionWords(before), templateVersionWords(version)],
    };
    return {};
  });
}
