import { DomainError } from '../../backend/domain-error';
import type { FileSaver } from '../../backend/file-saver';
import type { Router } from '../../backend/router';

/** The window supplies the bytes, never a path: main shows the save dialog (or, in browser mode, the exports folder). */
export function registerDocuments(router: Router, saver: FileSaver): void {
  router.handle('documents:save', {
    prepare: async (_ctx, input) => {
      const bytes = Buffer.from(input.base64, 'base64');
      const name = input.suggestedName.toLowerCase().endsWith('.docx')
        ? input.suggestedName
        : `${input.suggestedName}.docx`;
      const saved = await saver.save(name, bytes);
      if (saved === null) throw new DomainError('RULE_VIOLATION', 'Saving was cancelled. Nothing was saved.');
      return { path: saved, sizeBytes: bytes.length };
    },
    commit: (ctx, input, saved) => {
      ctx.audit.entityId = input.subjectId;
      ctx.audit.changes = { kind: [null, input.kind], savedTo: [null, saved.path] };
      return saved;
    },
  });
}
