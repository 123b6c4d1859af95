import { getSittingItemRow, touchSitting } from '../../../db/repositories/sittings-repository';
import {
  insertAgendaItem,
  insertItemHistory,
  updateAgendaItem,
} from '../../../db/repositories/agenda-items-repository';
import { notFound } from '../../backend/domain-error';
import type { HandlerContext } from '../../backend/router';
import { newItemPlace } from './item-numbers';

export function recordItemHistory(ctx: HandlerContext, itemId: string, action: string, detail: string | null): void {
  insertItemHistory(ctx.db, {
    id: ctx.ids.next(),
    itemId,
    at: ctx.clock.now().toISOString(),
    action,
    detail,
    byName: ctx.actor.displayName,
  });
}

/**
 * Takes an item off its sitting: deferred, withdrawn or moved. A deferral or a
 * move to another sitting creates a continuing item there, so each sitting
 * keeps its own record and the chain of history is never lost.
 */
export function releaseOrMoveItem(
  ctx: HandlerContext,
  itemId: string,
  action: 'defer' | 'withdraw' | 'move',
  reason: string,
  toSittingId: string | null,
): string | null {
  const item = getSittingItemRow(ctx.db, itemId);
  if (!item) throw notFound('This item');
  const at = ctx.clock.now().toISOString();
  const status = action === 'defer' ? 'deferred' : action === 'withdraw' ? 'withdrawn' : 'moved';
  updateAgendaItem(ctx.db, itemId, { status, statusReason: reason, version: item.version + 1, updatedAt: at });
  let continuingId: string | null = null;
  if (toSittingId && action !== 'withdraw') {
    continuingId = ctx.ids.next();
    insertAgendaItem(ctx.db, {
      id: continuingId,
      sittingId: toSittingId,
      householdId: item.householdId,
      itemType: item.itemType,
      title: item.title,
      ...newItemPlace(ctx.db, toSittingId),
      durationMinutes: item.durationMinutes,
      papersReceivedDate: item.papersReceivedDate,
      checklist: item.checklist,
      // The applicant's reg 26 dates and the review's kind carry on with the case.
      reportGivenDate: item.reportGivenDate,
      observationsReceivedDate: item.observationsReceivedDate,
      reviewKind: item.reviewKind,
      status: 'scheduled',
      continuesItemId: item.id,
      createdAt: at,
      updatedAt: at,
    });
    recordItemHistory(ctx, continuingId, 'Brought forward', `From an earlier sitting (${status}): ${reason}`);
    touchSitting(ctx.db, toSittingId, at);
  }
  recordItemHistory(ctx, itemId, status.charAt(0).toUpperCase() + status.slice(1), reason);
  touchSitting(ctx.db, item.sittingId, at);
  return continuingId;
}
