import { LIST_ROLE_LABELS } from '../../../shared/schemas/member';
import { checkOutcome } from '../../../shared/domain/recommendations/outcomes';
import { itemPresiding } from '../../../shared/domain/sittings/item-presider';
import type { ItemType } from '../../../shared/domain/sittings/item-types';
import type { Attendance, Declaration } from '../../../shared/domain/sittings/quorum';
import type { ItemPresidingView, ServiceRecommendationView } from '../../../shared/schemas/item-presiding';

/**
 * Who presides one item, worked out once for the item's quorum, its page and
 * the minutes: the stand-in recorded for it, or the sitting's presider, and
 * the words for a change or for nobody able to preside.
 */
export function presidingView(
  attendance: readonly Attendance[],
  position: number,
  declarations: readonly Declaration[],
  sittingPresiderId: string | null,
  itemPresiderId: string | null,
): ItemPresidingView {
  const presiding = itemPresiding(attendance, position, declarations, sittingPresiderId, itemPresiderId);
  const member = attendance.find((a) => a.member.memberId === presiding.presiderId)?.member ?? null;
  const role = member ? LIST_ROLE_LABELS[member.listRole].toLowerCase() : null;
  const note =
    member && presiding.standIn
      ? `Presided by ${member.name} (${role ?? ''}) for this item${
          presiding.sittingPresiderAway ? `; ${presiding.sittingPresiderAway}` : ''
        }.`
      : null;
  return {
    itemPresiderId,
    presiderId: presiding.presiderId,
    presiderName: member?.name ?? null,
    presiderRole: member?.listRole ?? null,
    note,
    problem: presiding.problem,
  };
}

/** The service's recommendation as recorded with the papers, with its words. */
export function serviceRecommendationView(
  itemType: ItemType,
  outcome: string | null,
  reasons: string | null,
): ServiceRecommendationView | null {
  if (!outcome) return null;
  const known = checkOutcome(itemType, outcome);
  return { outcome, outcomeLabel: known.ok ? known.outcome.label : outcome, reasons };
}
