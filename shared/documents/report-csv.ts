import type { Cell, ReportTable } from '../domain/reports/report-tables';

/**
 * Report tables as CSV (RFC 4180): fields separated by commas, records by
 * CRLF, every field quoted and a quote inside doubled, so no text can end a
 * field early. Figures are written plainly inside their quotes, which
 * spreadsheets still read as numbers they can add up.
 */

/** A spreadsheet treats text starting with these as a formula; an apostrophe keeps it text. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Text a spreadsheet will show as typed and never run: an apostrophe before a formula's first character. */
export const notFormula = (text: string) => (FORMULA_START.test(text) ? `'${text}` : text);

/** Prepended when the file is written, so spreadsheets read the text as UTF-8 (names, curly quotes). */
export const CSV_BYTE_ORDER_MARK = '\uFEFF';

export function csvField(cell: Cell): string {
  if (cell === null) return '""';
  if (typeof cell === 'number') return Number.isFinite(cell) ? `"${String(cell)}"` : '""';
  const text = notFormula(cell);
  return `"${text.replace(/"/g, '""')}"`;
}

export function csvText(headers: readonly string[], rows: readonly (readonly Cell[])[]): string {
  return [headers, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

export function reportTableCsv(table: ReportTable): string {
  return csvText(table.headers, table.rows);
}

/** "sittings 2026-04-01 to 2027-03-31": the suggested file name (main sanitises it and adds .csv). */
export function csvFileName(table: ReportTable, period: { from: string; to: string }): string {
  return `Panel report ${table.id} ${period.from} to ${period.to}`;
}
