import { ITEM_TYPE_INFO, type ItemType } from './item-types';

/**
 * The item types whose panel recommendation a service may switch off, so the
 * case goes straight to the ADM on the service's own report (domain.md: in
 * 2026 the Department for Education consulted on removing panels from
 * approvals). First reviews must go to panel (FSR reg 28(3)); representations
 * are the applicant's statutory route to panel; an extension's panel views,
 * a resignation's noting and business items have no ADM decision to skip to.
 */
export const ROUTABLE_ITEM_TYPES = [
  'approval_mainstream',
  'approval_specialist',
  'approval_connected_person',
  'other_review',
  'change_of_terms',
  'termination',
  'exemption',
] as const satisfies readonly ItemType[];
export type RoutableItemType = (typeof ROUTABLE_ITEM_TYPES)[number];

export function isRoutable(type: ItemType): type is RoutableItemType {
  return (ROUTABLE_ITEM_TYPES as readonly ItemType[]).includes(type);
}

/** Whether an item of this type goes to panel under the service's settings. */
export function goesToPanel(type: ItemType, directToAdm: readonly string[]): boolean {
  return !(isRoutable(type) && directToAdm.includes(type));
}

export function routingLabel(type: RoutableItemType): string {
  return ITEM_TYPE_INFO[type].label;
}
