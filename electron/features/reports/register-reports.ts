import { resolvePeriod } from '../../../shared/domain/reports/period';
import { CSV_BYTE_ORDER_MARK } from '../../../shared/documents/report-csv';
import { DomainError, fieldError } from '../../backend/domain-error';
import type { FileSaver } from '../../backend/file-saver';
import type { Router } from '../../backend/router';
import { sha256 } from '../documents/document-hash';

import { buildAnnualReport } from './annual-report';

function csvName(suggested: string): string {
  return suggested.toLowerCase().endsWith('.csv') ? suggested : `${suggested}.csv`;
}

/**
 * The panel's report for a period (a read: the window builds the Word
 * document from it), and its tables as CSV files that main writes: the window
 * supplies the text, never a path.
 */
export function registerReports(router: Router, saver: FileSaver): void {
  router.handle('reports:annual', (ctx, input) => {
    const today = ctx.clock.today();
    const period = resolvePeriod(input, today);
    if (period.to < period.from) throw fieldError('to', 'The end of the period must be on or after its start');
    return buildAnnualReport(ctx.db, period, today);
  });

  router.handle('reports:saveCsv', {
    prepare: async (_ctx, input) => {
      // The byte order mark lets spreadsheets read the text as UTF-8 (names, curly quotes).
      const bytes = Buffer.from(CSV_BYTE_ORDER_MARK + input.text, 'utf8');
      const path = await saver.save(csvName(input.name), bytes);
      if (path === null) throw new DomainError('RULE_VIOLATION', 'Saving was cancelled. Nothing was saved.');
      return { bytes, path };
    },
    commit: (ctx, input, saved) => {
      const hash = sha256(saved.bytes);
      ctx.audit.entityId = null;
      ctx.audit.changes = { file: [null, input.name], savedTo: [null, saved.path], sha256: [null, hash] };
      return { path: saved.path, sizeBytes: saved.bytes.length, sha256: hash };
    },
  });
}
