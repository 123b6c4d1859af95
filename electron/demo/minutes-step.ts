import type { MinutesNotesInput, MinutesView } from '../../shared/schemas/minutes';
import { afterSentToAdm } from './adm-decisions';
import { asAdmin, chairActor, count, type DemoContext, type DemoSitting } from './context';
import { issueFinalMinutes } from './letters';
import { discussionFor, PAPERS_CONSIDERED } from './panel-words';
import { workingDay } from './timeline';

/** The minutes: drafted by the administrator, approved by whoever presided, and sent to the ADM. */

const DISCUSSED = new Set([
  'approval_mainstream',
  'approval_specialist',
  'approval_connected_person',
  'first_review',
  'other_review',
  'representations',
]);

export function scheduleMinutes(ctx: DemoContext, sitting: DemoSitting): void {
  ctx.timeline.on(workingDay(sitting.date, ctx.rng.int(2, 3)), '11:00', () => draftMinutes(ctx, sitting));
}

async function draftMinutes(ctx: DemoContext, sitting: DemoSitting): Promise<void> {
  const { rng } = ctx;
  const detail = await asAdmin(ctx, 'sittings:get', { id: sitting.id });
  const presider = detail.attendance.find((a) => a.memberId === detail.presiderId)?.name ?? 'The chair';
  const apologies = detail.attendance.filter((a) => a.status === 'apologies').map((a) => a.name);
  const items: NonNullable<MinutesNotesInput['items']> = {};
  for (const item of detail.items) {
    const plan = ctx.plans.get(item.id);
    if (!plan || plan.work.type === 'business') continue;
    items[item.id] = {
      papersConsidered: PAPERS_CONSIDERED[plan.work.type],
      discussion: DISCUSSED.has(plan.work.type) ? discussionFor(rng, plan.work, plan.work.household) : null,
      actions:
        plan.outcome === 'suitable' && rng.chance(0.3)
          ? 'Supervising social worker to arrange the foster care agreement and the carers’ induction training.'
          : null,
    };
  }
  const last = detail.items.reduce((end, i) => (i.startTime > end ? i.startTime : end), detail.startTime);
  const view = await asAdmin(ctx, 'minutes:save', {
    sittingId: sitting.id,
    version: 0,
    notes: {
      opening: `${presider} welcomed everyone and members introduced themselves. ${
        apologies.length > 0 ? `Apologies were received from ${apologies.join(', ')}.` : 'There were no apologies.'
      } Members confirmed they had received and read the papers.`,
      items,
      otherBusiness: rng.chance(0.3) ? 'Dates for the next panel training day were confirmed.' : null,
      closing: `The meeting closed at ${last.slice(0, 2)}:${rng.pick(['05', '20', '35', '50'])}.`,
    },
  });
  const versionNumber = view.versions[0]?.number ?? 1;
  ctx.timeline.on(workingDay(ctx.timeline.today, rng.int(1, 3)), '15:10', () =>
    approveMinutes(ctx, sitting, versionNumber),
  );
}

async function approveMinutes(ctx: DemoContext, sitting: DemoSitting, versionNumber: number): Promise<void> {
  const approved = await ctx.router.call(
    'minutes:approve',
    { sittingId: sitting.id, versionNumber },
    chairActor(ctx, sitting.presiderId),
  );
  count(ctx, 'minutes approved');
  const sameDay = ctx.rng.chance(0.5);
  ctx.timeline.on(sameDay ? ctx.timeline.today : workingDay(ctx.timeline.today, 1), sameDay ? '16:30' : '10:00', () =>
    sendToAdm(ctx, sitting, approved),
  );
}

/** The approved minutes go to the ADM: each referred item's decision clock starts today. */
async function sendToAdm(ctx: DemoContext, sitting: DemoSitting, approved: MinutesView): Promise<void> {
  let view = approved;
  const itemIds = view.referrals.filter((r) => r.sentDate === null).map((r) => r.itemId);
  const today = ctx.timeline.today;
  if (itemIds.length > 0) {
    view = await asAdmin(ctx, 'minutes:sendToAdm', {
      sittingId: sitting.id,
      version: view.version,
      itemIds,
      admUserId: ctx.adm.userId ?? '',
      sentDate: today,
    });
    count(ctx, 'minutes sent');
    for (const itemId of itemIds) {
      const plan = ctx.plans.get(itemId);
      if (!plan) continue;
      plan.caseVersion = 1;
      afterSentToAdm(ctx, plan, today);
    }
  }
  await issueFinalMinutes(ctx, view);
}
