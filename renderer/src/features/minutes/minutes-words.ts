import type { MinutesItem, MinutesView } from '../../../../shared/schemas/minutes';

type SittingStatus = MinutesView['sittingStatus'];

/** Once a sitting is held its minutes can be written; until then there is nothing to minute. */
const WRITABLE: ReadonlySet<SittingStatus> = new Set(['held', 'minutes_drafted', 'minutes_approved', 'sent_to_adm']);

export function canWriteMinutes(status: SittingStatus): boolean {
  return WRITABLE.has(status);
}

/** "Item 1: Approval (mainstream), HH-101": how the minutes name an item. */
export function itemHeading(
  item: Pick<MinutesItem, 'number' | 'addedLate' | 'typeLabel' | 'householdReference' | 'title'>,
): string {
  const about = item.householdReference ?? item.title;
  return `Item ${item.number}: ${item.typeLabel}${about ? `, ${about}` : ''}${item.addedLate ? ' (added late)' : ''}`;
}

/** The start of the SHA-256 of a version: enough for a person to compare two copies by eye. */
export function contentReference(hash: string): string {
  return hash.slice(0, 12);
}

export function notesDraftKey(sittingId: string): string {
  return `minutes:notes:${sittingId}`;
}

/** "1 item", "2 items". */
export function countItems(count: number): string {
  return `${count} ${count === 1 ? 'item' : 'items'}`;
}
