import { eq } from 'drizzle-orm';
import type { AppDatabase, ReadableDb } from '../connection';
import { preparedQuery } from '../prepared';
import { households, members } from '../schema';
import { matchKey } from './members-repository';
import { referenceKey } from './households-repository';

export interface HeldMemberKey {
  id: string;
  nameKey: string;
  dateOfBirth: string | null;
  dbsNumber: string | null;
}

const memberKeys = preparedQuery((db) =>
  db
    .select({
      id: members.id,
      nameKey: members.nameKey,
      dateOfBirth: members.dateOfBirth,
      dbsNumber: members.dbsNumber,
    })
    .from(members)
    .prepare(),
);
const householdKeys = preparedQuery((db) =>
  db.select({ id: households.id, referenceKey: households.referenceKey }).from(households).prepare(),
);

/** Every member's matching keys, for an import to find a row already held (one read, however long the file). */
export function heldMemberKeys(db: ReadableDb): HeldMemberKey[] {
  return memberKeys(db).all();
}

/** The member a spreadsheet row is: the same DBS number, or the same name and date of birth. */
export function matchHeldMember(
  held: readonly HeldMemberKey[],
  row: { name: string; dateOfBirth: string | null; dbsNumber: string | null },
): HeldMemberKey | null {
  const dbs = row.dbsNumber?.replace(/\s+/g, '') ?? null;
  const nameKey = matchKey(row.name);
  return (
    (dbs ? held.find((member) => member.dbsNumber === dbs) : undefined) ??
    (row.dateOfBirth
      ? held.find((member) => member.nameKey === nameKey && member.dateOfBirth === row.dateOfBirth)
      : undefined) ??
    null
  );
}

/** Household id by reference key, for an import to find a household already held. */
export function heldHouseholdReferences(db: ReadableDb): Map<string, string> {
  return new Map(
    householdKeys(db)
      .all()
      .map((row) => [row.referenceKey, row.id]),
  );
}

export function importReferenceKey(reference: string): string {
  return referenceKey(reference);
}

/** The date of birth and DBS number an imported member is matched by next time. */
export function setMemberIdentity(
  db: AppDatabase,
  id: string,
  identity: { dateOfBirth: string | null; dbsNumber: string | null },
): void {
  db.update(members)
    .set({ dateOfBirth: identity.dateOfBirth, dbsNumber: identity.dbsNumber?.replace(/\s+/g, '') ?? null })
    .where(eq(members.id, id))
    .run();
}
