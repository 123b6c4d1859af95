import { ITEM_TYPE_INFO, type ItemType } from '../../../shared/domain/sittings/item-types';
import { getHousehold } from '../../../db/repositories/households-repository';
import { deleteAgendaItem, itemRemovalBlocker } from '../../../db/repositories/item-removal-repository';
import { getSittingItemRow, touchSitting } from '../../../db/repositories/sittings-repository';
import { DomainError, notFound } from '../../backend/domain-error';
import type { Router } from '../../backend/router';
import { requireSitting, staleItem } from './sitting-guards';

/**
 * An item added in error comes off the agenda without trace in the minutes,
 * but only while the papers have not gone out: after that members have it,
 * and it can only be withdrawn, deferred or moved, which the minutes record.
 * The audit row keeps what the item was and the reason.
 */
export function registerItemRemoval(router: Router): void {
  router.handle('items:remove', (ctx, input) => {
    const item = getSittingItemRow(ctx.db, input.id);
    if (!item) throw notFound('This item');
    if (item.version !== input.version) throw staleItem(ctx, input.id);
    const sitting = requireSitting(ctx, item.sittingId);
    if (sitting.status !== 'planned') {
      throw new DomainError(
        'RULE_VIOLATION',
        'The papers for this sitting have gone out, so the item can no longer be removed. Withdraw, defer or move it instead: the minutes will say so.',
      );
    }
    if (item.status !== 'scheduled') {
      throw new DomainError('RULE_VIOLATION', `This item is already ${item.status}; it can no longer be removed.`);
    }
    const blocker = itemRemovalBlocker(ctx.db, item.id);
    if (blocker) {
      throw new DomainError('RULE_VIOLATION', `This item cannot be removed because ${blocker}. Withdraw it instead.`);
    }
    const household = item.householdId ? getHousehold(ctx.db, item.householdId) : null;
    deleteAgendaItem(ctx.db, item.id);
    touchSitting(ctx.db, item.sittingId, ctx.clock.now().toISOString());
    ctx.audit.entityId = item.id;
    ctx.audit.changes = {
      removed: [
        {
          sittingDate: sitting.date,
          itemType: ITEM_TYPE_INFO[item.itemType as ItemType].label,
          household: household?.reference ?? null,
          title: item.title,
        },
        null,
      ],
      reason: [null, input.reason],
    };
    return requireSitting(ctx, item.sittingId);
  });
}
