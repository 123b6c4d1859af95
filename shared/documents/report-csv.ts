import type { Cell, ReportTable } from '../domain/reports/report-tables';

/**
 * Report tables as CSV (RFC 4180): fields separated by commas, records by
 * CRLF, a field quoted when it holds a comma, a quote or a line break, and a
 * quote inside doubled. Figures stay numbers so a spreadsheet can add them up.
 */

/** A spreadsheet treats text starting with these as a formula; an apostrophe keeps it text. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Prepended by main when it writes the file, so spreadsheets read the text as UTF-8. */
export const CSV_BYTE_ORDER_MARK = '\uFEFF';

export function csvField(cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  const text = FORMULA_START.test(cell) ? `'${cell}` : cell;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
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
