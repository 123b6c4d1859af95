import { toIsoDate } from '../../shared/domain/dates';

/** The only source of "now" in the backend, so tests and demos can fix the date. */
export interface Clock {
  now(): Date;
  /** Today's calendar date, `YYYY-MM-DD`, in the machine's local time. */
  today(): string;
}

export const systemClock: Clock = {
  now: () => new Date(),
  today: () => toIsoDate(new Date()),
};

/** A clock stopped at one instant; `today` comes from its local date. */
export function fixedClock(instant: Date): Clock {
  return { now: () => new Date(instant.getTime()), today: () => toIsoDate(instant) };
}

/** `PANEL_FIXED_TODAY=2026-11-23` pins the date (tests, demos); otherwise the system clock. */
export function clockFromEnvironment(env: NodeJS.ProcessEnv): Clock {
  const fixed = env.PANEL_FIXED_TODAY;
  if (!fixed) return systemClock;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(fixed)) throw new Error(`PANEL_FIXED_TODAY must be YYYY-MM-DD, not ${fixed}`);
  return fixedClock(new Date(`${fixed}T09:00:00`));
}
