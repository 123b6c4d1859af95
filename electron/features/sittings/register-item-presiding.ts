import { LIST_ROLE_LABELS } from '../../../shared/schemas/member';
import { allowedOutcomes } from '../../../shared/domain/recommendations/outcomes';
import { awayFromItem, unableToPreside } from '../../../shared/domain/sittings/item-presider';
import type { ItemType } from '../../../shared/domain/sittings/item-types';
import type { SittingDetail } from '../../../shared/schemas/sitting-views';
import { getSittingItemRow, touchSitting } from '../../../db/repositories/sittings-repository';
import { updateAgendaItemAtVersion, type AgendaItemChanges } from '../../../db/repositories/agenda-items-repository';
import { DomainError, fieldError, notFound } from '../../backend/domain-error';
import type { HandlerContext, Router } from '../../backend/router';
import { recordItemHistory } from './item-moves';
import { refuseIfClosed, requireSitting, staleItem } from './sitting-guards';

/**
 * The item and its sitting, refusing once the sitting is closed or the item is
 * no longer waiting to be heard: who presides it and what the service
 * recommends are settled when the panel's recommendation is recorded.
 */
function requireItemBeforeRecommendation(ctx: HandlerContext, id: string, version: number, what: string) {
  const item = getSittingItemRow(ctx.db, id);
  if (!item) throw notFound('This item');
  const sitting = requireSitting(ctx, item.sittingId);
  refuseIfClosed(sitting);
  if (item.status !== 'scheduled') {
    const heard = item.status === 'heard';
    throw new DomainError(
      'RULE_VIOLATION',
      heard
        ? `The panel’s recommendation on this item is recorded, so ${what} can no longer change.`
        : `This item was ${item.status}, so ${what} cannot be recorded on it here.`,
    );
  }
  if (item.version !== version) throw staleItem(ctx, id);
  const view = sitting.items.find((i) => i.id === id);
  if (!view) throw notFound('This item');
  return { item, sitting, view };
}

function saveItem(ctx: HandlerContext, id: string, version: number, values: AgendaItemChanges) {
  const at = ctx.clock.now().toISOString();
  if (!updateAgendaItemAtVersion(ctx.db, id, version, { ...values, version: version + 1, updatedAt: at })) {
    throw staleItem(ctx, id);
  }
  return at;
}

/** The chair or a vice chair at the sitting, present for the item and with no interest declared in it. */
function checkStandIn(sitting: SittingDetail, view: SittingDetail['items'][number], memberId: string): string {
  const member = sitting.attendance.find((a) => a.memberId === memberId);
  if (!member || member.listRole === 'member') {
    throw fieldError('presiderId', 'Choose the chair or a vice chair on the central list who is at this sitting');
  }
  const positionOf = new Map(sitting.items.map((i) => [i.id, i.position]));
  const away = unableToPreside(
    [
      {
        member,
        status: member.status === 'invited' ? 'present' : member.status,
        arrivedBeforeItem: member.arrivedBeforeItemId ? (positionOf.get(member.arrivedBeforeItemId) ?? null) : null,
        leftAfterItem: member.leftAfterItemId ? (positionOf.get(member.leftAfterItemId) ?? null) : null,
      },
    ],
    view.position,
    view.declarations,
    memberId,
  );
  if (away) throw fieldError('presiderId', `${member.name} ${awayFromItem(away)}, so cannot preside it.`);
  if (view.declarations.some((d) => d.memberId === memberId)) {
    throw fieldError('presiderId', `${member.name} declared an interest in this item, so cannot preside it.`);
  }
  return `${member.name} (${LIST_ROLE_LABELS[member.listRole].toLowerCase()})`;
}

export function registerItemPresiding(router: Router): void {
  router.handle('items:setPresider', (ctx, input) => {
    const { item, sitting, view } = requireItemBeforeRecommendation(ctx, input.id, input.version, 'who presides it');
    const sittingPresider = sitting.presiderId ?? sitting.plannedPresiderId;
    // Choosing the sitting's own presider is the same as no stand-in.
    const presiderId = input.presiderId && input.presiderId !== sittingPresider ? input.presiderId : null;
    const words = presiderId ? checkStandIn(sitting, view, presiderId) : null;
    const at = saveItem(ctx, item.id, input.version, { presiderId });
    recordItemHistory(
      ctx,
      item.id,
      'Presider for this item',
      words ? `${words} presides this item` : 'The sitting’s presider presides this item',
    );
    touchSitting(ctx.db, item.sittingId, at);
    ctx.audit.entityId = item.id;
    ctx.audit.changes = { presiderId: [item.presiderId, presiderId] };
    return requireSitting(ctx, item.sittingId);
  });

  router.handle('items:setServiceRecommendation', (ctx, input) => {
    const { item } = requireItemBeforeRecommendation(ctx, input.id, input.version, 'the service’s recommendation');
    const offered = allowedOutcomes(item.itemType as ItemType).filter((o) => o.code !== 'deferred');
    if (input.outcome && !offered.some((o) => o.code === input.outcome)) {
      throw fieldError(
        'outcome',
        `Choose one of the recommendations for this kind of item: ${offered.map((o) => o.label).join('; ')}`,
      );
    }
    if (!input.outcome && input.reasons) {
      throw fieldError('outcome', 'Choose what the service recommends before giving its reasons');
    }
    const values = { serviceOutcome: input.outcome, serviceReasons: input.outcome ? input.reasons : null };
    const at = saveItem(ctx, item.id, input.version, values);
    const label = offered.find((o) => o.code === input.outcome)?.label;
    recordItemHistory(ctx, item.id, 'Service’s recommendation', label ?? 'Cleared');
    touchSitting(ctx.db, item.sittingId, at);
    ctx.audit.entityId = item.id;
    ctx.audit.changes = {
      serviceOutcome: [item.serviceOutcome, values.serviceOutcome],
      serviceReasons: [item.serviceReasons, values.serviceReasons],
    };
    return requireSitting(ctx, item.sittingId);
  });
}
