import { exemptionOf } from '../../../db/repositories/exemptions-repository';
import { formatDate } from '../../../shared/domain/dates';
import {
  agreeingDecision,
  decisionOption,
  decisionOptions,
  letterFor,
  type DecisionCode,
} from '../../../shared/domain/decisions/decision-rules';
import type { ItemType } from '../../../shared/domain/sittings/item-types';
import { ITEM_TYPE_INFO } from '../../../shared/domain/sittings/item-types';
import {
  CASE_STATE_LABELS,
  type DecisionCase,
  type DecisionCaseView,
  type LetterHousehold,
} from '../../../shared/schemas/decision';
import { TermsOfApproval, type Household } from '../../../shared/schemas/household';
import type { SittingDetail } from '../../../shared/schemas/sitting-views';
import { getHousehold } from '../../../db/repositories/households-repository';
import { getItemRow, getSittingRow, type AgendaItemRecord } from '../../../db/repositories/sittings-repository';
import { outcomeLabel } from '../../../shared/domain/recommendations/outcomes';
import { getDirectReferral } from '../../../db/repositories/direct-referrals-repository';
import { getUserRecord } from '../../../db/repositories/users-repository';
import { DomainError, notFound } from '../../backend/domain-error';
import type { ReadContext } from '../../backend/router';
import type { AppDatabase } from '../../../db/connection';
import { getRecommendation, recommendationRecorder } from '../../../db/repositories/recommendations-repository';
import { approvedMinutes } from '../minutes/minutes-view';
import { clocksFor } from '../../backend/service-clocks';
import { requireSitting } from '../sittings/sitting-guards';
import {
  getCaseRow,
  updateCaseAtVersion,
  type CaseChanges,
  type CaseRow,
} from '../../../db/repositories/adm-cases-repository';
import { irmConsiderationOf } from './irm-rules';

const terms = (json: string | null) => (json ? TermsOfApproval.parse(JSON.parse(json)) : null);

export function letterHousehold(ctx: ReadContext, household: Household): LetterHousehold {
  return {
    id: household.id,
    reference: household.reference,
    displayName: household.displayName,
    applicantNames: household.applicantNames,
    applicantTitles: household.applicantTitles,
    formOfAddress: household.formOfAddress,
    address: household.address,
    householdType: household.householdType,
    status: household.status,
    approvalDate: household.approvalDate,
    terms: household.terms,
    firstReviewDue: household.approvalDate ? clocksFor(ctx.db).firstReviewDue(household.approvalDate) : null,
  };
}

export function requireHouseholdOf(ctx: ReadContext, householdId: string | null): Household {
  const household = householdId ? getHousehold(ctx.db, householdId) : null;
  if (!household) throw new DomainError('RULE_VIOLATION', 'This item has no household to decide about.');
  return household;
}

/** Why the final decision cannot be made yet, or null when it can. */
function finalBlocked(ctx: ReadContext, row: CaseRow): string | null {
  if (row.state !== 'qualifying') return 'There is no qualifying determination waiting for a final decision.';
  if (!row.letterDate || !row.windowEnds) return 'Record the date of the qualifying determination letter first.';
  if (row.route === 'irm' && !row.irmRecommendation) return 'Record the IRM panel’s recommendation first.';
  if (row.route === 'representations') {
    const fresh = row.representationsItemId ? representationsOutcome(ctx, row.representationsItemId) : null;
    return fresh ? null : 'The panel has not yet made its fresh recommendation on the representations.';
  }
  if (!row.route && ctx.clock.today() <= row.windowEnds) {
    return `The 28-day window ends on ${formatDate(row.windowEnds)}. If nothing is received by then, the determination can be confirmed.`;
  }
  return null;
}

function representationsOutcome(ctx: ReadContext, itemId: string): string | null {
  const recommendation = getRecommendation(ctx.db, itemId, 'representations');
  return recommendation ? `${recommendation.outcomeLabel}: ${recommendation.reasons}` : null;
}

function lettersFor(ctx: ReadContext, row: CaseRow): string[] {
  if (row.state === 'decided' && row.decisionCode) {
    const letter = letterFor(row.decisionCode as DecisionCode, 'final', false);
    // An exemption granted before its children were recorded keeps the generic letter it had.
    const recorded = letter !== 'letter-exemption' || exemptionOf(ctx.db, row.itemId)?.granted;
    return ['letter-decision-record', recorded ? letter : 'letter-final-decision'];
  }
  if (row.state === 'qualifying') return ['letter-decision-record', 'letter-qualifying-determination'];
  if (row.state === 'final' && row.finalCode) {
    const letters = ['letter-decision-record', letterFor(row.finalCode as DecisionCode, 'final', true)];
    return row.finalCode === 'terminate' ? [...letters, 'letter-final-decision'] : letters;
  }
  return [];
}

export function caseOf(ctx: ReadContext, row: CaseRow): DecisionCase {
  const item = getItemRow(ctx.db, row.itemId);
  const adm = item?.decidingAdmUserId ? getUserRecord(ctx.db, item.decidingAdmUserId) : null;
  return caseFrom(ctx, row, item, adm?.displayName ?? null, clocksFor(ctx.db));
}

/** What the case needs of its item: the queue reads it for every open case at once (`openQueueRows`). */
export type CaseItem = Pick<AgendaItemRecord, 'itemType' | 'sentToAdmDate' | 'sittingId'> | null;

/** The case as the screens show it, from its row, its item and its ADM's name already read. */
export function caseFrom(
  ctx: ReadContext,
  row: CaseRow,
  item: CaseItem,
  admName: string | null,
  clocks: ReturnType<typeof clocksFor>,
): DecisionCase {
  if (!item?.sentToAdmDate) throw notFound('This decision');
  const type = item.itemType as ItemType;
  const decisionDue = clocks.admDecisionDue(item.sentToAdmDate);
  const representations = row.representationsItemId ? getItemRow(ctx.db, row.representationsItemId) : null;
  const representationsSitting = representations?.sittingId
    ? getSittingRow(ctx.db, representations.sittingId)?.sitting
    : null;
  const label = (code: string | null) => (code ? (decisionOption(type, code)?.label ?? code) : '');
  return {
    itemId: row.itemId,
    withoutPanel: item.sittingId === null,
    version: row.version,
    state: row.state,
    stateLabel: CASE_STATE_LABELS[row.state],
    admName,
    minutesReceivedOn: item.sentToAdmDate,
    decisionDue,
    overdue: (row.state === 'awaiting' || row.state === 'information_requested') && ctx.clock.today() > decisionDue,
    information:
      row.infoWhat && row.infoFrom && row.infoRequestedOn
        ? { what: row.infoWhat, from: row.infoFrom, requestedOn: row.infoRequestedOn, receivedOn: row.infoReceivedOn }
        : null,
    decision:
      row.verdict && row.decisionCode && row.decidedOn && row.decidedByName
        ? {
            verdict: row.verdict,
            code: row.decisionCode,
            label: label(row.decisionCode),
            terms: terms(row.decisionTerms),
            reasons: row.decisionReasons ?? '',
            decidedOn: row.decidedOn,
            decidedByName: row.decidedByName,
            carerAgreed: row.carerAgreed,
            toldOrally:
              row.toldOrallyOn && row.toldOrallyByName ? { on: row.toldOrallyOn, byName: row.toldOrallyByName } : null,
          }
        : null,
    letterDate: row.letterDate,
    windowEnds: row.windowEnds,
    route: row.route,
    routeReceivedOn: row.routeReceivedOn,
    irmPapersDue: row.irmPapersDue,
    irmRecommendation:
      row.irmRecommendation && row.irmRecommendationOn
        ? { text: row.irmRecommendation, receivedOn: row.irmRecommendationOn }
        : null,
    representationsItem:
      representations && representationsSitting
        ? { itemId: representations.id, sittingId: representationsSitting.id, sittingDate: representationsSitting.date }
        : null,
    irmConsideration: irmConsiderationOf(row),
    representationsRecommendation: row.representationsItemId
      ? representationsOutcome(ctx, row.representationsItemId)
      : null,
    finalDecision:
      row.finalCode && row.finalDecidedOn && row.finalDecidedByName
        ? {
            code: row.finalCode,
            label: label(row.finalCode),
            terms: terms(row.finalTerms),
            reasons: row.finalReasons ?? '',
            decidedOn: row.finalDecidedOn,
            decidedByName: row.finalDecidedByName,
          }
        : null,
    approvalEnds: row.approvalEnds,
    finalDecisionBlocked: row.state === 'qualifying' ? finalBlocked(ctx, row) : null,
    letters: lettersFor(ctx, row),
  };
}

/** Why the signed-in user may not decide this item, or null. */
export function decisionRefusal(ctx: ReadContext, itemId: string, built?: SittingDetail): string | null {
  const item = getItemRow(ctx.db, itemId);
  const user = ctx.actor.userId ? getUserRecord(ctx.db, ctx.actor.userId) : null;
  if (!item || !user) return 'Only an agency decision maker can decide.';
  if (item.decidingAdmUserId && item.decidingAdmUserId !== user.id) {
    const assigned = getUserRecord(ctx.db, item.decidingAdmUserId);
    return `This item is assigned to ${assigned?.displayName ?? 'another ADM'}.`;
  }
  const sitting = !item.sittingId ? null : built?.id === item.sittingId ? built : requireSitting(ctx, item.sittingId);
  const sat =
    sitting !== null &&
    user.memberId !== null &&
    sitting.attendance.some((a) => a.memberId === user.memberId && a.status === 'present') &&
    !sitting.items.find((i) => i.id === itemId)?.declarations.some((d) => d.memberId === user.memberId && d.withdrew);
  if (sat) return 'You sat as a member of the panel on this item, so you cannot also decide it.';
  if (getRecommendationRecorder(ctx, itemId) === user.id) {
    return 'You recorded the panel’s recommendation on this item, so you cannot also decide it.';
  }
  return null;
}

function getRecommendationRecorder(ctx: ReadContext, itemId: string): string | null {
  return recommendationRecorder(ctx.db, itemId);
}

export function requireCase(ctx: ReadContext, itemId: string): CaseRow {
  const row = getCaseRow(ctx.db, itemId);
  if (!row) throw new DomainError('NOT_FOUND', 'This item has not been sent to an ADM for a decision.');
  return row;
}

export function caseView(ctx: ReadContext, itemId: string): DecisionCaseView {
  const row = requireCase(ctx, itemId);
  const item = getItemRow(ctx.db, itemId);
  if (!item) throw notFound('This item');
  const type = item.itemType as ItemType;
  if (!item.sittingId) return directCaseView(ctx, row, item);
  const sitting = requireSitting(ctx, item.sittingId);
  // Only the approved minutes: the draft, versions and referrals of the minutes screen are not needed here.
  const minutes = approvedMinutes(ctx.db, item.sittingId);
  const minutesItem = minutes.approvedContent?.items.find((i) => i.itemId === itemId);
  if (!minutesItem || !minutes.approval) {
    throw new DomainError(
      'RULE_VIOLATION',
      'The minutes of this sitting are not approved, so there is nothing to decide on yet.',
    );
  }
  const recommendation = getRecommendation(ctx.db, itemId, type);
  const itemView = sitting.items.find((i) => i.id === itemId);
  return {
    case: caseOf(ctx, row),
    itemType: type,
    typeLabel: ITEM_TYPE_INFO[type].label,
    sitting: { id: sitting.id, date: sitting.date, kind: sitting.kind },
    household: letterHousehold(ctx, requireHouseholdOf(ctx, row.householdId)),
    minutesItem,
    approval: {
      byName: minutes.approval.byName,
      at: minutes.approval.at,
      versionNumber: minutes.approval.versionNumber,
      hash: minutes.approval.hash,
      capacity: minutes.approval.capacity,
    },
    // The item's papers as recorded on its checklist; the minutes' own words stay in the extract (issue 19).
    papers: itemView?.checklist.map((c) => ({ label: c.label, done: c.done })) ?? [],
    directReferral: null,
    exemption: type === 'exemption' ? exemptionOf(ctx.db, itemId) : null,
    ...decisionChoices(ctx, type, itemId, recommendation?.outcome ?? null, sitting),
  };
}

/** The options, the decision that agrees with the recommendation, and whether the signed-in user may decide. */
function decisionChoices(
  ctx: ReadContext,
  type: ItemType,
  itemId: string,
  recommended: string | null,
  sitting?: SittingDetail,
) {
  return {
    options: decisionOptions(type).map((o) => ({
      code: o.code,
      label: o.label,
      needsTerms: o.needsTerms,
      qualifying: String(o.qualifying),
    })),
    agreeingCode: recommended ? (agreeingDecision(type, recommended)?.code ?? null) : null,
    cannotDecide: ctx.actor.roles.includes('adm')
      ? decisionRefusal(ctx, itemId, sitting)
      : 'Only an agency decision maker can decide.',
  };
}

/** A case the service sent straight to the ADM: no sitting, no minutes; the service's report is the basis. */
function directCaseView(ctx: ReadContext, row: CaseRow, item: AgendaItemRecord): DecisionCaseView {
  const type = item.itemType as ItemType;
  const referral = getDirectReferral(ctx.db, item.id);
  if (!referral) throw notFound('This referral');
  const checklist = ITEM_TYPE_INFO[type].checklist;
  const ticked = JSON.parse(item.checklist) as Record<string, boolean>;
  return {
    case: caseOf(ctx, row),
    itemType: type,
    typeLabel: ITEM_TYPE_INFO[type].label,
    sitting: null,
    household: letterHousehold(ctx, requireHouseholdOf(ctx, row.householdId)),
    minutesItem: null,
    approval: null,
    directReferral: {
      ...referral,
      outcomeLabel: outcomeLabel(type, referral.outcome),
    },
    exemption: type === 'exemption' ? exemptionOf(ctx.db, item.id) : null,
    papers: [
      { label: `The service’s report of ${formatDate(referral.reportDate)} by ${referral.presentedBy}`, done: true },
      ...checklist.map((c) => ({ label: c.label, done: ticked[c.key] === true })),
    ],
    ...decisionChoices(ctx, type, item.id, referral.outcome),
  };
}

/** Writes the change only if the caller saw the latest version of the case. */
export function updateCase(db: AppDatabase, itemId: string, version: number, changes: CaseChanges): void {
  if (!updateCaseAtVersion(db, itemId, version, changes)) {
    throw new DomainError(
      'STALE_VERSION',
      'This decision was changed by someone else while you were working. Nothing has been saved; what you typed is still on screen. Reload to see the latest, then try again.',
    );
  }
}
