import { addDays, addMonths } from 'date-fns';
import { parseIsoDate, toIsoDate } from '../../shared/domain/dates';
import type { Role } from '../../shared/contract/roles';
import type { Router } from '../backend/router';
import type { Actor } from '../backend/actor';
import { DEMO_LEFT, DEMO_MEMBERS, DEMO_ON_NOTICE, demoMemberInput, demoTraining } from './demo-members';

/**
 * The demo service's people, through the router exactly as a user would:
 * the central list and the accounts. `generateDemo` builds only these;
 * `generateServiceHistory` (service-history.ts) adds the years of panel business.
 */
/** Demo sign-in details, printed by `npm run demo`. Everyone but the administrator must change theirs at first login. */
export const DEMO_PASSWORD = 'harbour-lantern-demo';
export const DEMO_ACCOUNTS: readonly { username: string; displayName: string; roles: Role[]; member: string | null }[] =
  [
    { username: 'admin', displayName: 'Alex Morgan', roles: ['administrator'], member: null },
    { username: 'mellis', displayName: 'Margaret Ellis', roles: ['chair'], member: 'Margaret Ellis' },
    { username: 'dokafor', displayName: 'David Okafor', roles: ['chair'], member: 'David Okafor' },
    { username: 'pshah', displayName: 'Priya Shah', roles: ['chair'], member: 'Priya Shah' },
    { username: 'adm', displayName: 'Samira Patel', roles: ['adm', 'nominated_officer'], member: null },
    { username: 'viewer', displayName: 'Jo Reed', roles: ['viewer'], member: null },
  ];

/** A central-list member as the generator needs them for attendance and quorum. */
export interface PanelMember {
  id: string;
  name: string;
  listRole: 'chair' | 'vice_chair' | 'member';
  independent: boolean;
  pqe3: boolean;
  appointed: string;
}

export interface DemoPeople {
  admin: Actor;
  /** By username. */
  users: Map<string, { id: string; actor: Actor; memberId: string | null }>;
  /** Current members, chair first. */
  panel: PanelMember[];
  /** Changes to the list that happen on a date: training, notice, leaving. */
  listEvents: { date: string; run: () => Promise<void> }[];
}

/**
 * Creates the administrator, the central list and the other accounts.
 * `minimumServedYears` keeps every member appointed before a long history begins.
 */
export async function createPeople(router: Router, today: string, minimumServedYears = 0): Promise<DemoPeople> {
  const [first, ...others] = DEMO_ACCOUNTS;
  if (!first) throw new Error('The demo needs an administrator');
  const session = await router.call('auth:createFirstAdministrator', {
    username: first.username,
    displayName: first.displayName,
    password: DEMO_PASSWORD,
  });
  const admin: Actor = { userId: session.userId, displayName: session.displayName, roles: session.roles };
  // The demo's service is set up by the demo itself, so the first-run set-up never opens on it.
  await router.call('setup:finish', {}, admin);
  const memberIds = new Map<string, string>();
  const panel: PanelMember[] = [];
  const listEvents: DemoPeople['listEvents'] = [];
  for (const member of [...DEMO_MEMBERS, DEMO_LEFT]) {
    const served = { ...member, servedYears: Math.max(member.servedYears, minimumServedYears) };
    const input = demoMemberInput(served, today);
    const created = await router.call('members:create', input, admin);
    memberIds.set(member.name, created.id);
    if (member !== DEMO_LEFT) {
      panel.push({
        id: created.id,
        name: created.name,
        listRole: created.listRole,
        independent: created.independent,
        pqe3: created.socialWorkerPqe3,
        appointed: created.appointmentDate,
      });
    }
    for (const entry of demoTraining(member, today)) {
      listEvents.push({
        date: entry.date,
        run: async () => {
          await router.call('members:addTraining', { memberId: created.id, ...entry }, admin);
        },
      });
    }
    if (member.name === DEMO_ON_NOTICE) {
      const noticeDate = toIsoDate(addDays(parseIsoDate(today), -10));
      listEvents.push({
        date: noticeDate,
        run: async () => {
          const latest = await router.call('members:get', { id: created.id }, admin);
          await router.call('members:recordNotice', { id: created.id, version: latest.version, noticeDate }, admin);
        },
      });
    }
    if (member === DEMO_LEFT) {
      const noticeDate = toIsoDate(addMonths(parseIsoDate(today), -14));
      listEvents.push({
        date: noticeDate,
        run: async () => {
          const latest = await router.call('members:get', { id: created.id }, admin);
          const noticed = await router.call(
            'members:recordNotice',
            { id: created.id, version: latest.version, noticeDate },
            admin,
          );
          await router.call(
            'members:recordLeaving',
            {
              id: created.id,
              version: noticed.version,
              leftDate: noticed.leavingDate ?? noticeDate,
              reason: 'Moved out of the area',
            },
            admin,
          );
        },
      });
    }
  }
  const users: DemoPeople['users'] = new Map([[first.username, { id: session.userId, actor: admin, memberId: null }]]);
  for (const account of others) {
    const memberId = account.member ? (memberIds.get(account.member) ?? null) : null;
    const user = await router.call(
      'users:create',
      {
        username: account.username,
        displayName: account.displayName,
        roles: [...account.roles],
        memberId,
        temporaryPassword: DEMO_PASSWORD,
      },
      admin,
    );
    users.set(account.username, {
      id: user.id,
      actor: { userId: user.id, displayName: user.displayName, roles: user.roles },
      memberId,
    });
  }
  return { admin, users, panel, listEvents };
}

/** The central list and accounts only, every dated change made at once (the clock must be at `today`). */
export async function generateDemo(router: Router, today: string): Promise<{ members: number; users: number }> {
  const people = await createPeople(router, today);
  for (const event of [...people.listEvents].sort((a, b) => a.date.localeCompare(b.date))) await event.run();
  return { members: DEMO_MEMBERS.length + 1, users: DEMO_ACCOUNTS.length };
}
