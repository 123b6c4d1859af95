import { addDays, addMonths } from 'date-fns';
import { parseIsoDate, toIsoDate } from '../../shared/domain/dates';
import type { Router } from '../backend/router';
import { DEMO_LEFT, DEMO_MEMBERS, DEMO_ON_NOTICE, demoMemberInput, demoTraining } from './demo-members';

/**
 * Fills a database with the demo service through the router, exactly as a
 * user would: every record passes the same validation and rules.
 */
/** Demo sign-in details, printed by `npm run demo`. Everyone but the administrator must change theirs at first login. */
export const DEMO_PASSWORD = 'harbour-lantern-demo';
export const DEMO_ACCOUNTS = [
  { username: 'admin', displayName: 'Alex Morgan', roles: ['administrator'] as const, member: null },
  { username: 'mellis', displayName: 'Margaret Ellis', roles: ['chair'] as const, member: 'Margaret Ellis' },
  { username: 'dokafor', displayName: 'David Okafor', roles: ['chair'] as const, member: 'David Okafor' },
  { username: 'adm', displayName: 'Samira Patel', roles: ['adm', 'nominated_officer'] as const, member: null },
  { username: 'viewer', displayName: 'Jo Reed', roles: ['viewer'] as const, member: null },
];

export async function generateDemo(router: Router, today: string): Promise<{ members: number; users: number }> {
  const [admin, ...others] = DEMO_ACCOUNTS;
  if (!admin) throw new Error('The demo needs an administrator');
  await router.call('auth:createFirstAdministrator', {
    username: admin.username,
    displayName: admin.displayName,
    password: DEMO_PASSWORD,
  });
  const memberIds = new Map<string, string>();
  let count = 0;
  for (const member of [...DEMO_MEMBERS, DEMO_LEFT]) {
    const created = await router.call('members:create', demoMemberInput(member, today));
    memberIds.set(member.name, created.id);
    count += 1;
    for (const entry of demoTraining(member, today)) {
      await router.call('members:addTraining', { memberId: created.id, ...entry });
    }
    if (member.name === DEMO_ON_NOTICE) {
      const latest = await router.call('members:get', { id: created.id });
      await router.call('members:recordNotice', {
        id: created.id,
        version: latest.version,
        noticeDate: toIsoDate(addDays(parseIsoDate(today), -10)),
      });
    }
    if (member === DEMO_LEFT) {
      const latest = await router.call('members:get', { id: created.id });
      const noticeDate = toIsoDate(addMonths(parseIsoDate(today), -14));
      const noticed = await router.call('members:recordNotice', {
        id: created.id,
        version: latest.version,
        noticeDate,
      });
      await router.call('members:recordLeaving', {
        id: created.id,
        version: noticed.version,
        leftDate: noticed.leavingDate ?? noticeDate,
        reason: 'Moved out of the area',
      });
    }
  }
  for (const account of others) {
    await router.call('users:create', {
      username: account.username,
      displayName: account.displayName,
      roles: [...account.roles],
      memberId: account.member ? (memberIds.get(account.member) ?? null) : null,
      temporaryPassword: DEMO_PASSWORD,
    });
  }
  return { members: count, users: DEMO_ACCOUNTS.length };
}
