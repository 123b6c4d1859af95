import { resolvePeriod } from '../../../shared/domain/reports/period';
import { CSV_BYTE_ORDER_MARK, csvFileName, reportTableCsv } from '../../../shared/documents/report-csv';
import { reportTables } from '../../../shared/domain/reports/report-tables';
import { readSettings } from '../../../db/repositories/settings-repository';
import { DomainError, fieldError } from '../../backend/domain-error';
import type { FileSaver } from '../../backend/file-saver';
import type { HandlerContext, Router } from '../../backend/router';
import { sha256 } from '../documents/document-hash';
import { buildAnnualReport } from './annual-report';
import { registerCommentary } from './register-commentary';
import { reportWorkbook, workbookFileName } from './report-workbook';

interface SavedExport {
  bytes: Uint8Array;
  path: string;
  name: string;
}

async function saveOrRefuse(saver: FileSaver, fileName: string, bytes: Uint8Array): Promise<string> {
  const path = await saver.save(fileName, bytes);
  if (path === null) throw new DomainError('RULE_VIOLATION', 'Saving was cancelled. Nothing was saved.');
  return path;
}

/** An export leaves the machine: the audit trail records what was written, where, and its SHA-256. */
function auditExport(ctx: HandlerContext, saved: SavedExport) {
  const hash = sha256(saved.bytes);
  ctx.audit.entityId = null;
  ctx.audit.changes = { file: [null, saved.name], savedTo: [null, saved.path], sha256: [null, hash] };
  return { path: saved.path, sizeBytes: saved.bytes.length, sha256: hash };
}

/**
 * The panel's report for a period (a read; the Word document is issued through
 * documents:issue), its tables as one workbook or one CSV file at a time, which
 * main builds from its own figures and writes: the window names a period (and
 * a table), never the contents or a path. And the chair's commentary.
 */
export function registerReports(router: Router, saver: FileSaver): void {
  router.handle('reports:annual', (ctx, input) => {
    const today = ctx.clock.today();
    const period = resolvePeriod(input, today);
    if (period.to < period.from) throw fieldError('to', 'The end of the period must be on or after its start');
    return buildAnnualReport(ctx.db, period, today);
  });

  router.handle('reports:saveCsv', {
    prepare: async (ctx, input): Promise<SavedExport> => {
      const period = { from: input.from, to: input.to };
      const table = reportTables(buildAnnualReport(ctx.db, period, ctx.clock.today())).find(
        (t) => t.id === input.tableId,
      );
      if (!table) throw fieldError('tableId', 'Choose a table of the report');
      const name = csvFileName(table, period);
      // The byte order mark lets spreadsheets read the text as UTF-8 (names, curly quotes).
      const bytes = Buffer.from(CSV_BYTE_ORDER_MARK + reportTableCsv(table), 'utf8');
      return { bytes, path: await saveOrRefuse(saver, `${name}.csv`, bytes), name };
    },
    commit: (ctx, _input, saved) => auditExport(ctx, saved),
  });

  router.handle('reports:saveWorkbook', {
    prepare: async (ctx, period): Promise<SavedExport> => {
      const report = buildAnnualReport(ctx.db, period, ctx.clock.today());
      const bytes = await reportWorkbook(report, readSettings(ctx.db).agencyName, ctx.clock.now());
      const name = workbookFileName(period);
      return { bytes, path: await saveOrRefuse(saver, `${name}.xlsx`, bytes), name };
    },
    commit: (ctx, _input, saved) => auditExport(ctx, saved),
  });

  registerCommentary(router);
}
