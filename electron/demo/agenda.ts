import { ITEM_TYPE_INFO, type ItemType } from '../../shared/domain/sittings/item-types';
import type { SittingDetail } from '../../shared/schemas/sitting-views';
import { asAdmin, count, type DemoContext, type DemoSitting, type ItemPlan, type Work } from './context';
import { ADVISER } from './names';
import { DEFERRAL_REASONS } from './panel-words';
import { plusDays } from './timeline';
import { addItemExtras, reg26Dates } from './routing-cases';

/** Building each agenda from the work that is ready, and sending the papers. */

const ORDER: readonly ItemType[] = [
  'approval_mainstream',
  'approval_specialist',
  'approval_connected_person',
  'representations',
  'temporary_approval_extension',
  'first_review',
  'other_review',
  'change_of_terms',
  'exemption',
  'termination',
  'resignation',
  'business',
];

const MINUTES: Record<ItemType, number> = {
  approval_mainstream: 60,
  approval_specialist: 60,
  approval_connected_person: 45,
  representations: 45,
  temporary_approval_extension: 20,
  first_review: 30,
  other_review: 40,
  change_of_terms: 20,
  exemption: 20,
  termination: 25,
  resignation: 10,
  business: 20,
};

function ready(work: Work): boolean {
  const household = work.household;
  if (!household) return true;
  switch (work.type) {
    case 'approval_mainstream':
    case 'approval_specialist':
    case 'approval_connected_person':
    case 'temporary_approval_extension':
      return household.status === 'applicant';
    case 'first_review':
      return household.status === 'approved' && !household.busy;
    default:
      return household.status === 'approved';
  }
}

/** The newest item on the agenda: the one just added. */
export function newestItem(detail: SittingDetail) {
  const item = detail.items.reduce<SittingDetail['items'][number] | undefined>(
    (latest, i) => (!latest || i.position > latest.position ? i : latest),
    undefined,
  );
  if (!item) throw new Error('The agenda is empty');
  return item;
}

export function planItem(ctx: DemoContext, itemId: string, sitting: DemoSitting, work: Work): ItemPlan {
  const plan: ItemPlan = { itemId, sitting, work };
  ctx.plans.set(itemId, plan);
  return plan;
}

/** Two weeks before: the work whose time has come goes on the agenda, most urgent first. */
export async function planAgenda(ctx: DemoContext, sitting: DemoSitting): Promise<void> {
  ctx.pending = ctx.pending.filter((w) => w.household?.status !== 'ended');
  const capacity = sitting.kind === 'main' ? ctx.capacity.main : ctx.capacity.extra;
  // Extra sittings bring forward connected-person work due in the next three weeks (court timetables).
  const horizon = sitting.kind === 'main' ? sitting.date : plusDays(sitting.date, 21);
  const chosen = ctx.pending
    .filter((w) => w.target <= horizon && (sitting.kind === 'main' || w.extraOk) && ready(w))
    .sort((a, b) => a.target.localeCompare(b.target))
    .filter((w, i, all) => w.type !== 'business' || all.findIndex((x) => x.type === 'business') === i)
    .slice(0, capacity);
  if (chosen.length === 0) {
    if (sitting.kind === 'extra') {
      const current = await asAdmin(ctx, 'sittings:get', { id: sitting.id });
      await asAdmin(ctx, 'sittings:cancel', {
        id: sitting.id,
        version: current.version,
        reason: 'No connected-person work was ready in time; the cases went to the next main sitting.',
        moveItemsTo: null,
      });
      ctx.sittings = ctx.sittings.filter((s) => s !== sitting);
      count(ctx, 'sittings:extra', -1);
      return;
    }
    chosen.push({
      type: 'business',
      household: null,
      title: 'Panel development: learning from recent cases',
      target: sitting.date,
      extraOk: false,
      fate: 'noted',
      deferrals: 0,
    });
  }
  ctx.pending = ctx.pending.filter((w) => !chosen.includes(w));
  chosen.sort((a, b) => ORDER.indexOf(a.type) - ORDER.indexOf(b.type));
  for (const work of chosen) {
    if (work.household) work.household.busy = true;
    const detail = await asAdmin(ctx, 'items:add', {
      sittingId: sitting.id,
      householdId: work.household?.id ?? null,
      itemType: work.type,
      title: work.title,
      durationMinutes: MINUTES[work.type],
      papersReceivedDate: null,
      ...addItemExtras(work.type, work.title),
    });
    const plan = planItem(ctx, newestItem(detail).id, sitting, work);
    if (work.fate === 'withdraw') {
      ctx.timeline.on(plusDays(sitting.date, -4), '12:00', () => withdraw(ctx, plan));
    }
  }
}

/** The applicants withdraw a few days before panel. */
async function withdraw(ctx: DemoContext, plan: ItemPlan): Promise<void> {
  const detail = await asAdmin(ctx, 'sittings:get', { id: plan.sitting.id });
  const item = detail.items.find((i) => i.id === plan.itemId);
  const household = plan.work.household;
  if (!item || item.status !== 'scheduled' || !household) return;
  await asAdmin(ctx, 'items:changeOutcome', {
    id: item.id,
    version: item.version,
    action: 'withdraw',
    reason: 'The applicants withdrew their application for personal reasons',
    toSittingId: null,
  });
  const current = await asAdmin(ctx, 'households:get', { id: household.id });
  await asAdmin(ctx, 'households:changeStatus', {
    id: household.id,
    version: current.version,
    status: 'withdrawn',
    effectiveDate: ctx.timeline.today,
    reason: 'Application withdrawn by the applicants before panel',
  });
  await asAdmin(ctx, 'households:recordApplicationOutcome', {
    householdId: household.id,
    reason: 'withdrawn',
    endedOn: ctx.timeline.today,
  });
  household.status = 'ended';
  household.busy = false;
  count(ctx, 'withdrawn');
}

function checklistFor(ctx: DemoContext, plan: ItemPlan): Record<string, boolean> {
  const keys = ITEM_TYPE_INFO[plan.work.type].checklist.map((c) => c.key);
  let missing: string | null = null;
  if (plan.work.fate === 'defer_checks' && plan.work.deferrals === 0) {
    const reason = (plan.work.reason ??= ctx.rng.pick(DEFERRAL_REASONS));
    missing = reason.startsWith('Statutory')
      ? 'statutoryChecks'
      : reason.startsWith('Medical')
        ? 'medical'
        : 'references';
  }
  return Object.fromEntries(keys.map((key) => [key, key !== missing]));
}

/** Papers in, checklists ticked, papers out to the members and the adviser. */
export async function sendPapers(ctx: DemoContext, sitting: DemoSitting): Promise<void> {
  if (!ctx.sittings.includes(sitting)) return;
  let detail = await asAdmin(ctx, 'sittings:get', { id: sitting.id });
  const today = ctx.timeline.today;
  for (const item of detail.items) {
    const plan = ctx.plans.get(item.id);
    if (!plan || item.status !== 'scheduled' || item.checklist.length === 0) continue;
    detail = await asAdmin(ctx, 'items:update', {
      id: item.id,
      version: item.version,
      title: item.title,
      durationMinutes: item.durationMinutes,
      papersReceivedDate: plusDays(today, -ctx.rng.int(0, 4)),
      checklist: checklistFor(ctx, plan),
      ...reg26Dates(item.itemType, item.id, today),
    });
  }
  const recipients = [
    ...detail.attendance.filter((a) => ctx.panel.some((m) => m.id === a.memberId)).map((a) => a.name),
    `${ADVISER} (panel adviser)`,
  ];
  detail = await asAdmin(ctx, 'sittings:recordPapersSent', {
    sittingId: sitting.id,
    sentDate: today,
    recipients,
    method: 'Secure email',
  });
  await asAdmin(ctx, 'sittings:progress', {
    id: sitting.id,
    version: detail.version,
    status: 'papers_sent',
    papersSentDate: today,
  });
  sitting.stage = 'papers_sent';
}
