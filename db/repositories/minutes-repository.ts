import { createHash } from 'node:crypto';
import { and, desc, eq, sql } from 'drizzle-orm';
import { canonicalJson } from '../../shared/domain/minutes/assemble-minutes';
import { MinutesContent, MinutesNotes, type MinutesVersionSummary } from '../../shared/schemas/minutes';
import type { AppDatabase, ReadableDb } from '../connection';
import { idList, inIdList, preparedQuery } from '../prepared';
import { agendaItems, minutes, minutesVersions, users } from '../schema';

export type MinutesRow = typeof minutes.$inferSelect;

/** SHA-256 of the canonical JSON: the same minutes always give the same hash. */
export function hashMinutes(content: MinutesContent): string {
  return createHash('sha256').update(canonicalJson(content), 'utf8').digest('hex');
}

const minutesOf = preparedQuery((db) =>
  db
    .select()
    .from(minutes)
    .where(eq(minutes.sittingId, sql.placeholder('sittingId')))
    .prepare(),
);

export function getMinutesRow(db: ReadableDb, sittingId: string): MinutesRow | null {
  return minutesOf(db).get({ sittingId }) ?? null;
}

export function notesOf(row: MinutesRow | null): MinutesNotes {
  return MinutesNotes.parse(row ? JSON.parse(row.notes) : {});
}

export function listVersions(db: ReadableDb, sittingId: string): MinutesVersionSummary[] {
  return versionsOf(db).all({ sittingId });
}

const versionsOf = preparedQuery((db) =>
  db
    .select({
      number: minutesVersions.number,
      hash: minutesVersions.hash,
      savedAt: minutesVersions.savedAt,
      savedByName: minutesVersions.savedByName,
      amendmentReason: minutesVersions.amendmentReason,
    })
    .from(minutesVersions)
    .where(eq(minutesVersions.sittingId, sql.placeholder('sittingId')))
    .orderBy(desc(minutesVersions.number))
    .prepare(),
);

const versionContent = preparedQuery((db) =>
  db
    .select({ content: minutesVersions.content })
    .from(minutesVersions)
    .where(
      and(
        eq(minutesVersions.sittingId, sql.placeholder('sittingId')),
        eq(minutesVersions.number, sql.placeholder('number')),
      ),
    )
    .prepare(),
);

export function getVersionContent(db: ReadableDb, sittingId: string, number: number): MinutesContent | null {
  const row = versionContent(db).get({ sittingId, number });
  return row ? MinutesContent.parse(JSON.parse(row.content)) : null;
}

export function latestVersionNumber(db: AppDatabase, sittingId: string): number {
  const row = db
    .select({ number: minutesVersions.number })
    .from(minutesVersions)
    .where(eq(minutesVersions.sittingId, sittingId))
    .orderBy(desc(minutesVersions.number))
    .limit(1)
    .get();
  return row?.number ?? 0;
}

export function insertVersion(db: AppDatabase, version: typeof minutesVersions.$inferInsert): void {
  db.insert(minutesVersions).values(version).run();
}

/** The first save creates the row; later ones must name the version they edited. */
export function writeMinutesRow(
  db: AppDatabase,
  sittingId: string,
  expectedVersion: number,
  changes: Partial<Omit<MinutesRow, 'sittingId' | 'version'>> & { updatedAt: string },
): boolean {
  if (expectedVersion === 0) {
    const inserted = db
      .insert(minutes)
      .values({ sittingId, version: 1, notes: changes.notes ?? '{}', ...changes })
      .onConflictDoNothing()
      .run();
    return inserted.changes === 1;
  }
  const updated = db
    .update(minutes)
    .set({ ...changes, version: expectedVersion + 1 })
    .where(and(eq(minutes.sittingId, sittingId), eq(minutes.version, expectedVersion)))
    .run();
  return updated.changes === 1;
}

/** Who decides each referred item and when it went to them: one read for all the items, not one per item. */
export function referralRows(
  db: ReadableDb,
  itemIds: readonly string[],
): { id: string; decidingAdmUserId: string | null; sentToAdmDate: string | null }[] {
  if (itemIds.length === 0) return [];
  return referrals(db).all({ ids: idList(itemIds) });
}

const referrals = preparedQuery((db) =>
  db
    .select({
      id: agendaItems.id,
      decidingAdmUserId: agendaItems.decidingAdmUserId,
      sentToAdmDate: agendaItems.sentToAdmDate,
    })
    .from(agendaItems)
    .where(inIdList(agendaItems.id, 'ids'))
    .prepare(),
);

/** The names of the ADMs the referrals name, in one read. */
export function admNames(db: ReadableDb, userIds: readonly string[]): { id: string; displayName: string }[] {
  if (userIds.length === 0) return [];
  return namesOf(db).all({ ids: idList(userIds) });
}

const namesOf = preparedQuery((db) =>
  db.select({ id: users.id, displayName: users.displayName }).from(users).where(inIdList(users.id, 'ids')).prepare(),
);
