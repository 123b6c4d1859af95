import type { AnnualReport } from '../../schemas/report';
import { formatDate } from '../dates';
import { serviceDisagreementTable } from './service-disagreement-table';
import { percent } from './tallies';
import { tellingSection } from './telling-table';
import { reviewKindsTable } from './review-kinds-table';

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

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

function labelCountTable(
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

function reasonTable(id: string, title: string, label: string, rows: readonly { reason: string; count: number }[]) {
  return labelCountTable(
    id,
    title,
    label,
    rows.map((r) => ({ label: r.reason, count: r.count })),
    false,
  );
}

function sittings(report: AnnualReport): ReportSection {
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

function business(report: AnnualReport): ReportSection {
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

function approvals(report: AnnualReport): ReportSection {
  const { approvals: a, connectedPersons: c } = report;
  return {
    id: 'approvals',
    title: 'Approvals',
    tables: [
      {
        id: 'approvals-by-household',
        title: 'Approvals by type of household',
        headers: ['Type of household', 'Approvals', 'Places'],
        rows: [...a.byHouseholdType.map((h) => [h.label, h.approvals, h.places]), ['Total', a.total, a.places]],
        note: 'Approvals are the ADM’s decisions to approve made in the period; places are the number of children approved for.',
      },
      {
        id: 'approvals-mainstream-by-care',
        title: 'Foster care approvals (mainstream) by terms of approval',
        headers: ['Type of care', 'Approvals', 'Places'],
        rows: a.mainstreamByCareType.map((t) => [t.label, t.approvals, t.places]),
        note: 'Mainstream and specialist scheme carers. A household approved for more than one type of care is counted under each.',
      },
      {
        id: 'approvals-connected-by-care',
        title: 'Connected-person approvals by terms of approval',
        headers: ['Type of care', 'Approvals', 'Places'],
        rows: a.connectedByCareType.map((t) => [t.label, t.approvals, t.places]),
        note: 'Family and friends (connected persons) approved as foster carers, counted apart from mainstream approvals.',
      },
      {
        id: 'connected-persons',
        title: 'Connected persons',
        headers: ['Measure', 'Number'],
        rows: [
          ['Connected persons approved as foster carers', c.approvals],
          ['Places they create', c.places],
          ['Temporary approvals (CPPCR reg 24) starting in the period', c.temporaryApprovals],
          ['Temporary approvals extended (CPPCR reg 25)', c.extensions],
        ],
      },
    ],
  };
}

function reviews(report: AnnualReport): ReportSection {
  const { firstReviews: f, otherReviews: o, extensions: e } = report;
  return {
    id: 'reviews',
    title: 'Reviews and extensions',
    tables: [
      {
        id: 'first-reviews',
        title: 'First annual reviews',
        headers: ['Recommendation', 'Mainstream and specialist', 'Connected persons', 'Total'],
        rows: [
          ...f.rows.map((r) => [r.label, r.mainstream, r.connected, r.total]),
          ['Total', f.mainstream, f.connected, f.mainstream + f.connected],
        ],
      },
      {
        id: 'other-reviews',
        title: 'Later reviews heard by panel (annual, standards of care, allegation, change of circumstances)',
        headers: ['Recommendation', 'Heard', 'ADM agreed', 'ADM disagreed', 'Awaiting the ADM'],
        rows: o.rows.map((r) => [r.label, r.heard, r.admAgreed, r.admDisagreed, r.awaitingAdm]),
      },
      reviewKindsTable(report),
      {
        id: 'review-disagreements',
        title: 'Reviews where the ADM disagreed with the panel',
        headers: ['Household reference', 'Sitting', 'Panel recommended', 'ADM decided'],
        rows: o.admDisagreements.map((d) => [
          d.householdReference,
          formatDate(d.sittingDate),
          d.panelRecommendation,
          d.admDecision,
        ]),
      },
      {
        id: 'extensions',
        title: 'Temporary approval extensions (CPPCR reg 25)',
        headers: ["Panel's views", 'Heard', 'Extension approved'],
        rows: [
          ...e.rows.map((r) => [r.label, r.heard, r.approved]),
          ['Total', sum(e.rows.map((r) => r.heard)), e.approved],
        ],
      },
    ],
  };
}

function endings(report: AnnualReport): ReportSection {
  const { resignations: r, terminations: t } = report;
  return {
    id: 'endings',
    title: 'Resignations and terminations',
    tables: [
      labelCountTable(
        'resignations-by-household',
        'Resignations by type of household',
        'Type of household',
        r.byHouseholdType,
      ),
      reasonTable('resignations-by-reason', 'Resignations by reason', 'Reason (as recorded)', r.byReason),
      labelCountTable(
        'terminations-by-household',
        'Terminations (deregistrations) by type of household',
        'Type of household',
        t.byHouseholdType,
      ),
      reasonTable(
        'terminations-by-reason',
        'Terminations (deregistrations) by reason',
        'Reason (as recorded)',
        t.byReason,
      ),
    ],
  };
}

function deferralsAndDeterminations(report: AnnualReport): ReportSection {
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

function people(report: AnnualReport): ReportSection {
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

function timeliness(report: AnnualReport): ReportSection {
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

function appraisalWords(row: AnnualReport['members']['rows'][number]): string {
  if (row.appraisedInPeriod && row.lastAppraisal) return `Yes, ${formatDate(row.lastAppraisal)}`;
  return row.lastAppraisal ? `No (last ${formatDate(row.lastAppraisal)})` : 'No appraisal recorded';
}

function members(report: AnnualReport): ReportSection {
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

/** The whole report as sections of tables, in the order a panel chair's report reads. */
export function reportSections(report: AnnualReport): ReportSection[] {
  return [
    sittings(report),
    business(report),
    approvals(report),
    reviews(report),
    endings(report),
    deferralsAndDeterminations(report),
    people(report),
    timeliness(report),
    ...tellingSection(report),
    members(report),
  ];
}

export function reportTables(report: AnnualReport): ReportTable[] {
  return reportSections(report).flatMap((section) => section.tables);
}

/** A cell as a reader sees it: figures in UK style, nothing as a dash. */
export function cellText(cell: Cell): string {
  if (cell === null) return '—';
  return typeof cell === 'number' ? cell.toLocaleString('en-GB') : cell;
}
