import { itemTypeLabel } from '../../../shared/domain/sittings/item-type-label';
import type { MyWork } from '../../../shared/schemas/my-work';
import { chairWork } from '../../../db/repositories/dashboard/my-work-repository';
import { getUserRecord } from '../../../db/repositories/users-repository';
import type { Router } from '../../backend/router';

/**
 * The chair's "My work" (issue 19): the items they preside that wait for their
 * recommendation, and the minutes of sittings they presided that wait for their
 * approval. Both are theirs alone (recommendations:record and minutes:approve
 * refuse anyone else), so they are read for the member linked to the account.
 */
export function registerMyWork(router: Router): void {
  router.handle('dashboard:myWork', (ctx): MyWork => {
    const memberId = ctx.actor.userId ? (getUserRecord(ctx.db, ctx.actor.userId)?.memberId ?? null) : null;
    if (!memberId) return { linkedToMember: false, recommendations: [], minutes: [] };
    const work = chairWork(ctx.db, memberId, ctx.clock.today());
    return {
      linkedToMember: true,
      recommendations: work.recommendations.map((row) => ({
        itemId: row.itemId,
        label: itemTypeLabel(row.itemType),
        householdReference: row.householdReference ?? '',
        sittingDate: row.sittingDate,
        link: `/sittings/${row.sittingId}/items/${row.itemId}`,
      })),
      minutes: work.minutes.map((row) => ({
        sittingId: row.sittingId,
        sittingDate: row.sittingDate,
        link: `/sittings/${row.sittingId}/minutes`,
      })),
    };
  });
}
