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

/** A clock the demo generator (and benchmarks) move through time: it stays where it was last set. */
export interface SteppingClock extends Clock {
  /** Moves the clock to `instant`: a Date, or a local date-time such as `2026-03-10T10:30`. */
  set(instant: Date | string): void;
}

export function steppingClock(start: Date): SteppingClock {
  let now = start.getTime();
  return {
    now: () => new Date(now),
    today: () => toIsoDate(new Date(now)),
    set: (instant) => {
      const next = typeof instant === 'string' ? new Date(instant) : instant;
      if (Number.isNaN(next.getTime())) throw new Error(`Not a date and time: ${String(instant)}`);
      now = next.getTime();
    },
  };
}
