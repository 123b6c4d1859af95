import {
  addStatusHistory,
  findHouseholdByReference,
  getHousehold,
  insertHousehold,
  householdPage,
  listHouseholds,
  replaceChildren,
  setHouseholdStatus,
  updateHouseholdDetails,
} from '../../../db/repositories/households-repository';
import type { Household, LinkedChild } from '../../../shared/schemas/household';
import { DomainError, notFound, staleView } from '../../backend/domain-error';
import type { HandlerContext, ReadContext, Router } from '../../backend/router';
import { refuseIfPurged } from '../records/purge-guard';
import { overLimitTerms } from './over-limit';
import { refuseUnlawfulTerms } from './terms-check';

const THE_HOUSEHOLD = 'This household';

function requireHousehold(ctx: ReadContext, id: string): Household {
  const household = getHousehold(ctx.db, id);
  if (!household) throw notFound(THE_HOUSEHOLD);
  return household;
}

function refuseDuplicateReference(ctx: HandlerContext, reference: string, exceptId?: string): void {
  const existing = findHouseholdByReference(ctx.db, reference);
  if (existing && existing.id !== exceptId) {
    const message = 'Another household already has this reference.';
    throw new DomainError('CONFLICT', message, { reference: message });
  }
}

function refuseFutureDate(ctx: HandlerContext, field: string, date: string | null, what: string): void {
  if (date && date > ctx.clock.today()) {
    const message = `The ${what} cannot be in the future.`;
    throw new DomainError('VALIDATION_FAILED', message, { [field]: message });
  }
}

function refuseFuturePlacementEnds(ctx: HandlerContext, children: readonly LinkedChild[]): void {
  children.forEach((child, i) =>
    refuseFutureDate(ctx, `children.${i}.placementEndedOn`, child.placementEndedOn, 'end of the placement'),
  );
}

export function registerHouseholds(router: Router): void {
  router.handle('households:list', (ctx, filter) => listHouseholds(ctx.db, filter, ctx.clock.today()));
  router.handle('households:page', (ctx, filter) => householdPage(ctx.db, filter));
  router.handle('households:get', (ctx, { id }) => requireHousehold(ctx, id));
  router.handle('households:overLimit', (ctx) => overLimitTerms(ctx.db));

  router.handle('households:create', (ctx, input) => {
    refuseDuplicateReference(ctx, input.reference);
    refuseFutureDate(ctx, 'applicationReceivedDate', input.applicationReceivedDate, 'application date');
    refuseFuturePlacementEnds(ctx, input.children);
    const id = ctx.ids.next();
    const at = ctx.clock.now().toISOString();
    const { children, ...details } = input;
    insertHousehold(ctx.db, id, details, at);
    replaceChildren(ctx.db, id, children, () => ctx.ids.next());
    addStatusHistory(
      ctx.db,
      {
        id: ctx.ids.next(),
        householdId: id,
        status: 'applicant',
        effectiveDate: input.applicationReceivedDate ?? ctx.clock.today(),
        reason: 'Added to the register',
        recordedBy: ctx.actor.displayName,
      },
      at,
    );
    return requireHousehold(ctx, id);
  });

  router.handle('households:update', (ctx, input) => {
    requireHousehold(ctx, input.id);
    refuseIfPurged(ctx.db, input.id);
    refuseDuplicateReference(ctx, input.reference, input.id);
    refuseFutureDate(ctx, 'applicationReceivedDate', input.applicationReceivedDate, 'application date');
    refuseFuturePlacementEnds(ctx, input.children);
    const { id, version, children, ...details } = input;
    if (!updateHouseholdDetails(ctx.db, id, version, details, ctx.clock.now().toISOString()))
      throw staleView(THE_HOUSEHOLD, () => requireHousehold(ctx, id));
    replaceChildren(ctx.db, id, children, () => ctx.ids.next());
    return requireHousehold(ctx, id);
  });

  router.handle('households:changeStatus', (ctx, input) => {
    const household = requireHousehold(ctx, input.id);
    refuseIfPurged(ctx.db, input.id);
    refuseFutureDate(ctx, 'effectiveDate', input.effectiveDate, 'date of the change');
    if (household.status === input.status) {
      throw new DomainError(
        'RULE_VIOLATION',
        `${household.displayName} is already recorded as ${input.status.replace('_', ' ')}.`,
      );
    }
    const approving = input.status === 'approved';
    if (approving) refuseUnlawfulTerms(ctx.db, input.id, input.terms);
    const at = ctx.clock.now().toISOString();
    const changed = setHouseholdStatus(
      ctx.db,
      input.id,
      input.version,
      approving
        ? { status: 'approved', approvalDate: input.approvalDate ?? input.effectiveDate, terms: input.terms ?? null }
        : { status: input.status },
      at,
    );
    if (!changed) throw staleView(THE_HOUSEHOLD, () => requireHousehold(ctx, input.id));
    addStatusHistory(
      ctx.db,
      {
        id: ctx.ids.next(),
        householdId: input.id,
        status: input.status,
        effectiveDate: input.effectiveDate,
        reason: input.reason,
        recordedBy: ctx.actor.displayName,
      },
      at,
    );
    return requireHousehold(ctx, input.id);
  });
}
