import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportSubjectId } from '../../shared/domain/reports/period';
import { reportTables } from '../../shared/domain/reports/report-tables';
import type { AnnualReport } from '../../shared/schemas/report';
import { parseCsv } from '../factories/csv';
import { OFFICE_TIMEOUT_MS, pdfPagesOf } from '../factories/office';
import { openReportScenario, type ReportScenario } from '../factories/report-scenario';

/**
 * Where the panel disagreed with the service (as the 2019/20 chair's report
 * counts it): in the report's scenario the service recommended a revision of
 * terms on a standards-of-care review and the panel recommended the approval
 * continue unchanged; the connected-person approval it agreed with.
 */
describe('the annual report’s count of panel disagreements with the service', () => {
  let scenario: ReportScenario;
  let report: AnnualReport;
  beforeAll(async () => {
    scenario = await openReportScenario();
    report = await scenario.report();
  }, 120_000);
  afterAll(() => scenario.panel.backend.dispose());

  const table = () => reportTables(report).find((t) => t.id === 'service-disagreements');

  it('counts, by type of item, recommendations made, those with the service’s on record, agreed and disagreed', () => {
    const row = (itemType: string) => report.serviceDisagreements.find((r) => r.itemType === itemType);
    expect(row('approval_connected_person')).toMatchObject({ heard: 1, withServiceRecommendation: 1, agreed: 1 });
    expect(row('other_review')).toMatchObject({ heard: 1, withServiceRecommendation: 1, agreed: 0, disagreed: 1 });
    // Recommended on without the service's recommendation recorded: heard, neither agreed nor disagreed.
    expect(row('first_review')).toMatchObject({ heard: 1, withServiceRecommendation: 0, agreed: 0, disagreed: 0 });
    // The panel's deferral is no recommendation on the merits.
    expect(row('approval_mainstream')?.heard).toBe(1);
    expect(table()?.rows.at(-1)).toEqual(['Total', expect.any(Number), 2, 1, 1]);
    expect(table()?.title).toBe('Panel recommendations and the service’s recommendation');
  });

  it(
    'prints the table in the Word document and saves it as a CSV',
    async () => {
      const saved = await scenario.panel.as<{ path: string }>('documents:issue', {
        kind: 'annual-report',
        subjectId: reportSubjectId(report.period),
      });
      const text = pdfPagesOf(saved.path).join('\n');
      expect(text).toContain('Panel recommendations and the service’s recommendation');
      // LibreOffice wraps the type's label in its cell; the figures follow its first line ("Later review (annual,").
      expect(text).toMatch(/Later review[^\d\n]*1\s+1\s+0\s+1/);

      const found = table();
      if (!found) throw new Error('No table of disagreements with the service');
      const csv = await scenario.panel.as<{ path: string }>('reports:saveCsv', {
        ...report.period,
        tableId: found.id,
      });
      const rows = parseCsv(readFileSync(csv.path, 'utf8').slice(1));
      expect(rows[0]).toEqual(found.headers);
      expect(rows).toContainEqual([expect.stringMatching(/review/i), '1', '1', '0', '1']);
    },
    OFFICE_TIMEOUT_MS,
  );
});
