import type { ResignationReason } from '../../shared/domain/reports/ending-reasons';
import { queueWork } from './arrivals';
import { asAdm, asAdmin, count, type DemoContext, type ItemPlan } from './context';
import { issueExtensionLetter, issueResignationLetter } from './letters';
import { plusDays } from './timeline';

/** After panel, without the ADM: a resignation noted, a temporary approval extended by the nominated officer. */

export async function noteResignation(ctx: DemoContext, plan: ItemPlan): Promise<void> {
  const household = plan.work.household;
  if (!household) return;
  const view = await asAdmin(ctx, 'resignations:note', {
    itemId: plan.itemId,
    noticeReceivedOn: plan.work.noticeReceived ?? ctx.timeline.today,
    reason: resignationReason(plan.itemId),
  });
  household.status = 'ended';
  household.busy = false;
  count(ctx, 'resignations');
  await issueResignationLetter(ctx, view);
}

/** A reason picked from the item's ID, so the demo's random sequence (and so its figures) stays as it was. */
function resignationReason(itemId: string): ResignationReason {
  const spread: ResignationReason[] = [
    'retirement',
    'retirement',
    'change_of_circumstances',
    'moving_to_ifa',
    'moving_to_another_la',
    'other',
  ];
  const code = itemId.charCodeAt(itemId.length - 1);
  return spread[code % spread.length] ?? 'other';
}

/** CPPCR reg 25: the nominated officer extends once, usually by the full 8 weeks; the assessment then comes back to panel. */
export async function approveExtension(ctx: DemoContext, plan: ItemPlan): Promise<void> {
  const household = plan.work.household;
  if (!household?.temporaryApprovalDate) return;
  const view = await asAdm(ctx, 'extensions:get', { itemId: plan.itemId });
  if (view.blocked || !view.originalEnd || !view.latestEnd) return;
  const today = ctx.timeline.today;
  // Reg 25: too late once the current approval has ended (a long history meets an item heard after it).
  if (today > (view.currentEnd ?? view.originalEnd)) return;
  const newEndDate = ctx.rng.chance(0.7) ? view.latestEnd : plusDays(view.originalEnd, 42);
  const extended = await asAdm(ctx, 'extensions:approve', {
    itemId: plan.itemId,
    newEndDate,
    decidedOn: today,
    iroToldOn: today,
  });
  count(ctx, 'extensions');
  await issueExtensionLetter(ctx, extended);
  const ready = plusDays(household.temporaryApprovalDate, ctx.rng.int(119, 140));
  const earliest = plusDays(today, 14);
  queueWork(ctx, {
    type: 'approval_connected_person',
    household,
    title: null,
    target: ready < earliest ? earliest : ready,
    extraOk: true,
    fate: plan.work.approvalFate ?? 'approve',
  });
}
