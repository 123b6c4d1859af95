import { exemptionFor } from './exemption-details';
import { APPROVAL_TYPES, type ItemType } from '../../shared/domain/sittings/item-types';
import { attendanceVersion } from '../../shared/domain/sittings/attendance-version';
import type { TermsOfApproval } from '../../shared/schemas/household';
import type { ItemView, SittingDetail } from '../../shared/schemas/sitting-views';
import { newestItem, planItem } from './agenda';
import { approveExtension, noteResignation } from './approval-ends';
import {
  asAdmin,
  chairActor,
  count,
  type AttendanceStatus,
  type DemoContext,
  type DemoSitting,
  type ExpectedAttendance,
  type ItemPlan,
} from './context';
import { scheduleFeedback } from './feedback';
import { respiteOnly, typicalTerms, widerTerms } from './households';
import { scheduleMinutes } from './minutes-step';
import { recordServiceRecommendation, viceChairForOneItem } from './service-and-presiding';
import { ADVISER, MINUTE_TAKERS, OBSERVERS, SOCIAL_WORKERS } from './names';
import { DISSENT_VIEWS, keyIssuesFor, membersViewsFor, reasonsFor, reportQuality } from './panel-words';
import { plusDays, plusMinutes, workingDay } from './timeline';

/** The day of a sitting: who came, who presided, declarations, and the panel's recommendation on each item. */

/** Items the social worker presents in person (the rest are taken on the papers). */
const PRESENTED: ReadonlySet<ItemType> = new Set([
  'approval_mainstream',
  'approval_specialist',
  'approval_connected_person',
  'other_review',
  'representations',
]);

const INTERESTS = [
  'Knows the applicants through their children’s school',
  'Previously managed the supervising social worker',
  'Lives in the same village as the carers',
  'Sat on a complaint panel about the household some years ago',
];

/** Who is expected: apologies come in during the fortnight before; the presider is settled. */
function expectAttendance(ctx: DemoContext, sitting: DemoSitting, invited: readonly string[]): ExpectedAttendance {
  const { rng } = ctx;
  const active = ctx.panel.filter((m) => m.appointed <= sitting.date);
  const statuses = new Map<string, AttendanceStatus>();
  // Anyone invited who is not (or no longer) on the list is recorded as absent, so nobody counts by default.
  for (const memberId of invited) statuses.set(memberId, 'absent');
  const presiderId =
    sitting.kind === 'extra'
      ? (sitting.plannedPresiderId ?? ctx.viceChairIds[0])
      : rng.chance(0.9)
        ? ctx.chairId
        : rng.pick(ctx.viceChairIds);
  const presentRate = sitting.kind === 'main' ? 0.7 : 0.55;
  for (const member of active) {
    if (member.id === presiderId) statuses.set(member.id, 'present');
    else if (member.id === ctx.chairId) statuses.set(member.id, 'apologies');
    else {
      const roll = rng.next();
      statuses.set(member.id, roll < presentRate ? 'present' : roll < 0.95 ? 'apologies' : 'absent');
    }
  }
  const present = () => active.filter((m) => statuses.get(m.id) === 'present');
  const optional = () => active.filter((m) => m.id !== presiderId && m.id !== ctx.chairId);
  if (!present().some((m) => m.pqe3)) {
    const worker = optional().find((m) => m.pqe3);
    if (worker) statuses.set(worker.id, 'present');
  }
  const wanted = sitting.loseQuorum ? 5 : 6;
  for (const member of rng.shuffle(optional())) {
    if (present().length >= wanted) break;
    statuses.set(member.id, 'present');
  }
  if (sitting.loseQuorum) {
    for (const member of rng.shuffle(present())) {
      if (present().length <= 5) break;
      if (removable(ctx, presiderId, statuses, member)) statuses.set(member.id, 'apologies');
    }
  }
  return { presiderId, statuses };
}

/** A member who can arrive late or leave early without taking the presider or the last qualified social worker. */
function removable(
  ctx: DemoContext,
  presiderId: string,
  statuses: ReadonlyMap<string, AttendanceStatus>,
  member: { id: string; pqe3: boolean },
): boolean {
  const qualified = ctx.panel.filter((m) => m.pqe3 && statuses.get(m.id) === 'present').length;
  return member.id !== presiderId && statuses.get(member.id) === 'present' && (!member.pqe3 || qualified > 1);
}

/** On the day: someone arrives late, or (once or twice a year) someone has to leave early. */
function onTheDay(ctx: DemoContext, sitting: DemoSitting, expected: ExpectedAttendance, itemCount: number) {
  const candidates = ctx.panel.filter((m) => removable(ctx, expected.presiderId, expected.statuses, m));
  const present = [...expected.statuses.values()].filter((s) => s === 'present').length;
  const leaver = sitting.loseQuorum && itemCount >= 2 ? (candidates[0]?.id ?? null) : null;
  const late =
    !sitting.loseQuorum && present >= 7 && itemCount >= 2 && ctx.rng.chance(0.15)
      ? (candidates[candidates.length - 1]?.id ?? null)
      : null;
  return { late, leaver };
}

/** The day before the agenda is built: apologies received so far are recorded. */
export async function takeApologies(ctx: DemoContext, sitting: DemoSitting): Promise<void> {
  if (!ctx.sittings.includes(sitting)) return;
  const detail = await asAdmin(ctx, 'sittings:get', { id: sitting.id });
  const expected = expectAttendance(
    ctx,
    sitting,
    detail.attendance.map((a) => a.memberId),
  );
  sitting.expected = expected;
  for (const [memberId, status] of expected.statuses) {
    if (status !== 'apologies') continue;
    await asAdmin(ctx, 'sittings:recordAttendance', {
      sittingId: sitting.id,
      memberId,
      version: attendanceVersion(detail, memberId),
      status,
    });
  }
}

/** The morning of the sitting: attendance, roles, the people attending, declarations; then each item in turn. */
export async function holdSitting(ctx: DemoContext, sitting: DemoSitting): Promise<void> {
  if (!ctx.sittings.includes(sitting)) return;
  let detail = await asAdmin(ctx, 'sittings:get', { id: sitting.id });
  const items = detail.items.filter((i) => i.status === 'scheduled');
  if (items.length === 0) {
    await asAdmin(ctx, 'sittings:cancel', {
      id: sitting.id,
      version: detail.version,
      reason: 'Every item was withdrawn or moved before the sitting',
      moveItemsTo: null,
    });
    ctx.sittings = ctx.sittings.filter((s) => s !== sitting);
    count(ctx, `sittings:${sitting.kind}`, -1);
    return;
  }
  const { rng } = ctx;
  const expected =
    sitting.expected ??
    expectAttendance(
      ctx,
      sitting,
      detail.attendance.map((a) => a.memberId),
    );
  const attendance = { ...expected, ...onTheDay(ctx, sitting, expected, items.length) };
  for (const [memberId, status] of attendance.statuses) {
    if (sitting.expected && status === 'apologies') continue;
    detail = await asAdmin(ctx, 'sittings:recordAttendance', {
      sittingId: sitting.id,
      memberId,
      version: attendanceVersion(detail, memberId),
      status,
      arrivedBeforeItemId: memberId === attendance.late ? (items[1]?.id ?? null) : null,
      leftAfterItemId: memberId === attendance.leaver ? (items[items.length - 2]?.id ?? null) : null,
    });
  }
  detail = await asAdmin(ctx, 'sittings:setRoles', {
    sittingId: sitting.id,
    version: detail.version,
    presiderId: attendance.presiderId,
    adviserName: ADVISER,
    minuteTakerName: rng.pick(MINUTE_TAKERS),
  });
  sitting.presiderId = attendance.presiderId;
  if (rng.chance(0.35)) {
    const [name, description] = rng.pick(OBSERVERS);
    detail = await asAdmin(ctx, 'sittings:addPerson', {
      sittingId: sitting.id,
      itemId: null,
      kind: 'observer',
      name,
      description,
    });
  }
  for (const item of items) {
    const plan = ctx.plans.get(item.id);
    if (plan) detail = await recordServiceRecommendation(ctx, detail, item.id, plan);
    if (!plan?.work.household || !PRESENTED.has(plan.work.type)) continue;
    const approval = APPROVAL_TYPES.has(plan.work.type);
    detail = await asAdmin(ctx, 'sittings:addPerson', {
      sittingId: sitting.id,
      itemId: item.id,
      kind: 'presenter',
      name: rng.pick(SOCIAL_WORKERS),
      description: approval ? 'Assessing social worker' : 'Supervising social worker',
    });
    if (approval && rng.chance(0.4)) {
      detail = await asAdmin(ctx, 'sittings:addPerson', {
        sittingId: sitting.id,
        itemId: item.id,
        kind: 'applicant',
        name: plan.work.household.displayName,
        description: null,
      });
    }
  }
  const wholeDay = [...attendance.statuses]
    .filter(([id, status]) => status === 'present' && id !== attendance.late && id !== attendance.leaver)
    .map(([id]) => id);
  const withHousehold = items.filter((i) => i.household);
  if (wholeDay.length >= 7 && withHousehold.length > 0 && rng.chance(0.22)) {
    const declarer = ctx.panel.find((m) => wholeDay.includes(m.id) && m.id !== attendance.presiderId && !m.pqe3);
    if (declarer) {
      detail = await asAdmin(ctx, 'items:declare', {
        itemId: rng.pick(withHousehold).id,
        memberId: declarer.id,
        interest: rng.pick(INTERESTS),
        withdrew: rng.chance(0.8),
      });
      count(ctx, 'declarations');
    }
  }
  if (sitting.kind === 'main' && attendance.presiderId === ctx.chairId) {
    detail = await viceChairForOneItem(ctx, detail, wholeDay);
  }
  let time = sitting.startTime;
  for (const item of items) {
    time = plusMinutes(time, item.durationMinutes);
    const view = detail.items.find((i) => i.id === item.id) ?? item;
    const voters = wholeDay.filter(
      (id) => id !== attendance.presiderId && !view.declarations.some((d) => d.memberId === id && d.withdrew),
    );
    ctx.timeline.on(sitting.date, time, () => hearItem(ctx, sitting, view, voters));
  }
  ctx.timeline.on(sitting.date, plusMinutes(time, 10), () => markHeld(ctx, sitting));
}

function fewerChildren(terms: TermsOfApproval): TermsOfApproval {
  if (terms.numberOfChildren > 1)
    return { ...terms, numberOfChildren: terms.numberOfChildren - 1, siblingGroup: false };
  return respiteOnly(terms);
}

/** What the panel recommends, following the item's story. */
function panelOutcome(ctx: DemoContext, plan: ItemPlan): { outcome: string; terms: TermsOfApproval | null } {
  const { work } = plan;
  const household = work.household;
  const current = household?.terms ?? null;
  switch (work.type) {
    case 'approval_mainstream':
    case 'approval_specialist':
    case 'approval_connected_person':
      if (work.fate === 'defer_checks' && work.deferrals === 0) return { outcome: 'deferred', terms: null };
      if (work.fate === 'not_suitable' || work.fate === 'not_suitable_reps')
        return { outcome: 'not_suitable', terms: null };
      return { outcome: 'suitable', terms: household ? typicalTerms(ctx.rng, household) : null };
    case 'temporary_approval_extension':
      return { outcome: 'views_for', terms: null };
    case 'first_review':
      return work.fate === 'continue' || !current
        ? { outcome: 'remains_suitable_terms_unchanged', terms: null }
        : { outcome: 'remains_suitable_terms_revised', terms: widerTerms(current) };
    case 'other_review':
      if (work.fate === 'irm') return { outcome: 'terminate', terms: null };
      if (work.fate === 'revise_qd' && current) return { outcome: 'revise_terms', terms: fewerChildren(current) };
      return { outcome: 'continue', terms: null };
    case 'change_of_terms':
      return work.fate === 'adm_new_terms' || !current
        ? { outcome: 'terms_unchanged', terms: null }
        : { outcome: 'new_terms', terms: widerTerms(current) };
    case 'termination':
      return { outcome: 'terminate', terms: null };
    case 'representations':
      return { outcome: 'original_stands', terms: null };
    case 'exemption':
      return { outcome: 'recommend_exemption', terms: null };
    case 'resignation':
    case 'business':
      return { outcome: 'noted', terms: null };
  }
}

const SPLITTABLE: ReadonlySet<ItemType> = new Set([
  'approval_mainstream',
  'approval_specialist',
  'approval_connected_person',
  'first_review',
  'other_review',
  'change_of_terms',
]);

/** The next sitting still being planned, for an item the panel could not hear. */
function nextSitting(ctx: DemoContext, after: DemoSitting, extraOk: boolean): DemoSitting | null {
  return (
    ctx.sittings.find(
      (s) => s.date > after.date && s.stage !== 'held' && (s.kind === 'main' || extraOk) && s.date > ctx.timeline.today,
    ) ?? null
  );
}

/** A member left and the panel is not quorate: the item is deferred to the next sitting. */
async function deferNotQuorate(ctx: DemoContext, sitting: DemoSitting, plan: ItemPlan, item: ItemView) {
  const next = nextSitting(ctx, sitting, plan.work.extraOk);
  const current = await asAdmin(ctx, 'sittings:get', { id: sitting.id });
  const version = current.items.find((i) => i.id === item.id)?.version ?? item.version;
  await asAdmin(ctx, 'items:changeOutcome', {
    id: item.id,
    version,
    action: 'defer',
    reason: 'Not quorate: a member had to leave before the item',
    toSittingId: next?.id ?? null,
  });
  count(ctx, 'not quorate');
  if (!next) return;
  const there = await asAdmin(ctx, 'sittings:get', { id: next.id });
  planItem(ctx, newestItem(there).id, next, plan.work);
}

async function hearItem(ctx: DemoContext, sitting: DemoSitting, item: ItemView, voters: string[]): Promise<void> {
  const plan = ctx.plans.get(item.id);
  if (!plan) throw new Error(`The demo has no plan for item ${item.id}`);
  if (!item.quorum.quorate) return deferNotQuorate(ctx, sitting, plan, item);
  const { rng } = ctx;
  const { work } = plan;
  const { outcome, terms } = panelOutcome(ctx, plan);
  const counted = item.quorum.membersCounted;
  const dissenter =
    SPLITTABLE.has(work.type) && outcome !== 'deferred' && counted >= 6 && voters.length > 0 && rng.chance(0.1)
      ? rng.pick(voters)
      : null;
  const abstaining = dissenter && rng.chance(0.3) ? 1 : 0;
  const quality = work.household && work.type !== 'resignation' ? reportQuality(rng) : null;
  const outstanding = outcome === 'deferred' ? (work.reason ?? 'Statutory checks not back') : null;
  await ctx.router.call(
    'recommendations:record',
    {
      itemId: item.id,
      // Each item is heard once in the demo: there is no recommendation on it yet.
      version: 0,
      outcome,
      terms,
      reasons: reasonsFor(rng, work, outcome),
      keyIssues: keyIssuesFor(rng, work.type),
      membersViews: membersViewsFor(rng, work.type),
      unanimous: !dissenter,
      votesFor: dissenter ? counted - 1 - abstaining : 0,
      votesAgainst: dissenter ? 1 : 0,
      votesAbstaining: abstaining,
      dissent: dissenter ? [{ memberId: dissenter, view: rng.pick(DISSENT_VIEWS) }] : [],
      outstanding,
      reportQualityRating: quality?.rating ?? null,
      reportQualityComment: quality?.comment ?? null,
      exemption: outcome === 'recommend_exemption' ? exemptionFor(work.household) : null,
    },
    // A vice chair standing in for this item records it, not the sitting's presider.
    chairActor(ctx, item.presiding.presiderId ?? sitting.presiderId),
  );
  plan.outcome = outcome;
  plan.terms = terms;
  count(ctx, 'recommendations');
  if (dissenter) count(ctx, 'split votes');
  if (outcome === 'deferred') {
    count(ctx, 'deferred by panel');
    ctx.pending.push({ ...work, deferrals: work.deferrals + 1, target: plusDays(sitting.date, rng.int(28, 42)) });
  } else if (work.type === 'resignation') {
    ctx.timeline.on(workingDay(sitting.date, 1), '10:00', () => noteResignation(ctx, plan));
  } else if (work.type === 'temporary_approval_extension') {
    ctx.timeline.on(workingDay(sitting.date, 1), '14:30', () => approveExtension(ctx, plan));
  }
}

async function markHeld(ctx: DemoContext, sitting: DemoSitting): Promise<void> {
  const detail: SittingDetail = await asAdmin(ctx, 'sittings:get', { id: sitting.id });
  await asAdmin(ctx, 'sittings:progress', {
    id: sitting.id,
    version: detail.version,
    status: 'held',
    papersSentDate: null,
  });
  sitting.stage = 'held';
  scheduleMinutes(ctx, sitting);
  scheduleFeedback(ctx, sitting, detail);
}
