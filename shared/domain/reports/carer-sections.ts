import type { AnnualReport } from '../../schemas/report';
import { formatDate } from '../dates';
import { labelCountTable, reasonTable, sum, type ReportSection } from './report-table-parts';
import { reviewKindsTable } from './review-kinds-table';

// The report's sections on carers: approvals, reviews and extensions, resignations and terminations.

export function approvals(report: AnnualReport): ReportSection {
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

export function reviews(report: AnnualReport): ReportSection {
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

export function endings(report: AnnualReport): ReportSection {
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
