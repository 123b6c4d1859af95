import { DOCUMENT_KIND_LABELS } from '../../../shared/contract/documents';
import { appendBody } from '../../../shared/documents/templates/append-body';
import { placeLogo } from '../../../shared/documents/templates/place-logo';
import { missingStatutoryText, renderTemplate } from '../../../shared/documents/templates/render-template';
import { TEMPLATE_SCHEMAS, type TemplatedKind } from '../../../shared/documents/templates/template-kinds';
import { getTemplateVersion, templateVersionInUse } from '../../../db/repositories/document-templates-repository';
import { readSettings } from '../../../db/repositories/settings-repository';
import { DomainError } from '../../backend/domain-error';
import type { ReadContext } from '../../backend/router';
import { sha256 } from '../documents/document-hash';
import type { BuiltInTemplates } from './built-in-templates';
import { templateData } from './template-data';

/** A template as used: its bytes, its version (null: built in) and their SHA-256. */
export interface TemplateInUse {
  bytes: Uint8Array;
  version: number | null;
  sha256: string;
}

/** The template a kind uses now: the version an administrator put in use, or the built-in one. */
export function templateInUse(ctx: ReadContext, builtIn: BuiltInTemplates, kind: TemplatedKind): TemplateInUse {
  const version = templateVersionInUse(ctx.db, kind);
  const stored = version === null ? null : getTemplateVersion(ctx.db, kind, version);
  const bytes = stored ? new Uint8Array(stored.bytes) : builtIn.bytes(kind);
  return { bytes, version: stored ? version : null, sha256: stored?.sha256 ?? sha256(bytes) };
}

export interface RenderedDocument {
  bytes: Uint8Array;
  suggestedName: string;
}

/**
 * One document from a template and a record. The data is checked against the
 * kind's schema, and the rendered document must show every statutory block's
 * wording, or it is not issued.
 */
export async function renderFromTemplate(
  ctx: ReadContext,
  kind: TemplatedKind,
  subjectId: string,
  template: Pick<TemplateInUse, 'bytes' | 'version'>,
): Promise<RenderedDocument> {
  const { data, suggestedName, body } = templateData(ctx, kind, subjectId, template.version);
  const schema = TEMPLATE_SCHEMAS[kind];
  const checked = schema.parse(data);
  const bytes = renderTemplate(template.bytes, checked);
  const missing = missingStatutoryText(bytes, schema, checked);
  if (missing.length > 0) {
    throw new DomainError(
      'RULE_VIOLATION',
      `This ${DOCUMENT_KIND_LABELS[kind].toLowerCase()} cannot be issued: its template does not print the wording the law requires (${missing.map((name) => `{${name}}`).join(', ')}). Restore an earlier template in Settings → Documents.`,
    );
  }
  // The logo first, on the template's own parts, so the body is not parsed again for it.
  const withItsLogo = await withLogo(ctx, bytes);
  return { bytes: body ? await appendBody(withItsLogo, body) : withItsLogo, suggestedName };
}

/** The service's logo from the settings in the picture the template marks for it (place-logo.ts). */
export function withLogo(ctx: ReadContext, bytes: Uint8Array): Promise<Uint8Array> {
  const settings = readSettings(ctx.db);
  return placeLogo(bytes, settings.agencyContact.logoDataUrl, settings.agencyName);
}
