import { DELAYED_STATES } from '../../../shared/schemas/case-chain';
import { getDelayReason, saveDelayReason } from '../../../db/repositories/case-chain-repository';
import { DomainError } from '../../backend/domain-error';
import type { Router } from '../../backend/router';
import { refuseIfPurged } from '../records/purge-guard';
import { caseChainView } from './case-chain-view';

/**
 * The case chain of one household, and the reason for delay on a late step.
 * A reason may be recorded only on a step that is late or overdue now, and
 * only one from the service's list (settings), so the inspection bundle's
 * clocks summary counts delays by the words the service chose.
 */
export function registerCaseChain(router: Router): void {
  router.handle('households:caseChain', (ctx, { id }) => caseChainView(ctx.db, id, ctx.clock.today()));

  router.handle('households:recordDelayReason', (ctx, input) => {
    const today = ctx.clock.today();
    const chain = caseChainView(ctx.db, input.householdId, today);
    refuseIfPurged(ctx.db, input.householdId);
    const step = chain.steps.find((s) => s.key === input.stepKey);
    if (!step) throw new DomainError('NOT_FOUND', 'This step is not in the household’s case chain.');
    if (!DELAYED_STATES.has(step.state)) {
      throw new DomainError(
        'RULE_VIOLATION',
        'A reason for delay can be recorded only on a step that is late or overdue.',
      );
    }
    if (input.reason !== '' && !chain.delayReasons.includes(input.reason)) {
      const message = 'Choose a reason from the list (an administrator can add reasons in the rules settings).';
      throw new DomainError('VALIDATION_FAILED', message, { reason: message });
    }
    const before = getDelayReason(ctx.db, input.householdId, input.stepKey);
    saveDelayReason(ctx.db, {
      householdId: input.householdId,
      stepKey: input.stepKey,
      reason: input.reason,
      note: input.reason === '' ? null : input.note,
      recordedByName: ctx.actor.displayName,
      recordedAt: ctx.clock.now().toISOString(),
    });
    ctx.audit.entityId = input.householdId;
    ctx.audit.changes = {
      step: [null, `${step.step} (${step.caseLabel})`],
      reason: [before?.reason ?? null, input.reason || null],
      note: [before?.note ?? null, input.reason === '' ? null : input.note],
    };
    return caseChainView(ctx.db, input.householdId, today);
  });
}
