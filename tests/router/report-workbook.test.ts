import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../shared/schemas/audit';
import { reportSubjectId } from '../../shared/domain/reports/period';
import { reportTables } from '../../shared/domain/reports/report-tables';
import type { AnnualReport } from '../../shared/schemas/report';
import type { ReportCommentary } from '../../shared/schemas/report-commentary';
import { sheetNames } from '../../electron/features/reports/report-workbook';
import { OFFICE_TIMEOUT_MS } from '../factories/office';
import { windowSender } from '../factories/panel-caller';
import { linesWithin, pdfWordsOfEach, type PdfWord } from '../factories/pdf-words';
import { openReportScenario, type ReportScenario } from '../factories/report-scenario';

const CHAIR = windowSender(71);
const ADM = windowSender(72);
const COMMENTARY = 'The panel met every fortnight.\n=SUM(A1:A9) stays words, as does @mention.';

/** The value of a cell as a spreadsheet holds it: a number, text, or nothing. */
const valueOf = (cell: ExcelJS.Cell) => (cell.value === null || cell.value === undefined ? null : cell.value);

describe('the chair’s commentary, the report in Word and every table in one workbook', () => {
  let scenario: ReportScenario;
  let report: AnnualReport;
  let workbook: ExcelJS.Workbook;
  let workbookPath: string;
  let words: PdfWord[];

  beforeAll(async () => {
    scenario = await openReportScenario();
    const { panel } = scenario;
    panel.userFor(null, 'Margaret Ellis', ['chair'], CHAIR, 'commentary-chair');
    panel.userFor(null, 'Priya Shah', ['adm'], ADM, 'commentary-adm');
    report = await scenario.report();
    await panel.as('reports:saveCommentary', { ...report.period, text: COMMENTARY, version: 0 }, CHAIR);
    const saved = await panel.as<{ path: string }>('reports:saveWorkbook', report.period);
    workbookPath = saved.path;
    workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(workbookPath);
    const docx = await panel.as<{ path: string }>('documents:issue', {
      kind: 'annual-report',
      subjectId: reportSubjectId(report.period),
    });
    words = (pdfWordsOfEach([docx.path])[0] ?? []).filter((w) => w.page > 0);
  }, OFFICE_TIMEOUT_MS);
  afterAll(() => scenario.panel.backend.dispose());

  it('keeps the commentary per period, refuses a stale save, and audits each change', async () => {
    const { panel } = scenario;
    const kept = await panel.as<ReportCommentary>('reports:commentary', report.period, CHAIR);
    expect(kept).toMatchObject({ text: COMMENTARY, version: 1, updatedByName: 'Margaret Ellis' });
    const other = await panel.as<ReportCommentary>('reports:commentary', { from: '2025-04-01', to: '2026-03-31' });
    expect(other).toMatchObject({ text: '', version: 0, updatedAt: null });
    expect(
      await panel.refused('reports:saveCommentary', { ...report.period, text: 'Over the top', version: 0 }),
    ).toMatchObject({ code: 'STALE_VERSION' });
    expect(
      await panel.refused('reports:saveCommentary', { ...report.period, text: 'x', version: 1 }, ADM),
    ).toMatchObject({ code: 'FORBIDDEN' });
    expect(await panel.refused('reports:commentary', report.period, ADM)).toMatchObject({ code: 'FORBIDDEN' });
    const audit = await panel.as<{ entries: AuditEntry[] }>('audit:list', {
      entityId: `report-${report.period.from}-${report.period.to}`,
    });
    expect(audit.entries.map((e) => [e.channel, e.changes])).toEqual([
      ['reports:saveCommentary', { commentary: [null, COMMENTARY] }],
    ]);
  });

  it('holds every table of the report, each on its own sheet, headers first, figures as numbers', () => {
    const tables = reportTables(report);
    expect(tables.length).toBeGreaterThan(20);
    const names = sheetNames(tables);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Contents', ...names]);
    tables.forEach((table, index) => {
      const sheet = workbook.getWorksheet(names[index] ?? '');
      if (!sheet) throw new Error(`No sheet for ${table.title}`);
      const rows = sheet.getSheetValues().slice(1) as unknown[][];
      expect((rows[0] ?? []).slice(1), table.title).toEqual([...table.headers]);
      const body = table.rows.map((_, r) => table.headers.map((__, c) => valueOf(sheet.getCell(r + 2, c + 1))));
      expect(body, table.title).toEqual(table.rows.map((row) => row.map((cell) => cell)));
      for (const row of body) for (const cell of row) expect(typeof cell === 'object' && cell !== null).toBe(false);
    });
    const contents = workbook.getWorksheet('Contents');
    expect(contents?.getCell(1, 1).value).toBe('Fostering panel report 2026/27, 1 April 2026 to 31 March 2027');
  });

  it('is audited like every export, with where it was saved and its SHA-256', async () => {
    const audit = await scenario.panel.as<{ entries: AuditEntry[] }>('audit:list', { entityType: 'report' });
    const entry = audit.entries.find((e) => e.channel === 'reports:saveWorkbook');
    expect(entry?.changes).toMatchObject({
      file: [null, 'Panel report tables 2026-04-01 to 2027-03-31'],
      savedTo: [null, workbookPath],
    });
  });

  it('prints the commentary in the Word document, each heading once, and the figures right-aligned', () => {
    const pages = Math.max(...words.map((w) => w.page));
    const lines = Array.from({ length: pages }, (_, i) =>
      linesWithin(words, { page: i + 1 }).map((line) => ({ ...line, page: i + 1 })),
    ).flat();
    const text = lines.map((l) => l.text);
    const at = text.indexOf('The chair’s report');
    expect(text.slice(at, at + 3)).toEqual([
      'The chair’s report',
      'The panel met every fortnight.',
      '=SUM(A1:A9) stays words, as does @mention.',
    ]);
    // Each table's heading once: no chart repeats it, and no table breaks over a page to print its header row again.
    for (const table of reportTables(report)) {
      // A long title wraps: its first line stands for it.
      const heading = (line: string) =>
        line === table.title || (line.length >= 30 && table.title.startsWith(`${line} `));
      expect(text.filter(heading), table.title).toHaveLength(1);
    }
    expect(text.filter((line) => line.startsWith('Items heard by type'))).toEqual([
      expect.stringMatching(/^Items heard by type: /),
    ]);
    const HEADER = 'Type of item Listed Heard Deferred Withdrawn';
    expect(text.filter((line) => line === HEADER)).toHaveLength(1);
    // The figures of "Items by type" end where their headers end: right-aligned, not on the left.
    const header = lines.find((l) => l.text === HEADER);
    const total = lines.find(
      (l) => header && l.page === header.page && l.top > header.top && l.text.startsWith('Total '),
    );
    const wordsOn = (line: typeof header) =>
      words
        .filter((w) => line && w.page === line.page && Math.abs(w.top - line.top) < 1)
        .sort((a, b) => a.left - b.left);
    const headings = wordsOn(header).slice(-4);
    const figures = wordsOn(total).slice(-4);
    expect(figures.map((w) => w.text)).toEqual(['9', '7', '2', '0']);
    headings.forEach((heading, index) => {
      expect(Math.abs((figures[index]?.right ?? 0) - heading.right), heading.text).toBeLessThan(1.5);
      expect((figures[index]?.left ?? 0) - heading.left, heading.text).toBeGreaterThan(3);
    });
  });
});
