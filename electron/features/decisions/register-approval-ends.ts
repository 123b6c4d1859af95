import { formatDate } from '../../../shared/domain/dates';
import type { ResignationView } from '../../../shared/schemas/decision';
import { getItemRow } from '../../../db/repositories/sittings-repository';
import {
  linkResignation,
  resignationOfItem,
  unlinkedNotice as unlinkedNoticeOf,
} from '../../../db/repositories/resignations-repository';
import { DomainError, fieldError, notFound } from '../../backend/domain-error';
import type { ReadContext, Router } from '../../backend/router';
import { getRecommendation } from '../../../db/repositories/recommendations-repository';
import { recordItemHistory } from '../sittings/item-moves';
import { letterHousehold, requireHouseholdOf } from './case-view';
import { registerExtensions } from './register-extensions';
import { insertResignation, registerResignationNotices } from './register-resignation-notices';

function requireItemOfType(ctx: ReadContext, itemId: string, type: string, what: string) {
  const item = getItemRow(ctx.db, itemId);
  if (!item) throw notFound('This item');
  if (item.itemType !== type) throw new DomainError('RULE_VIOLATION', `This item is not ${what}.`);
  return item;
}

/** The household's notice recorded before panel noted it, not yet linked to any resignation item. */
function unlinkedNotice(ctx: ReadContext, householdId: string) {
  return unlinkedNoticeOf(ctx.db, householdId);
}

function resignationView(ctx: ReadContext, itemId: string): ResignationView {
  const item = requireItemOfType(ctx, itemId, 'resignation', 'a resignation');
  const household = requireHouseholdOf(ctx, item.householdId);
  const own = resignationOfItem(ctx.db, itemId);
  const row = own ?? unlinkedNotice(ctx, household.id);
  return {
    itemId,
    resignationId: row?.id ?? null,
    household: letterHousehold(ctx, household),
    noticeReceivedOn: row?.noticeReceivedOn ?? null,
    approvalEnds: row?.approvalEnds ?? null,
    linked: own !== undefined,
  };
}

/** How approvals end or are extended without an ADM decision: a resignation, a reg 25 extension. */
export function registerApprovalEnds(router: Router): void {
  router.handle('resignations:get', (ctx, { itemId }) => resignationView(ctx, itemId));

  // The panel notes a resignation: it links to the notice already recorded, or records the notice now.
  router.handle('resignations:note', (ctx, input) => {
    const view = resignationView(ctx, input.itemId);
    if (view.linked) {
      throw new DomainError(
        'RULE_VIOLATION',
        `This resignation was already recorded: approval ends on ${formatDate(view.approvalEnds ?? '')}.`,
      );
    }
    if (!getRecommendation(ctx.db, input.itemId, 'resignation')) {
      throw new DomainError('RULE_VIOLATION', 'The panel has not yet noted this resignation.');
    }
    const recorded = unlinkedNotice(ctx, view.household.id);
    if (recorded) {
      if (recorded.noticeReceivedOn !== input.noticeReceivedOn) {
        throw fieldError(
          'noticeReceivedOn',
          `The notice was recorded as received on ${formatDate(recorded.noticeReceivedOn)}; the panel's noting links to it`,
        );
      }
      linkResignation(ctx.db, recorded.id, input.itemId, recorded.reason ?? input.reason ?? null);
      recordItemHistory(
        ctx,
        input.itemId,
        'Resignation noted',
        `Linked to the notice received ${formatDate(recorded.noticeReceivedOn)}; approval ends ${formatDate(recorded.approvalEnds)}`,
      );
      ctx.audit.entityId = view.household.id;
      ctx.audit.changes = { resignationItem: [null, input.itemId] };
      return resignationView(ctx, input.itemId);
    }
    const { approvalEnds } = insertResignation(ctx, {
      household: view.household,
      itemId: input.itemId,
      noticeReceivedOn: input.noticeReceivedOn,
      reason: input.reason ?? null,
    });
    recordItemHistory(ctx, input.itemId, 'Resignation recorded', `Approval ends ${formatDate(approvalEnds)}`);
    return resignationView(ctx, input.itemId);
  });

  registerResignationNotices(router);
  registerExtensions(router);
}
