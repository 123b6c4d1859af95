import type { AnnualReport } from '../../schemas/report';
import { percent } from './tallies';
import type { ReportSection } from './report-table-parts';

/** Telling applicants the ADM's decision (domain.md: orally within 2 working days, in writing within 5). */
export function tellingSection(report: AnnualReport): ReportSection[] {
  const telling = report.telling;
  if (!telling) return [];
  const row = (measure: string, t: { onTime: number; late: number; notYet: number }) => [
    measure,
    t.onTime,
    t.late,
    t.notYet,
    percent(t.onTime, t.onTime + t.late),
  ];
  return [
    {
      id: 'telling',
      title: 'Telling applicants the decision',
      tables: [
        {
          id: 'telling-applicants',
          title: 'Applicants told the ADM’s decision',
          headers: ['Measure', 'On time', 'Late', 'Not yet', 'Per cent on time'],
          rows: [
            row('Told orally within 2 working days of the decision', telling.orally),
            row('Told in writing (decision letter issued) within 5 working days', telling.inWriting),
          ],
          note: 'Decisions made in the period. Decisions recorded before the app tracked telling are not counted.',
        },
      ],
    },
  ];
}
