import { getDay } from 'date-fns';
import { defaultCalendar } from '../../shared/domain/calendar/working-days';
import { parseIsoDate } from '../../shared/domain/dates';
import { ITEM_TYPE_INFO, type ItemType } from '../../shared/domain/sittings/item-types';
import type { RecordRecommendationInput } from '../../shared/schemas/recommendation';
import { attendanceVersion } from '../../shared/domain/sittings/attendance-version';
import { asAdmin, chairActor, count, type DemoContext } from './context';
import { ADVISER, MINUTE_TAKERS } from './names';
import { plusDays, workingDay } from './timeline';

/**
 * A small extra sitting of its own for a scripted case (irm-extension-cases.ts):
 * created, its agenda built, papers sent, the items heard, the minutes approved
 * and sent to the ADM, all with fixed words and dates. It is not one of the
 * generator's sittings (ctx.sittings), so no random draw and no other item's
 * story changes because of it.
 */

export interface ScriptedItem {
  type: ItemType;
  /** The report's recommendation, recorded with the papers. */
  serviceOutcome: string;
  recommendation: Omit<RecordRecommendationInput, 'itemId' | 'version'>;
  minutesDiscussion: string;
}

export interface ScriptedSitting {
  householdId: string;
  /** The Wednesday it sits (extra sittings are otherwise on Thursdays, main ones on Tuesdays). */
  date: string;
  presiderId: string;
  items: readonly ScriptedItem[];
  /** Once the minutes have gone to the ADM: the items referred, by type. */
  sentToAdm: (itemIds: ReadonlyMap<ItemType, string>) => void;
}

const LINK = 'https://teams.example.org/l/meetup-join/fostering-panel-connected-persons';
const START = '13:30';

/** The first Wednesday on or after `date` that is not a bank holiday. */
export function wednesdayOnOrAfter(date: string): string {
  let day = date;
  while (getDay(parseIsoDate(day)) !== 3 || defaultCalendar.isBankHoliday(day)) day = plusDays(day, 1);
  return day;
}

/** Schedules the sitting's whole life, from its creation four weeks before to the minutes reaching the ADM. */
export function scheduleScriptedSitting(ctx: DemoContext, plan: ScriptedSitting): void {
  const { timeline } = ctx;
  const ids = new Map<ItemType, string>();
  let sittingId = '';
  timeline.on(plusDays(plan.date, -28), '11:30', async () => {
    const sitting = await asAdmin(ctx, 'sittings:create', {
      kind: 'extra',
      date: plan.date,
      startTime: START,
      venue: null,
      remoteLink: LINK,
      plannedPresiderId: plan.presiderId,
    });
    sittingId = sitting.id;
    count(ctx, 'scripted sittings');
  });
  timeline.on(plusDays(plan.date, -14), '10:30', async () => {
    for (const item of plan.items) {
      const detail = await asAdmin(ctx, 'items:add', {
        sittingId,
        householdId: plan.householdId,
        itemType: item.type,
        title: null,
        durationMinutes: item.type === 'approval_connected_person' ? 45 : 20,
        papersReceivedDate: null,
      });
      const added = detail.items.find((i) => i.itemType === item.type && !ids.has(item.type));
      if (added) ids.set(item.type, added.id);
    }
  });
  timeline.on(workingDay(plan.date, -6), '14:30', () => sendPapers(ctx, sittingId, ids));
  timeline.on(plan.date, '13:00', () => openSitting(ctx, sittingId, plan, ids));
  timeline.on(plan.date, '14:45', () => hearItems(ctx, sittingId, plan, ids));
  timeline.on(workingDay(plan.date, 2), '11:20', () => writeMinutes(ctx, sittingId, plan, ids));
}

async function sendPapers(ctx: DemoContext, sittingId: string, ids: ReadonlyMap<ItemType, string>) {
  const today = ctx.timeline.today;
  let detail = await asAdmin(ctx, 'sittings:get', { id: sittingId });
  for (const item of detail.items.filter((i) => [...ids.values()].includes(i.id))) {
    const checklist = Object.fromEntries(ITEM_TYPE_INFO[item.itemType].checklist.map((c) => [c.key, true]));
    // FSR reg 26 for the application: the report went to the applicants three working weeks ago.
    const reg26 =
      item.itemType === 'approval_connected_person'
        ? { reportGivenDate: workingDay(today, -15), observationsReceivedDate: null }
        : {};
    detail = await asAdmin(ctx, 'items:update', {
      id: item.id,
      version: item.version,
      title: item.title,
      durationMinutes: item.durationMinutes,
      papersReceivedDate: plusDays(today, -2),
      checklist,
      ...reg26,
    });
  }
  const recipients = [
    ...detail.attendance.filter((a) => ctx.panel.some((m) => m.id === a.memberId)).map((a) => a.name),
    `${ADVISER} (panel adviser)`,
  ];
  detail = await asAdmin(ctx, 'sittings:recordPapersSent', {
    sittingId,
    sentDate: today,
    recipients,
    method: 'Secure email',
  });
  await asAdmin(ctx, 'sittings:progress', {
    id: sittingId,
    version: detail.version,
    status: 'papers_sent',
    papersSentDate: today,
  });
}

/** Everyone on the list comes except the chair (extra sittings are the vice chairs'); the report's recommendations. */
async function openSitting(
  ctx: DemoContext,
  sittingId: string,
  plan: ScriptedSitting,
  ids: ReadonlyMap<ItemType, string>,
) {
  let detail = await asAdmin(ctx, 'sittings:get', { id: sittingId });
  const date = plan.date;
  for (const row of detail.attendance) {
    const member = ctx.panel.find((m) => m.id === row.memberId && m.appointed <= date);
    const status = !member ? 'absent' : member.id === ctx.chairId ? 'apologies' : 'present';
    detail = await asAdmin(ctx, 'sittings:recordAttendance', {
      sittingId,
      memberId: row.memberId,
      version: attendanceVersion(detail, row.memberId),
      status,
    });
  }
  detail = await asAdmin(ctx, 'sittings:setRoles', {
    sittingId,
    version: detail.version,
    presiderId: plan.presiderId,
    adviserName: ADVISER,
    minuteTakerName: MINUTE_TAKERS[1] ?? ADVISER,
  });
  for (const item of plan.items) {
    const view = detail.items.find((i) => i.id === ids.get(item.type));
    if (!view) continue;
    detail = await asAdmin(ctx, 'items:setServiceRecommendation', {
      id: view.id,
      version: view.version,
      outcome: item.serviceOutcome,
      reasons: null,
    });
  }
}

async function hearItems(
  ctx: DemoContext,
  sittingId: string,
  plan: ScriptedSitting,
  ids: ReadonlyMap<ItemType, string>,
) {
  for (const item of plan.items) {
    const itemId = ids.get(item.type);
    if (!itemId) continue;
    await ctx.router.call(
      'recommendations:record',
      // Each item is heard once here: there is no recommendation on it yet.
      { ...item.recommendation, itemId, version: 0 },
      chairActor(ctx, plan.presiderId),
    );
    count(ctx, 'recommendations');
  }
  const detail = await asAdmin(ctx, 'sittings:get', { id: sittingId });
  await asAdmin(ctx, 'sittings:progress', {
    id: sittingId,
    version: detail.version,
    status: 'held',
    papersSentDate: null,
  });
}

/** Drafted two working days on, approved by the vice chair who presided the next day, and sent to the ADM. */
async function writeMinutes(
  ctx: DemoContext,
  sittingId: string,
  plan: ScriptedSitting,
  ids: ReadonlyMap<ItemType, string>,
) {
  const detail = await asAdmin(ctx, 'sittings:get', { id: sittingId });
  const presider = detail.attendance.find((a) => a.memberId === plan.presiderId)?.name ?? 'The vice chair';
  const items = Object.fromEntries(
    plan.items.flatMap((item) => {
      const itemId = ids.get(item.type);
      return itemId
        ? [
            [
              itemId,
              {
                papersConsidered: 'The assessment report and the child’s care plan',
                discussion: item.minutesDiscussion,
                actions: null,
              },
            ],
          ]
        : [];
    }),
  );
  const view = await asAdmin(ctx, 'minutes:save', {
    sittingId,
    version: 0,
    notes: {
      opening: `${presider} welcomed everyone and members introduced themselves. The chair sent apologies. Members confirmed they had received and read the papers.`,
      items,
      otherBusiness: null,
      closing: 'The meeting closed at 14:50.',
    },
  });
  const versionNumber = view.versions[0]?.number ?? 1;
  ctx.timeline.on(workingDay(ctx.timeline.today, 1), '15:20', async () => {
    const approved = await ctx.router.call(
      'minutes:approve',
      { sittingId, versionNumber },
      chairActor(ctx, plan.presiderId),
    );
    count(ctx, 'minutes approved');
    const itemIds = approved.referrals.filter((r) => r.sentDate === null).map((r) => r.itemId);
    if (itemIds.length === 0) return;
    await asAdmin(ctx, 'minutes:sendToAdm', {
      sittingId,
      version: approved.version,
      itemIds,
      admUserId: ctx.adm.userId ?? '',
      sentDate: ctx.timeline.today,
    });
    count(ctx, 'minutes sent');
    plan.sentToAdm(ids);
  });
}
