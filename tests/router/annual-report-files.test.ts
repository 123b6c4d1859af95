import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvFileName } from '../../shared/documents/report-csv';
import { reportCharts } from '../../shared/domain/reports/charts';
import { reportSubjectId } from '../../shared/domain/reports/period';
import { cellText, reportTables } from '../../shared/domain/reports/report-tables';
import type { AnnualReport } from '../../shared/schemas/report';
import { parseCsv } from '../factories/csv';
import { docxParts, docxText } from '../factories/docx-text';
import { OFFICE_TIMEOUT_MS, pdfPagesOf } from '../factories/office';
import { openReportScenario, type ReportScenario } from '../factories/report-scenario';

const NARRATIVE = 'The panel sat twice.\nMembers asked for "clearer" reports & <earlier> papers.';

describe('the panel report as a Word document and CSV files', () => {
  let scenario: ReportScenario;
  let report: AnnualReport;
  let docxFile: string;
  beforeAll(async () => {
    scenario = await openReportScenario();
    report = await scenario.report();
    // The chair's commentary is kept in the app; main builds the report, charts and commentary included, from its
    // own records, and the window sends only the period.
    await scenario.panel.as('reports:saveCommentary', { ...report.period, text: NARRATIVE, version: 0 });
    const saved = await scenario.panel.as<{ path: string }>('documents:issue', {
      kind: 'annual-report',
      subjectId: reportSubjectId(report.period),
    });
    docxFile = saved.path;
  }, 120_000);
  afterAll(() => scenario.panel.backend.dispose());

  it('prints every row of every table, cell by cell, exactly as the report object holds it', () => {
    const text = docxText(docxFile);
    expect(text).toContain('Fostering panel report 2026/27');
    expect(text).toContain('Period: 1 April 2026 to 31 March 2027');
    for (const table of reportTables(report)) {
      expect(text).toContain(`${table.title}\n`);
      expect(text, table.title).toContain(`${table.headers.join('\n')}\n`);
      for (const row of table.rows)
        expect(text, `${table.title}: ${row.join(' | ')}`).toContain(row.map(cellText).join('\n'));
    }
    // Spot checks against the figures themselves, not just the tables made from them.
    expect(text).toContain(['Mainstream', report.approvals.byHouseholdType[0]?.approvals, 2].join('\n'));
    expect(text).toContain(['Total', String(report.approvals.total), String(report.approvals.places)].join('\n'));
    expect(text).toContain('Papers to members by the 5th working day before the sitting\n1\n1\n0\n—\n50');
    expect(text).toContain('Statutory checks not back\n2');
  });

  it('carries the chair’s commentary as kept, and both charts as pictures with their text alternatives', () => {
    const parts = docxParts(docxFile);
    const text = docxText(docxFile);
    expect(text).toContain(
      'The chair’s report\nThe panel sat twice.\nMembers asked for "clearer" reports & <earlier> papers.',
    );
    expect(Object.keys(parts).some((name) => /^word\/media\/.+\.png$/.test(name))).toBe(true);
    const xml = parts['word/document.xml'] ?? '';
    expect(xml.match(/<pic:pic\b/g)).toHaveLength(2);
    for (const chart of reportCharts(report)) {
      expect(text).toContain(chart.description);
      expect(xml).toContain(`descr="${chart.description.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`);
    }
  });

  it('is kept in the issued-documents register with no sitting or household', async () => {
    const register = await scenario.panel.as<{
      documents: { kind: string; kindLabel: string; sittingDate: string | null }[];
    }>('documents:register', { kind: 'annual-report' });
    expect(register.documents).toEqual([
      expect.objectContaining({ kind: 'annual-report', kindLabel: 'Panel report', sittingDate: null }),
    ]);
  });

  it('saves each table as a CSV holding the same figures', async () => {
    for (const table of reportTables(report)) {
      const saved = await scenario.panel.as<{ path: string }>('reports:saveCsv', {
        ...report.period,
        tableId: table.id,
      });
      expect(saved.path.endsWith(`${csvFileName(table, report.period).replace(/ /g, '-')}.csv`)).toBe(true);
      const text = readFileSync(saved.path, 'utf8');
      expect(text.startsWith('\uFEFF')).toBe(true);
      const rows = parseCsv(text.slice(1));
      expect(rows[0], table.title).toEqual(table.headers);
      expect(rows.slice(1), table.title).toEqual(
        table.rows.map((row) => row.map((cell) => (cell === null ? '' : String(cell)))),
      );
    }
    const approvals = readFileSync(
      `${scenario.panel.backend.folder}/exports/Panel-report-approvals-by-household-2026-04-01-to-2027-03-31.csv`,
      'utf8',
    );
    expect(approvals).toContain(`\r\n"Total","${report.approvals.total}","${report.approvals.places}"\r\n`);
    // Mainstream approvals by terms and connected-person approvals in their own files: the kinship carer's
    // long-term care no longer counts in the mainstream long-term row.
    const csv = (id: string) =>
      readFileSync(`${scenario.panel.backend.folder}/exports/Panel-report-${id}-2026-04-01-to-2027-03-31.csv`, 'utf8');
    expect(csv('approvals-mainstream-by-care')).toContain('\r\n"Short-term","1","2"\r\n"Long-term","0","0"\r\n');
    expect(csv('approvals-connected-by-care')).toContain(
      '\r\n"Child-specific (connected person)","0","0"\r\n"Short-term","1","1"\r\n"Long-term","1","1"\r\n',
    );
  });

  it(
    'opens in LibreOffice',
    () => {
      const pages = pdfPagesOf(docxFile).join('\n');
      expect(pages).toContain('Fostering panel report 2026/27');
      expect(pages).toContain('Members’ attendance and appraisals');
      // The two approvals tables as LibreOffice reads them: mainstream by terms, then connected persons apart.
      const flat = pages.replace(/\s+/g, ' ');
      expect(flat).toMatch(
        /Foster care approvals \(mainstream\) by terms of approval Type of care Approvals Places Short-term 1 2 Long-term 0 0/,
      );
      expect(flat).toMatch(
        /Connected-person approvals by terms of approval Type of care Approvals Places Child-specific \(connected person\) 0 0 Short-term 1 1 Long-term 1 1/,
      );
    },
    OFFICE_TIMEOUT_MS,
  );
});
