import { RESIGNATION_REASONS } from '../../../shared/domain/reports/ending-reasons';
import { eq } from 'drizzle-orm';
import { formatDate } from '../../../shared/domain/dates';
import type { ExtensionView, ResignationView } from '../../../shared/schemas/decision';
import { getItemRow } from '../../../db/repositories/sittings-repository';
import { resignations, temporaryExtensions } from '../../../db/schema';
import { DomainError, fieldError, notFound } from '../../backend/domain-error';
import type { HandlerContext, Router } from '../../backend/router';
import { getRecommendation } from '../recommendations/recommendation-repository';
import { recordItemHistory } from '../sittings/item-moves';

import { clocksFor } from '../settings/service-clocks';
import { letterHousehold, requireHouseholdOf } from './case-view';
import { changeHousehold } from './household-effects';

function requireItemOfType(ctx: HandlerContext, itemId: string, type: string, what: string) {
  const item = getItemRow(ctx.db, itemId);
  if (!item) throw notFound('This item');
  if (item.itemType !== type) throw new DomainError('RULE_VIOLATION', `This item is not ${what}.`);
  return item;
}

function resignationView(ctx: HandlerContext, itemId: string): ResignationView {
  const item = requireItemOfType(ctx, itemId, 'resignation', 'a resignation');
  const row = ctx.db.select().from(resignations).where(eq(resignations.itemId, itemId)).get();
  return {
    itemId,
    household: letterHousehold(ctx, requireHouseholdOf(ctx, item.householdId)),
    noticeReceivedOn: row?.noticeReceivedOn ?? null,
    approvalEnds: row?.approvalEnds ?? null,
  };
}

function extensionView(ctx: HandlerContext, itemId: string): ExtensionView {
  const item = requireItemOfType(ctx, itemId, 'temporary_approval_extension', 'a temporary approval extension');
  const household = requireHouseholdOf(ctx, item.householdId);
  const recommendation = getRecommendation(ctx.db, itemId, 'temporary_approval_extension');
  const existing = ctx.db
    .select()
    .from(temporaryExtensions)
    .where(eq(temporaryExtensions.householdId, household.id))
    .get();
  const originalEnd = household.temporaryApprovalDate
    ? clocksFor(ctx.db).temporaryApprovalEnds(household.temporaryApprovalDate)
    : null;
  const blocked = !household.temporaryApprovalDate
    ? `${household.displayName} has no temporary approval date recorded (CPPCR reg 24). Record it on the household first.`
    : existing
      ? `Temporary approval for ${household.displayName} was already extended once, to ${formatDate(existing.newEnd)}. CPPCR regulation 25 allows one extension only.`
      : !recommendation
        ? 'The panel has not yet given its views on the extension.'
        : null;
  return {
    itemId,
    household: letterHousehold(ctx, household),
    temporaryApprovalDate: household.temporaryApprovalDate,
    originalEnd,
    latestEnd: originalEnd ? clocksFor(ctx.db).latestExtendedEnd(originalEnd) : null,
    panelViews: recommendation ? `${recommendation.outcomeLabel}. ${recommendation.reasons}` : null,
    blocked,
    extension: existing
      ? {
          previousEnd: existing.previousEnd,
          newEnd: existing.newEnd,
          decidedOn: existing.decidedOn,
          decidedByName: existing.decidedByName,
          iroToldOn: existing.iroToldOn,
        }
      : null,
  };
}

/** How approvals end or are extended without an ADM decision: a resignation noted, a reg 25 extension. */
export function registerApprovalEnds(router: Router): void {
  router.handle('resignations:get', (ctx, { itemId }) => resignationView(ctx, itemId));

  router.handle('resignations:note', (ctx, input) => {
    const view = resignationView(ctx, input.itemId);
    if (view.noticeReceivedOn) {
      throw new DomainError(
        'RULE_VIOLATION',
        `This resignation was already recorded: approval ends on ${formatDate(view.approvalEnds ?? '')}.`,
      );
    }
    if (!getRecommendation(ctx.db, input.itemId, 'resignation')) {
      throw new DomainError('RULE_VIOLATION', 'The panel has not yet noted this resignation.');
    }
    if (input.noticeReceivedOn > ctx.clock.today()) {
      throw fieldError('noticeReceivedOn', 'The date the notice was received cannot be in the future');
    }
    const approvalEnds = clocksFor(ctx.db).resignationTakesEffect(input.noticeReceivedOn);
    ctx.db
      .insert(resignations)
      .values({
        itemId: input.itemId,
        householdId: view.household.id,
        noticeReceivedOn: input.noticeReceivedOn,
        approvalEnds,
        reason: input.reason ?? null,
        recordedByName: ctx.actor.displayName,
        recordedAt: ctx.clock.now().toISOString(),
      })
      .run();
    changeHousehold(
      ctx,
      view.household.id,
      { status: 'resigned' },
      approvalEnds,
      `Resignation${input.reason ? ` (${RESIGNATION_REASONS[input.reason]})` : ''}: notice received ${formatDate(input.noticeReceivedOn)}; approval ends ${formatDate(approvalEnds)}`,
    );
    recordItemHistory(ctx, input.itemId, 'Resignation recorded', `Approval ends ${formatDate(approvalEnds)}`);
    ctx.audit.entityId = view.household.id;
    ctx.audit.changes = { status: [view.household.status, 'resigned'], approvalEnds: [null, approvalEnds] };
    return resignationView(ctx, input.itemId);
  });

  router.handle('extensions:get', (ctx, { itemId }) => extensionView(ctx, itemId));

  router.handle('extensions:approve', (ctx, input) => {
    const view = extensionView(ctx, input.itemId);
    if (view.blocked || !view.originalEnd || !view.latestEnd) {
      throw new DomainError('RULE_VIOLATION', view.blocked ?? 'This extension cannot be approved.');
    }
    if (input.newEndDate <= view.originalEnd) {
      throw fieldError('newEndDate', `The new end date must be after the current end, ${formatDate(view.originalEnd)}`);
    }
    if (input.newEndDate > view.latestEnd) {
      throw fieldError(
        'newEndDate',
        `An extension can be at most 8 weeks: the latest end date is ${formatDate(view.latestEnd)}`,
      );
    }
    for (const [field, date, what] of [
      ['decidedOn', input.decidedOn, 'date of the approval'],
      ['iroToldOn', input.iroToldOn, 'date the IRO was told'],
    ] as const) {
      if (date > ctx.clock.today()) throw fieldError(field, `The ${what} cannot be in the future`);
    }
    ctx.db
      .insert(temporaryExtensions)
      .values({
        householdId: view.household.id,
        itemId: input.itemId,
        previousEnd: view.originalEnd,
        newEnd: input.newEndDate,
        decidedOn: input.decidedOn,
        decidedByUserId: ctx.actor.userId,
        decidedByName: ctx.actor.displayName,
        iroToldOn: input.iroToldOn,
        recordedAt: ctx.clock.now().toISOString(),
      })
      .run();
    changeHousehold(
      ctx,
      view.household.id,
      {},
      input.decidedOn,
      `Temporary approval extended (CPPCR reg 25) from ${formatDate(view.originalEnd)} to ${formatDate(input.newEndDate)} by the nominated officer`,
    );
    recordItemHistory(ctx, input.itemId, 'Extension approved', `New end date ${formatDate(input.newEndDate)}`);
    ctx.audit.entityId = view.household.id;
    ctx.audit.changes = {
      temporaryApprovalEnds: [view.originalEnd, input.newEndDate],
      iroToldOn: [null, input.iroToldOn],
    };
    return extensionView(ctx, input.itemId);
  });
}
