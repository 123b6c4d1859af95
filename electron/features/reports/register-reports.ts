import { resolvePeriod } from '../../../shared/domain/reports/period';
import { CSV_BYTE_ORDER_MARK, csvFileName, reportTableCsv } from '../../../shared/documents/report-csv';
import { reportTables } from '../../../shared/domain/reports/report-tables';
import { DomainError, fieldError } from '../../backend/domain-error';
import type { FileSaver } from '../../backend/file-saver';
import type { Router } from '../../backend/router';
import { sha256 } from '../documents/document-hash';

import { buildAnnualReport } from './annual-report';

/**
 * The panel's report for a period (a read; the Word document is issued through
 * documents:issue), and its tables as CSV files that main builds from its own
 * figures and writes: the window names a table and a period, never the text or a path.
 */
export function registerReports(router: Router, saver: FileSaver): void {
  router.handle('reports:annual', (ctx, input) => {
    const today = ctx.clock.today();
    const period = resolvePeriod(input, today);
    if (period.to < period.from) throw fieldError('to', 'The end of the period must be on or after its start');
    return buildAnnualReport(ctx.db, period, today);
  });

  router.handle('reports:saveCsv', {
    prepare: async (ctx, input) => {
      const period = { from: input.from, to: input.to };
      const table = reportTables(buildAnnualReport(ctx.db, period, ctx.clock.today())).find(
        (t) => t.id === input.tableId,
      );
      if (!table) throw fieldError('tableId', 'Choose a table of the report');
      const name = csvFileName(table, period);
      // The byte order mark lets spreadsheets read the text as UTF-8 (names, curly quotes).
      const bytes = Buffer.from(CSV_BYTE_ORDER_MARK + reportTableCsv(table), 'utf8');
      const path = await saver.save(`${name}.csv`, bytes);
      if (path === null) throw new DomainError('RULE_VIOLATION', 'Saving was cancelled. Nothing was saved.');
      return { bytes, path, name };
    },
    commit: (ctx, _input, saved) => {
      const hash = sha256(saved.bytes);
      ctx.audit.entityId = null;
      ctx.audit.changes = { file: [null, saved.name], savedTo: [null, saved.path], sha256: [null, hash] };
      return { path: saved.path, sizeBytes: saved.bytes.length, sha256: hash };
    },
  });
}
