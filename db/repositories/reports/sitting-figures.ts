import { and, eq, inArray, ne, or, sql } from 'drizzle-orm';
import { toIsoDate } from '../../../shared/domain/dates';
import { daysStats, papersTimeliness, oneDecimal, tally } from '../../../shared/domain/reports/tallies';
import { LIST_ROLE_LABELS, type ListRole } from '../../../shared/schemas/member';
import type { AnnualReport, ReportPeriod } from '../../../shared/schemas/report';
import type { ReadableDb } from '../../connection';
import {
  agendaItems,
  feedbackForms,
  members,
  minutes,
  recommendations,
  sittingAttendance,
  sittingPeople,
  sittings,
} from '../../schema';
import {
  byItemTypeOrder,
  countAll,
  countWhen,
  heldInPeriod,
  HELD_STATUSES,
  inPeriod,
  outcomeLabel,
  sittingInPeriod,
  typeLabel,
} from './report-sql';

/** Sittings by kind: held, still to come, cancelled. */
export function sittingFigures(db: ReadableDb, period: ReportPeriod): AnnualReport['sittings'] {
  const kinds = db
    .select({
      kind: sittings.kind,
      held: countWhen(inArray(sittings.status, [...HELD_STATUSES])),
      notYetHeld: countWhen(or(eq(sittings.status, 'planned'), eq(sittings.status, 'papers_sent'))),
      cancelled: countWhen(eq(sittings.status, 'cancelled')),
    })
    .from(sittings)
    .where(inPeriod(sittings.date, period))
    .groupBy(sittings.kind)
    .all();
  const presiders = db
    .select({
      name: members.name,
      listRole: members.listRole,
      main: countWhen(eq(sittings.kind, 'main')),
      extra: countWhen(eq(sittings.kind, 'extra')),
    })
    .from(sittings)
    .leftJoin(members, eq(members.id, sittings.presiderId))
    .where(heldInPeriod(period))
    .groupBy(sittings.presiderId)
    .all();
  return {
    byKind: (['main', 'extra'] as const).map((kind) => {
      const row = kinds.find((k) => k.kind === kind);
      return {
        kind,
        label: kind === 'main' ? 'Main' : 'Extra',
        held: row?.held ?? 0,
        notYetHeld: row?.notYetHeld ?? 0,
        cancelled: row?.cancelled ?? 0,
      };
    }),
    byPresider: presiders
      .map((p) => ({
        name: p.name ?? 'Not recorded',
        listRole: p.listRole ? LIST_ROLE_LABELS[p.listRole] : '—',
        main: p.main,
        extra: p.extra,
        total: p.main + p.extra,
      }))
      .sort((a, b) => b.total - a.total || a.name.localeCompare(b.name)),
  };
}

/** Items on the period's sittings by type, and the panel's recommendations by type and outcome. */
export function itemFigures(db: ReadableDb, period: ReportPeriod): AnnualReport['items'] {
  const deferred = or(eq(agendaItems.status, 'deferred'), eq(recommendations.outcome, 'deferred'));
  const byType = db
    .select({
      itemType: agendaItems.itemType,
      listed: countAll(),
      heard: countWhen(and(eq(agendaItems.status, 'heard'), ne(recommendations.outcome, 'deferred'))),
      deferred: countWhen(deferred),
      withdrawn: countWhen(eq(agendaItems.status, 'withdrawn')),
    })
    .from(agendaItems)
    .innerJoin(sittings, eq(sittings.id, agendaItems.sittingId))
    .leftJoin(recommendations, eq(recommendations.itemId, agendaItems.id))
    .where(and(sittingInPeriod(period), ne(agendaItems.status, 'moved')))
    .groupBy(agendaItems.itemType)
    .all();
  const outcomes = db
    .select({ itemType: agendaItems.itemType, outcome: recommendations.outcome, count: countAll() })
    .from(recommendations)
    .innerJoin(agendaItems, eq(agendaItems.id, recommendations.itemId))
    .innerJoin(sittings, eq(sittings.id, agendaItems.sittingId))
    .where(sittingInPeriod(period))
    .groupBy(agendaItems.itemType, recommendations.outcome)
    .all();
  return {
    byType: byItemTypeOrder(byType).map((t) => ({ ...t, label: typeLabel(t.itemType) })),
    outcomes: byItemTypeOrder(outcomes).map((o) => ({
      ...o,
      typeLabel: typeLabel(o.itemType),
      outcomeLabel: outcomeLabel(o.itemType, o.outcome),
    })),
  };
}

/** Observers at the period's sittings, by how they were described. */
export function observerFigures(db: ReadableDb, period: ReportPeriod): AnnualReport['observers'] {
  const rows = db
    .select({ sittingId: sittingPeople.sittingId, description: sittingPeople.description })
    .from(sittingPeople)
    .innerJoin(sittings, eq(sittings.id, sittingPeople.sittingId))
    .where(and(sittingInPeriod(period), eq(sittingPeople.kind, 'observer')))
    .all();
  return {
    total: rows.length,
    sittingsWithObservers: new Set(rows.map((r) => r.sittingId)).size,
    byDescription: tally(
      rows.map((r) => r.description),
      'Not described',
    ).map((t) => ({ label: t.reason, count: t.count })),
  };
}

const FEEDBACK_FROM = [
  ['applicant', 'Applicants'],
  ['carer', 'Foster carers'],
  ['social_worker', 'Social workers'],
  ['other', 'Others'],
] as const;

/** Feedback forms about the period's sittings: how many from whom, and their average rating. */
export function feedbackFigures(db: ReadableDb, period: ReportPeriod): AnnualReport['feedback'] {
  const rows = db
    .select({
      fromKind: feedbackForms.fromKind,
      forms: countAll(),
      average: sql<number | null>`avg(${feedbackForms.rating})`,
    })
    .from(feedbackForms)
    .innerJoin(sittings, eq(sittings.id, feedbackForms.sittingId))
    .where(sittingInPeriod(period))
    .groupBy(feedbackForms.fromKind)
    .all();
  return FEEDBACK_FROM.map(([fromKind, label]) => {
    const row = rows.find((r) => r.fromKind === fromKind);
    return {
      fromKind,
      label,
      forms: row?.forms ?? 0,
      averageRating: row?.average != null ? oneDecimal(row.average) : null,
    };
  });
}

/** Papers sent on time and days to approved minutes, for the period's held sittings. */
export function sittingTimeliness(
  db: ReadableDb,
  period: ReportPeriod,
  papersDue: (sittingDate: string) => string,
): Pick<AnnualReport['timeliness'], 'papers' | 'minutesApproved'> {
  const held = db
    .select({ date: sittings.date, papersSentDate: sittings.papersSentDate, approvedAt: minutes.approvedAt })
    .from(sittings)
    .leftJoin(minutes, eq(minutes.sittingId, sittings.id))
    .where(heldInPeriod(period))
    .all();
  const approved = held.flatMap((s) => (s.approvedAt ? [{ from: s.date, to: toIsoDate(new Date(s.approvedAt)) }] : []));
  return {
    papers: papersTimeliness(held, papersDue),
    minutesApproved: { ...daysStats(approved), notYetApproved: held.length - approved.length },
  };
}

/** Each member's attendance at the period's held sittings, and whether their appraisal fell in it. */
export function memberFigures(db: ReadableDb, period: ReportPeriod): AnnualReport['members'] {
  const attendance = db
    .select({
      memberId: sittingAttendance.memberId,
      present: countWhen(eq(sittingAttendance.status, 'present')),
      apologies: countWhen(eq(sittingAttendance.status, 'apologies')),
      absent: countWhen(eq(sittingAttendance.status, 'absent')),
    })
    .from(sittingAttendance)
    .innerJoin(sittings, eq(sittings.id, sittingAttendance.sittingId))
    .where(heldInPeriod(period))
    .groupBy(sittingAttendance.memberId)
    .all();
  const list = db
    .select({
      id: members.id,
      name: members.name,
      listRole: members.listRole,
      appointmentDate: members.appointmentDate,
      leftDate: members.leftDate,
      lastAppraisal: members.lastAppraisalDate,
    })
    .from(members)
    .all();
  const byMember = new Map(attendance.map((a) => [a.memberId, a]));
  const onList = list.filter(
    (m) => byMember.has(m.id) || (m.appointmentDate <= period.to && (m.leftDate === null || m.leftDate >= period.from)),
  );
  const rank: Record<ListRole, number> = { chair: 0, vice_chair: 1, member: 2 };
  const rows = onList
    .sort((a, b) => rank[a.listRole] - rank[b.listRole] || a.name.localeCompare(b.name))
    .map((m) => {
      const counts = byMember.get(m.id);
      const appraisedInPeriod =
        m.lastAppraisal !== null && m.lastAppraisal >= period.from && m.lastAppraisal <= period.to;
      return {
        name: m.name,
        listRole: LIST_ROLE_LABELS[m.listRole],
        present: counts?.present ?? 0,
        apologies: counts?.apologies ?? 0,
        absent: counts?.absent ?? 0,
        lastAppraisal: m.lastAppraisal,
        appraisedInPeriod,
      };
    });
  return { rows, appraisalsDone: rows.filter((r) => r.appraisedInPeriod).length };
}
