import { toIsoDate } from '../../shared/domain/dates';
import { fixedClock, type Clock } from '../../electron/backend/clock';

/** The date every test lives on unless it says otherwise (a Monday). */
export const TEST_TODAY = '2026-11-23';
export const testClock = fixedClock(new Date(`${TEST_TODAY}T09:00:00`));

/** A clock the test moves by hand: for idle locks, throttling and daily backups. */
export function movableClock(start = new Date(`${TEST_TODAY}T09:00:00`)): Clock & { advance(ms: number): void } {
  let now = start.getTime();
  return {
    now: () => new Date(now),
    today: () => toIsoDate(new Date(now)),
    advance: (ms) => {
      now += ms;
    },
  };
}
