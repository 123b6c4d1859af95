import type { DeregistrationReason, ResignationReason } from '../../shared/domain/reports/ending-reasons';
import type { ItemType } from '../../shared/domain/sittings/item-types';
import type { CareType, HouseholdType, TermsOfApproval } from '../../shared/schemas/household';
import { CHAIR_REPORT_SITTINGS } from './chair-report-sittings';

/**
 * The cases of the chair's 2019/20 report (the seed's section 5, "Overview of
 * work presented to panel"), one household each, spread over the year's
 * sittings:
 * - 18 mainstream approvals by terms: long-term 1, short-term 14, parent and
 *   child 1, respite 1, specialist 1; three of them deferred once because the
 *   statutory checks were not back, and approved at a later sitting;
 * - 39 connected-person approvals, 20 of them after a reg 24 temporary
 *   approval, 4 of those extended under reg 25 before panel heard them;
 * - 34 first reviews (21 mainstream, 13 connected), every carer still suitable;
 *   the chair withdrew from one (she knew the carers) and a vice chair presided it;
 * - 2 standards-of-care reviews where the service recommended that approval
 *   continue; panel agreed on one and recommended ending approval on the
 *   other, and the ADM ratified both;
 * - resignations by reason: change of circumstances 7, moving to an
 *   independent agency 1, dissatisfaction 2, other 4;
 * - deregistrations by reason: standard of care 1 (the review above), child no
 *   longer placed 8, unwilling or unavailable 6;
 * and, beyond the seed's figures, a connected person who took a qualifying
 * determination to the IRM with their temporary approval extended until its
 * outcome, and one resignation whose notice was recorded before panel.
 */
export interface ChairReportCase {
  key: string;
  householdType: HouseholdType;
  itemType: ItemType;
  /** The sittings it is listed at: two for a case deferred at the first. */
  sittings: string[];
  deferredAt?: string;
  panelOutcome: string;
  panelTerms?: TermsOfApproval;
  /** What the service's report recommended, where panel differed from it. */
  serviceOutcome?: string;
  /** The chair declares an interest and withdraws; the first vice chair presides the item. */
  chairWithdraws?: boolean;
  /** A later review's kind. */
  reviewKind?: string;
  /** The written notice of a resignation is recorded the day it arrives, before panel notes it. */
  noticeRecordedEarly?: boolean;
  /** A qualifying determination the applicant takes to the IRM: when, and what follows. */
  irm?: { appliedOn: string; recommendationOn: string; recommendation: string; finalOn: string };
  /** A reg 25 extension until the IRM outcome is known, in place of the 8 weeks. */
  extensionUntilIrm?: boolean;
  reasons: string;
  applicationReceived?: string;
  temporaryApprovalDate?: string;
  /** Carers brought in already approved (reviews and endings), with their terms. */
  approvedOn?: string;
  terms?: TermsOfApproval;
  endingReason?: DeregistrationReason;
  resignationReason?: ResignationReason;
  noticeOn?: string;
}

const DATES = CHAIR_REPORT_SITTINGS.map((s) => s.date);
const MAIN = CHAIR_REPORT_SITTINGS.flatMap((s, i) => (s.kind === 'main' ? [i] : []));
const EXTRA = CHAIR_REPORT_SITTINGS.flatMap((s, i) => (s.kind === 'extra' ? [i] : []));

function terms(typesOfCare: CareType[], numberOfChildren = 1, namedChildren: string[] = []): TermsOfApproval {
  return { typesOfCare, numberOfChildren, ageFrom: 0, ageTo: 17, gender: 'any', namedChildren, siblingGroup: false };
}
const CONNECTED = terms(['child_specific'], 1, ['KC']);

/** `count` sitting indices spread evenly over `pool` (the first `limit` of them when given). */
function spread(pool: readonly number[], count: number, offset = 0, limit = pool.length): number[] {
  const usable = pool.slice(0, limit);
  return Array.from(
    { length: count },
    (_, n) => usable[(offset + Math.floor((n * usable.length) / count)) % usable.length] ?? 0,
  );
}
function date(index: number): string {
  const found = DATES[index];
  if (!found) throw new Error(`No sitting ${index}`);
  return found;
}
function shift(iso: string, days: number): string {
  const d = new Date(`${iso}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
const months = (iso: string, back: number) => shift(iso, -Math.round(back * 30.4));

function mainstreamApprovals(): ChairReportCase[] {
  const careTypes: CareType[] = [
    'long_term',
    ...Array<CareType>(14).fill('short_term'),
    'parent_and_child',
    'respite',
    'specialist',
  ];
  const at = spread(MAIN, careTypes.length, 1, MAIN.length - 2);
  return careTypes.map((care, n) => {
    const first = at[n] ?? 0;
    const deferred = n % 6 === 2;
    const heard = deferred ? first + 2 : first;
    return {
      key: `MS-${String(n + 1).padStart(2, '0')}`,
      householdType: care === 'specialist' ? 'specialist' : 'mainstream',
      itemType: care === 'specialist' ? 'approval_specialist' : 'approval_mainstream',
      sittings: deferred ? [date(first), date(heard)] : [date(first)],
      ...(deferred ? { deferredAt: date(first) } : {}),
      panelOutcome: 'suitable',
      panelTerms: terms([care], care === 'short_term' ? 2 : 1),
      reasons: 'A thorough assessment; the applicants can meet the needs of the children they hope to foster.',
      applicationReceived: months(date(first), 6),
    };
  });
}

function connectedApprovals(): ChairReportCase[] {
  const extraSlots = EXTRA.flatMap((i) => [i, i, i]);
  const mainSlots = spread(MAIN, 21, 0, MAIN.length - 1);
  const slots = [...extraSlots, ...mainSlots].sort((a, b) => a - b);
  const cases: ChairReportCase[] = [];
  slots.forEach((index, n) => {
    const key = `CP-${String(n + 1).padStart(2, '0')}`;
    const extended = n % 8 === 3;
    const temporary = n % 2 === 0 || extended;
    const heard = date(index);
    const approvalCase: ChairReportCase = {
      key,
      householdType: 'connected_person',
      itemType: 'approval_connected_person',
      sittings: [heard],
      panelOutcome: 'suitable',
      panelTerms: CONNECTED,
      reasons: 'The grandparents can keep the child safe and meet their needs.',
      applicationReceived: months(heard, 5),
    };
    const extendedAt = DATES.filter((d) => d <= shift(heard, -28)).at(-1);
    if (extended && extendedAt) {
      // Extended at the last sitting four weeks or more before panel, two weeks before the 16 weeks ran out.
      approvalCase.temporaryApprovalDate = shift(extendedAt, -14 * 7);
      const extension: ChairReportCase = {
        ...approvalCase,
        itemType: 'temporary_approval_extension',
        sittings: [extendedAt],
        panelOutcome: 'views_for',
        reasons: 'The full assessment needs a few more weeks.',
      };
      delete extension.panelTerms;
      cases.push(extension);
    } else if (temporary) {
      approvalCase.temporaryApprovalDate = shift(heard, -10 * 7);
    }
    cases.push(approvalCase);
  });
  return cases;
}

function firstReviews(): ChairReportCase[] {
  return spread(
    [...MAIN, ...EXTRA].sort((a, b) => a - b),
    34,
  ).map((index, n) => {
    const connected = n % 8 === 1 || n % 8 === 4 || n % 8 === 6;
    const heard = date(index);
    return {
      key: `FR-${String(n + 1).padStart(2, '0')}`,
      householdType: connected ? 'connected_person' : 'mainstream',
      itemType: 'first_review',
      sittings: [heard],
      panelOutcome: 'remains_suitable_terms_unchanged',
      ...(n === 10 ? { chairWithdraws: true } : {}),
      reasons: 'The carers have met the children’s needs well in their first year.',
      approvedOn: months(heard, 11),
      terms: connected ? CONNECTED : terms(['short_term'], 2),
    };
  });
}

function standardsOfCare(): ChairReportCase[] {
  const base = {
    householdType: 'mainstream',
    itemType: 'other_review',
    reviewKind: 'standards_of_care',
    approvedOn: '2015-06-01',
    terms: terms(['short_term'], 2),
  } as const;
  return [
    {
      ...base,
      key: 'SC-01',
      sittings: [date(MAIN[9] ?? 0)],
      panelOutcome: 'continue',
      reasons: 'The concerns have been addressed.',
    },
    {
      ...base,
      key: 'SC-02',
      sittings: [date(MAIN[11] ?? 0)],
      panelOutcome: 'terminate',
      serviceOutcome: 'continue',
      endingReason: 'standard_of_care',
      reasons: 'The standard of care has not improved despite support.',
    },
  ];
}

function endings(): ChairReportCase[] {
  const resignations: ResignationReason[] = [
    ...Array<ResignationReason>(7).fill('change_of_circumstances'),
    'moving_to_ifa',
    'dissatisfaction',
    'dissatisfaction',
    ...Array<ResignationReason>(4).fill('other'),
  ];
  const deregistrations: DeregistrationReason[] = [
    ...Array<DeregistrationReason>(8).fill('child_no_longer_placed'),
    ...Array<DeregistrationReason>(6).fill('unwilling_or_unavailable'),
  ];
  const resigning = spread(MAIN, resignations.length, 0, MAIN.length - 1).map((index, n): ChairReportCase => ({
    key: `RS-${String(n + 1).padStart(2, '0')}`,
    householdType: 'mainstream',
    itemType: 'resignation',
    sittings: [date(index)],
    panelOutcome: 'noted',
    reasons: 'The panel noted the resignation with thanks.',
    approvedOn: '2012-09-01',
    terms: terms(['short_term'], 2),
    resignationReason: resignations[n] ?? 'other',
    noticeOn: shift(date(index), -5),
    ...(n === 0 ? { noticeRecordedEarly: true } : {}),
  }));
  const ending = spread(MAIN, deregistrations.length, 0, MAIN.length - 5).map((index, n): ChairReportCase => {
    const reason = deregistrations[n] ?? 'other';
    const connected = reason === 'child_no_longer_placed';
    return {
      key: `DR-${String(n + 1).padStart(2, '0')}`,
      householdType: connected ? 'connected_person' : 'mainstream',
      itemType: 'termination',
      sittings: [date(index)],
      panelOutcome: 'terminate',
      reasons: connected
        ? 'The child’s care plan has changed; the child no longer lives here.'
        : 'The carers have not taken a placement for two years.',
      approvedOn: '2017-03-01',
      terms: connected ? CONNECTED : terms(['short_term'], 2),
      endingReason: reason,
    };
  });
  return [...resigning, ...ending];
}

/**
 * A connected person the ADM was minded not to approve, who applied to the
 * IRM: their temporary approval was extended until the IRM's outcome was
 * known, and the ADM's final decision followed the IRM panel's recommendation.
 */
function irmCase(): ChairReportCase[] {
  const approval: ChairReportCase = {
    key: 'CP-IRM',
    householdType: 'connected_person',
    itemType: 'approval_connected_person',
    sittings: ['2019-10-08'],
    panelOutcome: 'not_suitable',
    reasons: 'The aunt cannot protect the child from contact with the birth father.',
    applicationReceived: '2019-06-03',
    temporaryApprovalDate: '2019-08-01',
    irm: {
      appliedOn: '2019-10-21',
      recommendationOn: '2020-01-10',
      recommendation: 'The IRM panel recommends that the aunt is not approved.',
      finalOn: '2020-01-14',
    },
  };
  const extension: ChairReportCase = {
    ...approval,
    itemType: 'temporary_approval_extension',
    sittings: ['2019-11-12'],
    panelOutcome: 'views_for',
    reasons: 'The child should stay with the aunt until the IRM panel has met.',
    extensionUntilIrm: true,
  };
  delete extension.irm;
  return [approval, extension];
}

export const CHAIR_REPORT_CASES: readonly ChairReportCase[] = [
  ...mainstreamApprovals(),
  ...connectedApprovals(),
  ...firstReviews(),
  ...standardsOfCare(),
  ...endings(),
  ...irmCase(),
];
