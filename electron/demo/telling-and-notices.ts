import type { DecisionCaseView } from '../../shared/schemas/decision';
import { asAdm, asAdmin, count, type DemoContext, type DemoHousehold, type ItemPlan } from './context';
import { acknowledgeNotice } from './letters';
import { workingDay } from './timeline';

/**
 * Issue 16's facts in the demo, without drawing on the random sequence (so
 * the history and its figures stay as they were): the applicant told the
 * decision orally, and resignation notices recorded the day they arrive.
 */

/** A choice from an ID's last character: the same record always gets the same answer. */
function spread(id: string, every: number): boolean {
  return id.charCodeAt(id.length - 1) % every === 0;
}

/**
 * The ADM (or the social worker) tells the applicant the decision orally,
 * usually the next working day, now and then a day late (3 working days).
 * Decisions near the end of the history are not told yet, as in life.
 */
export function tellApplicantOrally(
  ctx: DemoContext,
  plan: ItemPlan,
  decided: DecisionCaseView,
  version: () => number,
  track: (view: DecisionCaseView) => void,
): void {
  const decision = decided.case.decision;
  if (!decision) return;
  const late = spread(plan.itemId, 5);
  const on = workingDay(ctx.timeline.today, late ? 3 : 1);
  ctx.timeline.on(on, '09:15', async () => {
    const told = await asAdm(ctx, 'decisions:recordToldOrally', {
      itemId: plan.itemId,
      version: version(),
      toldOn: ctx.timeline.today,
      toldByName: decision.decidedByName,
    });
    track(told);
    count(ctx, 'applicants told orally');
    if (late) await explainLateTelling(ctx, plan);
  });
}

/**
 * The administrator records why the applicant was told late, so each
 * household's case chain shows a late step with its reason (issue 21).
 */
async function explainLateTelling(ctx: DemoContext, plan: ItemPlan): Promise<void> {
  const household = plan.work.household;
  if (!household) return;
  const stepKey = `told_orally:${plan.itemId}`;
  // Only a step the chain counts late can carry a reason (a bank holiday may have made three working days in time).
  const chain = await asAdmin(ctx, 'households:caseChain', { id: household.id });
  if (chain.steps.find((step) => step.key === stepKey)?.state !== 'late') return;
  await asAdmin(ctx, 'households:recordDelayReason', {
    householdId: household.id,
    stepKey,
    reason: 'Other (see note)',
    note: 'The applicants were away; told on their return.',
  });
  count(ctx, 'late steps with a reason for delay');
}

/**
 * About half the carers' notices are recorded the day they arrive, starting
 * the 28 days at once, and acknowledged in writing there and then; the panel
 * notes them later, linking to the notice.
 */
export async function recordNoticeOnArrival(
  ctx: DemoContext,
  household: DemoHousehold,
  receivedOn: string,
): Promise<void> {
  if (household.status !== 'approved' || !spread(household.id, 2)) return;
  const notice = await asAdmin(ctx, 'resignations:record', { householdId: household.id, noticeReceivedOn: receivedOn });
  count(ctx, 'resignation notices recorded before panel');
  await acknowledgeNotice(ctx, notice.id);
}
