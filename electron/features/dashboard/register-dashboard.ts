import { dueEntries } from '../../../shared/domain/dashboard/due-entries';
import { DEFAULT_WITHIN_DAYS } from '../../../shared/schemas/dashboard';
import { getUserRecord } from '../../../db/repositories/users-repository';
import type { WorkingCalendar } from '../../../shared/domain/calendar/working-days';
import type { ReadableDb } from '../../../db/connection';
import type { Router } from '../../backend/router';
import { calendarFor, clocksFor } from '../../backend/service-clocks';
import { readSettings } from '../../../db/repositories/settings-repository';
import { dashboardFacts } from '../../../db/repositories/dashboard/dashboard-repository';
import { reviewFacts } from '../reviews/review-facts';
import { laterReviewsMayShow } from '../../../shared/domain/dashboard/routing-entries';
import { readServiceSetUpState } from '../../../db/repositories/service-set-up-repository';
import { keptBetweenWrites } from '../../backend/kept-between-writes';

/**
 * What the dashboard's rules read, the same for everyone who asks, kept
 * between writes: after a change every seat's dashboard reads again, and only
 * the first works these out. Who sees which entry is decided per call.
 */
const keptFacts = keptBetweenWrites((db, today) => ({
  ...dashboardFacts(db, today),
  setUpPutOff: readServiceSetUpState(db) === 'later',
}));
/** The later reviews' due dates need the service's clocks, which live above db/. */
const keptReviews = keptBetweenWrites((db) => reviewFacts(db));

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
    // The later reviews are read only when the answer can hold one: a chair's, an ADM's or a nominated
    // officer's dashboard never does.
    const facts = {
      ...keptFacts(ctx.db, today),
      laterReviews: laterReviewsMayShow(filters) ? keptReviews(ctx.db, today) : [],
    };
    const entries = dueEntries(facts, today, {
      withinDays,
      ...filters,
      clocks: clocksFor(ctx.db),
      calendar: serviceCalendar(ctx.db),
    });
    return { today, withinDays, entries };
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
