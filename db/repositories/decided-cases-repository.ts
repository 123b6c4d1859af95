import { count, desc, eq, isNotNull, and, asc, sql } from 'drizzle-orm';
import { LETTER_KINDS } from '../../shared/contract/documents';
import type { ReadableDb } from '../connection';
import { idList, inIdList, preparedQueries, preparedQuery } from '../prepared';
import { admCases, agendaItems, households, issuedDocuments, sittings } from '../schema';

/** One decided case as the ADM's "Decided" list shows it. */
export interface DecidedCaseRow {
  itemId: string;
  itemType: string;
  householdId: string | null;
  decidedOn: string;
  decisionCode: string | null;
  finalCode: string | null;
  decidedByName: string | null;
  householdReference: string | null;
  sittingDate: string | null;
}

type Shape = 'mine' | 'all';

const decidedWhere = (shape: Shape) =>
  shape === 'mine'
    ? and(isNotNull(admCases.decidedOn), eq(admCases.decidedByUserId, sql.placeholder('userId')))
    : isNotNull(admCases.decidedOn);

const decidedPage = preparedQueries((db, shape: Shape) =>
  db
    .select({
      itemId: admCases.itemId,
      itemType: agendaItems.itemType,
      householdId: admCases.householdId,
      decidedOn: sql<string>`${admCases.decidedOn}`,
      decisionCode: admCases.decisionCode,
      finalCode: admCases.finalCode,
      decidedByName: admCases.decidedByName,
      householdReference: households.reference,
      sittingDate: sittings.date,
    })
    .from(admCases)
    .innerJoin(agendaItems, eq(agendaItems.id, admCases.itemId))
    .leftJoin(sittings, eq(sittings.id, agendaItems.sittingId))
    .leftJoin(households, eq(households.id, admCases.householdId))
    .where(decidedWhere(shape))
    .orderBy(desc(admCases.decidedOn), desc(admCases.updatedAt), asc(admCases.itemId))
    .limit(sql.placeholder('limit'))
    .offset(sql.placeholder('offset'))
    .prepare(),
);

const decidedCount = preparedQueries((db, shape: Shape) =>
  db.select({ n: count() }).from(admCases).where(decidedWhere(shape)).prepare(),
);

/**
 * One page of the decided cases, most recently decided first: only those the
 * user decided (`byUserId`), or everyone's (null, for the administrator).
 */
export function decidedCases(
  db: ReadableDb,
  byUserId: string | null,
  page: number,
  pageSize: number,
): { rows: DecidedCaseRow[]; total: number } {
  const shape: Shape = byUserId === null ? 'all' : 'mine';
  const values = { userId: byUserId ?? '', limit: pageSize, offset: (page - 1) * pageSize };
  return {
    rows: decidedPage(db, shape).all(values),
    total: decidedCount(db, shape).get({ userId: byUserId ?? '' })?.n ?? 0,
  };
}

export interface CaseLetterRow {
  id: string;
  subjectId: string;
  kind: string;
  fileName: string;
  issuedAt: string;
}

const lettersOf = preparedQuery((db) =>
  db
    .select({
      id: issuedDocuments.id,
      subjectId: issuedDocuments.subjectId,
      kind: issuedDocuments.kind,
      fileName: issuedDocuments.fileName,
      issuedAt: issuedDocuments.issuedAt,
    })
    .from(issuedDocuments)
    // Through the households' index: issued_documents has no index on subject_id, and each row holds its bytes.
    .where(
      and(
        inIdList(issuedDocuments.householdId, 'householdIds'),
        inIdList(issuedDocuments.subjectId, 'itemIds'),
        inIdList(issuedDocuments.kind, 'kinds'),
      ),
    )
    .orderBy(asc(issuedDocuments.issuedAt), asc(issuedDocuments.id))
    .prepare(),
);

/** The letters issued about these cases (never their bytes), oldest first. */
export function caseLetters(
  db: ReadableDb,
  cases: readonly { itemId: string; householdId: string | null }[],
): CaseLetterRow[] {
  if (cases.length === 0) return [];
  const householdIds = [...new Set(cases.flatMap((c) => (c.householdId ? [c.householdId] : [])))];
  return lettersOf(db).all({
    householdIds: idList(householdIds),
    itemIds: idList(cases.map((c) => c.itemId)),
    kinds: idList(LETTER_KINDS),
  });
}
