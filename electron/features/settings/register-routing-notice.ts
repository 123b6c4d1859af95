import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import { APPROVAL_TYPES, ITEM_TYPE_INFO, type ItemType } from '../../../shared/domain/sittings/item-types';
import type { RoutingNotice } from '../../../shared/schemas/routing';
import type { ReadableDb } from '../../../db/connection';
import { admCases, adminNotices, agendaItems, directReferrals, households } from '../../../db/schema';
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
    const row = ctx.db
      .select()
      .from(adminNotices)
      .where(and(eq(adminNotices.kind, KIND), isNull(adminNotices.acknowledgedAt)))
      .get();
    if (!row) throw new DomainError('RULE_VIOLATION', 'There is no notice waiting to be acknowledged.');
    const at = ctx.clock.now().toISOString();
    ctx.db
      .update(adminNotices)
      .set({ acknowledgedAt: at, acknowledgedByName: ctx.actor.displayName })
      .where(eq(adminNotices.id, row.id))
      .run();
    ctx.audit.entityId = row.id;
    ctx.audit.changes = { acknowledged: [null, at] };
    return routingNotice(ctx.db);
  });
}

function routingNotice(db: ReadableDb): RoutingNotice {
  const row = db
    .select()
    .from(adminNotices)
    .where(eq(adminNotices.kind, KIND))
    .orderBy(sql`${adminNotices.createdAt} desc`)
    .get();
  if (!row) return { notice: null };
  const detail = JSON.parse(row.detail) as { movedBack?: unknown };
  const movedBack = Array.isArray(detail.movedBack)
    ? detail.movedBack.filter((type): type is string => typeof type === 'string')
    : [];
  const cases = db
    .select({
      itemId: agendaItems.id,
      householdReference: sql<string>`coalesce(${households.reference}, '')`,
      itemType: agendaItems.itemType,
      sentDate: agendaItems.sentToAdmDate,
      state: sql<string | null>`${admCases.state}`,
    })
    .from(directReferrals)
    .innerJoin(agendaItems, eq(agendaItems.id, directReferrals.itemId))
    .leftJoin(households, eq(households.id, agendaItems.householdId))
    .leftJoin(admCases, eq(admCases.itemId, agendaItems.id))
    .where(inArray(agendaItems.itemType, [...APPROVAL_TYPES]))
    .orderBy(agendaItems.sentToAdmDate, agendaItems.id)
    .all();
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
