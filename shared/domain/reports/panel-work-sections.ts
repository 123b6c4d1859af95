import type { AnnualReport } from '../../schemas/report';
import { percent } from './tallies';
import { labelCountTable, reasonTable, sum, type ReportSection } from './report-table-parts';
import { serviceDisagreementTable } from './service-disagreement-table';

// The report's sections on the panel's own work: its sittings, its business, deferrals and its timeliness.

export function sittings(report: AnnualReport): ReportSection {
  const { byKind, byPresider } = report.sittings;
  const total = (key: 'held' | 'notYetHeld' | 'cancelled') => sum(byKind.map((k) => k[key]));
  return {
    id: 'sittings',
    title: 'Sittings',
    tables: [
      {
        id: 'sittings',
        title: 'Sittings of the panel',
        headers: ['Sitting', 'Held', 'Not yet held', 'Cancelled'],
        rows: [
          ...byKind.map((k) => [k.label, k.held, k.notYetHeld, k.cancelled]),
          ['Total', total('held'), total('notYetHeld'), total('cancelled')],
        ],
      },
      {
        id: 'presiders',
        title: 'Who presided',
        headers: ['Presided by', 'Role on the central list', 'Main', 'Extra', 'Total'],
        rows: byPresider.map((p) => [p.name, p.listRole, p.main, p.extra, p.total]),
      },
    ],
  };
}

export function business(report: AnnualReport): ReportSection {
  const { byType, outcomes } = report.items;
  const total = (key: 'listed' | 'heard' | 'deferred' | 'withdrawn') => sum(byType.map((t) => t[key]));
  return {
    id: 'business',
    title: 'Business before the panel',
    tables: [
      {
        id: 'items-by-type',
        title: 'Items by type',
        headers: ['Type of item', 'Listed', 'Heard', 'Deferred', 'Withdrawn'],
        rows: [
          ...byType.map((t) => [t.label, t.listed, t.heard, t.deferred, t.withdrawn]),
          ['Total', total('listed'), total('heard'), total('deferred'), total('withdrawn')],
        ],
        note: 'Items moved to another sitting are counted at the sitting that heard them.',
      },
      {
        id: 'recommendations',
        title: 'Panel recommendations by type and outcome',
        headers: ['Type of item', 'Recommendation', 'Number'],
        rows: outcomes.map((o) => [o.typeLabel, o.outcomeLabel, o.count]),
      },
      {
        id: 'adm-decisions',
        title: 'ADM decisions on panel recommendations',
        headers: ['Type of item', 'Decided', 'Agreed with the panel', 'Disagreed with the panel'],
        rows: report.admDecisions.map((d) => [d.label, d.decided, d.agreed, d.disagreed]),
      },
      serviceDisagreementTable(report),
    ],
  };
}

export function deferralsAndDeterminations(report: AnnualReport): ReportSection {
  const { deferrals: d, determinations } = report;
  return {
    id: 'deferrals',
    title: 'Deferrals and qualifying determinations',
    tables: [
      labelCountTable('deferrals-by-type', 'Deferrals by type of item', 'Type of item', d.byType),
      reasonTable('deferrals-by-reason', 'Deferrals by reason', 'What was outstanding', d.byReason),
      {
        id: 'determinations',
        title: 'Qualifying determinations, representations and the IRM',
        headers: [
          'Proposed decision',
          'Made',
          'Representations',
          'IRM applications',
          'Final decisions',
          'Final decision confirmed the proposal',
        ],
        rows: determinations.rows.map((r) => [
          r.label,
          r.made,
          r.representations,
          r.irm,
          r.finalMade,
          r.finalConfirmed,
        ]),
      },
    ],
  };
}

export function timeliness(report: AnnualReport): ReportSection {
  const { papers, admDecisions, minutesApproved, sentToAdm, admDecisionDays } = report.timeliness;
  return {
    id: 'timeliness',
    title: 'Timeliness',
    tables: [
      {
        id: 'timeliness',
        title: 'Timeliness against the statutory clocks',
        headers: ['Measure', 'On time', 'Late', 'Not yet done', 'Of which overdue', 'Per cent on time'],
        rows: [
          [
            'Papers to members by the 5th working day before the sitting',
            papers.onTime,
            papers.late,
            papers.notRecorded,
            null,
            percent(papers.onTime, papers.onTime + papers.late),
          ],
          [
            'ADM decisions within 7 working days of receiving the minutes',
            admDecisions.onTime,
            admDecisions.late,
            admDecisions.waiting,
            admDecisions.waitingOverdue,
            percent(admDecisions.onTime, admDecisions.onTime + admDecisions.late),
          ],
        ],
        note: 'For papers, "not yet done" means a held sitting with no date recorded for sending the papers.',
      },
      {
        id: 'days-taken',
        title: 'Days taken',
        headers: ['Measure', 'Number', 'Average days', 'Longest (days)'],
        rows: [
          [
            'From the sitting to the minutes approved',
            minutesApproved.count,
            minutesApproved.averageDays,
            minutesApproved.longestDays,
          ],
          ['Held sittings whose minutes are not yet approved', minutesApproved.notYetApproved, null, null],
          [
            'From the sitting to the item sent to the ADM',
            sentToAdm.count,
            sentToAdm.averageDays,
            sentToAdm.longestDays,
          ],
          [
            'From the ADM receiving the minutes to the decision',
            admDecisionDays.count,
            admDecisionDays.averageDays,
            admDecisionDays.longestDays,
          ],
        ],
      },
    ],
  };
}
