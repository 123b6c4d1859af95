import { and, asc, count, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { Role } from '../../shared/contract/roles';
import type { UserSummary } from '../../shared/schemas/users';
import type { AppDatabase, ReadableDb } from '../connection';
import { preparedQuery } from '../prepared';
import { members, users, type UserRow } from '../schema';

const StoredRoles = z.array(Role);

/** A user as the backend needs it, including what must never reach the renderer. */
export interface UserRecord extends UserSummary {
  passwordHash: string;
  failedAttempts: number;
  lastFailedAt: string | null;
}

export function usernameKey(username: string): string {
  return username.trim().toLowerCase();
}

const userCount = preparedQuery((db) => db.select({ n: count() }).from(users).prepare());

export function countUsers(db: ReadableDb): number {
  return userCount(db).get()?.n ?? 0;
}

export function findUserByUsername(db: AppDatabase, username: string): UserRecord | null {
  const row = userByUsername(db).get({ key: usernameKey(username) });
  return row ? toRecord(row.user, row.memberName) : null;
}

export function getUserRecord(db: ReadableDb, id: string): UserRecord | null {
  const row = userById(db).get({ id });
  return row ? toRecord(row.user, row.memberName) : null;
}

export function getUser(db: ReadableDb, id: string): UserSummary | null {
  const record = getUserRecord(db, id);
  return record ? toSummary(record) : null;
}

export function listUsers(db: ReadableDb): UserSummary[] {
  return userList(db)
    .all()
    .map((row) => toSummary(toRecord(row.user, row.memberName)));
}

export interface NewUserRow {
  id: string;
  username: string;
  displayName: string;
  passwordHash: string;
  roles: readonly string[];
  memberId: string | null;
  mustChangePassword: boolean;
}

export function insertUser(db: AppDatabase, user: NewUserRow, at: string): void {
  db.insert(users)
    .values({
      ...user,
      usernameKey: usernameKey(user.username),
      roles: JSON.stringify(user.roles),
      createdAt: at,
      updatedAt: at,
    })
    .run();
}

export interface UserChanges {
  displayName?: string;
  roles?: readonly string[];
  memberId?: string | null;
  passwordHash?: string;
  mustChangePassword?: boolean;
  disabled?: boolean;
  failedAttempts?: number;
  lastFailedAt?: string | null;
  lastLoginAt?: string;
}

/** Applies changes; with `version`, only if the row is still at it (false otherwise). */
export function updateUser(db: AppDatabase, id: string, changes: UserChanges, at: string, version?: number): boolean {
  const { roles, ...rest } = changes;
  const current = db.select({ version: users.version }).from(users).where(eq(users.id, id)).get();
  if (!current) return false;
  const result = db
    .update(users)
    .set({
      ...rest,
      ...(roles ? { roles: JSON.stringify(roles) } : {}),
      version: current.version + 1,
      updatedAt: at,
    })
    .where(and(eq(users.id, id), eq(users.version, version ?? current.version)))
    .run();
  return result.changes === 1;
}

/**
 * Counts a password attempt before the password is checked, in one immediate
 * transaction with the check of the count: `refuse` sees the failures so far
 * and throws to refuse the attempt (nothing is written then). However many
 * calls arrive at once, each sees the count the one before it left, so no more
 * passwords are checked than the throttle allows. A right password clears the
 * count afterwards (`updateUser` with `failedAttempts: 0`). Returns the count
 * including this attempt, or null if the user does not exist.
 */
export function countAttemptFirst(
  db: AppDatabase,
  id: string,
  at: string,
  refuse: (failures: number, lastFailedAt: string | null) => void,
): number | null {
  return db.transaction(
    (tx) => {
      const row = tx
        .select({ failures: users.failedAttempts, lastFailedAt: users.lastFailedAt, version: users.version })
        .from(users)
        .where(eq(users.id, id))
        .get();
      if (!row) return null;
      refuse(row.failures, row.lastFailedAt);
      const failures = row.failures + 1;
      tx.update(users)
        .set({ failedAttempts: failures, lastFailedAt: at, version: row.version + 1, updatedAt: at })
        .where(eq(users.id, id))
        .run();
      return failures;
    },
    { behavior: 'immediate' },
  );
}

function selectUsers(db: ReadableDb) {
  return db
    .select({ user: users, memberName: members.name })
    .from(users)
    .leftJoin(members, eq(members.id, users.memberId));
}

const userById = preparedQuery((db) =>
  selectUsers(db)
    .where(eq(users.id, sql.placeholder('id')))
    .prepare(),
);
const userByUsername = preparedQuery((db) =>
  selectUsers(db)
    .where(eq(users.usernameKey, sql.placeholder('key')))
    .prepare(),
);
const userList = preparedQuery((db) => selectUsers(db).orderBy(asc(users.disabled), asc(users.usernameKey)).prepare());

function toRecord(row: UserRow, memberName: string | null): UserRecord {
  return {
    id: row.id,
    version: row.version,
    username: row.username,
    displayName: row.displayName,
    roles: StoredRoles.parse(JSON.parse(row.roles)),
    memberId: row.memberId,
    memberName,
    disabled: row.disabled,
    mustChangePassword: row.mustChangePassword,
    lastLoginAt: row.lastLoginAt,
    passwordHash: row.passwordHash,
    failedAttempts: row.failedAttempts,
    lastFailedAt: row.lastFailedAt,
  };
}

export function toSummary(record: UserRecord): UserSummary {
  return {
    id: record.id,
    version: record.version,
    username: record.username,
    displayName: record.displayName,
    roles: record.roles,
    memberId: record.memberId,
    memberName: record.memberName,
    disabled: record.disabled,
    mustChangePassword: record.mustChangePassword,
    lastLoginAt: record.lastLoginAt,
  };
}

const currentUsers = preparedQuery((db) =>
  db
    .select({ id: users.id, displayName: users.displayName, roles: users.roles })
    .from(users)
    .where(eq(users.disabled, false))
    .prepare(),
);

/** Current users with the ADM role, by name: whom a case can be sent to. */
export function admChoices(db: ReadableDb): { userId: string; name: string }[] {
  return currentUsers(db)
    .all()
    .filter((u) => (JSON.parse(u.roles) as string[]).includes('adm'))
    .map((u) => ({ userId: u.id, name: u.displayName }))
    .sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
}
