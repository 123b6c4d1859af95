import { LIST_ROLE_LABELS } from '../../schemas/member';
import type { SittingDetail } from '../../schemas/sitting-views';

type Item = SittingDetail['items'][number];

/** Whether an item is heard (or still to be) at this sitting, rather than taken off its agenda. */
export const onAgenda = (item: Pick<Item, 'status'>) => item.status === 'scheduled' || item.status === 'heard';

/**
 * Who presented the item: those recorded for it, then those recorded for the
 * whole sitting (a presenter with no item presents every item heard there).
 */
export function itemPresenters(sitting: SittingDetail, item: Item): string[] {
  const own = sitting.people.filter((p) => p.kind === 'presenter' && p.itemId === item.id).map((p) => p.name);
  if (!onAgenda(item)) return own;
  const whole = sitting.people.filter((p) => p.kind === 'presenter' && p.itemId === null).map((p) => p.name);
  return [...own, ...whole.filter((name) => !own.includes(name))];
}

/**
 * Members who joined the meeting before this item or left it after this item
 * ("Jane Doe joined the meeting before this item"), as recorded in attendance.
 * Present only when there is something to say, so older minutes keep their hash.
 */
export function itemMovements(sitting: SittingDetail, item: Item): { arrivals?: string[]; departures?: string[] } {
  const present = sitting.attendance.filter((a) => a.status === 'present');
  const arrivals = present.filter((a) => a.arrivedBeforeItemId === item.id).map((a) => a.name);
  const departures = present.filter((a) => a.leftAfterItemId === item.id).map((a) => a.name);
  return {
    ...(arrivals.length > 0 ? { arrivals } : {}),
    ...(departures.length > 0 ? { departures } : {}),
  };
}

/** "Margaret Ellis (Chair)": who presided the item (its own presider, else the sitting's), when someone able did. */
export function itemPresidedBy(item: Item): { presidedBy?: string } {
  const { presiderName, presiderRole } = item.presiding;
  if (!onAgenda(item) || !presiderName || !presiderRole) return {};
  return { presidedBy: `${presiderName} (${LIST_ROLE_LABELS[presiderRole]})` };
}
