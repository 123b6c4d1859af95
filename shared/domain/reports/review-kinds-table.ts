import type { AnnualReport } from '../../schemas/report';
import type { ReportTable } from './report-table-parts';

/** Reviews after the first by kind (the seed reports count standards-of-care reviews apart). */
export function reviewKindsTable(report: AnnualReport): ReportTable {
  const rows = report.reviewKinds;
  const sum = (key: 'atPanel' | 'direct' | 'withoutPanel' | 'total') => rows.reduce((n, row) => n + row[key], 0);
  return {
    id: 'review-kinds',
    title: 'Reviews after the first, by kind',
    headers: ['Kind of review', 'Heard by panel', 'Sent straight to the ADM', 'Done without panel', 'Total'],
    rows: [
      ...rows.map((row) => [row.label, row.atPanel, row.direct, row.withoutPanel, row.total]),
      ['Total', sum('atPanel'), sum('direct'), sum('withoutPanel'), sum('total')],
    ],
    note: '"Kind not recorded" counts reviews entered before the app asked for their kind.',
  };
}
