import { z } from 'zod';

/**
 * Where the first-run service set-up stands: `pending` from the first
 * administrator's account until it is finished or put off; `later` (put off:
 * a dashboard entry reminds the administrator); `done`. An installation from
 * before the set-up existed counts as done: its service was set up by hand.
 */
export const ServiceSetUpState = z.enum(['pending', 'later', 'done']);
export type ServiceSetUpState = z.infer<typeof ServiceSetUpState>;

export const ServiceSetUpStatus = z.object({ state: ServiceSetUpState });
export type ServiceSetUpStatus = z.infer<typeof ServiceSetUpStatus>;
