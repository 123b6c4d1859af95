import { formatDate } from '../../../shared/domain/dates';
import { RESIGNATION_REASONS, type ResignationReason } from '../../../shared/domain/reports/ending-reasons';
import type { ResignationView } from '../../../shared/schemas/decision';
import { getHousehold } from '../../../db/repositories/households-repository';
import {
  getResignation,
  insertResignationRecord,
  latestResignation,
} from '../../../db/repositories/resignations-repository';
import { DomainError, fieldError, notFound } from '../../backend/domain-error';
import type { HandlerContext, ReadContext, Router } from '../../backend/router';
import { clocksFor } from '../../backend/service-clocks';
import { letterHousehold } from './case-view';
import { changeHousehold } from './household-effects';

/**
 * Records the written notice: approval ends 28 days after it was received
 * (reg 28(13)). As for a termination, the household's status changes now,
 * with the history entry dated the day approval ends.
 */
export function insertResignation(
  ctx: HandlerContext,
  fields: {
    household: { id: string; status: string };
    itemId: string | null;
    noticeReceivedOn: string;
    reason: ResignationReason | null;
  },
): { id: string; approvalEnds: string } {
  if (fields.noticeReceivedOn > ctx.clock.today()) {
    throw fieldError('noticeReceivedOn', 'The date the notice was received cannot be in the future');
  }
  const approvalEnds = clocksFor(ctx.db).resignationTakesEffect(fields.noticeReceivedOn);
  const id = ctx.ids.next();
  insertResignationRecord(ctx.db, {
    id,
    itemId: fields.itemId,
    householdId: fields.household.id,
    noticeReceivedOn: fields.noticeReceivedOn,
    approvalEnds,
    reason: fields.reason,
    recordedByName: ctx.actor.displayName,
    recordedAt: ctx.clock.now().toISOString(),
  });
  changeHousehold(
    ctx,
    fields.household.id,
    { status: 'resigned' },
    approvalEnds,
    `Resignation${fields.reason ? ` (${RESIGNATION_REASONS[fields.reason]})` : ''}: notice received ${formatDate(fields.noticeReceivedOn)}; approval ends ${formatDate(approvalEnds)}`,
  );
  ctx.audit.entityId = fields.household.id;
  ctx.audit.changes = { status: [fields.household.status, 'resigned'], approvalEnds: [null, approvalEnds] };
  return { id, approvalEnds };
}

/** A recorded notice as its acknowledgement letter needs it: whether or not the panel has noted it. */
function noticeView(ctx: ReadContext, id: string): ResignationView {
  const row = getResignation(ctx.db, id);
  const household = row ? getHousehold(ctx.db, row.householdId) : null;
  if (!row || !household) throw notFound('This resignation notice');
  return {
    itemId: row.itemId,
    resignationId: row.id,
    household: letterHousehold(ctx, household),
    noticeReceivedOn: row.noticeReceivedOn,
    approvalEnds: row.approvalEnds,
    linked: row.itemId !== null,
  };
}

/** The notice recorded from the household's page, with or without the panel ever noting it. */
export function registerResignationNotices(router: Router): void {
  router.handle('resignations:ofHousehold', (ctx, { id }) => {
    if (!getHousehold(ctx.db, id)) throw notFound('The household');
    return latestResignation(ctx.db, id);
  });

  router.handle('resignations:notice', (ctx, { id }) => noticeView(ctx, id));

  router.handle('resignations:record', (ctx, input) => {
    const household = getHousehold(ctx.db, input.householdId);
    if (!household) throw notFound('The household');
    if (household.status === 'resigned') {
      const existing = latestResignation(ctx.db, household.id);
      throw new DomainError(
        'RULE_VIOLATION',
        existing
          ? `${household.displayName} has already given notice: approval ends on ${formatDate(existing.approvalEnds)}.`
          : `${household.displayName} has already resigned.`,
      );
    }
    if (household.status !== 'approved') {
      throw new DomainError(
        'RULE_VIOLATION',
        `${household.displayName} is not approved, so there is no approval to resign from.`,
      );
    }
    const reason = input.reason ?? null;
    const { id, approvalEnds } = insertResignation(ctx, {
      household,
      itemId: null,
      noticeReceivedOn: input.noticeReceivedOn,
      reason,
    });
    return {
      id,
      householdId: household.id,
      noticeReceivedOn: input.noticeReceivedOn,
      approvalEnds,
      reason,
      recordedByName: ctx.actor.displayName,
      itemId: null,
    };
  });
}
