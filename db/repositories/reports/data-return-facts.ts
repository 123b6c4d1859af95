import { and, asc, between, eq, inArray, isNotNull, lte, or, sql } from 'drizzle-orm';
import { DEREGISTRATION_REASONS, RESIGNATION_REASONS } from '../../../shared/domain/reports/ending-reasons';
import type { DataReturnFacts } from '../../../shared/domain/reports/data-return';
import type { ApplicationEndReason } from '../../../shared/schemas/data-return';
import { TermsOfApproval } from '../../../shared/schemas/household';
import type { ReadableDb } from '../../connection';
import { preparedQuery } from '../../prepared';
import { admCases, applicationOutcomes, householdStatusHistory, households, resignations } from '../../schema';

/**
 * The facts the annual fostering data return is worked out from
 * (shared/domain/reports/data-return.ts), read for the year `from`–`to`.
 * Endings are read up to the year end, since the year-end figures need every
 * approval that had ended by then.
 */

const from = sql.placeholder('from');
const to = sql.placeholder('to');

const parseTerms = (json: string | null): TermsOfApproval | null => {
  if (!json) return null;
  try {
    const parsed = TermsOfApproval.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
};

/** A reason typed when a status was changed outside panel business, as its code when it is exactly one of the list. */
function codeOf(labels: Readonly<Record<string, string>>, text: string | null): string | null {
  const typed = text?.trim().toLowerCase();
  if (!typed) return null;
  return Object.entries(labels).find(([code, label]) => code === typed || label.toLowerCase() === typed)?.[0] ?? null;
}

const allHouseholds = preparedQuery((db) =>
  db
    .select({
      id: households.id,
      reference: households.reference,
      displayName: households.displayName,
      householdType: households.householdType,
      applicationReceivedDate: households.applicationReceivedDate,
      approvalDate: households.approvalDate,
      temporaryApprovalDate: households.temporaryApprovalDate,
      terms: households.terms,
    })
    .from(households)
    .prepare(),
);

const outcomesInYear = preparedQuery((db) =>
  db
    .select({
      householdId: applicationOutcomes.householdId,
      reason: applicationOutcomes.reason,
      endedOn: applicationOutcomes.endedOn,
    })
    .from(applicationOutcomes)
    .where(between(applicationOutcomes.endedOn, from, to))
    .prepare(),
);

/** Status changes of a kind in a span, for households without the fuller record another table keeps. */
const statusChanges = preparedQuery((db) =>
  db
    .select({
      householdId: householdStatusHistory.householdId,
      status: householdStatusHistory.status,
      effectiveDate: householdStatusHistory.effectiveDate,
      reason: householdStatusHistory.reason,
    })
    .from(householdStatusHistory)
    .where(
      and(
        inArray(householdStatusHistory.status, ['withdrawn', 'refused', 'resigned', 'terminated']),
        lte(householdStatusHistory.effectiveDate, to),
      ),
    )
    .orderBy(asc(householdStatusHistory.effectiveDate))
    .prepare(),
);

const withOutcome = preparedQuery((db) =>
  db.select({ householdId: applicationOutcomes.householdId }).from(applicationOutcomes).prepare(),
);

const finalRefusals = preparedQuery((db) =>
  db
    .select({ householdId: admCases.householdId, decidedOn: admCases.finalDecidedOn })
    .from(admCases)
    .where(and(eq(admCases.state, 'final'), eq(admCases.finalCode, 'not_approve'), isNotNull(admCases.householdId)))
    .prepare(),
);

const resignationRows = preparedQuery((db) =>
  db
    .select({ householdId: resignations.householdId, endsOn: resignations.approvalEnds, reason: resignations.reason })
    .from(resignations)
    .where(lte(resignations.approvalEnds, to))
    .orderBy(asc(resignations.approvalEnds))
    .prepare(),
);
const resigningHouseholds = preparedQuery((db) =>
  db.selectDistinct({ householdId: resignations.householdId }).from(resignations).prepare(),
);

const terminationRows = preparedQuery((db) =>
  db
    .select({ householdId: admCases.householdId, endsOn: admCases.approvalEnds, reason: admCases.endingReason })
    .from(admCases)
    .where(and(isNotNull(admCases.approvalEnds), isNotNull(admCases.householdId)))
    .orderBy(asc(admCases.approvalEnds))
    .prepare(),
);

const termsDecisionRows = preparedQuery((db) =>
  db
    .select({
      householdId: admCases.householdId,
      effectiveOn: sql<string>`case when ${admCases.state} = 'final' then ${admCases.finalDecidedOn} else ${admCases.decidedOn} end`,
      terms: sql<
        string | null
      >`case when ${admCases.state} = 'final' then ${admCases.finalTerms} else ${admCases.decisionTerms} end`,
    })
    .from(admCases)
    .where(
      and(
        isNotNull(admCases.householdId),
        or(
          and(eq(admCases.state, 'decided'), inArray(admCases.decisionCode, ['approve', 'revise_terms', 'new_terms'])),
          and(eq(admCases.state, 'final'), inArray(admCases.finalCode, ['approve', 'revise_terms', 'new_terms'])),
        ),
      ),
    )
    .orderBy(sql`2`)
    .prepare(),
);

export function dataReturnFacts(db: ReadableDb, period: { from: string; to: string }): DataReturnFacts {
  const span = { from: period.from, to: period.to };
  const changes = statusChanges(db).all(span);
  const outcomeHouseholds = new Set(
    withOutcome(db)
      .all()
      .map((r) => r.householdId),
  );
  const refused = finalRefusals(db)
    .all()
    .flatMap((r) => (r.householdId && r.decidedOn ? [{ householdId: r.householdId, decidedOn: r.decidedOn }] : []));
  const refusedByAdm = new Set(refused.map((r) => r.householdId));
  const resigning = new Set(
    resigningHouseholds(db)
      .all()
      .map((r) => r.householdId),
  );
  const terminated = terminationRows(db)
    .all()
    .flatMap((r) =>
      r.householdId && r.endsOn ? [{ householdId: r.householdId, endsOn: r.endsOn, reason: r.reason }] : [],
    );
  const terminatedByAdm = new Set(terminated.map((r) => r.householdId));
  const outside = (status: string, recorded: Set<string>) =>
    changes.filter((c) => c.status === status && !recorded.has(c.householdId));

  const applicationEnds: { householdId: string; reason: ApplicationEndReason; endedOn: string }[] = [
    ...outcomesInYear(db).all(span),
    // Withdrawn without a recorded outcome (a status changed by hand): ended, reason not recorded.
    ...outside('withdrawn', outcomeHouseholds)
      .filter((c) => c.effectiveDate >= period.from)
      .map((c) => ({ householdId: c.householdId, reason: 'not_recorded' as const, endedOn: c.effectiveDate })),
  ];
  return {
    households: allHouseholds(db)
      .all()
      .map((h) => ({ ...h, terms: parseTerms(h.terms) })),
    applicationEnds,
    refusals: [
      ...refused,
      ...outside('refused', refusedByAdm).map((c) => ({ householdId: c.householdId, decidedOn: c.effectiveDate })),
    ],
    resignations: [
      ...resignationRows(db).all(span),
      ...outside('resigned', resigning).map((c) => ({
        householdId: c.householdId,
        endsOn: c.effectiveDate,
        reason: codeOf(RESIGNATION_REASONS, c.reason),
      })),
    ],
    terminations: [
      ...terminated.filter((t) => t.endsOn <= period.to),
      ...outside('terminated', terminatedByAdm).map((c) => ({
        householdId: c.householdId,
        endsOn: c.effectiveDate,
        reason: codeOf(DEREGISTRATION_REASONS, c.reason),
      })),
    ],
    termsDecisions: termsDecisionRows(db)
      .all()
      .flatMap((d) => {
        const terms = parseTerms(d.terms);
        return d.householdId && d.effectiveOn && terms
          ? [{ householdId: d.householdId, effectiveOn: d.effectiveOn, terms }]
          : [];
      }),
  };
}
