import { daysBetween } from '../../shared/domain/dates';
import { dataReturnYearOf } from '../../shared/domain/reports/data-return';
import { asAdmin, count, type DemoContext } from './context';
import { registerHousehold } from './households';
import { Random } from './random';
import { plusDays } from './timeline';

/** Its own stream of names and addresses, so the history generated before it is the same as without it. */
const OWN_SEED = 0xe17d;

/**
 * Two applications in this year of the annual data return that ended before
 * panel, one withdrawn by the applicants and one ended by the service, so the
 * return's screen has them to show. Recorded after the rest of the history,
 * with their own random stream: nothing generated before changes.
 */
export async function recordEndedApplications(ctx: DemoContext, today: string): Promise<void> {
  // `today` is the day the history ends (the clock's), which a shortened history sets before `ctx.today`.
  const own: DemoContext = { ...ctx, rng: new Random(OWN_SEED) };
  const yearStart = `${dataReturnYearOf(today)}-04-01`;
  const span = Math.min(150, daysBetween(yearStart, today));
  const received = plusDays(today, -span);
  for (const [reason, endedOn] of [
    ['withdrawn', plusDays(received, Math.floor(span / 2))],
    ['ended_by_service', today],
  ] as const) {
    const household = await registerHousehold(own, 'mainstream', received);
    await asAdmin(own, 'households:recordApplicationOutcome', { householdId: household.id, reason, endedOn });
    household.status = 'ended';
    household.busy = false;
    count(ctx, 'applications ended before panel');
  }
}
