import { ITEM_TYPE_INFO, type ItemType } from '../../../shared/domain/sittings/item-types';
import type { RoutingNotice } from '../../../shared/schemas/routing';
import type { ReadableDb } from '../../../db/connection';
import {
  acknowledgeNotice,
  approvalCasesSentDirect,
  latestNotice,
  unacknowledgedNotice,
} from '../../../db/repositories/admin-notices-repository';
import { DomainError } from '../../backend/domain-error';
import type { Router } from '../../backend/router';

const KIND = 'approvals_to_panel';

const CASE_STATES: Record<string, string> = {
  awaiting: 'Waiting for the ADM',
  information_requested: 'More information requested',
  qualifying: 'Qualifying determination',
  decided: 'Decided',
  final: 'Final decision made',
};

/**
 * The notice the migration leaves when approvals move back to panel (FSR reg
 * 25, 27): which approval types the setting had sent straight to the ADM and
 * the approval cases already sent that way, which keep their record and carry
 * on. It stays on the settings screen until an administrator acknowledges it.
 */
export function registerRoutingNotice(router: Router): void {
  router.handle('routing:notice', (ctx) => routingNotice(ctx.db));
  router.handle('routing:acknowledgeNotice', (ctx) => {
    const row = unacknowledgedNotice(ctx.db, KIND);
    if (!row) throw new DomainError('RULE_VIOLATION', 'There is no notice waiting to be acknowledged.');
    const at = ctx.clock.now().toISOString();
    acknowledgeNotice(ctx.db, row.id, at, ctx.actor.displayName);
    ctx.audit.entityId = row.id;
    ctx.audit.changes = { acknowledged: [null, at] };
    return routingNotice(ctx.db);
  });
}

function routingNotice(db: ReadableDb): RoutingNotice {
  const row = latestNotice(db, KIND);
  if (!row) return { notice: null };
  const detail = JSON.parse(row.detail) as { movedBack?: unknown };
  const movedBack = Array.isArray(detail.movedBack)
    ? detail.movedBack.filter((type): type is string => typeof type === 'string')
    : [];
  const cases = approvalCasesSentDirect(db);
  return {
    notice: {
      createdAt: row.createdAt,
      movedBack: movedBack.map((type) => (type in ITEM_TYPE_INFO ? ITEM_TYPE_INFO[type as ItemType].label : type)),
      cases: cases.map((c) => ({
        itemId: c.itemId,
        householdReference: c.householdReference,
        typeLabel: ITEM_TYPE_INFO[c.itemType as ItemType].label,
        sentDate: c.sentDate,
        state: CASE_STATES[c.state ?? ''] ?? 'No case opened',
      })),
      acknowledgedAt: row.acknowledgedAt,
      acknowledgedByName: row.acknowledgedByName,
    },
  };
}
