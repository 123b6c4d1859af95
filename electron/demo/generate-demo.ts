import { addDays, addMonths } from 'date-fns';
import { parseIsoDate, toIsoDate } from '../../shared/domain/dates';
import type { Router } from '../backend/router';
import { DEMO_LEFT, DEMO_MEMBERS, DEMO_ON_NOTICE, demoMemberInput, demoTraining } from './demo-members';

/**
 * Fills a database with the demo service through the router, exactly as a
 * user would: every record passes the same validation and rules.
 */
export async function generateDemo(router: Router, today: string): Promise<{ members: number }> {
  let count = 0;
  for (const member of [...DEMO_MEMBERS, DEMO_LEFT]) {
    const created = await router.call('members:create', demoMemberInput(member, today));
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
  return { members: count };
}
