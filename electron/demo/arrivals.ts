import type { ItemType } from '../../shared/domain/sittings/item-types';
import type { HouseholdType } from '../../shared/schemas/household';
import { asAdmin, count, type DemoContext, type DemoHousehold, type Fate, type Work } from './context';
import { registerApprovedHousehold, registerHousehold } from './households';
import {
  BUSINESS_TITLES,
  CARE_PLAN_CHANGED,
  EXEMPTION_TITLES,
  NO_CONTACT,
  RESIGNATION_REASONS,
  REVIEW_TITLES,
  STANDARD_OF_CARE,
  UNAVAILABLE,
} from './panel-words';
import { recordNoticeOnArrival } from './telling-and-notices';
import { onOrAfterWorkingDay, plusDays, plusMonths } from './timeline';
import { watchReviews } from './yearly-reviews';

/**
 * Where panel business comes from: carers approved before the records begin,
 * applicants and connected-person placements arriving through each year, and
 * the reviews, resignations, terminations and business items that arise.
 */

export function queueWork(ctx: DemoContext, work: Omit<Work, 'deferrals'>): void {
  ctx.pending.push({ ...work, deferrals: 0 });
}

/** The first review, due within 12 months of approval, usually heard in the last two. */
export function queueFirstReview(ctx: DemoContext, household: DemoHousehold, earliest: string): void {
  if (!household.approvalDate) return;
  const roll = ctx.rng.next();
  const fate: Fate = roll < 0.06 ? 'revise_agreed' : roll < 0.09 ? 'adm_continue' : 'continue';
  const target = plusDays(plusMonths(household.approvalDate, 10), ctx.rng.int(0, 40));
  queueWork(ctx, {
    type: 'first_review',
    household,
    title: null,
    target: target < earliest ? earliest : target,
    extraOk: false,
    fate,
  });
}

function randomDate(ctx: DemoContext, from: string, days: number): string {
  return onOrAfterWorkingDay(plusDays(from, ctx.rng.int(0, days - 1)));
}

/** Carers approved in earlier years: the ones approved in the last year come to their first review. */
export async function seedApprovedCarers(ctx: DemoContext, setup: string): Promise<void> {
  const rng = ctx.rng;
  const recent: HouseholdType[] = [
    ...Array<HouseholdType>(12).fill('mainstream'),
    ...Array<HouseholdType>(9).fill('connected_person'),
    'specialist',
  ];
  const older: HouseholdType[] = [
    ...Array<HouseholdType>(14).fill('mainstream'),
    ...Array<HouseholdType>(4).fill('connected_person'),
    ...Array<HouseholdType>(2).fill('specialist'),
  ];
  const plan = [
    ...recent.map((type) => ({ type, approved: randomDate(ctx, plusMonths(setup, -11), 300) })),
    ...older.map((type) => ({ type, approved: randomDate(ctx, plusMonths(setup, -120), 3300) })),
  ].sort((a, b) => a.approved.localeCompare(b.approved));
  for (const { type, approved } of plan) {
    const applied = type === 'connected_person' ? plusDays(approved, -rng.int(90, 150)) : plusMonths(approved, -7);
    const household = await registerApprovedHousehold(ctx, type, applied, approved);
    if (approved >= plusMonths(setup, -12)) queueFirstReview(ctx, household, plusDays(setup, 14));
    // Their first review was before the records began: their reviews after it start now.
    else watchReviews(ctx, household, setup);
  }
}

interface Arrival {
  type: HouseholdType;
  received: string;
  target: string;
  fate: Fate;
  extension: boolean;
}

/**
 * One year's applications: mainstream and specialist applicants heard about
 * six months after applying, connected persons about three months after the
 * child was placed (some needing a reg 25 extension first).
 */
function cohort(ctx: DemoContext, yearStart: string): Arrival[] {
  const rng = ctx.rng;
  const applicants = (type: HouseholdType, n: number) =>
    Array.from({ length: n }, () => {
      const received = randomDate(ctx, plusMonths(yearStart, -6), 365);
      return { type, received, target: plusDays(plusMonths(received, 6), rng.int(-20, 20)) };
    }).sort((a, b) => a.target.localeCompare(b.target));
  const mainstream = applicants('mainstream', 20);
  const refusedIndex = mainstream.findIndex((a) => a.target >= plusDays(yearStart, 20));
  const special = new Map<number, Fate>([
    [refusedIndex, 'not_suitable_reps'],
    [refusedIndex + 4, 'defer_checks'],
    [refusedIndex + 9, 'withdraw'],
    [refusedIndex + 12, 'defer_checks'],
  ]);
  const connected = Array.from({ length: 30 }, () => {
    const received = randomDate(ctx, plusDays(yearStart, -84), 365);
    return { type: 'connected_person' as const, received, target: plusDays(received, rng.int(77, 91)) };
  }).sort((a, b) => a.target.localeCompare(b.target));
  const extended = new Set(rng.shuffle(connected.map((_, i) => i)).slice(0, 9));
  const cpFates = new Map<number, Fate>([
    [3, 'defer_checks'],
    [14, 'not_suitable'],
    [21, 'defer_checks'],
  ]);
  return [
    ...mainstream.map((a, i) => ({ ...a, fate: special.get(i) ?? 'approve', extension: false })),
    ...applicants('specialist', 4).map((a) => ({ ...a, fate: 'approve' as const, extension: false })),
    ...connected.map((a, i) => ({ ...a, fate: cpFates.get(i) ?? 'approve', extension: extended.has(i) })),
  ];
}

async function arrive(ctx: DemoContext, arrival: Arrival, earliest: string): Promise<void> {
  const household = await registerHousehold(ctx, arrival.type, arrival.received);
  household.busy = true;
  const connected = arrival.type === 'connected_person';
  const target = arrival.target < earliest ? earliest : arrival.target;
  if (arrival.extension) {
    const heard = plusDays(arrival.received, ctx.rng.int(70, 80));
    queueWork(ctx, {
      type: 'temporary_approval_extension',
      household,
      title: null,
      target: heard < earliest ? earliest : heard,
      extraOk: true,
      fate: 'views_for',
      approvalFate: arrival.fate,
    });
    return;
  }
  const type: ItemType = connected
    ? 'approval_connected_person'
    : arrival.type === 'specialist'
      ? 'approval_specialist'
      : 'approval_mainstream';
  queueWork(ctx, { type, household, title: null, target, extraOk: connected, fate: arrival.fate });
}

/** Schedules each application's arrival: those received before the records begin arrive at the start. */
export function scheduleArrivals(ctx: DemoContext, yearStart: string, setup: string): void {
  for (const arrival of cohort(ctx, yearStart)) {
    ctx.timeline.on(arrival.received, '09:20', () => arrive(ctx, arrival, plusDays(setup, 14)));
  }
}

const ENDED_EARLY = [
  'The applicants withdrew during the assessment',
  'The applicants withdrew: a change in their family circumstances',
  'The service stopped the assessment: the statutory checks raised concerns',
  'The service stopped the assessment: the home could not offer a bedroom for a child',
] as const;

/**
 * Assessments that end before panel: a mainstream application registered
 * when it arrives, withdrawn two to six months into the assessment.
 */
export function scheduleEndedAssessments(ctx: DemoContext, yearStart: string, howMany: number): void {
  for (let i = 0; i < howMany; i += 1) {
    const received = randomDate(ctx, yearStart, 365);
    const ended = onOrAfterWorkingDay(plusDays(received, ctx.rng.int(60, 180)));
    const reason = ctx.rng.pick(ENDED_EARLY);
    ctx.timeline.on(received, '09:25', async () => {
      const household = await registerHousehold(ctx, 'mainstream', received);
      household.busy = true;
      ctx.timeline.on(ended, '16:30', async () => {
        const current = await asAdmin(ctx, 'households:get', { id: household.id });
        await asAdmin(ctx, 'households:changeStatus', {
          id: household.id,
          version: current.version,
          status: 'withdrawn',
          effectiveDate: ended,
          reason,
        });
        // Why it ended, as the annual data return counts it: the applicants withdrew, or the service ended it.
        await asAdmin(ctx, 'households:recordApplicationOutcome', {
          householdId: household.id,
          reason: reason.startsWith('The applicants withdrew') ? 'withdrawn' : 'ended_by_service',
          endedOn: ended,
        });
        household.status = 'ended';
        household.busy = false;
        count(ctx, 'assessments ended early');
      });
    });
  }
}

interface Referral {
  type: ItemType;
  fate: Fate;
  reason?: string;
  title?: string;
  /** Which approved households the work can be about. */
  who: 'any' | 'connected' | 'not_connected' | 'none';
  date: string;
}

function referrals(ctx: DemoContext, yearStart: string, withBusiness: boolean): Referral[] {
  const rng = ctx.rng;
  const when = () => randomDate(ctx, plusDays(yearStart, -21), 365);
  const list: Referral[] = [
    ...rng.shuffle(RESIGNATION_REASONS).map((reason) => ({
      type: 'resignation' as const,
      fate: 'noted' as const,
      reason,
      who: 'any' as const,
      date: when(),
    })),
    ...[
      ...Array<string>(6).fill(CARE_PLAN_CHANGED),
      ...Array<string>(4).fill(UNAVAILABLE),
      STANDARD_OF_CARE,
      NO_CONTACT,
    ].map((reason) => ({
      type: 'termination' as const,
      fate: 'terminate' as const,
      reason,
      who: reason === CARE_PLAN_CHANGED ? ('connected' as const) : ('not_connected' as const),
      date: when(),
    })),
    ...Array.from({ length: 8 }, (_, i) => ({
      type: 'other_review' as const,
      fate: i === 0 ? ('irm' as const) : i === 1 ? ('revise_qd' as const) : ('continue' as const),
      title: i === 0 ? 'Standards of care review' : rng.pick(REVIEW_TITLES),
      who: 'not_connected' as const,
      date: i === 0 ? randomDate(ctx, yearStart, 20) : when(),
    })),
    ...Array.from({ length: 9 }, (_, i) => ({
      type: 'change_of_terms' as const,
      fate: i === 0 ? ('adm_new_terms' as const) : ('new_terms' as const),
      who: 'not_connected' as const,
      date: when(),
    })),
    ...Array.from({ length: 3 }, (_, i) => ({
      type: 'exemption' as const,
      fate: 'grant' as const,
      title: rng.pick(EXEMPTION_TITLES),
      who: 'not_connected' as const,
      // The first early in the year, so even a short history holds an exemption letter (one draw either way).
      date: i === 0 ? randomDate(ctx, yearStart, 20) : when(),
    })),
    ...(withBusiness ? BUSINESS_TITLES : []).map((title, i) => ({
      type: 'business' as const,
      fate: 'noted' as const,
      title,
      who: 'none' as const,
      date: onOrAfterWorkingDay(plusDays(yearStart, -14 + i * 36)),
    })),
  ];
  return list;
}

function chooseHousehold(ctx: DemoContext, referral: Referral, date: string): DemoHousehold | null {
  const settled = plusDays(date, -75);
  const candidates = ctx.households.filter(
    (h) =>
      h.status === 'approved' &&
      !h.busy &&
      (h.approvalDate ?? date) <= settled &&
      (referral.who === 'any' ||
        (referral.who === 'connected' ? h.type === 'connected_person' : h.type !== 'connected_person')),
  );
  return candidates.length > 0 ? ctx.rng.pick(candidates) : null;
}

/** Schedules the year's reviews, changes, endings and business items, each referred on its date. */
export function scheduleReferrals(ctx: DemoContext, yearStart: string, withBusiness = true): void {
  for (const referral of referrals(ctx, yearStart, withBusiness)) {
    ctx.timeline.on(referral.date, '11:40', async () => {
      const household = referral.who === 'none' ? null : chooseHousehold(ctx, referral, referral.date);
      if (referral.who !== 'none' && !household) return;
      if (household && referral.type === 'resignation') await recordNoticeOnArrival(ctx, household, referral.date);
      if (household) household.busy = true;
      queueWork(ctx, {
        type: referral.type,
        household,
        title: referral.title ?? null,
        target: referral.type === 'business' ? referral.date : plusDays(referral.date, ctx.rng.int(10, 25)),
        extraOk: false,
        fate: referral.fate,
        ...(referral.reason ? { reason: referral.reason } : {}),
        ...(referral.type === 'resignation' ? { noticeReceived: referral.date } : {}),
      });
    });
  }
}
