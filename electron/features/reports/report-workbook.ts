import ExcelJS from 'exceljs';
import { formatDate } from '../../../shared/domain/dates';
import { periodWords, reportTitle } from '../../../shared/domain/reports/period';
import { reportTables, type Cell, type ReportTable } from '../../../shared/domain/reports/report-tables';
import { notFormula } from '../../../shared/documents/report-csv';
import { safeText } from '../../../shared/documents/safe-text';
import type { AnnualReport } from '../../../shared/schemas/report';

/**
 * Every table of the panel's report as one .xlsx workbook: a contents sheet,
 * then a sheet per table with its header row, figures as numbers a
 * spreadsheet can add up, and text that can never run as a formula (an
 * apostrophe before a leading = + - @, as the CSV files have). Built by main
 * from its own figures; the window names only the period.
 */

/** Excel refuses these in a sheet's name, and names longer than 31 characters. */
const NOT_IN_SHEET_NAME = /[\\/?*[\]:]/g;
const MAX_SHEET_NAME = 31;

/** Each table's sheet name: its title, shortened to fit, made unique with a number where two would clash. */
export function sheetNames(tables: readonly ReportTable[]): string[] {
  const used = new Set<string>(['contents']);
  return tables.map((table) => {
    const base = safeText(table.title).replace(NOT_IN_SHEET_NAME, ' ').replace(/\s+/g, ' ').trim();
    let name = base.slice(0, MAX_SHEET_NAME).trim();
    for (let n = 2; used.has(name.toLowerCase()); n += 1) {
      const suffix = ` (${n})`;
      name = `${base.slice(0, MAX_SHEET_NAME - suffix.length).trim()}${suffix}`;
    }
    used.add(name.toLowerCase());
    return name;
  });
}

/** Text as a spreadsheet shows it; numbers stay numbers; nothing stays empty. */
const cellValue = (cell: Cell): string | number | null =>
  cell === null ? null : typeof cell === 'number' ? (Number.isFinite(cell) ? cell : null) : notFormula(safeText(cell));

const text = (value: string) => notFormula(safeText(value));

function tableSheet(workbook: ExcelJS.Workbook, name: string, table: ReportTable): void {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow(table.headers.map(text)).font = { bold: true };
  for (const row of table.rows) sheet.addRow(row.map(cellValue));
  if (table.rows.length === 0) sheet.addRow([text('None in this period.')]);
  if (table.note) {
    sheet.addRow([]);
    sheet.addRow([text(table.note)]);
  }
  sheet.columns.forEach((column, index) => {
    column.width = index === 0 ? 45 : 16;
  });
}

export async function reportWorkbook(report: AnnualReport, agencyName: string, now: Date): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = text(agencyName);
  workbook.created = now;
  workbook.modified = now;
  const tables = reportTables(report);
  const names = sheetNames(tables);
  const contents = workbook.addWorksheet('Contents');
  contents.addRow([text(`${reportTitle(report.period)}, ${periodWords(report.period)}`)]).font = { bold: true };
  contents.addRow([text(agencyName)]);
  contents.addRow([text(`Figures taken from the panel's records on ${formatDate(report.builtOn)}.`)]);
  contents.addRow([]);
  contents.addRow([text('Sheet'), text('Table')]).font = { bold: true };
  tables.forEach((table, index) => contents.addRow([names[index] ?? '', text(table.title)]));
  contents.getColumn(1).width = 34;
  contents.getColumn(2).width = 80;
  tables.forEach((table, index) => tableSheet(workbook, names[index] ?? `Table ${index + 1}`, table));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** "Panel report tables 2026-04-01 to 2027-03-31": the suggested file name (main adds .xlsx). */
export const workbookFileName = (period: { from: string; to: string }) =>
  `Panel report tables ${period.from} to ${period.to}`;
