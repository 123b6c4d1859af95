import { and, eq, sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import type { ChainDelay } from '../../shared/schemas/case-chain';
import type { ChainFacts, ChainItemFacts } from '../../shared/domain/chain/chain-facts';
import type { ItemType } from '../../shared/domain/sittings/item-types';
import type { AppDatabase, ReadableDb } from '../connection';
import { preparedQueries } from '../prepared';
import {
  admCases,
  agendaItems,
  delayReasons,
  directReferrals,
  households,
  minutes,
  resignations,
  reviewsWithoutPanel,
  sittings,
  temporaryExtensions,
} from '../schema';

/** One household (its id bound as `hid`), or every household: the inspection bundle reads them all at once. */
type Shape = 'one' | 'all';
const whose = (column: SQLWrapper, shape: Shape): SQL =>
  shape === 'one' ? sql`${column} = ${sql.placeholder('hid')}` : sql`1 = 1`;

const householdRows = preparedQueries((db, shape: Shape) =>
  db
    .select({
      id: households.id,
      reference: households.reference,
      displayName: households.displayName,
      applicationReceivedDate: households.applicationReceivedDate,
      approvalDate: households.approvalDate,
      temporaryApprovalDate: households.temporaryApprovalDate,
      status: households.status,
      createdAt: households.createdAt,
    })
    .from(households)
    .where(whose(households.id, shape))
    .orderBy(households.referenceKey)
    .prepare(),
);

const itemRows = preparedQueries((db, shape: Shape) =>
  db
    .select({
      id: agendaItems.id,
      householdId: agendaItems.householdId,
      itemType: agendaItems.itemType,
      status: agendaItems.status,
      sentToAdmDate: agendaItems.sentToAdmDate,
      reportGivenDate: agendaItems.reportGivenDate,
      observationsReceivedDate: agendaItems.observationsReceivedDate,
      sittingDate: sittings.date,
      sittingStatus: sittings.status,
      papersSentDate: sittings.papersSentDate,
      minutesApprovedAt: minutes.approvedAt,
      directReportDate: directReferrals.reportDate,
      case: {
        state: admCases.state,
        decidedOn: admCases.decidedOn,
        tellingTracked: admCases.tellingTracked,
        toldOrallyOn: admCases.toldOrallyOn,
        toldInWritingOn: admCases.toldInWritingOn,
        letterDate: admCases.letterDate,
        windowEnds: admCases.windowEnds,
        route: admCases.route,
        routeReceivedOn: admCases.routeReceivedOn,
        finalDecidedOn: admCases.finalDecidedOn,
      },
    })
    .from(agendaItems)
    .leftJoin(sittings, eq(sittings.id, agendaItems.sittingId))
    .leftJoin(minutes, eq(minutes.sittingId, agendaItems.sittingId))
    .leftJoin(directReferrals, eq(directReferrals.itemId, agendaItems.id))
    .leftJoin(admCases, eq(admCases.itemId, agendaItems.id))
    .where(and(sql`${agendaItems.householdId} is not null`, whose(agendaItems.householdId, shape)))
    .prepare(),
);

const extensionRows = preparedQueries((db, shape: Shape) =>
  db.select().from(temporaryExtensions).where(whose(temporaryExtensions.householdId, shape)).prepare(),
);

const resignationRows = preparedQueries((db, shape: Shape) =>
  db
    .select({
      id: resignations.id,
      householdId: resignations.householdId,
      noticeReceivedOn: resignations.noticeReceivedOn,
    })
    .from(resignations)
    .where(whose(resignations.householdId, shape))
    .prepare(),
);

const reviewRows = preparedQueries((db, shape: Shape) =>
  db
    .select({
      id: reviewsWithoutPanel.id,
      householdId: reviewsWithoutPanel.householdId,
      reviewDate: reviewsWithoutPanel.reviewDate,
    })
    .from(reviewsWithoutPanel)
    .where(whose(reviewsWithoutPanel.householdId, shape))
    .prepare(),
);

const delayRows = preparedQueries((db, shape: Shape) =>
  db.select().from(delayReasons).where(whose(delayReasons.householdId, shape)).prepare(),
);

type ItemRow = ReturnType<ReturnType<typeof itemRows>['all']>[number];

function itemFacts(row: ItemRow): ChainItemFacts {
  const decided = row.case && row.case.state ? row.case : null;
  return {
    id: row.id,
    itemType: row.itemType as ItemType,
    sittingDate: row.sittingDate,
    sittingCancelled: row.sittingStatus === 'cancelled',
    papersSentDate: row.papersSentDate,
    // The chair's approval is a moment; the clock counts the day it fell on.
    minutesApprovedOn: row.minutesApprovedAt ? row.minutesApprovedAt.slice(0, 10) : null,
    sentToAdmDate: row.sentToAdmDate,
    status: row.status,
    reportGivenDate: row.reportGivenDate,
    observationsReceivedDate: row.observationsReceivedDate,
    directReportDate: row.directReportDate,
    admCase: decided
      ? {
          decidedOn: decided.decidedOn,
          tellingTracked: decided.tellingTracked ?? false,
          toldOrallyOn: decided.toldOrallyOn,
          toldInWritingOn: decided.toldInWritingOn,
          letterDate: decided.letterDate,
          qualifying: decided.windowEnds !== null || decided.state === 'qualifying',
          route: decided.route,
          routeReceivedOn: decided.routeReceivedOn,
          finalDecidedOn: decided.finalDecidedOn,
        }
      : null,
  };
}

function byHousehold<T extends { householdId: string | null }>(rows: readonly T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    if (!row.householdId) continue;
    const list = map.get(row.householdId);
    if (list) list.push(row);
    else map.set(row.householdId, [row]);
  }
  return map;
}

export interface HouseholdChainRecords {
  facts: ChainFacts;
  recordedOn: string;
  delays: Map<string, ChainDelay>;
}

/** The records the case chain is worked out from: one household's, or every household's in reference order. */
export function caseChainRecords(db: ReadableDb, householdId: string | null): HouseholdChainRecords[] {
  const shape: Shape = householdId === null ? 'all' : 'one';
  const params = householdId === null ? {} : { hid: householdId };
  const items = byHousehold(itemRows(db, shape).all(params));
  const extensions = byHousehold(extensionRows(db, shape).all(params));
  const notices = byHousehold(resignationRows(db, shape).all(params));
  const reviews = byHousehold(reviewRows(db, shape).all(params));
  const delays = byHousehold(delayRows(db, shape).all(params));
  return householdRows(db, shape)
    .all(params)
    .map((household) => ({
      facts: {
        household,
        items: (items.get(household.id) ?? []).map(itemFacts),
        extensions: (extensions.get(household.id) ?? []).map((e) => ({
          itemId: e.itemId,
          kind: e.kind,
          previousEnd: e.previousEnd,
          newEnd: e.newEnd,
          decidedOn: e.decidedOn,
        })),
        resignations: notices.get(household.id) ?? [],
        reviewsWithoutPanel: reviews.get(household.id) ?? [],
      },
      recordedOn: household.createdAt.slice(0, 10),
      delays: new Map(
        (delays.get(household.id) ?? []).map((d) => [
          d.stepKey,
          { reason: d.reason, note: d.note, recordedByName: d.recordedByName, recordedAt: d.recordedAt },
        ]),
      ),
    }));
}

export function getDelayReason(db: ReadableDb, householdId: string, stepKey: string): ChainDelay | null {
  const row = db
    .select()
    .from(delayReasons)
    .where(and(eq(delayReasons.householdId, householdId), eq(delayReasons.stepKey, stepKey)))
    .get();
  return row
    ? { reason: row.reason, note: row.note, recordedByName: row.recordedByName, recordedAt: row.recordedAt }
    : null;
}

/** Records (or replaces) the reason for delay on one step; an empty reason removes it. */
export function saveDelayReason(
  db: AppDatabase,
  row: {
    householdId: string;
    stepKey: string;
    reason: string;
    note: string | null;
    recordedByName: string;
    recordedAt: string;
  },
): void {
  if (row.reason === '') {
    db.delete(delayReasons)
      .where(and(eq(delayReasons.householdId, row.householdId), eq(delayReasons.stepKey, row.stepKey)))
      .run();
    return;
  }
  db.insert(delayReasons)
    .values(row)
    .onConflictDoUpdate({
      target: [delayReasons.householdId, delayReasons.stepKey],
      set: { reason: row.reason, note: row.note, recordedByName: row.recordedByName, recordedAt: row.recordedAt },
    })
    .run();
}
