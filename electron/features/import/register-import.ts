import { createHash } from 'node:crypto';
import { DomainError } from '../../backend/domain-error';
import type { FileSaver } from '../../backend/file-saver';
import type { Router } from '../../backend/router';
import { writePlan } from './import-commit';
import { planImport, previewOf } from './import-plan';
import { csvTemplate, templateName, xlsxTemplate } from './import-templates';
import { readSheet } from './read-sheet';

/**
 * The spreadsheet import: the window sends the file's bytes; main reads them
 * (CSV by its own parser, .xlsx by exceljs, every value as text and formulas
 * never run), checks each row with the contract's schemas and says what it
 * would do. The commit reads the same bytes again rather than trusting a
 * preview, and writes everything or nothing; importing a file twice changes
 * nothing the second time.
 */
export function registerImport(router: Router, saver: FileSaver): void {
  router.handle('import:preview', async (ctx, input) => {
    const sheet = await readSheet(input.fileName, input.contentBase64);
    return previewOf(input.kind, planImport(ctx.db, input.kind, sheet, ctx.clock.today()));
  });

  router.handle('import:commit', {
    prepare: async (_ctx, input) => readSheet(input.fileName, input.contentBase64),
    commit: (ctx, input, sheet) => {
      const plan = planImport(ctx.db, input.kind, sheet, ctx.clock.today());
      if (plan.fileProblem) throw new DomainError('VALIDATION_FAILED', plan.fileProblem);
      const written = writePlan(ctx, plan.rows);
      ctx.audit.entityId = null;
      ctx.audit.changes = {
        file: [null, input.fileName],
        sha256: [null, createHash('sha256').update(Buffer.from(input.contentBase64, 'base64')).digest('hex')],
        counts: [null, plan.counts],
        ...written,
      };
      return plan.counts;
    },
  });

  router.handle('import:saveTemplate', {
    prepare: async (_ctx, input) => {
      const bytes = input.format === 'csv' ? csvTemplate(input.kind) : await xlsxTemplate(input.kind);
      const name = `${templateName(input.kind)}.${input.format}`;
      const path = await saver.save(name, bytes);
      if (path === null) throw new DomainError('RULE_VIOLATION', 'Saving was cancelled. Nothing was saved.');
      return { bytes, path, name };
    },
    commit: (ctx, _input, saved) => {
      const hash = createHash('sha256').update(saved.bytes).digest('hex');
      ctx.audit.entityId = null;
      ctx.audit.changes = { file: [null, saved.name], savedTo: [null, saved.path] };
      return { path: saved.path, sizeBytes: saved.bytes.length, sha256: hash };
    },
  });
}
