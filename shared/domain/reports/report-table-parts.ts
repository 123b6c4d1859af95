/** A figure (kept a number, so a spreadsheet can sum it), words, or nothing to show. */
export type Cell = string | number | null;

/** One table of the report: the page, the Word document and the CSV files all print these. */
export interface ReportTable {
  id: string;
  title: string;
  headers: readonly string[];
  rows: readonly (readonly Cell[])[];
  /** A sentence under the table that the figures need to be read right. */
  note?: string;
}

export interface ReportSection {
  id: string;
  title: string;
  tables: ReportTable[];
}

export const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

export function labelCountTable(
  id: string,
  title: string,
  label: string,
  rows: readonly { label: string; count: number }[],
  total = true,
): ReportTable {
  const body = rows.map((r) => [r.label, r.count]);
  return {
    id,
    title,
    headers: [label, 'Number'],
    rows: total ? [...body, ['Total', sum(rows.map((r) => r.count))]] : body,
  };
}

export function reasonTable(
  id: string,
  title: string,
  label: string,
  rows: readonly { reason: string; count: number }[],
) {
  return labelCountTable(
    id,
    title,
    label,
    rows.map((r) => ({ label: r.reason, count: r.count })),
    false,
  );
}

/** A cell as a reader sees it: figures in UK style, nothing as a dash. */
export function cellText(cell: Cell): string {
  if (cell === null) return '—';
  return typeof cell === 'number' ? cell.toLocaleString('en-GB') : cell;
}
