import { formatDate } from '../../../shared/domain/dates';
import { dataReturnYearOf } from '../../../shared/domain/reports/data-return';
import { APPLICATION_END_REASONS, type ApplicationOutcome } from '../../../shared/schemas/data-return';
import {
  getApplicationOutcome,
  saveApplicationOutcome,
  type ApplicationOutcomeRow,
} from '../../../db/repositories/application-outcomes-repository';
import { getHousehold } from '../../../db/repositories/households-repository';
import { DomainError, fieldError, notFound, staleVersion } from '../../backend/domain-error';
import type { Router } from '../../backend/router';
import { changeHousehold } from '../decisions/household-effects';
import { refuseIfPurged } from '../records/purge-guard';
import { dataReturnOf } from './data-return-files';

const outcomeView = (row: ApplicationOutcomeRow): ApplicationOutcome => ({
  ...row,
  reasonLabel: APPLICATION_END_REASONS[row.reason],
});

/** Statuses an application is still open in: recording how it ended closes it as withdrawn. */
const OPEN = new Set(['applicant', 'on_hold']);

/**
 * The annual fostering data return's figures (its files are issued through
 * documents:issue), and the one household fact it needs that nothing else
 * records: why and when an application ended before approval.
 */
export function registerDataReturn(router: Router): void {
  router.handle('reports:dataReturn', (ctx, input) => {
    const today = ctx.clock.today();
    return dataReturnOf(ctx.db, input.year ?? dataReturnYearOf(today), today);
  });

  router.handle('households:applicationOutcome', (ctx, { id }) => {
    if (!getHousehold(ctx.db, id)) throw notFound('This household');
    const row = getApplicationOutcome(ctx.db, id);
    return row ? outcomeView(row) : null;
  });

  router.handle('households:recordApplicationOutcome', (ctx, input) => {
    const household = getHousehold(ctx.db, input.householdId);
    if (!household) throw notFound('This household');
    refuseIfPurged(ctx.db, household.id);
    if (household.approvalDate) {
      throw new DomainError(
        'RULE_VIOLATION',
        `${household.displayName} was approved on ${formatDate(household.approvalDate)}: only an application that ended before approval can be recorded here.`,
      );
    }
    if (household.status === 'refused') {
      throw new DomainError(
        'RULE_VIOLATION',
        `The ADM decided not to approve ${household.displayName}: that ending is recorded with the decision, not here.`,
      );
    }
    if (input.endedOn > ctx.clock.today())
      throw fieldError('endedOn', 'The date the application ended cannot be in the future.');
    if (household.applicationReceivedDate && input.endedOn < household.applicationReceivedDate) {
      throw fieldError(
        'endedOn',
        `The application cannot end before it was received (${formatDate(household.applicationReceivedDate)}).`,
      );
    }
    const before = getApplicationOutcome(ctx.db, household.id);
    if (before && input.version === undefined) throw staleVersion('How this application ended');
    const saved = saveApplicationOutcome(
      ctx.db,
      {
        householdId: household.id,
        reason: input.reason,
        endedOn: input.endedOn,
        recordedAt: ctx.clock.now().toISOString(),
        recordedByName: ctx.actor.displayName,
      },
      input.version,
    );
    if (!saved) throw staleVersion('How this application ended');
    if (OPEN.has(household.status)) {
      changeHousehold(ctx, household.id, { status: 'withdrawn' }, input.endedOn, APPLICATION_END_REASONS[input.reason]);
    }
    ctx.audit.entityId = household.id;
    ctx.audit.changes = {
      applicationEnded: [before?.reason ?? null, input.reason],
      endedOn: [before?.endedOn ?? null, input.endedOn],
      ...(OPEN.has(household.status) ? { status: [household.status, 'withdrawn'] } : {}),
    };
    const row = getApplicationOutcome(ctx.db, household.id);
    if (!row) throw notFound('How this application ended');
    return outcomeView(row);
  });
}
