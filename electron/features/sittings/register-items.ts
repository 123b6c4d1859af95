import { APPROVAL_TYPES, ITEM_TYPE_INFO } from '../../../shared/domain/sittings/item-types';
import { goesToPanel } from '../../../shared/domain/sittings/panel-routing';
import { readSettings } from '../../../db/repositories/settings-repository';
import { getHousehold } from '../../../db/repositories/households-repository';
import { getSittingItemRow, getSittingRow, touchSitting } from '../../../db/repositories/sittings-repository';
import {
  deleteDeclaration,
  insertAgendaItem,
  saveDeclaration,
  updateAgendaItem,
  updateAgendaItemAtVersion,
} from '../../../db/repositories/agenda-items-repository';
import { DomainError, fieldError, notFound } from '../../backend/domain-error';
import type { HandlerContext, Router } from '../../backend/router';
import { recordItemHistory, releaseOrMoveItem } from './item-moves';
import { newItemPlace } from './item-numbers';
import { checkObservations } from './observations-gate';
import { refuseIfClosed, requireSitting, staleItem } from './sitting-guards';

/** The item, refusing changes once its sitting's minutes are settled or it has left the agenda. */
function requireOpenItem(ctx: HandlerContext, id: string) {
  const item = getSittingItemRow(ctx.db, id);
  if (!item) throw notFound('This item');
  const sitting = getSittingRow(ctx.db, item.sittingId);
  if (sitting) refuseIfClosed(sitting.sitting);
  return item;
}

function requireTargetSitting(ctx: HandlerContext, id: string | null, from: string): string {
  const target = id ? getSittingRow(ctx.db, id) : null;
  if (
    !target ||
    !id ||
    id === from ||
    (target.sitting.status !== 'planned' && target.sitting.status !== 'papers_sent')
  ) {
    throw fieldError('toSittingId', 'Choose another sitting that is still being planned');
  }
  return id;
}

/** Households an approval item cannot be about: they are approved (on hold is still approved). */
const ALREADY_APPROVED: ReadonlySet<string> = new Set(['approved', 'on_hold']);

export function registerItems(router: Router): void {
  router.handle('items:add', (ctx, input) => {
    refuseIfClosed(requireSitting(ctx, input.sittingId));
    const info = ITEM_TYPE_INFO[input.itemType];
    if (!goesToPanel(input.itemType, readSettings(ctx.db).directToAdm)) {
      throw fieldError(
        'itemType',
        `Under the service’s settings, ${info.label.toLowerCase()} goes straight to the ADM, not to panel. Send it from the household’s page.`,
      );
    }
    if (info.needsHousehold && !input.householdId)
      throw fieldError('householdId', 'Choose the household this item is about');
    const household = input.householdId ? getHousehold(ctx.db, input.householdId) : null;
    if (input.householdId && !household) throw fieldError('householdId', 'Choose a household from the register');
    if (household && APPROVAL_TYPES.has(input.itemType) && ALREADY_APPROVED.has(household.status)) {
      throw fieldError(
        'itemType',
        `${household.displayName} (${household.reference}) ${household.status === 'on_hold' ? 'are approved, on hold' : 'are already approved'}. To look at their approval again, add a review; to change their terms of approval, add a change of terms.`,
      );
    }
    if (!info.needsHousehold && !input.title) throw fieldError('title', 'Give the business item a title');
    if (input.itemType === 'other_review' && !input.reviewKind)
      throw fieldError('reviewKind', 'Choose the kind of review');
    const id = ctx.ids.next();
    const at = ctx.clock.now().toISOString();
    insertAgendaItem(ctx.db, {
      id,
      sittingId: input.sittingId,
      householdId: input.householdId,
      itemType: input.itemType,
      title: input.title,
      ...newItemPlace(ctx.db, input.sittingId),
      durationMinutes: input.durationMinutes,
      papersReceivedDate: input.papersReceivedDate,
      checklist: '{}',
      status: 'scheduled',
      reviewKind: input.itemType === 'other_review' ? (input.reviewKind ?? null) : null,
      createdAt: at,
      updatedAt: at,
    });
    recordItemHistory(ctx, id, 'Added', null);
    touchSitting(ctx.db, input.sittingId, at);
    ctx.audit.entityId = id;
    return requireSitting(ctx, input.sittingId);
  });

  router.handle('items:update', (ctx, input) => {
    const item = requireOpenItem(ctx, input.id);
    const known = new Set(ITEM_TYPE_INFO[item.itemType as keyof typeof ITEM_TYPE_INFO].checklist.map((c) => c.key));
    const unknown = Object.keys(input.checklist).find((key) => !known.has(key));
    if (unknown) throw fieldError('checklist', `"${unknown}" is not on this item's checklist`);
    const reg26 = checkObservations(ctx, item, input);
    const at = ctx.clock.now().toISOString();
    const saved = updateAgendaItemAtVersion(ctx.db, input.id, input.version, {
      title: input.title,
      durationMinutes: input.durationMinutes,
      papersReceivedDate: input.papersReceivedDate,
      checklist: JSON.stringify(input.checklist),
      ...reg26,
      version: input.version + 1,
      updatedAt: at,
    });
    if (!saved) throw staleItem(ctx, input.id);
    touchSitting(ctx.db, item.sittingId, at);
    ctx.audit.changes = {
      checklist: [item.checklist, JSON.stringify(input.checklist)],
      papersReceivedDate: [item.papersReceivedDate, input.papersReceivedDate],
      reportGivenDate: [item.reportGivenDate, reg26.reportGivenDate],
      observationsReceivedDate: [item.observationsReceivedDate, reg26.observationsReceivedDate],
    };
    return requireSitting(ctx, item.sittingId);
  });

  router.handle('items:reorder', (ctx, input) => {
    const sitting = requireSitting(ctx, input.sittingId);
    refuseIfClosed(sitting);
    const ids = new Set(sitting.items.map((i) => i.id));
    if (input.itemIds.length !== ids.size || !input.itemIds.every((id) => ids.has(id))) {
      throw new DomainError('VALIDATION_FAILED', 'The new order must list every item on this agenda exactly once.');
    }
    const at = ctx.clock.now().toISOString();
    input.itemIds.forEach((id, index) => {
      updateAgendaItem(ctx.db, id, { position: index + 1, updatedAt: at });
    });
    touchSitting(ctx.db, input.sittingId, at);
    ctx.audit.changes = { order: [sitting.items.map((i) => i.id), input.itemIds] };
    return requireSitting(ctx, input.sittingId);
  });

  router.handle('items:changeOutcome', (ctx, input) => {
    const item = requireOpenItem(ctx, input.id);
    if (item.version !== input.version) throw staleItem(ctx, input.id);
    if (item.status !== 'scheduled') {
      throw new DomainError(
        'RULE_VIOLATION',
        `This item is already ${item.status}; it can no longer be deferred, withdrawn or moved.`,
      );
    }
    const target =
      input.action === 'move' || (input.action === 'defer' && input.toSittingId)
        ? requireTargetSitting(ctx, input.toSittingId, item.sittingId)
        : null;
    releaseOrMoveItem(ctx, item.id, input.action, input.reason, target);
    ctx.audit.changes = {
      status: ['scheduled', input.action],
      reason: [null, input.reason],
      toSitting: [null, target],
    };
    return requireSitting(ctx, item.sittingId);
  });

  router.handle('items:declare', (ctx, input) => {
    const item = requireOpenItem(ctx, input.itemId);
    const sitting = requireSitting(ctx, item.sittingId);
    if (!sitting.attendance.some((a) => a.memberId === input.memberId)) {
      throw fieldError('memberId', 'Choose a member invited to this sitting');
    }
    saveDeclaration(ctx.db, { id: ctx.ids.next(), ...input });
    recordItemHistory(ctx, item.id, 'Declaration', `${input.withdrew ? 'Withdrew' : 'Remained'}: ${input.interest}`);
    touchSitting(ctx.db, item.sittingId, ctx.clock.now().toISOString());
    ctx.audit.changes = {
      declaration: [null, { memberId: input.memberId, interest: input.interest, withdrew: input.withdrew }],
    };
    return requireSitting(ctx, item.sittingId);
  });

  router.handle('items:removeDeclaration', (ctx, input) => {
    const item = requireOpenItem(ctx, input.itemId);
    if (deleteDeclaration(ctx.db, input.itemId, input.memberId) !== 1) throw notFound('This declaration');
    recordItemHistory(ctx, item.id, 'Declaration removed', null);
    touchSitting(ctx.db, item.sittingId, ctx.clock.now().toISOString());
    return requireSitting(ctx, item.sittingId);
  });
}
