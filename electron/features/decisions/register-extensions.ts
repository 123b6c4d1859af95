import { formatDate } from '../../../shared/domain/dates';
import {
  extensionTooLate,
  irmExtensionRefusal,
  ordinaryExtensionRefusal,
  temporaryApprovalEnd,
  type RecordedExtension,
} from '../../../shared/domain/decisions/extension-rules';
import { ITEM_TYPE_INFO, type ItemType } from '../../../shared/domain/sittings/item-types';
import type { ExtensionView } from '../../../shared/schemas/decision';
import { householdExtensions, insertExtension, openIrmCase } from '../../../db/repositories/extensions-repository';
import { DomainError, fieldError, notFound } from '../../backend/domain-error';
import type { ReadContext, Router } from '../../backend/router';
import { getItemRow } from '../../../db/repositories/sittings-repository';
import { getRecommendation } from '../../../db/repositories/recommendations-repository';
import { clocksFor } from '../../backend/service-clocks';
import { recordItemHistory } from '../sittings/item-moves';
import { letterHousehold, requireHouseholdOf } from './case-view';
import { changeHousehold } from './household-effects';

function extensionView(ctx: ReadContext, itemId: string): ExtensionView {
  const item = getItemRow(ctx.db, itemId);
  if (!item) throw notFound('This item');
  if (item.itemType !== 'temporary_approval_extension') {
    throw new DomainError('RULE_VIOLATION', 'This item is not a temporary approval extension.');
  }
  const household = requireHouseholdOf(ctx, item.householdId);
  const recommendation = getRecommendation(ctx.db, itemId, 'temporary_approval_extension');
  const all = householdExtensions(ctx.db, household.id);
  const own = all.find((e) => e.itemId === itemId) ?? null;
  const clocks = clocksFor(ctx.db);
  const originalEnd = household.temporaryApprovalDate
    ? clocks.temporaryApprovalEnds(household.temporaryApprovalDate)
    : null;
  const end = originalEnd ? temporaryApprovalEnd(originalEnd, all) : null;
  const irmCase = openIrmCase(ctx.db, household.id);
  const blocked = !household.temporaryApprovalDate
    ? `${household.displayName} has no temporary approval date recorded (CPPCR reg 24). Record it on the household first.`
    : own
      ? null
      : !recommendation
        ? 'The panel has not yet given its views on the extension.'
        : null;
  const recorded: RecordedExtension[] = all;
  const ordinaryBlocked = ordinaryExtensionRefusal(household.displayName, recorded);
  const irmBlocked = irmExtensionRefusal(household.displayName, recorded, irmCase !== undefined);
  return {
    itemId,
    household: letterHousehold(ctx, household),
    temporaryApprovalDate: household.temporaryApprovalDate,
    originalEnd,
    currentEnd: end && end.kind !== 'until_irm_outcome' ? end.date : null,
    latestEnd: originalEnd ? clocks.latestExtendedEnd(originalEnd) : null,
    panelViews: recommendation ? `${recommendation.outcomeLabel}. ${recommendation.reasons}` : null,
    blocked: blocked ?? (!own && ordinaryBlocked && irmBlocked ? ordinaryBlocked : null),
    ordinaryBlocked,
    irmBlocked,
    irmCase: irmCase
      ? {
          itemId: irmCase.itemId,
          typeLabel: ITEM_TYPE_INFO[irmCase.itemType as ItemType]?.label ?? irmCase.itemType,
          decidedOn: irmCase.decidedOn,
        }
      : null,
    extension: own
      ? {
          kind: own.kind,
          previousEnd: own.previousEnd,
          newEnd: own.newEnd,
          decidedOn: own.decidedOn,
          decidedByName: own.decidedByName,
          iroToldOn: own.iroToldOn,
          endedOn: own.endedOn,
        }
      : null,
  };
}

/** CPPCR reg 25 extensions, approved by the nominated officer after the panel's views. */
export function registerExtensions(router: Router): void {
  router.handle('extensions:get', (ctx, { itemId }) => extensionView(ctx, itemId));

  router.handle('extensions:approve', (ctx, input) => {
    const kind = input.kind ?? 'ordinary';
    const view = extensionView(ctx, input.itemId);
    if (!view.originalEnd || !view.latestEnd || (!view.panelViews && !view.extension)) {
      throw new DomainError('RULE_VIOLATION', view.blocked ?? 'This extension cannot be approved.');
    }
    const refusal = kind === 'ordinary' ? view.ordinaryBlocked : view.irmBlocked;
    if (refusal) throw new DomainError('RULE_VIOLATION', refusal);
    if (view.extension) throw new DomainError('RULE_VIOLATION', 'This extension was already approved.');
    for (const [field, date, what] of [
      ['decidedOn', input.decidedOn, 'date of the approval'],
      ['iroToldOn', input.iroToldOn, 'date the IRO was told'],
    ] as const) {
      if (date > ctx.clock.today()) throw fieldError(field, `The ${what} cannot be in the future`);
    }
    const previousEnd = view.currentEnd ?? view.originalEnd;
    const tooLate = extensionTooLate(input.decidedOn, { kind: 'date', date: previousEnd });
    if (tooLate) throw fieldError('decidedOn', tooLate);
    let newEnd: string | null = null;
    if (kind === 'ordinary') {
      if (!input.newEndDate) throw fieldError('newEndDate', 'Enter the new end date');
      if (input.newEndDate <= previousEnd) {
        throw fieldError('newEndDate', `The new end date must be after the current end, ${formatDate(previousEnd)}`);
      }
      if (input.newEndDate > view.latestEnd) {
        throw fieldError(
          'newEndDate',
          `An extension can be at most 8 weeks: the latest end date is ${formatDate(view.latestEnd)}`,
        );
      }
      newEnd = input.newEndDate;
    } else if (input.newEndDate) {
      throw fieldError('newEndDate', 'An extension until the IRM outcome has no end date: leave it empty');
    }
    insertExtension(ctx.db, {
      itemId: input.itemId,
      householdId: view.household.id,
      kind,
      irmCaseItemId: kind === 'irm' ? (view.irmCase?.itemId ?? null) : null,
      previousEnd,
      newEnd,
      decidedOn: input.decidedOn,
      decidedByUserId: ctx.actor.userId,
      decidedByName: ctx.actor.displayName,
      iroToldOn: input.iroToldOn,
      recordedAt: ctx.clock.now().toISOString(),
    });
    const until = newEnd ? formatDate(newEnd) : 'the outcome of the IRM review is known (the ADM’s final decision)';
    changeHousehold(
      ctx,
      view.household.id,
      {},
      input.decidedOn,
      `Temporary approval extended (CPPCR reg 25) from ${formatDate(previousEnd)} until ${until} by the nominated officer`,
    );
    recordItemHistory(
      ctx,
      input.itemId,
      'Extension approved',
      newEnd ? `New end date ${formatDate(newEnd)}` : 'Until the outcome of the IRM review is known',
    );
    ctx.audit.entityId = view.household.id;
    ctx.audit.changes = {
      extensionKind: [null, kind],
      temporaryApprovalEnds: [previousEnd, newEnd ?? 'until the IRM outcome'],
      iroToldOn: [null, input.iroToldOn],
    };
    return extensionView(ctx, input.itemId);
  });
}
