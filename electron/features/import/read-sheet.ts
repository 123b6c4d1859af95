import ExcelJS from 'exceljs';
import { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS } from '../../../shared/schemas/import';
import { parseCsv } from './csv-parse';

/** One cell as text; a formula is flagged and never used: its result could be anything the sheet computed. */
export interface SheetCell {
  text: string;
  formula: boolean;
}

export interface SheetRow {
  /** The row's number in the spreadsheet, the header being row 1. */
  row: number;
  cells: SheetCell[];
}

export type Sheet = { ok: true; header: string[]; rows: SheetRow[] } | { ok: false; problem: string };

const UNREADABLE =
  'The file could not be read as a spreadsheet. Save it as CSV or as an Excel workbook (.xlsx) and try again.';

/** The first sheet of a CSV or .xlsx file, every value as text. */
export async function readSheet(fileName: string, base64: string): Promise<Sheet> {
  const bytes = Buffer.from(base64, 'base64');
  if (bytes.length === 0) return { ok: false, problem: 'The file is empty.' };
  if (bytes.length > MAX_IMPORT_BYTES)
    return { ok: false, problem: 'The file is larger than 2 MB: split it into smaller files.' };
  let grid: { row: number; cells: SheetCell[] }[];
  try {
    grid = /\.xlsx$/i.test(fileName) ? await xlsxGrid(bytes) : csvGrid(bytes);
  } catch {
    return { ok: false, problem: UNREADABLE };
  }
  const [header, ...rows] = grid;
  if (!header)
    return { ok: false, problem: 'The file has no rows: use the template, with its column headings in the first row.' };
  if (rows.length > MAX_IMPORT_ROWS) {
    return { ok: false, problem: `The file has more than ${MAX_IMPORT_ROWS} rows: split it into smaller files.` };
  }
  return { ok: true, header: header.cells.map((cell) => cell.text.trim()), rows };
}

function csvGrid(bytes: Buffer): { row: number; cells: SheetCell[] }[] {
  const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  return parseCsv(text).map((cells, index) => ({
    row: index + 1,
    cells: cells.map((value) => ({ text: value, formula: false })),
  }));
}

async function xlsxGrid(bytes: Buffer): Promise<{ row: number; cells: SheetCell[] }[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const grid: { row: number; cells: SheetCell[] }[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: SheetCell[] = [];
    for (let column = 1; column <= row.cellCount; column += 1) cells.push(cellText(row.getCell(column).value));
    if (cells.some((cell) => cell.text.trim() !== '' || cell.formula)) grid.push({ row: rowNumber, cells });
  });
  return grid;
}

function cellText(value: ExcelJS.CellValue): SheetCell {
  if (value === null || value === undefined) return { text: '', formula: false };
  if (value instanceof Date) return { text: value.toISOString().slice(0, 10), formula: false };
  if (typeof value === 'object') {
    if ('formula' in value || 'sharedFormula' in value) return { text: '', formula: true };
    if ('richText' in value) return { text: value.richText.map((part) => part.text).join(''), formula: false };
    if ('text' in value && typeof value.text === 'string') return { text: value.text, formula: false };
    if ('error' in value) return { text: '', formula: false };
    return { text: '', formula: false };
  }
  return { text: String(value), formula: false };
}
