import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RegisterPage, SavedDocument } from '../../shared/contract/documents';
import type { DataReturn } from '../../shared/schemas/data-return';
import { openDataReturnYear, type DataReturnYear } from '../factories/data-return-year';
import { OFFICE_TIMEOUT_MS, pdfPagesOf } from '../factories/office';
import { expectSoundDocx } from './sound-docx';
import { settingsVersion } from '../factories/versions';

/** pdftotext lays text out as on the page: compare with every run of white space as one space. */
const flat = (text: string) => text.replace(/\s+/g, ' ');

/** The return's Word summary and workbook, issued by main for the constructed 2025/26 year. */
describe('the annual data return as a Word summary and a workbook', () => {
  let year: DataReturnYear;
  let figures: DataReturn;
  let summary: SavedDocument;
  let workbook: SavedDocument;
  beforeAll(async () => {
    year = await openDataReturnYear();
    await year.as('settings:update', {
      version: await settingsVersion(year.as),
      agencyName: 'Shire County Council Fostering Service',
    });
    figures = await year.as<DataReturn>('reports:dataReturn', { year: 2025 });
    summary = await year.as<SavedDocument>('documents:issue', {
      kind: 'data-return-summary',
      subjectId: 'data-return-2025',
    });
    workbook = await year.as<SavedDocument>('documents:issue', {
      kind: 'data-return-workbook',
      subjectId: 'data-return-2025',
    });
  }, 120_000);
  afterAll(() => year.backend.dispose());

  it(
    'opens in LibreOffice with every field, its value and definition, and the households behind each figure',
    () => {
      const text = flat(pdfPagesOf(summary.path).join('\n'));
      expect(text).toContain('Shire County Council Fostering Service');
      expect(text).toContain('Annual fostering data return 2025/26');
      expect(text).toContain('1 April 2025 to 31 March 2026');
      // Each field in the return's order: its name and value, then its label and definition.
      let from = 0;
      for (const f of figures.fields) {
        const block = flat(`${f.field}: ${f.value ?? 'None'} ${f.label}. ${f.definition}`);
        const at = text.indexOf(block, from);
        expect(at, f.field).toBeGreaterThan(-1);
        from = at;
      }
      expect(text).toContain('applications_received: 7 ');
      expect(text).toContain('days_application_to_approval_median: 254 ');
      expect(text).toContain('places_at_year_end: 8 ');
      expect(text).toContain('Days from application to approval (median) (days_application_to_approval_median)');
      expect(text).toMatch(/A2 1 September 2025 274/);
      expect(text).toMatch(/Applications withdrawn \(applications_ended_withdrawn\) Household Date W1 1 October 2025/);
      // Households by reference only: their names stay out of a file made to leave the service.
      expect(text).not.toContain('Mr and Mrs');
      expectSoundDocx(summary.path, 'data-return-summary');
    },
    OFFICE_TIMEOUT_MS,
  );

  it('is kept in the register, with the workbook and its figures sheet matching the return', async () => {
    const register = await year.as<RegisterPage>('documents:register', {});
    expect(register.documents.map((d) => [d.kind, d.kindLabel])).toEqual([
      ['data-return-workbook', 'Annual data return (workbook)'],
      ['data-return-summary', 'Annual data return summary'],
    ]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(workbook.path);
    const sheet = book.getWorksheet('Data return');
    const rows: unknown[][] = [];
    sheet?.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    expect(rows[0]).toEqual(['Field', 'Value', 'Definition']);
    expect(rows.slice(1)).toEqual(figures.fields.map((f) => [f.field, f.value ?? undefined, f.definition]));
    const households = book.getWorksheet('Households counted');
    expect(households?.rowCount).toBe(1 + figures.fields.reduce((n, f) => n + f.households.length, 0));
  });
});
