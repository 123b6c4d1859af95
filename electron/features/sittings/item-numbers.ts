import { updateAgendaItem } from '../../../db/repositories/agenda-items-repository';
import { getSittingRow, itemRows, nextPosition } from '../../../db/repositories/sittings-repository';
import type { AppDatabase } from '../../../db/connection';

/**
 * One numbering for the agenda, the minutes and every document (issue 19).
 * While a sitting is planned, an item's number follows the agenda's order;
 * when the papers go out the numbers are fixed, so a withdrawn item keeps its
 * number, and an item added after that takes the next number, marked as added
 * late. The sitting's view reads the numbers back (`itemNumbers`).
 */

/** The papers are out once the sitting has moved on from planned (a cancelled one, if it recorded their date). */
export function papersAreOut(sitting: { status: string; papersSentDate: string | null }): boolean {
  return sitting.status === 'cancelled' ? sitting.papersSentDate !== null : sitting.status !== 'planned';
}

/** Fixes the number of each item not yet numbered, in agenda order: called as the papers go out. */
export function fixItemNumbers(db: AppDatabase, sittingId: string): void {
  const rows = itemRows(db, sittingId).map(({ item }) => item);
  let next = rows.reduce((max, item) => Math.max(max, item.number ?? 0), 0);
  for (const item of rows) if (item.number === null) updateAgendaItem(db, item.id, { number: (next += 1) });
}

/** Where a new item goes on a sitting's agenda: last, and once the papers are out, with the next number, late. */
export function newItemPlace(
  db: AppDatabase,
  sittingId: string,
): { position: number; number: number | null; addedLate: boolean } {
  const position = nextPosition(db, sittingId);
  const sitting = getSittingRow(db, sittingId)?.sitting;
  if (!sitting || !papersAreOut(sitting)) return { position, number: null, addedLate: false };
  fixItemNumbers(db, sittingId);
  const last = itemRows(db, sittingId).reduce((max, { item }) => Math.max(max, item.number ?? 0), 0);
  return { position, number: last + 1, addedLate: true };
}

/**
 * Each item's number, in the order given (the agenda's): its fixed number, or
 * for an item not yet numbered (a sitting still being planned) the next one
 * after those fixed, in order.
 */
export function itemNumbers(items: readonly { id: string; number: number | null }[]): Map<string, number> {
  let next = items.reduce((max, item) => Math.max(max, item.number ?? 0), 0);
  return new Map(items.map((item) => [item.id, item.number ?? (next += 1)]));
}
