import { APPROVAL_TYPES, ITEM_TYPE_INFO, type ItemType } from './item-types';

/**
 * The item types a service may decide without panel (domain.md "Which items
 * may skip panel"): reviews other than the first, changes of terms with the
 * carer's agreement, terminations and exemptions. Applications for approval
 * must go to panel (FSR reg 25, 27); so must first reviews (reg 28(3));
 * representations are the applicant's statutory route to panel; an
 * extension's panel views, a resignation's noting and business items have no
 * ADM decision to skip to. If the law changes (the 2026 consultation on
 * removing panels from approvals), this list changes with it.
 */
export const ROUTABLE_ITEM_TYPES = [
  'other_review',
  'change_of_terms',
  'termination',
  'exemption',
] as const satisfies readonly ItemType[];
export type RoutableItemType = (typeof ROUTABLE_ITEM_TYPES)[number];

/** Why approvals are not offered: shown on the settings screen and when a setting asks for one. */
export const APPROVALS_GO_TO_PANEL =
  'Applications for approval (mainstream, specialist scheme and connected person) must be considered by panel (FSR reg 25 and 27), so they cannot go straight to the ADM.';

export function isRoutable(type: ItemType): type is RoutableItemType {
  return (ROUTABLE_ITEM_TYPES as readonly ItemType[]).includes(type);
}

export function isApprovalType(type: string): boolean {
  return APPROVAL_TYPES.has(type as ItemType);
}

/** Whether an item of this type goes to panel under the service's settings. */
export function goesToPanel(type: ItemType, directToAdm: readonly string[]): boolean {
  return !(isRoutable(type) && directToAdm.includes(type));
}

export function routingLabel(type: RoutableItemType): string {
  return type === 'change_of_terms'
    ? `${ITEM_TYPE_INFO[type].label} (with the carer’s written agreement)`
    : ITEM_TYPE_INFO[type].label;
}
