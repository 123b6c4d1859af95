import ExcelJS from 'exceljs';
import { IMPORT_KIND_LABELS, type ImportKind } from '../../../shared/schemas/import';
import { HOUSEHOLD_COLUMNS } from './household-rows';
import { MEMBER_COLUMNS } from './member-rows';

const COLUMNS = { members: MEMBER_COLUMNS, households: HOUSEHOLD_COLUMNS };
const BOM = '\uFEFF';

const csvField = (text: string) => (/[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

/** The template's file name, without its extension. */
export function templateName(kind: ImportKind): string {
  return kind === 'members' ? 'central-list-template' : 'households-template';
}

/** The headings and one example row, as UTF-8 CSV with a byte order mark (so spreadsheets read names rightly). */
export function csvTemplate(kind: ImportKind): Buffer {
  const columns = COLUMNS[kind];
  const lines = [columns.map((c) => csvField(c.heading)), columns.map((c) => csvField(c.example))];
  return Buffer.from(BOM + lines.map((line) => line.join(',')).join('\r\n') + '\r\n', 'utf8');
}

/** The same as a workbook: headings in bold, every cell text (so dates and numbers stay as typed), an example row. */
export async function xlsxTemplate(kind: ImportKind): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(IMPORT_KIND_LABELS[kind].slice(0, 31));
  const columns = COLUMNS[kind];
  sheet.columns = columns.map((c) => ({
    header: c.heading,
    key: c.key,
    width: Math.max(14, c.heading.length + 2),
    style: { numFmt: '@' },
  }));
  sheet.getRow(1).font = { bold: true };
  sheet.addRow(Object.fromEntries(columns.map((c) => [c.key, c.example])));
  const bytes = await workbook.xlsx.writeBuffer();
  return Buffer.from(bytes);
}
