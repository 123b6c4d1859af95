import { recordGrantedExemption } from '../exemptions/exemption-record';
import { refuseUnlawfulTerms } from '../households/terms-check';
import { formatDate } from '../../../shared/domain/dates';
import {
  agreeingDecision,
  decisionOption,
  isQualifying,
  type DecisionOption,
} from '../../../shared/domain/decisions/decision-rules';
import { ITEM_TYPE_INFO, type ItemType } from '../../../shared/domain/sittings/item-types';
import { recommendationToDecide } from '../../../db/repositories/direct-referrals-repository';
import { recommender } from '../../../shared/domain/decisions/decision-basis';
import type { TermsOfApproval } from '../../../shared/schemas/household';
import type { QueueEntry } from '../../../shared/schemas/decision';
import { getItemRow, touchSitting } from '../../../db/repositories/sittings-repository';
import { insertAgendaItem } from '../../../db/repositories/agenda-items-repository';
import { DomainError, fieldError } from '../../backend/domain-error';
import type { HandlerContext, ReadContext, Router } from '../../backend/router';
import { recordItemHistory } from '../sittings/item-moves';
import { newItemPlace } from '../sittings/item-numbers';
import { requireSitting } from '../sittings/sitting-guards';
import { openQueueRows, type CaseRow, type QueueCaseRow } from '../../../db/repositories/adm-cases-repository';
import { clocksFor } from '../../backend/service-clocks';
import { caseFrom, caseOf, caseView, decisionRefusal, requireCase, updateCase } from './case-view';
import { applyDecision } from './household-effects';
import { irmConsiderationColumns, refuseWithoutIrmContact } from './irm-rules';

function refuseUnlessDecider(ctx: HandlerContext, itemId: string): void {
  const refusal = decisionRefusal(ctx, itemId);
  if (refusal) throw new DomainError('FORBIDDEN', refusal);
}

function checkDate(ctx: HandlerContext, field: string, date: string, notBefore: string | null, what: string): void {
  if (date > ctx.clock.today()) throw fieldError(field, `The ${what} cannot be in the future`);
  if (notBefore && date < notBefore) {
    throw fieldError(field, `The ${what} cannot be before ${formatDate(notBefore)}`);
  }
}

function itemType(ctx: HandlerContext, itemId: string): ItemType {
  const item = getItemRow(ctx.db, itemId);
  if (!item) throw new DomainError('NOT_FOUND', 'This item no longer exists.');
  return item.itemType as ItemType;
}

/** The decision chosen, with its terms: required when the decision sets terms. */
function chosenTerms(
  option: DecisionOption,
  given: TermsOfApproval | null | undefined,
  fallback: TermsOfApproval | null,
) {
  if (!option.needsTerms) return null;
  const terms = given ?? fallback;
  if (!terms) throw fieldError('terms', 'Record the terms of approval for this decision');
  return terms;
}

function queueEntry(ctx: ReadContext, facts: QueueCaseRow, clocks: ReturnType<typeof clocksFor>): QueueEntry {
  const { row, item } = facts;
  // Built from the one read of every open case, not the whole sitting's view per case.
  const view = caseFrom(ctx, row, item, facts.admName, clocks);
  const ready = view.state === 'qualifying' && view.finalDecisionBlocked === null;
  const finalDue = ready ? finalDecisionDue(ctx, row) : null;
  return {
    itemId: row.itemId,
    label: item ? `${ITEM_TYPE_INFO[item.itemType as ItemType].label}${facts.sittingDate ? '' : ' (no panel)'}` : '',
    householdReference: facts.householdReference ?? '',
    sittingDate: facts.sittingDate,
    admName: view.admName,
    state: view.state,
    stateLabel: view.stateLabel,
    minutesReceivedOn: view.minutesReceivedOn,
    decisionDue: finalDue ?? view.decisionDue,
    overdue: finalDue ? ctx.clock.today() > finalDue : view.overdue,
    windowEnds: view.windowEnds,
    readyForFinalDecision: ready,
  };
}

/** The final decision is due 7 working days after what it waits for: the panel's fresh recommendation, the IRM's, or the window's end. */
function finalDecisionDue(ctx: ReadContext, row: CaseRow): string {
  if (row.route === 'representations' && row.representationsItemId) {
    const sent = getItemRow(ctx.db, row.representationsItemId)?.sentToAdmDate;
    return clocksFor(ctx.db).admDecisionDue(sent ?? ctx.clock.today());
  }
  if (row.route === 'irm' && row.irmRecommendationOn) return clocksFor(ctx.db).admDecisionDue(row.irmRecommendationOn);
  return clocksFor(ctx.db).admDecisionDue(row.windowEnds ?? ctx.clock.today());
}

export function registerDecisions(router: Router): void {
  router.handle('decisions:queue', (ctx, filter) => {
    const rows = openQueueRows(ctx.db).filter((row) => {
      if (!filter.mine) return true;
      return row.item?.decidingAdmUserId === ctx.actor.userId;
    });
    const clocks = clocksFor(ctx.db);
    const entries = rows.map((row) => queueEntry(ctx, row, clocks));
    const byDue = (a: QueueEntry, b: QueueEntry) =>
      Number(b.overdue) - Number(a.overdue) || a.decisionDue.localeCompare(b.decisionDue);
    return {
      waiting: entries
        .filter((e) => e.state === 'awaiting' || e.state === 'information_requested' || e.readyForFinalDecision)
        .sort(byDue),
      determinations: entries
        .filter((e) => e.state === 'qualifying')
        .sort((a, b) => (a.windowEnds ?? '9999').localeCompare(b.windowEnds ?? '9999')),
    };
  });

  router.handle('decisions:get', (ctx, { itemId }) => caseView(ctx, itemId));

  router.handle('decisions:decide', (ctx, input) => {
    const row = requireCase(ctx, input.itemId);
    refuseUnlessDecider(ctx, input.itemId);
    if (row.state !== 'awaiting' && row.state !== 'information_requested') {
      throw new DomainError('RULE_VIOLATION', 'This item has already been decided.');
    }
    const type = itemType(ctx, input.itemId);
    const current = caseOf(ctx, row);
    checkDate(ctx, 'decidedOn', input.decidedOn, current.minutesReceivedOn, 'date of the decision');
    const recommendation = recommendationToDecide(ctx.db, input.itemId, type);
    const agreeing = recommendation ? agreeingDecision(type, recommendation.outcome) : null;
    const who = recommender(current.withoutPanel);
    let option: DecisionOption;
    if (input.verdict === 'agree') {
      if (!agreeing) throw fieldError('verdict', `There is no recommendation from ${who} here to agree with.`);
      option = agreeing;
    } else {
      if (!input.reasons) throw fieldError('reasons', `Give your reasons for disagreeing with ${who}`);
      const chosen = input.decisionCode ? decisionOption(type, input.decisionCode) : null;
      if (!chosen) throw fieldError('decisionCode', 'Choose the decision you are making instead');
      if (agreeing && chosen.code === agreeing.code) {
        throw fieldError('decisionCode', `That is what ${who} recommended. Choose “agree” instead.`);
      }
      option = chosen;
    }
    const terms = chosenTerms(option, input.terms, recommendation?.terms ?? null);
    refuseUnlawfulTerms(ctx.db, row.householdId, terms);
    if (option.code === 'grant_exemption') recordGrantedExemption(ctx.db, row.itemId, input.exemption);
    const carerAgreed = option.qualifying === 'unless-agreed' && input.carerAgreed === true;
    const qualifying = isQualifying(option, carerAgreed);
    const at = ctx.clock.now().toISOString();
    const approvalEnds =
      !qualifying && row.householdId
        ? applyDecision(ctx, row.householdId, {
            code: option.code,
            label: option.label,
            terms,
            effectiveDate: input.decidedOn,
          })
        : null;
    updateCase(ctx.db, row.itemId, input.version, {
      state: qualifying ? 'qualifying' : 'decided',
      verdict: input.verdict,
      decisionCode: option.code,
      decisionTerms: terms ? JSON.stringify(terms) : null,
      decisionReasons: input.reasons ?? recommendation?.reasons ?? null,
      carerAgreed,
      decidedOn: input.decidedOn,
      decidedByUserId: ctx.actor.userId,
      decidedByName: ctx.actor.displayName,
      tellingTracked: true,
      approvalEnds,
      endingReason: option.code === 'terminate' ? (input.endingReason ?? null) : null,
      updatedAt: at,
    });
    recordItemHistory(
      ctx,
      row.itemId,
      'ADM decision',
      `${input.verdict === 'agree' ? 'Agreed' : 'Disagreed'}: ${option.label}`,
    );
    ctx.audit.entityId = row.itemId;
    ctx.audit.changes = {
      state: [row.state, qualifying ? 'qualifying' : 'decided'],
      verdict: [null, input.verdict],
      decision: [null, option.code],
      reasons: [null, input.reasons],
    };
    return caseView(ctx, row.itemId);
  });

  router.handle('decisions:requestInformation', (ctx, input) => {
    const row = requireCase(ctx, input.itemId);
    refuseUnlessDecider(ctx, input.itemId);
    if (row.state !== 'awaiting' && row.state !== 'information_requested') {
      throw new DomainError('RULE_VIOLATION', 'This item has already been decided.');
    }
    checkDate(ctx, 'requestedOn', input.requestedOn, caseOf(ctx, row).minutesReceivedOn, 'date of the request');
    updateCase(ctx.db, row.itemId, input.version, {
      state: 'information_requested',
      infoWhat: input.what,
      infoFrom: input.from,
      infoRequestedOn: input.requestedOn,
      infoReceivedOn: null,
      updatedAt: ctx.clock.now().toISOString(),
    });
    recordItemHistory(ctx, row.itemId, 'ADM asked for more information', `${input.what} (from ${input.from})`);
    ctx.audit.entityId = row.itemId;
    ctx.audit.changes = {
      state: [row.state, 'information_requested'],
      request: [null, input.what],
      from: [null, input.from],
    };
    return caseView(ctx, row.itemId);
  });

  router.handle('decisions:informationReceived', (ctx, input) => {
    const row = requireCase(ctx, input.itemId);
    if (row.state !== 'information_requested') {
      throw new DomainError('RULE_VIOLATION', 'No information has been requested on this item.');
    }
    checkDate(ctx, 'receivedOn', input.receivedOn, row.infoRequestedOn, 'date received');
    updateCase(ctx.db, row.itemId, input.version, {
      state: 'awaiting',
      infoReceivedOn: input.receivedOn,
      updatedAt: ctx.clock.now().toISOString(),
    });
    recordItemHistory(ctx, row.itemId, 'Information received for the ADM', formatDate(input.receivedOn));
    ctx.audit.entityId = row.itemId;
    ctx.audit.changes = { state: [row.state, 'awaiting'], received: [null, input.receivedOn] };
    return caseView(ctx, row.itemId);
  });

  router.handle('decisions:recordLetterDate', (ctx, input) => {
    const row = requireCase(ctx, input.itemId);
    if (row.state !== 'qualifying') {
      throw new DomainError('RULE_VIOLATION', 'Only a qualifying determination has a 28-day window to open.');
    }
    if (row.letterDate) {
      throw new DomainError('RULE_VIOLATION', `The letter was already dated ${formatDate(row.letterDate)}.`);
    }
    refuseWithoutIrmContact(ctx);
    checkDate(ctx, 'letterDate', input.letterDate, row.decidedOn, 'date of the letter');
    const windowEnds = clocksFor(ctx.db).representationsWindowEnds(input.letterDate);
    updateCase(ctx.db, row.itemId, input.version, {
      letterDate: input.letterDate,
      windowEnds,
      updatedAt: ctx.clock.now().toISOString(),
    });
    recordItemHistory(
      ctx,
      row.itemId,
      'Qualifying determination letter',
      `Dated ${formatDate(input.letterDate)}; window ends ${formatDate(windowEnds)}`,
    );
    ctx.audit.entityId = row.itemId;
    ctx.audit.changes = { letterDate: [null, input.letterDate], windowEnds: [null, windowEnds] };
    return caseView(ctx, row.itemId);
  });

  router.handle('decisions:recordRoute', (ctx, input) => {
    const row = requireCase(ctx, input.itemId);
    if (row.state !== 'qualifying' || !row.letterDate || !row.windowEnds) {
      throw new DomainError('RULE_VIOLATION', 'Record the date of the qualifying determination letter first.');
    }
    if (row.route) {
      throw new DomainError(
        'RULE_VIOLATION',
        `The applicant already chose ${row.route === 'irm' ? 'the IRM' : 'representations to the agency'}. They may use one route only, not both.`,
      );
    }
    checkDate(ctx, 'receivedOn', input.receivedOn, row.letterDate, 'date received');
    if (input.receivedOn > row.windowEnds) {
      throw fieldError(
        'receivedOn',
        `The 28-day window ended on ${formatDate(row.windowEnds)}; this was received after it.`,
      );
    }
    const at = ctx.clock.now().toISOString();
    let representationsItemId: string | null = null;
    if (input.route === 'representations') {
      const target = input.sittingId ? requireSitting(ctx, input.sittingId) : null;
      if (!target || (target.status !== 'planned' && target.status !== 'papers_sent')) {
        throw fieldError('sittingId', 'Choose a sitting that is still being planned to hear the representations');
      }
      representationsItemId = ctx.ids.next();
      insertAgendaItem(ctx.db, {
        id: representationsItemId,
        sittingId: target.id,
        householdId: row.householdId,
        itemType: 'representations',
        ...newItemPlace(ctx.db, target.id),
        durationMinutes: 45,
        checklist: '{}',
        status: 'scheduled',
        continuesItemId: row.itemId,
        createdAt: at,
        updatedAt: at,
      });
      recordItemHistory(ctx, representationsItemId, 'Added', 'Representations after a qualifying determination');
      touchSitting(ctx.db, target.id, at);
    }
    updateCase(ctx.db, row.itemId, input.version, {
      route: input.route,
      routeReceivedOn: input.receivedOn,
      irmPapersDue: input.route === 'irm' ? clocksFor(ctx.db).irmPapersDue(input.receivedOn) : null,
      representationsItemId,
      updatedAt: at,
    });
    recordItemHistory(
      ctx,
      row.itemId,
      input.route === 'irm' ? 'Application to the IRM' : 'Representations received',
      formatDate(input.receivedOn),
    );
    ctx.audit.entityId = row.itemId;
    ctx.audit.changes = {
      route: [null, input.route],
      received: [null, input.receivedOn],
      representationsItem: [null, representationsItemId],
    };
    return caseView(ctx, row.itemId);
  });

  router.handle('decisions:recordIrmRecommendation', (ctx, input) => {
    const row = requireCase(ctx, input.itemId);
    if (row.route !== 'irm' || row.state !== 'qualifying') {
      throw new DomainError('RULE_VIOLATION', 'This determination is not with the IRM.');
    }
    checkDate(ctx, 'receivedOn', input.receivedOn, row.routeReceivedOn, 'date received');
    updateCase(ctx.db, row.itemId, input.version, {
      irmRecommendation: input.recommendation,
      irmRecommendationOn: input.receivedOn,
      updatedAt: ctx.clock.now().toISOString(),
    });
    recordItemHistory(ctx, row.itemId, 'IRM recommendation received', formatDate(input.receivedOn));
    ctx.audit.entityId = row.itemId;
    ctx.audit.changes = { irmRecommendation: [row.irmRecommendation, input.recommendation] };
    return caseView(ctx, row.itemId);
  });

  router.handle('decisions:finalise', (ctx, input) => {
    const row = requireCase(ctx, input.itemId);
    refuseUnlessDecider(ctx, input.itemId);
    const blocked = caseOf(ctx, row).finalDecisionBlocked;
    if (row.state !== 'qualifying' || blocked) {
      throw new DomainError('RULE_VIOLATION', blocked ?? 'There is no determination waiting for a final decision.');
    }
    const type = itemType(ctx, input.itemId);
    const option = decisionOption(type, input.decisionCode);
    if (!option) throw fieldError('decisionCode', 'Choose the final decision');
    const earliest = row.routeReceivedOn ?? row.letterDate;
    checkDate(ctx, 'decidedOn', input.decidedOn, earliest, 'date of the final decision');
    const previousTerms = row.decisionTerms ? (JSON.parse(row.decisionTerms) as TermsOfApproval) : null;
    const terms = chosenTerms(option, input.terms, previousTerms);
    const irm = irmConsiderationColumns(row, input);
    refuseUnlawfulTerms(ctx.db, row.householdId, terms);
    const approvalEnds = row.householdId
      ? applyDecision(ctx, row.householdId, {
          code: option.code,
          label: option.label,
          terms,
          effectiveDate: input.decidedOn,
        })
      : null;
    updateCase(ctx.db, row.itemId, input.version, {
      state: 'final',
      finalCode: option.code,
      finalTerms: terms ? JSON.stringify(terms) : null,
      finalReasons: input.reasons,
      finalDecidedOn: input.decidedOn,
      finalDecidedByName: ctx.actor.displayName,
      ...irm,
      approvalEnds,
      endingReason: option.code === 'terminate' ? (input.endingReason ?? row.endingReason) : null,
      updatedAt: ctx.clock.now().toISOString(),
    });
    recordItemHistory(ctx, row.itemId, 'ADM final decision', option.label);
    ctx.audit.entityId = row.itemId;
    ctx.audit.changes = {
      state: ['qualifying', 'final'],
      finalDecision: [null, option.code],
      reasons: [null, input.reasons],
      ...(irm.irmConsidered
        ? { irmDeparts: [null, irm.irmDeparts], irmDepartureReasons: [null, irm.irmDepartureReasons] }
        : {}),
    };
    return caseView(ctx, row.itemId);
  });
}
