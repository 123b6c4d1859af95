import { and, asc, desc, eq, inArray, isNotNull, or, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import {
  CURRENT_STATUSES,
  HOUSEHOLDS_PAGE_SIZE,
  TermsOfApproval,
  type Household,
  type HouseholdFilter,
  type HouseholdPage,
  type HouseholdPageFilter,
  type HouseholdStatus,
  type HouseholdSummary,
  type LinkedChild,
  type NewHousehold,
} from '../../shared/schemas/household';
import type { AppDatabase, ReadableDb } from '../connection';
import { preparedQueries, preparedQuery } from '../prepared';
import { householdChildren, households, householdStatusHistory, resignations, type HouseholdRow } from '../schema';

const Names = z.array(z.string());
const placeholder = sql.placeholder;

export function referenceKey(reference: string): string {
  return reference.trim().toUpperCase();
}

type ParsedFilter = { [K in keyof HouseholdFilter]: Exclude<HouseholdFilter[K], undefined> | undefined };

/** While a household is resigned, the latest notice's end of approval (the resignations' household index answers it). */
// Qualified by hand: in a one-table select drizzle writes bare names, which the subquery would read as its own.
const resignationApprovalEnds = sql<string | null>`case when "households"."status" = 'resigned' then (
  select max(r.approval_ends) from "resignations" r where r.household_id = "households"."id") end`;

/** The filters a list read has, as the key of its prepared statement. */
function listShape(filter: ParsedFilter, today: string | undefined): string {
  return [
    filter.status ? 'status' : '',
    filter.householdType ? 'type' : '',
    filter.search ? 'search' : '',
    filter.current ? (today ? 'resigning' : 'current') : '',
    filter.limit ? 'limit' : '',
  ].join(':');
}

const householdList = preparedQueries((db, shape: string) => {
  const has = new Set(shape.split(':'));
  const where: SQL[] = [];
  if (has.has('status')) where.push(eq(households.status, placeholder('status')));
  if (has.has('type')) where.push(eq(households.householdType, placeholder('householdType')));
  if (has.has('search')) {
    const pattern = placeholder('pattern');
    const match = or(
      sql`lower(${households.reference}) LIKE ${pattern} ESCAPE '\\'`,
      sql`lower(${households.displayName}) LIKE ${pattern} ESCAPE '\\'`,
      sql`lower(${households.applicantNames}) LIKE ${pattern} ESCAPE '\\'`,
    );
    if (match) where.push(match);
  }
  if (has.has('current') || has.has('resigning')) {
    const current = inArray(households.status, [...CURRENT_STATUSES]);
    const resigning = has.has('resigning') ? sql`${resignationApprovalEnds} >= ${placeholder('today')}` : undefined;
    where.push(resigning ? (or(current, resigning) ?? current) : current);
  }
  // Only the summary's columns: a household's row is wide (names, address, terms).
  const query = db
    .select({
      id: households.id,
      reference: households.reference,
      displayName: households.displayName,
      householdType: households.householdType,
      status: households.status,
      applicationReceivedDate: households.applicationReceivedDate,
      approvalDate: households.approvalDate,
      resignationApprovalEnds,
    })
    .from(households)
    .where(and(...where))
    .orderBy(asc(households.referenceKey));
  return has.has('limit') ? query.limit(placeholder('limit')).offset(placeholder('offset')).prepare() : query.prepare();
});

/**
 * `today` lets "current" keep households whose resignation has not yet taken
 * effect. With `limit`, the first that many in reference order: a picker
 * reads what it shows, not the whole history.
 */
export function listHouseholds(db: ReadableDb, filter: ParsedFilter, today?: string, offset = 0): HouseholdSummary[] {
  return householdList(db, listShape(filter, today)).all({
    status: filter.status ?? null,
    householdType: filter.householdType ?? null,
    pattern: filter.search ? `%${filter.search.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null,
    today: today ?? null,
    limit: filter.limit ?? null,
    offset,
  });
}

/**
 * One page of the households list: the page's rows and one more, to know
 * whether another page follows without counting every match (a count would
 * read every household a search names, growing with the years).
 */
export function householdPage(
  db: ReadableDb,
  filter: { [K in keyof HouseholdPageFilter]: Exclude<HouseholdPageFilter[K], undefined> | undefined },
): HouseholdPage {
  const page = filter.page ?? 1;
  const rows = listHouseholds(
    db,
    {
      search: filter.search,
      status: filter.status,
      householdType: filter.householdType,
      current: undefined,
      limit: HOUSEHOLDS_PAGE_SIZE + 1,
    },
    undefined,
    (page - 1) * HOUSEHOLDS_PAGE_SIZE,
  );
  return {
    page,
    pageSize: HOUSEHOLDS_PAGE_SIZE,
    households: rows.slice(0, HOUSEHOLDS_PAGE_SIZE),
    hasMore: rows.length > HOUSEHOLDS_PAGE_SIZE,
  };
}

export function findHouseholdByReference(db: AppDatabase, reference: string): { id: string } | null {
  return (
    db
      .select({ id: households.id })
      .from(households)
      .where(eq(households.referenceKey, referenceKey(reference)))
      .get() ?? null
  );
}

const householdById = preparedQuery((db) =>
  db
    .select()
    .from(households)
    .where(eq(households.id, placeholder('id')))
    .prepare(),
);
const childrenOf = preparedQuery((db) =>
  db
    .select()
    .from(householdChildren)
    .where(eq(householdChildren.householdId, placeholder('id')))
    .orderBy(asc(householdChildren.initials))
    .prepare(),
);
const historyOf = preparedQuery((db) =>
  db
    .select()
    .from(householdStatusHistory)
    .where(eq(householdStatusHistory.householdId, placeholder('id')))
    .orderBy(desc(householdStatusHistory.recordedAt), desc(householdStatusHistory.id))
    .prepare(),
);
const latestResignationEnds = preparedQuery((db) =>
  db
    .select({ ends: sql<string | null>`max(${resignations.approvalEnds})` })
    .from(resignations)
    .where(eq(resignations.householdId, placeholder('id')))
    .prepare(),
);

export function getHousehold(db: ReadableDb, id: string): Household | null {
  const row = householdById(db).get({ id });
  if (!row) return null;
  const children = childrenOf(db).all({ id });
  const history = historyOf(db).all({ id });
  const resigned = row.status === 'resigned' ? latestResignationEnds(db).get({ id }) : undefined;
  return {
    ...toFields(row),
    resignationApprovalEnds: resigned?.ends ?? null,
    children: children.map((c) => ({
      initials: c.initials,
      dateOfBirth: c.dateOfBirth,
      placementDate: c.placementDate,
      placementEndedOn: c.placementEndedOn,
      iroName: c.iroName,
    })),
    history: history.map((h) => ({
      status: h.status as HouseholdStatus,
      effectiveDate: h.effectiveDate,
      reason: h.reason,
      recordedAt: h.recordedAt,
      recordedBy: h.recordedBy,
    })),
  };
}

type DetailFields = Omit<NewHousehold, 'children'>;

export function insertHousehold(db: AppDatabase, id: string, household: DetailFields, at: string): void {
  db.insert(households)
    .values({
      id,
      ...columns(household),
      status: 'applicant',
      createdAt: at,
      updatedAt: at,
    })
    .run();
}

/** Only when still at `version`; false when someone else changed it first. */
export function updateHouseholdDetails(
  db: AppDatabase,
  id: string,
  version: number,
  household: DetailFields,
  at: string,
): boolean {
  return (
    db
      .update(households)
      .set({ ...columns(household), version: version + 1, updatedAt: at })
      .where(and(eq(households.id, id), eq(households.version, version)))
      .run().changes === 1
  );
}

export function setHouseholdStatus(
  db: AppDatabase,
  id: string,
  version: number,
  change: { status: HouseholdStatus; approvalDate?: string | null; terms?: TermsOfApproval | null },
  at: string,
): boolean {
  return (
    db
      .update(households)
      .set({
        status: change.status,
        ...(change.approvalDate !== undefined ? { approvalDate: change.approvalDate } : {}),
        ...(change.terms !== undefined ? { terms: change.terms ? JSON.stringify(change.terms) : null } : {}),
        version: version + 1,
        updatedAt: at,
      })
      .where(and(eq(households.id, id), eq(households.version, version)))
      .run().changes === 1
  );
}

export function addStatusHistory(
  db: AppDatabase,
  entry: {
    id: string;
    householdId: string;
    status: HouseholdStatus;
    effectiveDate: string;
    reason: string | null;
    recordedBy: string;
  },
  at: string,
): void {
  db.insert(householdStatusHistory)
    .values({ ...entry, recordedAt: at })
    .run();
}

/** Replaces the linked children with the list given. */
export function replaceChildren(
  db: AppDatabase,
  householdId: string,
  children: readonly LinkedChild[],
  newId: () => string,
): void {
  db.delete(householdChildren).where(eq(householdChildren.householdId, householdId)).run();
  for (const child of children) {
    db.insert(householdChildren)
      .values({ id: newId(), householdId, ...child })
      .run();
  }
}

const Titles = z.array(z.string().nullable());

const titlesColumn = (titles: readonly (string | null)[]) =>
  titles.some((title) => title !== null) ? JSON.stringify(titles) : null;

function columns(household: DetailFields) {
  return {
    reference: household.reference,
    referenceKey: referenceKey(household.reference),
    displayName: household.displayName,
    applicantNames: JSON.stringify(household.applicantNames),
    // Titles only for the applicants named; none at all is stored as null, as for households from before titles.
    applicantTitles: titlesColumn(household.applicantTitles.slice(0, household.applicantNames.length)),
    formOfAddress: household.formOfAddress,
    address: household.address,
    householdType: household.householdType,
    specialistScheme: household.householdType === 'specialist' ? household.specialistScheme : null,
    assessingSocialWorker: household.assessingSocialWorker,
    supervisingSocialWorker: household.supervisingSocialWorker,
    applicationReceivedDate: household.applicationReceivedDate,
    temporaryApprovalDate: household.temporaryApprovalDate,
  };
}

function toFields(row: HouseholdRow): Omit<Household, 'children' | 'history' | 'resignationApprovalEnds'> {
  return {
    id: row.id,
    version: row.version,
    reference: row.reference,
    displayName: row.displayName,
    applicantNames: Names.parse(JSON.parse(row.applicantNames)),
    applicantTitles: row.applicantTitles ? Titles.parse(JSON.parse(row.applicantTitles)) : [],
    formOfAddress: row.formOfAddress,
    address: row.address,
    householdType: row.householdType,
    specialistScheme: row.specialistScheme,
    assessingSocialWorker: row.assessingSocialWorker,
    supervisingSocialWorker: row.supervisingSocialWorker,
    applicationReceivedDate: row.applicationReceivedDate,
    status: row.status,
    approvalDate: row.approvalDate,
    terms: row.terms ? TermsOfApproval.parse(JSON.parse(row.terms)) : null,
    temporaryApprovalDate: row.temporaryApprovalDate,
  };
}

/** The household's type (whether it is a connected person), or undefined when there is no such household. */
export function householdTypeOf(db: ReadableDb, id: string) {
  return db.select({ householdType: households.householdType }).from(households).where(eq(households.id, id)).get();
}

/** Approved (or on hold) households with terms of approval recorded, by reference: their terms as stored. */
export function householdsWithTerms(db: ReadableDb) {
  return db
    .select({
      id: households.id,
      reference: households.reference,
      displayName: households.displayName,
      householdType: households.householdType,
      status: households.status,
      terms: households.terms,
    })
    .from(households)
    .where(and(inArray(households.status, ['approved', 'on_hold']), isNotNull(households.terms)))
    .orderBy(households.referenceKey)
    .all();
}
