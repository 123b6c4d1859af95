import { formatDate } from '../../../shared/domain/dates';
import { householdEffect, type DecisionCode } from '../../../shared/domain/decisions/decision-rules';
import type { HouseholdStatus, TermsOfApproval } from '../../../shared/schemas/household';
import { addStatusHistory, getHousehold, setHouseholdStatus } from '../../../db/repositories/households-repository';
import { notFound, staleVersion } from '../../backend/domain-error';
import type { HandlerContext } from '../../backend/router';

/** Records a change (or a confirmation) in the household's history, changing its status and terms when asked. */
export function changeHousehold(
  ctx: HandlerContext,
  householdId: string,
  change: { status?: HouseholdStatus; approvalDate?: string; terms?: TermsOfApproval | null },
  effectiveDate: string,
  reason: string,
): void {
  const household = getHousehold(ctx.db, householdId);
  if (!household) throw notFound('The household');
  const status = change.status ?? household.status;
  const written = setHouseholdStatus(
    ctx.db,
    householdId,
    household.version,
    {
      status,
      ...(change.approvalDate !== undefined ? { approvalDate: change.approvalDate } : {}),
      ...(change.terms !== undefined ? { terms: change.terms } : {}),
    },
    ctx.clock.now().toISOString(),
  );
  if (!written) throw staleVersion('The household');
  addStatusHistory(
    ctx.db,
    { id: ctx.ids.next(), householdId, status, effectiveDate, reason, recordedBy: ctx.actor.displayName },
    ctx.clock.now().toISOString(),
  );
}

/**
 * What a decision does to the household when it takes effect: approval with
 * terms, refusal, termination, new terms, or a confirmation for the record.
 * Returns the date approval ends, for a termination.
 */
export function applyDecision(
  ctx: HandlerContext,
  householdId: string,
  decision: { code: DecisionCode; label: string; terms: TermsOfApproval | null; effectiveDate: string },
): string | null {
  const effect = householdEffect(decision.code);
  const reason = `ADM decision on ${formatDate(decision.effectiveDate)}: ${decision.label}`;
  switch (effect.kind) {
    case 'approve':
      changeHousehold(
        ctx,
        householdId,
        { status: 'approved', approvalDate: decision.effectiveDate, terms: decision.terms },
        decision.effectiveDate,
        reason,
      );
      return null;
    case 'refuse':
      changeHousehold(ctx, householdId, { status: 'refused' }, decision.effectiveDate, reason);
      return null;
    case 'terminate':
      changeHousehold(ctx, householdId, { status: 'terminated' }, decision.effectiveDate, reason);
      return decision.effectiveDate;
    case 'set-terms':
      changeHousehold(ctx, householdId, { terms: decision.terms }, decision.effectiveDate, reason);
      return null;
    case 'none':
      changeHousehold(ctx, householdId, {}, decision.effectiveDate, reason);
      return null;
  }
}
