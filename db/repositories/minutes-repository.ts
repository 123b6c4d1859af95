import { createHash } from 'node:crypto';
import { and, desc, eq, inArray } from 'drizzle-orm';
import { canonicalJson } from '../../shared/domain/minutes/assemble-minutes';
import { MinutesContent, MinutesNotes, type MinutesVersionSummary } from '../../shared/schemas/minutes';
import type { AppDatabase, ReadableDb } from '../connection';
import { agendaItems, minutes, minutesVersions, users } from '../schema';

export type MinutesRow = typeof minutes.$inferSelect;

/** SHA-256 of the canonical JSON: the same minutes always give the same hash. */
export function hashMinutes(content: MinutesContent): string {
  return createHash('sha256').update(canonicalJson(content), 'utf8').digest('hex');
}

export function getMinutesRow(db: ReadableDb, sittingId: string): MinutesRow | null {
  return db.select().from(minutes).where(eq(minutes.sittingId, sittingId)).get() ?? null;
}

export function notesOf(row: MinutesRow | null): MinutesNotes {
  return MinutesNotes.parse(row ? JSON.parse(row.notes) : {});
}

export function listVersions(db: ReadableDb, sittingId: string): MinutesVersionSummary[] {
  return db
    .select({
      number: minutesVersions.number,
      hash: minutesVersions.hash,
      savedAt: minutesVersions.savedAt,
      savedByName: minutesVersions.savedByName,
      amendmentReason: minutesVersions.amendmentReason,
    })
    .from(minutesVersions)
    .where(eq(minutesVersions.sittingId, sittingId))
    .orderBy(desc(minutesVersions.number))
    .all();
}

export function getVersionContent(db: ReadableDb, sittingId: string, number: number): MinutesContent | null {
  const row = db
    .select({ content: minutesVersions.content })
    .from(minutesVersions)
    .where(and(eq(minutesVersions.sittingId, sittingId), eq(minutesVersions.number, number)))
    .get();
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
  return db
    .select({
      id: agendaItems.id,
      decidingAdmUserId: agendaItems.decidingAdmUserId,
      sentToAdmDate: agendaItems.sentToAdmDate,
    })
    .from(agendaItems)
    .where(inArray(agendaItems.id, [...itemIds]))
    .all();
}

/** The names of the ADMs the referrals name, in one read. */
export function admNames(db: ReadableDb, userIds: readonly string[]): { id: string; displayName: string }[] {
  if (userIds.length === 0) return [];
  return db
    .select({ id: users.id, displayName: users.displayName })
    .from(users)
    .where(inArray(users.id, [...userIds]))
    .all();
}
