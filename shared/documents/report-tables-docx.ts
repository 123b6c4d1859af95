import { AlignmentType, Paragraph, Table, TableCell, TableRow, TextRun, WidthType, type IRunOptions } from 'docx';
import { cellText, type Cell, type ReportTable } from '../domain/reports/report-tables';
import { safeText } from './safe-text';

/** Table text at 10 point, so five columns of headers fit without breaking their words. */
const small = (text: string, bold: boolean) => {
  const options: IRunOptions = { text: safeText(text), bold, size: 20 };
  return new TextRun(options);
};

/**
 * A report table in Word as a reader of figures expects it: labels on the
 * left, figures right-aligned under headers that are right-aligned too, the
 * label column widest, and the whole table kept on one page with its heading
 * (rows never split, each row kept with the next), so no table breaks across
 * a page and its header row is never printed twice.
 */

/** The text width of an A4 page with the default one-inch margins, in twips. */
const TEXT_WIDTH = 11906 - 2 * 1440;

/** A column holds figures when every cell below its header is a number or empty: it is right-aligned. */
export function figureColumns(table: ReportTable): boolean[] {
  return table.headers.map(
    (_, column) =>
      column > 0 &&
      table.rows.some((row) => typeof row[column] === 'number') &&
      table.rows.every((row) => typeof row[column] === 'number' || row[column] === null),
  );
}

/** The label column's share of the width: most of a two-column table, less as the figures' columns grow in number. */
const LABEL_SHARE: Record<number, number> = { 2: 0.6, 3: 0.45, 4: 0.4 };

/** The label column widest, the figures' columns sharing what is left. */
function columnWidths(count: number): number[] {
  if (count <= 1) return [TEXT_WIDTH];
  const first = Math.round(TEXT_WIDTH * (LABEL_SHARE[count] ?? 0.3));
  const rest = Math.floor((TEXT_WIDTH - first) / (count - 1));
  return [first, ...Array.from({ length: count - 1 }, () => rest)];
}

function tableCell(cell: Cell | string, width: number, right: boolean, bold: boolean, keepNext: boolean) {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    children: [
      new Paragraph({
        keepNext,
        ...(right ? { alignment: AlignmentType.RIGHT } : {}),
        children: [small(typeof cell === 'string' ? cell : cellText(cell), bold)],
      }),
    ],
  });
}

export function reportTableDocx(table: ReportTable): Table {
  const figures = figureColumns(table);
  const widths = columnWidths(table.headers.length);
  const last = table.rows.length - 1;
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: table.headers.map((header, i) => tableCell(header, widths[i] ?? 0, figures[i] ?? false, true, true)),
      }),
      ...table.rows.map(
        (row, index) =>
          new TableRow({
            cantSplit: true,
            children: row.map((cell, i) =>
              tableCell(cell, widths[i] ?? 0, typeof cell === 'number' || (figures[i] ?? false), false, index < last),
            ),
          }),
      ),
    ],
  });
}
