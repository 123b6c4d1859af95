import { formatDate } from '../../../shared/domain/dates';
import { DomainError, fieldError } from '../../backend/domain-error';
import type { Router } from '../../backend/router';
import { recordItemHistory } from '../sittings/item-moves';
import { caseView, requireCase, updateCase } from './case-view';

/**
 * Telling the applicant the ADM's decision: locally orally within 2 working
 * days, in writing within 5. The written telling is the decision letter
 * issued (the issued-documents register); the oral one is recorded here.
 */
export function registerTelling(router: Router): void {
  router.handle('decisions:recordToldOrally', (ctx, input) => {
    const row = requireCase(ctx, input.itemId);
    if (!row.decidedOn) {
      throw new DomainError('RULE_VIOLATION', 'The ADM has not decided this case yet, so there is nothing to tell.');
    }
    if (row.toldOrallyOn) {
      throw new DomainError(
        'RULE_VIOLATION',
        `The applicant was already recorded as told on ${formatDate(row.toldOrallyOn)} by ${row.toldOrallyByName ?? ''}.`,
      );
    }
    if (input.toldOn > ctx.clock.today()) throw fieldError('toldOn', 'The date they were told cannot be in the future');
    if (input.toldOn < row.decidedOn) {
      throw fieldError('toldOn', `The date they were told cannot be before the decision, ${formatDate(row.decidedOn)}`);
    }
    updateCase(ctx.db, row.itemId, input.version, {
      toldOrallyOn: input.toldOn,
      toldOrallyByName: input.toldByName,
      updatedAt: ctx.clock.now().toISOString(),
    });
    recordItemHistory(
      ctx,
      row.itemId,
      'Applicant told the decision',
      `Orally on ${formatDate(input.toldOn)} by ${input.toldByName}`,
    );
    ctx.audit.entityId = row.itemId;
    ctx.audit.changes = { toldOrallyOn: [null, input.toldOn], toldOrallyByName: [null, input.toldByName] };
    return caseView(ctx, row.itemId);
  });
}
