import { dueDrafts, rulesFor, selectDue } from '../../../shared/domain/dashboard/due-entries';
import { laterReviewDrafts, laterReviewsMayShow } from '../../../shared/domain/dashboard/routing-entries';
import { DEFAULT_WITHIN_DAYS } from '../../../shared/schemas/dashboard';
import type { WorkingCalendar } from '../../../shared/domain/calendar/working-days';
import type { ReadableDb } from '../../../db/connection';
import { dashboardFacts } from '../../../db/repositories/dashboard/dashboard-repository';
import { readServiceSetUpState } from '../../../db/repositories/service-set-up-repository';
import { readSettings } from '../../../db/repositories/settings-repository';
import { getUserRecord } from '../../../db/repositories/users-repository';
import { writeAffectsRead } from '../../../shared/contract/live-reads';
import type { WriteKind } from '../../backend/changes-by-write';
import { keptBetweenWrites } from '../../backend/kept-between-writes';
import type { Router } from '../../backend/router';
import { calendarFor, clocksFor } from '../../backend/service-clocks';
import { reviewFacts } from '../reviews/review-facts';

/**
 * Every entry's draft, the same for everyone who asks, kept between writes:
 * after a change every seat's dashboard reads again, and only the first works
 * the records out. Who sees which entry is decided per call (`selectDue`).
 * Kept across writes the dashboard does not show (a feedback form, a
 * complaint): those its entry in live-reads.ts does not name.
 */
const changesDashboard = (write: WriteKind) => writeAffectsRead(write.entity, 'dashboard:due', write.channel);
const kept = keptBetweenWrites(changesDashboard);
/** The later reviews: of approved carers, so never changed by a new household (always an applicant). */
const keptReviews = keptBetweenWrites((write) => write.channel !== 'households:create' && changesDashboard(write));

/**
 * The clocks dashboard: everything due or overdue. The administrator sees every
 * entry; a chair, ADM or nominated officer sees only what they must do
 * themselves (a chair the minutes of sittings they presided at, an ADM the
 * items sent to them), whatever the filter asks.
 */
export function registerDashboard(router: Router): void {
  router.handle('dashboard:due', (ctx, input) => {
    const today = ctx.clock.today();
    const withinDays = input.withinDays ?? DEFAULT_WITHIN_DAYS;
    const user = ctx.actor.userId ? getUserRecord(ctx.db, ctx.actor.userId) : null;
    const filters = {
      ...(input.kinds ? { kinds: input.kinds } : {}),
      ...(input.whoActs ? { whoActs: input.whoActs } : {}),
      viewer: { roles: ctx.actor.roles, userId: ctx.actor.userId, memberId: user?.memberId ?? null },
    };
    // The service's clocks and calendar (settings) are read only when the drafts are worked out again.
    const drafts = kept(ctx.db, `drafts ${today} ${String(withinDays)}`, () =>
      dueDrafts(
        {
          ...dashboardFacts(ctx.db, today),
          laterReviews: [],
          setUpPutOff: readServiceSetUpState(ctx.db) === 'later',
        },
        rulesFor(today, { withinDays, clocks: clocksFor(ctx.db), calendar: serviceCalendar(ctx.db) }),
      ),
    );
    // The later reviews' due dates need the service's clocks, which live above db/. Read only when the
    // answer can hold one: a chair's, an ADM's or a nominated officer's dashboard never does.
    const laterReviews = laterReviewsMayShow(filters)
      ? keptReviews(ctx.db, 'later reviews', () => laterReviewDrafts(reviewFacts(ctx.db)))
      : [];
    return { today, withinDays, entries: selectDue([...drafts, ...laterReviews], { today, withinDays }, filters) };
  });
}

let cachedCalendar: { key: string; calendar: WorkingCalendar } | null = null;

/** The working calendar with the service's bank holiday changes, built again only when they change. */
function serviceCalendar(db: ReadableDb): WorkingCalendar {
  const settings = readSettings(db);
  const key = JSON.stringify(settings.bankHolidays);
  if (cachedCalendar?.key !== key) cachedCalendar = { key, calendar: calendarFor(settings) };
  return cachedCalendar.calendar;
}
