import { and, eq, gte, inArray, isNull, lt, ne, notInArray, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type {
  CaseFacts,
  DashboardFacts,
  HouseholdFacts,
  ResignationFacts,
  SittingFacts,
} from '../../../shared/domain/dashboard/dashboard-facts';
import { APPROVAL_TYPES } from '../../../shared/domain/sittings/item-types';
import type { ReadableDb } from '../../connection';
import { idList, inIdList, preparedQuery } from '../../prepared';
import { allMemberFacts } from '../members-repository';
import { irmDetailsFacts } from './irm-details-facts';
import { tellingFacts } from './telling-facts';
import { observationFacts } from './routing-facts';
import { admCases, agendaItems, households, recommendations, resignations, sittings } from '../../schema';

/**
 * Items that never go to the ADM (the rule of goesToAdm in shared/domain/minutes):
 * business, resignations (noted) and extensions (the nominated officer's).
 */
const NOT_FOR_ADM = ['business', 'resignation', 'temporary_approval_extension'];

/**
 * Everything the dashboard's rules need, in one read per kind of record:
 * no query per row. Only records that can still have a clock running are read.
 */
export function dashboardFacts(db: ReadableDb, today: string): Omit<DashboardFacts, 'laterReviews'> {
  return {
    sittings: sittingFacts(db, today),
    cases: caseFacts(db),
    households: householdFacts(db),
    resignations: resignationFacts(db, today),
    members: allMemberFacts(db),
    irmDetailsNeeded: irmDetailsFacts(db),
    tellings: tellingFacts(db),
    observations: observationFacts(db),
  };
}

function sittingFacts(db: ReadableDb, today: string): SittingFacts[] {
  const rows = sittingRows(db).all({ today });
  const approved = rows.filter((row) => row.status === 'minutes_approved').map((row) => row.id);
  const waiting = new Map(
    approved.length === 0
      ? []
      : referralsWaiting(db)
          .all({ ids: idList(approved) })
          .map((row) => [row.sittingId, row.n]),
  );
  return rows.map((row) => ({ ...row, referralsWaiting: waiting.get(row.id) ?? 0 }));
}

const sittingRows = preparedQuery((db) =>
  db
    .select({
      id: sittings.id,
      date: sittings.date,
      status: sittings.status,
      // The planned presider presides (and approves the minutes) until someone records another.
      presiderMemberId: sql<string | null>`coalesce(${sittings.presiderId}, ${sittings.plannedPresiderId})`,
    })
    .from(sittings)
    .where(
      or(
        and(eq(sittings.status, 'planned'), gte(sittings.date, sql.placeholder('today'))),
        // Past and never recorded as held or cancelled: the administrator must say what happened.
        and(inArray(sittings.status, ['planned', 'papers_sent']), lt(sittings.date, sql.placeholder('today'))),
        inArray(sittings.status, ['held', 'minutes_drafted', 'minutes_approved']),
      ),
    )
    .prepare(),
);

/** Items of approved minutes with a recommendation and not yet sent to the ADM, per sitting. */
const referralsWaiting = preparedQuery((db) =>
  db
    .select({ sittingId: agendaItems.sittingId, n: sql<number>`count(*)` })
    .from(agendaItems)
    .innerJoin(recommendations, eq(recommendations.itemId, agendaItems.id))
    .where(
      and(
        inIdList(agendaItems.sittingId, 'ids'),
        isNull(agendaItems.sentToAdmDate),
        notInArray(agendaItems.itemType, NOT_FOR_ADM),
        ne(recommendations.outcome, 'deferred'),
      ),
    )
    .groupBy(agendaItems.sittingId)
    .prepare(),
);

function caseFacts(db: ReadableDb): CaseFacts[] {
  return caseRows(db).all();
}

const caseRows = preparedQuery((db) => {
  const representations = alias(agendaItems, 'representations_item');
  return db
    .select({
      itemId: admCases.itemId,
      itemType: agendaItems.itemType,
      householdReference: sql<string>`coalesce(${households.reference}, '')`,
      state: admCases.state,
      minutesReceivedOn: sql<string>`${agendaItems.sentToAdmDate}`,
      admUserId: agendaItems.decidingAdmUserId,
      windowEnds: admCases.windowEnds,
      route: admCases.route,
      irmPapersDue: admCases.irmPapersDue,
      irmRecommendationOn: admCases.irmRecommendationOn,
      representationsSentOn: representations.sentToAdmDate,
    })
    .from(admCases)
    .innerJoin(agendaItems, eq(agendaItems.id, admCases.itemId))
    .leftJoin(households, eq(households.id, admCases.householdId))
    .leftJoin(representations, eq(representations.id, admCases.representationsItemId))
    .where(
      and(
        inArray(admCases.state, ['awaiting', 'information_requested', 'qualifying']),
        sql`${agendaItems.sentToAdmDate} is not null`,
      ),
    )
    .prepare();
});

const approvalTypes = sql.join(
  [...APPROVAL_TYPES].map((type) => sql`${type}`),
  sql`, `,
);

// Qualified by hand: with no join, drizzle writes bare column names, which the subqueries below would capture.
const householdId = sql.raw('"households"."id"');
const householdStatus = sql.raw('"households"."status"');
const temporaryApprovalDate = sql.raw('"households"."temporary_approval_date"');
const approvalDate = sql.raw('"households"."approval_date"');

// The CASEs keep each look-up (by the agenda's household index) to the households it matters for.
const householdRows = preparedQuery((db) =>
  db
    .select({
      id: households.id,
      reference: households.reference,
      status: households.status,
      applicationReceivedDate: households.applicationReceivedDate,
      approvalDate: households.approvalDate,
      temporaryApprovalDate: households.temporaryApprovalDate,
      recordedOn: sql<string>`substr(${households.createdAt}, 1, 10)`,
      extendedTo: sql<string | null>`case when ${temporaryApprovalDate} is not null then (
          select max(te.new_end) from temporary_extensions te
          where te.household_id = ${householdId} and te.kind = 'ordinary') end`,
      // An extension until the IRM outcome stays open until that case's final decision is recorded.
      extendedUntilIrmCase: sql<string | null>`case when ${temporaryApprovalDate} is not null then (
          select te.irm_case_item_id from temporary_extensions te join adm_cases c on c.item_id = te.irm_case_item_id
          where te.household_id = ${householdId} and te.kind = 'irm' and c.state <> 'final' limit 1) end`,
      // "sittingId/itemId" of the latest extension the panel gave views on and no extension answers (IDs never hold a slash).
      extensionAwaiting: sql<string | null>`case when ${temporaryApprovalDate} is not null then (
          select ai.sitting_id || '/' || ai.id from agenda_items ai join recommendations r on r.item_id = ai.id
          where ai.household_id = ${householdId} and ai.item_type = 'temporary_approval_extension'
            and not exists (select 1 from temporary_extensions te where te.item_id = ai.id)
          order by r.recorded_at desc limit 1) end`,
      lastFirstReviewOn: sql<string | null>`case when ${householdStatus} = 'approved' then (
          select max(s.date) from agenda_items ai join sittings s on s.id = ai.sitting_id
          where ai.household_id = ${householdId} and ai.item_type = 'first_review' and ai.status = 'heard') end`,
      applicationRecommended: sql<number>`case when ${householdStatus} = 'applicant' then exists (
          select 1 from agenda_items ai join recommendations r on r.item_id = ai.id
          where ai.household_id = ${householdId} and ai.item_type in (${approvalTypes})
            and r.outcome <> 'deferred') or exists (
          select 1 from agenda_items ai join direct_referrals d on d.item_id = ai.id
          where ai.household_id = ${householdId} and ai.item_type in (${approvalTypes})) else 0 end`,
    })
    .from(households)
    .where(
      // Only the households the dashboard's rules (householdDrafts) can give an entry: an applicant; a
      // household on hold with a temporary approval; an approved one whose first review since approval has
      // not been heard (once heard, its reviews are the later reviews, read by reviewFacts). Long-approved
      // households are most of a service's history, and reading them all was most of this read's time.
      or(
        eq(households.status, 'applicant'),
        and(eq(households.status, 'on_hold'), sql`${temporaryApprovalDate} <> ''`),
        and(
          eq(households.status, 'approved'),
          sql`${approvalDate} <> ''`,
          sql`not exists (select 1 from agenda_items ai join sittings s on s.id = ai.sitting_id
            where ai.household_id = ${householdId} and ai.item_type = 'first_review' and ai.status = 'heard'
              and s.date >= ${approvalDate})`,
        ),
      ),
    )
    .prepare(),
);

function householdFacts(db: ReadableDb): HouseholdFacts[] {
  const rows = householdRows(db).all();
  return rows.map(({ extensionAwaiting, applicationRecommended, ...row }) => {
    const [sittingId, itemId] = extensionAwaiting?.split('/') ?? [];
    return {
      ...row,
      extensionAwaiting: sittingId && itemId ? { sittingId, itemId } : null,
      applicationRecommended: Boolean(applicationRecommended),
    };
  });
}

function resignationFacts(db: ReadableDb, today: string): ResignationFacts[] {
  return resignationRows(db).all({ today });
}

const resignationRows = preparedQuery((db) =>
  db
    .select({
      householdId: resignations.householdId,
      reference: households.reference,
      approvalEnds: resignations.approvalEnds,
    })
    .from(resignations)
    .innerJoin(households, eq(households.id, resignations.householdId))
    .where(gte(resignations.approvalEnds, sql.placeholder('today')))
    .prepare(),
);
