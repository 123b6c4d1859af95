import { ITEM_TYPE_INFO, ITEM_TYPES, type ItemType } from './item-types';

/** An item type's label ("Approval (mainstream)"), or the stored code itself if this release does not know it. */
export function itemTypeLabel(itemType: string): string {
  return (ITEM_TYPES as readonly string[]).includes(itemType) ? ITEM_TYPE_INFO[itemType as ItemType].label : itemType;
}
