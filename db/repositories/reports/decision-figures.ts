import {
  DEREGISTRATION_REASONS,
  endingReasonLabel,
  RESIGNATION_REASONS,
} from '../../../shared/domain/reports/ending-reasons';
import { and, count, eq, inArray, isNotNull, isNull, notInArray, or, sql, type SQLWrapper } from 'drizzle-orm';
import { DECISIONS } from '../../../shared/domain/decisions/decision-rules';
import { OUTCOMES } from '../../../shared/domain/recommendations/outcomes';
import {
  approvalsBreakdown,
  endings,
  tally,
  type ApprovalRow,
  type EndingRow,
} from '../../../shared/domain/reports/tallies';
import { TermsOfApproval } from '../../../shared/schemas/household';
import type { AnnualReport, ReportPeriod } from '../../../shared/schemas/report';
import type { ReadableDb } from '../../connection';
import {
  admCases,
  agendaItems,
  householdStatusHistory,
  households,
  recommendations,
  resignations,
  sittings,
  temporaryExtensions,
} from '../../schema';
import { byItemTypeOrder, countAll, countWhen, inPeriod, outcomeLabel, sittingInPeriod, typeLabel } from './report-sql';

const parseTerms = (json: string | null) => {
  if (!json) return null;
  const parsed = TermsOfApproval.safeParse(JSON.parse(json));
  return parsed.success ? parsed.data : null;
};

/** Items of the type heard at sittings in the period. */
const heardAs = (period: ReportPeriod, itemType: string) =>
  and(sittingInPeriod(period), eq(agendaItems.itemType, itemType));

/**
 * Households given a status (resigned, terminated) in the period outside
 * panel business: those not among the households the panel dealt with.
 */
const endedOutsidePanel = (
  db: ReadableDb,
  status: 'resigned' | 'terminated',
  period: ReportPeriod,
  dealtWith: SQLWrapper,
): EndingRow[] =>
  db
    .select({ householdType: households.householdType, reason: householdStatusHistory.reason })
    .from(householdStatusHistory)
    .innerJoin(households, eq(households.id, householdStatusHistory.householdId))
    .where(
      and(
        eq(householdStatusHistory.status, status),
        inPeriod(householdStatusHistory.effectiveDate, period),
        notInArray(householdStatusHistory.householdId, dealtWith),
      ),
    )
    .all();

/** The household's type, or for an item with none recorded, the type its approval item implies. */
const householdTypeOf = (householdType: string | null, itemType: string) =>
  householdType ?? (itemType === 'approval_connected_person' ? 'connected_person' : 'mainstream');

/**
 * The ADM's approvals that took effect in the period: an agreement or
 * disagreement that approved, or a final decision to approve after a
 * qualifying determination. Terms are the ADM's.
 */
export function approvalFigures(
  db: ReadableDb,
  period: ReportPeriod,
): Pick<AnnualReport, 'approvals' | 'connectedPersons'> {
  const rows = db
    .select({
      householdType: households.householdType,
      itemType: agendaItems.itemType,
      terms: sql<
        string | null
      >`case when ${admCases.state} = 'final' then ${admCases.finalTerms} else ${admCases.decisionTerms} end`,
    })
    .from(admCases)
    .innerJoin(agendaItems, eq(agendaItems.id, admCases.itemId))
    .leftJoin(households, eq(households.id, admCases.householdId))
    .where(
      or(
        and(eq(admCases.state, 'decided'), eq(admCases.decisionCode, 'approve'), inPeriod(admCases.decidedOn, period)),
        and(eq(admCases.state, 'final'), eq(admCases.finalCode, 'approve'), inPeriod(admCases.finalDecidedOn, period)),
      ),
    )
    .all();
  const approvals: ApprovalRow[] = rows.map((r) => ({
    householdType: householdTypeOf(r.householdType, r.itemType),
    terms: parseTerms(r.terms),
  }));
  const breakdown = approvalsBreakdown(approvals);
  const connected = breakdown.byHouseholdType.find((h) => h.householdType === 'connected_person');
  const temporary = db
    .select({ n: count() })
    .from(households)
    .where(and(eq(households.householdType, 'connected_person'), inPeriod(households.temporaryApprovalDate, period)))
    .get();
  const extended = db
    .select({ n: count() })
    .from(temporaryExtensions)
    .where(inPeriod(temporaryExtensions.decidedOn, period))
    .get();
  return {
    approvals: breakdown,
    connectedPersons: {
      approvals: connected?.approvals ?? 0,
      places: connected?.places ?? 0,
      temporaryApprovals: temporary?.n ?? 0,
      extensions: extended?.n ?? 0,
    },
  };
}

/** Recommendations on reviews heard at the period's sittings, with what the ADM made of them. */
export function reviewFigures(
  db: ReadableDb,
  period: ReportPeriod,
): Pick<AnnualReport, 'firstReviews' | 'otherReviews'> {
  const first = db
    .select({ householdType: households.householdType, outcome: recommendations.outcome, count: countAll() })
    .from(recommendations)
    .innerJoin(agendaItems, eq(agendaItems.id, recommendations.itemId))
    .innerJoin(sittings, eq(sittings.id, agendaItems.sittingId))
    .leftJoin(households, eq(households.id, agendaItems.householdId))
    .where(heardAs(period, 'first_review'))
    .groupBy(households.householdType, recommendations.outcome)
    .all();
  const firstRows = OUTCOMES.first_review.map((o) => {
    const matching = first.filter((f) => f.outcome === o.code);
    const connected = matching.filter((f) => f.householdType === 'connected_person').reduce((n, f) => n + f.count, 0);
    const total = matching.reduce((n, f) => n + f.count, 0);
    return { outcome: o.code, label: o.label, mainstream: total - connected, connected, total };
  });
  const other = db
    .select({
      outcome: recommendations.outcome,
      heard: countAll(),
      admAgreed: countWhen(eq(admCases.verdict, 'agree')),
      admDisagreed: countWhen(eq(admCases.verdict, 'disagree')),
      awaitingAdm: countWhen(and(isNotNull(admCases.itemId), isNull(admCases.verdict))),
    })
    .from(recommendations)
    .innerJoin(agendaItems, eq(agendaItems.id, recommendations.itemId))
    .innerJoin(sittings, eq(sittings.id, agendaItems.sittingId))
    .leftJoin(admCases, eq(admCases.itemId, agendaItems.id))
    .where(heardAs(period, 'other_review'))
    .groupBy(recommendations.outcome)
    .all();
  const disagreements = db
    .select({
      householdReference: households.reference,
      sittingDate: sittings.date,
      outcome: recommendations.outcome,
      decisionCode: admCases.decisionCode,
    })
    .from(admCases)
    .innerJoin(agendaItems, eq(agendaItems.id, admCases.itemId))
    .innerJoin(sittings, eq(sittings.id, agendaItems.sittingId))
    .innerJoin(recommendations, eq(recommendations.itemId, agendaItems.id))
    .leftJoin(households, eq(households.id, agendaItems.householdId))
    .where(and(heardAs(period, 'other_review'), eq(admCases.verdict, 'disagree')))
    .orderBy(sittings.date, households.reference)
    .all();
  return {
    firstReviews: {
      rows: firstRows,
      mainstream: firstRows.reduce((n, r) => n + r.mainstream, 0),
      connected: firstRows.reduce((n, r) => n + r.connected, 0),
    },
    otherReviews: {
      rows: OUTCOMES.other_review.map((o) => {
        const row = other.find((r) => r.outcome === o.code);
        return {
          outcome: o.code,
          label: o.label,
          heard: row?.heard ?? 0,
          admAgreed: row?.admAgreed ?? 0,
          admDisagreed: row?.admDisagreed ?? 0,
          awaitingAdm: row?.awaitingAdm ?? 0,
        };
      }),
      admDisagreements: disagreements.map((d) => ({
        householdReference: d.householdReference ?? '—',
        sittingDate: d.sittingDate,
        panelRecommendation: outcomeLabel('other_review', d.outcome),
        admDecision: decisionLabel(d.decisionCode ?? ''),
      })),
    },
  };
}

/** The words for a decision code, from the first item type that offers it. */
export function decisionLabel(code: string): string {
  for (const options of Object.values(DECISIONS)) {
    const option = options.find((o) => o.code === code);
    if (option) return option.label;
  }
  return code;
}

/** ADM decisions made in the period, by item type: how often the ADM agreed with the panel. */
export function admDecisionFigures(db: ReadableDb, period: ReportPeriod): AnnualReport['admDecisions'] {
  const rows = db
    .select({
      itemType: agendaItems.itemType,
      decided: countAll(),
      agreed: countWhen(eq(admCases.verdict, 'agree')),
      disagreed: countWhen(eq(admCases.verdict, 'disagree')),
    })
    .from(admCases)
    .innerJoin(agendaItems, eq(agendaItems.id, admCases.itemId))
    // Cases sent straight to the ADM were agreed or not with the service, not the panel.
    .where(and(inPeriod(admCases.decidedOn, period), isNotNull(admCases.verdict), isNotNull(agendaItems.sittingId)))
    .groupBy(agendaItems.itemType)
    .all();
  return byItemTypeOrder(rows).map((r) => ({ ...r, label: typeLabel(r.itemType) }));
}

/**
 * Resignations whose notice arrived in the period, with the reason the panel
 * noted; and households recorded as resigned outside panel business, with the
 * reason given then.
 */
export function resignationFigures(db: ReadableDb, period: ReportPeriod): AnnualReport['resignations'] {
  const noted: EndingRow[] = db
    .select({ householdType: households.householdType, code: resignations.reason, text: recommendations.reasons })
    .from(resignations)
    .innerJoin(households, eq(households.id, resignations.householdId))
    .leftJoin(recommendations, eq(recommendations.itemId, resignations.itemId))
    .where(inPeriod(resignations.noticeReceivedOn, period))
    .all()
    .map((r) => ({ householdType: r.householdType, reason: endingReasonLabel(RESIGNATION_REASONS, r.code, r.text) }));
  const noticed = db.select({ id: resignations.householdId }).from(resignations);
  return endings([...noted, ...endedOutsidePanel(db, 'resigned', period, noticed)]);
}

/**
 * Approvals terminated in the period: by the ADM's final decision (with its
 * reasons), or recorded outside panel business (with the reason given then).
 */
export function terminationFigures(db: ReadableDb, period: ReportPeriod): AnnualReport['terminations'] {
  const decided: EndingRow[] = db
    .select({
      householdType: households.householdType,
      code: admCases.endingReason,
      text: sql<string | null>`coalesce(${admCases.finalReasons}, ${admCases.decisionReasons})`,
    })
    .from(admCases)
    .innerJoin(households, eq(households.id, admCases.householdId))
    .where(inPeriod(admCases.approvalEnds, period))
    .all()
    .map((r) => ({
      householdType: r.householdType,
      reason: endingReasonLabel(DEREGISTRATION_REASONS, r.code, r.text),
    }));
  const ended = db.select({ id: admCases.householdId }).from(admCases).where(isNotNull(admCases.approvalEnds));
  return endings([...decided, ...endedOutsidePanel(db, 'terminated', period, ended)]);
}

/** Reg 25 extensions heard at the period's sittings: the panel's views, and whether the officer extended. */
export function extensionFigures(db: ReadableDb, period: ReportPeriod): AnnualReport['extensions'] {
  const rows = db
    .select({
      outcome: recommendations.outcome,
      heard: countAll(),
      approved: countWhen(isNotNull(temporaryExtensions.itemId)),
    })
    .from(recommendations)
    .innerJoin(agendaItems, eq(agendaItems.id, recommendations.itemId))
    .innerJoin(sittings, eq(sittings.id, agendaItems.sittingId))
    .leftJoin(temporaryExtensions, eq(temporaryExtensions.itemId, agendaItems.id))
    .where(heardAs(period, 'temporary_approval_extension'))
    .groupBy(recommendations.outcome)
    .all();
  const result = OUTCOMES.temporary_approval_extension.map((o) => {
    const row = rows.find((r) => r.outcome === o.code);
    return { outcome: o.code, label: o.label, heard: row?.heard ?? 0, approved: row?.approved ?? 0 };
  });
  return { rows: result, approved: result.reduce((n, r) => n + r.approved, 0) };
}

/**
 * Items deferred at the period's sittings: by the panel's recommendation (what
 * was outstanding) or taken off before being heard (the reason given).
 */
export function deferralFigures(db: ReadableDb, period: ReportPeriod): AnnualReport['deferrals'] {
  const rows = db
    .select({
      itemType: agendaItems.itemType,
      reason: sql<
        string | null
      >`case when ${recommendations.outcome} = 'deferred' then ${recommendations.outstanding} else ${agendaItems.statusReason} end`,
    })
    .from(agendaItems)
    .innerJoin(sittings, eq(sittings.id, agendaItems.sittingId))
    .leftJoin(recommendations, eq(recommendations.itemId, agendaItems.id))
    .where(
      and(sittingInPeriod(period), or(eq(agendaItems.status, 'deferred'), eq(recommendations.outcome, 'deferred'))),
    )
    .all();
  const types = byItemTypeOrder([...new Set(rows.map((r) => r.itemType))].map((itemType) => ({ itemType })));
  return {
    total: rows.length,
    byType: types.map(({ itemType }) => ({
      label: typeLabel(itemType),
      count: rows.filter((r) => r.itemType === itemType).length,
    })),
    byReason: tally(
      rows.map((r) => r.reason),
      'No reason recorded',
    ),
  };
}

/** Qualifying determinations made in the period, the route each took, and the final decisions. */
export function determinationFigures(db: ReadableDb, period: ReportPeriod): AnnualReport['determinations'] {
  const rows = db
    .select({
      decision: admCases.decisionCode,
      made: countAll(),
      representations: countWhen(eq(admCases.route, 'representations')),
      irm: countWhen(eq(admCases.route, 'irm')),
      finalMade: countWhen(eq(admCases.state, 'final')),
      finalConfirmed: countWhen(and(eq(admCases.state, 'final'), eq(admCases.finalCode, admCases.decisionCode))),
    })
    .from(admCases)
    .where(and(inArray(admCases.state, ['qualifying', 'final']), inPeriod(admCases.decidedOn, period)))
    .groupBy(admCases.decisionCode)
    .all();
  return {
    rows: rows
      .map((r) => ({ ...r, decision: r.decision ?? '', label: decisionLabel(r.decision ?? '') }))
      .sort((a, b) => a.label.localeCompare(b.label)),
  };
}
