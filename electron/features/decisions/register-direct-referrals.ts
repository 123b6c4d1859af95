import { recordRecommendedExemption } from '../exemptions/exemption-record';
import { refuseUnlawfulTerms } from '../households/terms-check';
import { formatDate } from '../../../shared/domain/dates';
import { allowedOutcomes, checkOutcome } from '../../../shared/domain/recommendations/outcomes';
import { APPROVAL_TYPES, ITEM_TYPE_INFO } from '../../../shared/domain/sittings/item-types';
import { ROUTABLE_ITEM_TYPES } from '../../../shared/domain/sittings/panel-routing';
import type { ReferDirect } from '../../../shared/schemas/direct-referral';
import { getHousehold } from '../../../db/repositories/households-repository';
import { admChoices, getUserRecord } from '../../../db/repositories/users-repository';
import { insertAgendaItem } from '../../../db/repositories/agenda-items-repository';
import { insertDirectReferral } from '../../../db/repositories/direct-referrals-repository';
import { fieldError } from '../../backend/domain-error';
import type { HandlerContext, Router } from '../../backend/router';
import { readSettings } from '../../../db/repositories/settings-repository';
import { recordItemHistory } from '../sittings/item-moves';
import { requireCurrentAdm } from '../users/current-adm';
import { openCase, openDirectCase } from '../../../db/repositories/adm-cases-repository';
import { caseView } from './case-view';
import type { z } from 'zod';

type Referral = z.output<typeof ReferDirect>;

/**
 * Cases whose item type the service has switched off at panel: the
 * administrator sends the service's report and recommendation straight to an
 * ADM, which opens the ADM's case and starts the same 7-working-day clock.
 */
export function registerDirectReferrals(router: Router): void {
  router.handle('decisions:referralOptions', (ctx) => {
    const off = new Set<string>(readSettings(ctx.db).directToAdm);
    return {
      types: ROUTABLE_ITEM_TYPES.filter((type) => off.has(type)).map((itemType) => ({
        itemType,
        label: ITEM_TYPE_INFO[itemType].label,
        outcomes: allowedOutcomes(itemType)
          .filter((o) => o.code !== 'deferred')
          .map(({ code, label, needsTerms }) => ({ code, label, needsTerms })),
      })),
      admChoices: admChoices(ctx.db),
    };
  });

  router.handle('decisions:referDirect', (ctx, input) => {
    checkReferral(ctx, input);
    const id = ctx.ids.next();
    const at = ctx.clock.now().toISOString();
    insertAgendaItem(ctx.db, {
      id,
      sittingId: null,
      householdId: input.householdId,
      itemType: input.itemType,
      position: 0,
      durationMinutes: 0,
      papersReceivedDate: input.reportDate,
      checklist: '{}',
      status: 'heard',
      decidingAdmUserId: input.admUserId,
      sentToAdmDate: input.sentDate,
      reviewKind: input.itemType === 'other_review' ? (input.reviewKind ?? null) : null,
      createdAt: at,
      updatedAt: at,
    });
    insertDirectReferral(ctx.db, {
      itemId: id,
      reportDate: input.reportDate,
      presentedBy: input.presentedBy,
      outcome: input.outcome,
      terms: input.terms ? JSON.stringify(input.terms) : null,
      reasons: input.reasons,
      referredByName: ctx.actor.displayName,
      referredAt: at,
    });
    if (input.itemType === 'exemption') {
      recordRecommendedExemption(ctx.db, id, input.outcome === 'recommend_exemption', input.exemption);
    }
    openCase(ctx.db, id, input.householdId, at);
    const adm = getUserRecord(ctx.db, input.admUserId);
    recordItemHistory(ctx, id, 'Sent straight to the ADM', `To ${adm?.displayName ?? 'the ADM'}, without panel`);
    ctx.audit.entityId = id;
    ctx.audit.changes = {
      household: [null, input.householdId],
      itemType: [null, input.itemType],
      recommendation: [null, input.outcome],
      adm: [null, input.admUserId],
      sent: [null, input.sentDate],
    };
    return caseView(ctx, id);
  });
}

function checkReferral(ctx: HandlerContext, input: Referral): void {
  const label = ITEM_TYPE_INFO[input.itemType].label;
  if (!readSettings(ctx.db).directToAdm.includes(input.itemType)) {
    throw fieldError(
      'itemType',
      `${label} goes to panel under the service’s settings. Add it to a sitting’s agenda, or change the setting in Rules and clocks.`,
    );
  }
  const household = getHousehold(ctx.db, input.householdId);
  if (!household) throw fieldError('householdId', 'Choose a household from the register');
  if (input.itemType === 'other_review' && !input.reviewKind)
    throw fieldError('reviewKind', 'Choose the kind of review');
  const applying = APPROVAL_TYPES.has(input.itemType);
  if (applying && household.status !== 'applicant') {
    throw fieldError('itemType', `${household.reference} is not an applicant, so there is no application to decide.`);
  }
  if (!applying && household.status !== 'approved' && household.status !== 'on_hold') {
    throw fieldError(
      'itemType',
      `${household.reference} is not approved, so there is no approval to review or change.`,
    );
  }
  refuseOpenCase(ctx, input);
  const outcome = checkOutcome(input.itemType, input.outcome);
  if (!outcome.ok || input.outcome === 'deferred') {
    throw fieldError('outcome', "Choose the service's recommendation from the list");
  }
  if (outcome.outcome.needsTerms && !input.terms) throw fieldError('terms', 'Record the recommended terms of approval');
  if (outcome.outcome.needsTerms) refuseUnlawfulTerms(ctx.db, input.householdId, input.terms);
  if (input.reportDate > ctx.clock.today()) throw fieldError('reportDate', 'The report date cannot be in the future');
  if (input.sentDate > ctx.clock.today()) throw fieldError('sentDate', 'The date sent cannot be in the future');
  if (input.sentDate < input.reportDate) {
    throw fieldError(
      'sentDate',
      `The report is dated ${formatDate(input.reportDate)}; it cannot have gone to the ADM before then.`,
    );
  }
  const adm = requireCurrentAdm(ctx, input.admUserId);
  if (adm.id === ctx.actor.userId) {
    throw fieldError('admUserId', 'You are sending this case, so you cannot also decide it. Choose another ADM.');
  }
}

/** One open case of a kind per household: a second referral would be decided twice. */
function refuseOpenCase(ctx: HandlerContext, input: Referral): void {
  const open = openDirectCase(ctx.db, input.householdId, input.itemType);
  if (open) {
    throw fieldError(
      'itemType',
      `A ${ITEM_TYPE_INFO[input.itemType].label.toLowerCase()} for this household is already with the ADM.`,
    );
  }
}
