import type { AnnualReport } from '../../schemas/report';
import { formatDate } from '../dates';
import { percent } from './tallies';
import { labelCountTable, sum, type ReportSection } from './report-table-parts';

// The report's sections on people: complaints, observers and feedback, and the members' attendance.

export function people(report: AnnualReport): ReportSection {
  const { complaints, observers, feedback } = report;
  return {
    id: 'feedback',
    title: 'Complaints, observers and feedback',
    tables: [
      {
        id: 'complaints',
        title: 'Complaints about the panel by source',
        headers: ['Complaint from', 'Received', 'Closed'],
        rows: [
          ...complaints.map((c) => [c.label, c.received, c.closed]),
          ['Total', sum(complaints.map((c) => c.received)), sum(complaints.map((c) => c.closed))],
        ],
      },
      {
        ...labelCountTable('observers', 'Observers', 'Observer (as described)', observers.byDescription),
        note: `${observers.sittingsWithObservers} ${observers.sittingsWithObservers === 1 ? 'sitting was' : 'sittings were'} observed.`,
      },
      {
        id: 'feedback-forms',
        title: 'Feedback forms',
        headers: ['From', 'Forms', 'Average rating'],
        rows: feedback.map((f) => [f.label, f.forms, f.averageRating]),
      },
    ],
  };
}

function appraisalWords(row: AnnualReport['members']['rows'][number]): string {
  if (row.appraisedInPeriod && row.lastAppraisal) return `Yes, ${formatDate(row.lastAppraisal)}`;
  return row.lastAppraisal ? `No (last ${formatDate(row.lastAppraisal)})` : 'No appraisal recorded';
}

export function members(report: AnnualReport): ReportSection {
  const { rows, appraisalsDone } = report.members;
  return {
    id: 'members',
    title: 'Members',
    tables: [
      {
        id: 'attendance',
        title: 'Members’ attendance and appraisals',
        headers: [
          'Member',
          'Role on the central list',
          'Present',
          'Apologies',
          'Absent',
          'Attendance (%)',
          'Appraised in the period',
        ],
        rows: rows.map((m) => [
          m.name,
          m.listRole,
          m.present,
          m.apologies,
          m.absent,
          percent(m.present, m.present + m.apologies + m.absent),
          appraisalWords(m),
        ]),
        note: `${appraisalsDone} of ${rows.length} ${rows.length === 1 ? 'member' : 'members'} had an appraisal in the period. Attendance counts held sittings only.`,
      },
    ],
  };
}
