import { and, eq, isNotNull } from 'drizzle-orm';
import { admTimeliness, daysStats } from '../../../shared/domain/reports/tallies';
import type { AnnualReport, ReportPeriod } from '../../../shared/schemas/report';
import type { ReadableDb } from '../../connection';
import { admCases, agendaItems, complaints, sittings } from '../../schema';
import { countAll, countWhen, inPeriod, sittingInPeriod } from './report-sql';

const COMPLAINT_SOURCES = [
  ['applicant', 'Applicants'],
  ['carer', 'Foster carers'],
  ['social_worker', 'Social workers'],
  ['manager', 'Managers'],
  ['other', 'Others'],
] as const;

/** Complaints about panel received in the period, by who made them. */
export function complaintFigures(db: ReadableDb, period: ReportPeriod): AnnualReport['complaints'] {
  const rows = db
    .select({ source: complaints.source, received: countAll(), closed: countWhen(isNotNull(complaints.closedOn)) })
    .from(complaints)
    .where(inPeriod(complaints.receivedOn, period))
    .groupBy(complaints.source)
    .all();
  return COMPLAINT_SOURCES.map(([source, label]) => {
    const row = rows.find((r) => r.source === source);
    return { source, label, received: row?.received ?? 0, closed: row?.closed ?? 0 };
  });
}

/**
 * For items of the period's sittings sent to the ADM: days from the sitting
 * to sending, and whether the ADM decided within the clock.
 */
export function admTimelinessFigures(
  db: ReadableDb,
  period: ReportPeriod,
  decisionDue: (received: string) => string,
  today: string,
): Pick<AnnualReport['timeliness'], 'admDecisions' | 'sentToAdm' | 'admDecisionDays'> {
  const rows = db
    .select({ sittingDate: sittings.date, sentToAdmDate: agendaItems.sentToAdmDate, decidedOn: admCases.decidedOn })
    .from(agendaItems)
    .innerJoin(sittings, eq(sittings.id, agendaItems.sittingId))
    .leftJoin(admCases, eq(admCases.itemId, agendaItems.id))
    .where(and(sittingInPeriod(period), isNotNull(agendaItems.sentToAdmDate)))
    .all()
    .flatMap((r) => (r.sentToAdmDate ? [{ ...r, sentToAdmDate: r.sentToAdmDate }] : []));
  return {
    admDecisions: admTimeliness(rows, decisionDue, today),
    sentToAdm: daysStats(rows.map((r) => ({ from: r.sittingDate, to: r.sentToAdmDate }))),
    admDecisionDays: daysStats(rows.flatMap((r) => (r.decidedOn ? [{ from: r.sentToAdmDate, to: r.decidedOn }] : []))),
  };
}
