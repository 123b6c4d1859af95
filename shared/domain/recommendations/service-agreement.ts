/**
 * Whether the panel disagreed with the service's own recommendation on an item
 * (domain.md "Service's recommendation"; the 2019/20 chair's report counts
 * these by type of item). Both are outcome codes of the same item type.
 *
 * - Different outcome codes are a disagreement, including within a review:
 *   "continue" against "revise_terms" disagrees on whether the terms change.
 * - The same outcome code is agreement even where the panel's terms of
 *   approval differ: the service's recommendation is recorded as an outcome
 *   only (its proposed terms are in its report, not in the app), so a
 *   terms-only difference cannot be told from the record and is not counted.
 * - A deferral is no recommendation on the merits: neither agreement nor
 *   disagreement (null), and the item is counted when it is heard again.
 */
export function panelDisagreedWithService(panelOutcome: string, serviceOutcome: string): boolean | null {
  if (panelOutcome === 'deferred') return null;
  return panelOutcome !== serviceOutcome;
}
