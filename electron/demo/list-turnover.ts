import type { Background } from '../../shared/schemas/member';
import { asAdmin, type DemoContext } from './context';
import { DEMO_ON_NOTICE } from './demo-members';
import type { PanelMember } from './generate-demo';
import { MEN, SURNAMES, WOMEN } from './names';
import { onOrAfterWorkingDay, plusDays, plusMonths } from './timeline';

/**
 * A large service's central list changes every year: new members are
 * appointed (through `members:create`, with their checks and induction) and
 * others give a month's notice and leave. The chair, the vice chairs, members
 * with accounts and qualified social workers (whom quorum needs) stay.
 */
const BACKGROUNDS: readonly Background[] = [
  'social_worker',
  'social_worker',
  'foster_carer',
  'care_experienced_adult',
  'health',
  'education',
  'other',
];
const LEAVING_REASONS = ['Moved out of the area', 'New job leaves no time for panel', 'Personal reasons', 'Retired'];

/** The members appointed during the history so far. */
export type Joiners = PanelMember[];

function randomDay(ctx: DemoContext, from: string): string {
  return onOrAfterWorkingDay(plusDays(from, ctx.rng.int(0, 364)));
}

async function appoint(ctx: DemoContext, joiners: Joiners, date: string): Promise<void> {
  const { rng } = ctx;
  const background = rng.pick(BACKGROUNDS);
  const woman = rng.chance(0.6);
  const name = `${rng.pick(woman ? WOMEN : MEN)} ${rng.pick(SURNAMES)}`;
  const pqe3 = background === 'social_worker' && rng.chance(0.7);
  const created = await asAdmin(ctx, 'members:create', {
    name,
    email: `${name.toLowerCase().replace(/[^a-z]+/g, '.')}.${date.slice(0, 4)}@example.org`,
    phone: `01632 960${String(rng.int(100, 999))}`,
    address: null,
    listRole: 'member',
    independent: rng.chance(0.8),
    background,
    backgroundDetail: background === 'other' ? 'Retired family court adviser' : null,
    socialWorkerPqe3: pqe3,
    appointmentDate: date,
    termEndDate: plusMonths(date, 36),
    dbsCheckDate: plusDays(date, -rng.int(20, 60)),
    dbsRenewalDue: null,
    inductionDate: date,
    lastAppraisalDate: null,
    nextAppraisalDue: plusMonths(date, 12),
    fee: background === 'social_worker' && !pqe3 ? '0' : '150.00',
    notes: null,
  });
  const member: PanelMember = {
    id: created.id,
    name: created.name,
    listRole: 'member',
    independent: created.independent,
    pqe3: created.socialWorkerPqe3,
    appointed: created.appointmentDate,
  };
  ctx.panel.push(member);
  joiners.push(member);
}

/** Notice from a member who has served a year or more; from then they are not expected at sittings. */
async function leave(ctx: DemoContext, date: string): Promise<void> {
  const free = ctx.panel.filter(
    (m) =>
      m.listRole === 'member' &&
      !m.pqe3 &&
      !ctx.chairs.has(m.id) &&
      m.name !== DEMO_ON_NOTICE &&
      m.appointed <= plusMonths(date, -12),
  );
  if (free.length === 0) return;
  const leaver = ctx.rng.pick(free);
  ctx.panel = ctx.panel.filter((m) => m !== leaver);
  const reason = ctx.rng.pick(LEAVING_REASONS);
  const id = leaver.id;
  const current = await asAdmin(ctx, 'members:get', { id });
  const noticed = await asAdmin(ctx, 'members:recordNotice', { id, version: current.version, noticeDate: date });
  const leftDate = noticed.leavingDate ?? plusMonths(date, 1);
  ctx.timeline.on(leftDate, '17:00', async () => {
    const latest = await asAdmin(ctx, 'members:get', { id });
    await asAdmin(ctx, 'members:recordLeaving', { id, version: latest.version, leftDate, reason });
  });
}

/** Schedules one year's appointments and departures. */
export function scheduleListTurnover(
  ctx: DemoContext,
  joiners: Joiners,
  yearStart: string,
  size: { membersJoiningYearly: number; membersLeavingYearly: number },
): void {
  for (let i = 0; i < size.membersJoiningYearly; i += 1) {
    const date = randomDay(ctx, yearStart);
    ctx.timeline.on(date, '09:10', () => appoint(ctx, joiners, date));
  }
  for (let i = 0; i < size.membersLeavingYearly; i += 1) {
    const date = randomDay(ctx, yearStart);
    ctx.timeline.on(date, '09:15', () => leave(ctx, date));
  }
}
