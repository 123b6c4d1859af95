import { Packer } from 'docx';
import { buildBundleIndexDocument } from '../../../shared/documents/bundle-index-document';
import type { BundlePart } from '../../../shared/schemas/inspection-bundle';
import { insertIssuedDocument } from '../../../db/repositories/issued-documents-repository';
import { readSettings } from '../../../db/repositories/settings-repository';
import { DomainError } from '../../backend/domain-error';
import { sanitiseFileName, type FileSaver } from '../../backend/file-saver';
import type { Router } from '../../backend/router';
import { sha256 } from '../documents/document-hash';
import { bundleContents } from './bundle-parts';
import { encryptedZip } from './bundle-zip';

export const BUNDLE_INDEX_NAME = 'Index.docx';

/**
 * Administrator → Reports → Inspection bundle. Main builds every file from
 * its own records, lists each with its SHA-256 in the index, encrypts the
 * whole as one AES-256 ZIP under the passphrase typed for it, saves it, and
 * keeps the exact ZIP in the register of issued documents like any other
 * document. The passphrase is used once and never stored or audited.
 */
export function registerInspectionBundle(router: Router, saver: FileSaver): void {
  router.handle('reports:inspectionBundle', {
    prepare: async (ctx, input) => {
      const period = { from: input.from, to: input.to };
      const contents = await bundleContents(ctx, period, input.minutesCount);
      const parts: BundlePart[] = contents.files.map((file) => ({
        fileName: file.fileName,
        what: file.what,
        sizeBytes: file.bytes.length,
        sha256: sha256(file.bytes),
      }));
      const index = buildBundleIndexDocument({
        agencyName: readSettings(ctx.db).agencyName,
        ...period,
        madeAt: ctx.clock.today(),
        madeBy: ctx.actor.displayName,
        parts,
        notIncluded: contents.notIncluded,
      });
      const indexBytes = new Uint8Array(await Packer.toBuffer(index));
      const bytes = await encryptedZip(
        [{ fileName: BUNDLE_INDEX_NAME, bytes: indexBytes }, ...contents.files],
        input.passphrase,
        ctx.clock.now(),
      );
      const name = sanitiseFileName(`Inspection bundle ${input.from} to ${input.to}.zip`);
      const path = await saver.save(name, bytes);
      if (path === null) throw new DomainError('RULE_VIOLATION', 'Saving was cancelled. Nothing was saved.');
      return { bytes, path, parts, notIncluded: contents.notIncluded };
    },
    commit: (ctx, input, made) => {
      const id = ctx.ids.next();
      const hash = sha256(made.bytes);
      const buffer = Buffer.from(made.bytes);
      insertIssuedDocument(ctx.db, {
        id,
        kind: 'inspection-bundle',
        subjectId: `bundle-${input.from}-${input.to}`,
        householdId: null,
        sittingId: null,
        fileName: made.path.split(/[\\/]/).at(-1) ?? made.path,
        sha256: hash,
        sizeBytes: buffer.length,
        bytes: buffer,
        issuedAt: ctx.clock.now().toISOString(),
        issuedByUserId: ctx.actor.userId,
        issuedByName: ctx.actor.displayName,
      });
      ctx.audit.entityId = id;
      // What was bundled and where it went; never the passphrase.
      ctx.audit.changes = {
        kind: [null, 'inspection-bundle'],
        period: [null, `${input.from} to ${input.to}`],
        minutesCount: [null, input.minutesCount],
        parts: [null, made.parts.map((part) => `${part.fileName} ${part.sha256}`)],
        savedTo: [null, made.path],
        sha256: [null, hash],
      };
      return {
        path: made.path,
        sizeBytes: buffer.length,
        documentId: id,
        sha256: hash,
        parts: made.parts,
        notIncluded: made.notIncluded,
      };
    },
  });
}
