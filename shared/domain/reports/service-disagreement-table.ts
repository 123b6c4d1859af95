import type { AnnualReport } from '../../schemas/report';
import type { ReportTable } from './report-table-parts';

/** Where the panel disagreed with the service (as the 2019/20 chair's report counts it), beside ADM and panel. */
export function serviceDisagreementTable(report: AnnualReport): ReportTable {
  const rows = report.serviceDisagreements;
  const total = (key: 'heard' | 'withServiceRecommendation' | 'agreed' | 'disagreed') =>
    rows.reduce((sum, row) => sum + row[key], 0);
  return {
    id: 'service-disagreements',
    title: 'Panel recommendations and the service’s recommendation',
    headers: [
      'Type of item',
      'Recommendations made',
      'Service’s recommendation recorded',
      'Panel agreed with the service',
      'Panel disagreed with the service',
    ],
    rows: [
      ...rows.map((r) => [r.label, r.heard, r.withServiceRecommendation, r.agreed, r.disagreed]),
      ['Total', total('heard'), total('withServiceRecommendation'), total('agreed'), total('disagreed')],
    ],
    note: 'Deferrals are not counted. The panel disagreed when its recommendation differs from the one in the service’s report; the same recommendation with different terms of approval counts as agreement. Cases sent straight to the ADM are not counted.',
  };
}
